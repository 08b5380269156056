// Every formula cell `okr score` writes carries what it shows (an .xlsx's cached result), so viewers
// that do not recalculate show numbers: the reference model's, the same numbers as --format json.
// (LibreOffice computing the same is test/e2e/cachedValues.e2e.test.ts.)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { forgetCachedResults } from "../../src/cli/xlsxHost";
import { columnHeader } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { formulaCells, uncachedFormulas } from "../support/cachedValues";
import { readmeExample } from "../support/readmeExample";

const SHARED = join(__dirname, "..", "fixtures", "shared");

interface JsonRow {
  sheet: string;
  id: string;
  progress: number | null;
  gapToTarget: number | null;
  expected: number | null;
  status: string | null;
  alignmentGap: number | null;
  problem: string | null;
}

/** A formula cell's cached result ("" for a formula that shows nothing); a plain value as it is. */
function cached(cell: ExcelJS.Cell): unknown {
  const m = cell.model as { formula?: string; result?: unknown };
  return m.formula ? (m.result ?? "") : cell.value;
}

const near = (a: unknown, b: number | null) =>
  b === null ? a === "" : typeof a === "number" && Math.abs(a - b) < 1e-9;

async function scored(args: string[]) {
  const out = join(mkdtempSync(join(tmpdir(), "okr-cached-")), "scored.xlsx");
  const r = await okr("score", ...args, "--as-of", "2026-02-15", "--format", "json", "-o", out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return {
    json: JSON.parse(r.out) as {
      sheets: { name: string; score: number | null }[];
      rows: JsonRow[];
    },
    wb,
    out,
  };
}

describe("okr score: cached results equal the reference model", () => {
  it("the formula columns and sheet scores of the shared fixtures", async () => {
    const { json, wb, out } = await scored([
      join(SHARED, "customer-success-en.csv"),
      join(SHARED, "growth-zhcn.csv"),
      join(SHARED, "talent-zhtw.csv"),
      "--period",
      "2026-Q1",
    ]);
    expect(await uncachedFormulas(out)).toEqual([]);
    let checked = 0;
    for (const s of json.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const header = [...Array(ws.columnCount).keys()].map((c) => ws.getCell(6, c + 1).value);
      const col = (
        key: "id" | "progress" | "gapToTarget" | "expected" | "status" | "alignmentGap"
      ) => header.indexOf(columnHeader(key, "en")) + 1;
      expect(near(cached(ws.getCell("B4")), s.score)).toBe(true);
      for (let r = 7; r <= ws.rowCount; r++) {
        const id = ws.getCell(r, col("id")).value;
        const row = json.rows.find((x) => x.sheet === s.name && x.id === id);
        if (!row) continue;
        const at = (key: Parameters<typeof col>[0]) => cached(ws.getCell(r, col(key)));
        expect([
          id,
          row.problem ? at("progress") === "?" : near(at("progress"), row.progress),
        ]).toEqual([id, true]);
        expect([id, near(at("expected"), row.expected)]).toEqual([id, true]);
        expect([id, near(at("gapToTarget"), row.gapToTarget)]).toEqual([id, true]);
        expect([id, near(at("alignmentGap"), row.alignmentGap)]).toEqual([id, true]);
        expect([id, at("status") !== ""]).toEqual([id, row.status !== null]);
        checked++;
      }
    }
    expect(checked).toBe(json.rows.length);
  });
});

describe("okr check --fix: no stale cached results", () => {
  it("an .xlsx input: every formula carries its result, zeros and empty text included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-cached-"));
    const made = join(dir, "made.xlsx");
    await okr(
      "new",
      "--template",
      "company,sales",
      "--lang",
      "en",
      "--period",
      "2026-Q1",
      "-o",
      made
    );
    const { wb, out } = await scored([made]);
    expect(await uncachedFormulas(out)).toEqual([]);
    // A status count of none is a cached 0, not a blank (ExcelJS drops falsy results on a re-read).
    const company = wb.getWorksheet("Company 2026-Q1")!;
    const counts = company.getCell("J4").model as { formula?: string; result?: unknown };
    expect(counts.formula).toMatch(/^COUNTIF/);
    expect(counts.result).toBe(0);
  });

  it("a fix changes cells formulas read, so the copy keeps the formulas and drops their results", async () => {
    const files = await readmeExample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    // A list marker the quick fix removes (TEXT-LIST-MARKER).
    const sales = wb.getWorksheet("Sales 2026-Q1")!;
    sales.getCell("D8").value = `- ${String(sales.getCell("D8").value)}`;
    const marked = join(files.dir, "marked.xlsx");
    await wb.xlsx.writeFile(marked);
    const before = [...(await formulaCells(marked)).values()];
    expect(before.filter((c) => c.result !== null).length).toBeGreaterThan(50);
    const fixed = join(files.dir, "fixed.xlsx");
    const r = await okr("check", marked, "--fix", "-o", fixed);
    expect(r.out).toMatch(/^Fixed \d+ cell/);
    const after = await formulaCells(fixed);
    expect(after.size).toBeGreaterThan(100);
    // Only the header blocks' status labels keep theirs: they read the As-of and Period end alone.
    expect(
      [...after.values()]
        .filter((c) => c.result !== null)
        .map((c) => c.result)
        .sort()
    ).toEqual(["At risk", "At risk", "Off track", "Off track", "On track", "On track"].sort());
  });

  it("after a check-in the status labels keep their words, so Score finds the counts beside them and caches every formula", async () => {
    const files = await readmeExample();
    const checkedIn = [...(await formulaCells(files.checkedIn)).entries()].filter(
      ([at, c]) => c.result !== null && !at.startsWith("Check-ins!")
    );
    // Two sheets' three labels, in forecast or grade words (New sheet dates them today).
    const words = ["On track", "At risk", "Off track", "Achieved", "Acceptable", "Missed"];
    expect(checkedIn).toHaveLength(6);
    for (const [, c] of checkedIn) expect(words).toContain(c.result);
    expect(await uncachedFormulas(files.scored)).toEqual([]);
  });
});

describe("forgetCachedResults", () => {
  it("drops every result and keeps plain, shared and array formulas as they were", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const set = (at: string, value: object) => (ws.getCell(at).value = value as ExcelJS.CellValue);
    ws.getCell("A1").value = 2;
    set("B1", { formula: "A1*2", result: 4 });
    set("B2", { sharedFormula: "B1", result: 0 });
    set("C1", { formula: "A1:A2*2", shareType: "array", ref: "C1:C2", result: 4 });
    forgetCachedResults(wb);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const model = (at: string) =>
      back.getWorksheet("S")!.getCell(at).model as unknown as Record<string, unknown>;
    expect(["B1", "B2", "C1"].map((at) => model(at).result)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(model("B1").formula).toBe("A1*2");
    expect(model("B2").sharedFormula).toBe("B1");
    expect([model("C1").shareType, model("C1").ref, model("C1").formula]).toEqual([
      "array",
      "C1:C2",
      "A1:A2*2",
    ]);
    expect(back.getWorksheet("S")!.getCell("A1").value).toBe(2);
  });
});
