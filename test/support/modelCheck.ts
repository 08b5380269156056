// Every number LibreOffice computed from a scored workbook equals the reference model's (the JSON
// of okr score --format json): progress, gap, expected, status, alignment gap and sheet scores.
import { COLUMNS } from "../../src/domain/reading/columns";
import { GRADES, STATUSES } from "../../src/domain/reading/vocabulary";
import { NOT_STARTED } from "../../src/domain/scoring/notStarted";
import type { CellValue } from "../../src/domain/types";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const STATUS = new Map<string, string>([
  ...[...STATUSES, ...GRADES].flatMap((s) =>
    Object.values(s.label).map((l): [string, string] => [l, s.value])
  ),
  // A key result (or objective) whose first check-in is not due yet: "notStarted" in JSON.
  ...Object.values(NOT_STARTED).map((l): [string, string] => [l, "notStarted"]),
]);

interface JsonRow {
  sheet: string;
  id: string;
  level: string;
  progress: number | null;
  gapToTarget: number | null;
  expected: number | null;
  status: string | null;
  alignmentGap: number | null;
}

export function expectSame(
  sheets: Map<string, CellValue[][]>,
  json: { sheets: { name: string; score: number | null }[]; rows: JsonRow[] }
) {
  const num = (v: CellValue) => (typeof v === "number" ? v : null);
  const near = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9;
  const misses: string[] = [];
  for (const row of json.rows) {
    const cells = sheets.get(row.sheet)?.find((r) => r[col("id")] === row.id);
    if (!cells) {
      misses.push(`${row.sheet} ${row.id}: row not found`);
      continue;
    }
    const checks: [string, boolean][] = [
      ["progress", near(num(cells[col("progress")]), row.progress)],
      ["gapToTarget", near(num(cells[col("gapToTarget")]), row.gapToTarget)],
      ["expected", near(num(cells[col("expected")]), row.expected)],
      ["status", (STATUS.get(String(cells[col("status")])) ?? null) === row.status],
      ["alignmentGap", near(num(cells[col("alignmentGap")]), row.alignmentGap)],
    ];
    for (const [what, ok] of checks)
      if (!ok)
        misses.push(
          `${row.sheet} ${row.id} ${what}: LibreOffice ${JSON.stringify(cells[col(what)])}, model ${JSON.stringify(row[what as keyof JsonRow])}`
        );
  }
  // Each sheet's score in the Summary's details (its Sheets table: name, then score).
  const summary = sheets.get("Summary details") ?? [];
  for (const s of json.sheets) {
    const line = summary.find((r) => r[0] === s.name);
    if (!near(num(line?.[1] ?? null), s.score))
      misses.push(`Summary details ${s.name}: ${line?.[1]} vs ${s.score}`);
  }
  expect(misses).toEqual([]);
}
