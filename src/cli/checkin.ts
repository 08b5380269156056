// `okr checkin INPUT.xlsx --date D [--values VALUES.csv] -o OUT.xlsx`: the add-in's check-in on a
// file. VALUES.csv holds `ID,Current[,Confidence,Comment]` (a header row is optional); without it,
// every key result is recorded with the value its sheet holds.
import type ExcelJS from "exceljs";
import { isHistorySheet } from "../domain/reading/historySheet";
import { planCheckin, type CheckinEntry, type CheckinProblem } from "../domain/checkins/plan";
import { idKey } from "../domain/reading/ids";
import { readSheet } from "../domain/reading/sheet";
import type { IsoDate, Lang } from "../domain/types";
import { InputError, csvIdLines, worksheetRows } from "./input";
import { applyPlansToWorkbook, forgetCachedResults } from "./xlsxHost";

/** The check-in values file: one entry per line, by the line it came from. */
export function readValues(file: string): { line: number; entry: CheckinEntry }[] {
  return csvIdLines(file).map(({ line, id, row }) => ({
    line,
    entry: { id, value: row[1] ?? "", confidence: row[2] ?? "", comment: String(row[3] ?? "") },
  }));
}

function describe(problem: CheckinProblem, file: string, lineOf: Map<string, number>): string {
  const line = lineOf.get(idKey(problem.id));
  const where = line ? `${file}, line ${line}` : file;
  switch (problem.kind) {
    case "unknown-id":
      return `${where}: no key result has the ID "${problem.id}". Use the IDs in the workbook's ID column.`;
    case "bad-value":
      return `${where}: "${problem.value}" for ${problem.id} is not a number. Write the current value as a number (20%, 1,200 and 1.5万 are fine).`;
    case "bad-confidence":
      return `${where}: confidence "${problem.value}" for ${problem.id} is not a number. Write it as a percentage such as 70%.`;
  }
}

/** Records a check-in in the workbook (in memory). Returns what was recorded where. */
export function checkinWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    date: IsoDate;
    values: { line: number; entry: CheckinEntry }[] | null;
    valuesFile: string;
    lang: Lang;
    file: string;
  }
): { sheets: string[]; recorded: number; historySheet: string } {
  const read = () =>
    workbook.worksheets.map((ws) => {
      const rows = worksheetRows(ws);
      return { name: ws.name, rows, sheet: readSheet(ws.name, rows) };
    });
  const okr = read().filter((s) => s.sheet.match);
  if (okr.length === 0)
    throw new InputError(
      `${o.file}: no OKR sheet found. Create sheets with okr new or add a header row.`
    );
  const sheetOf = new Map<string, string>();
  for (const s of okr)
    for (const kr of [...s.sheet.orphans, ...s.sheet.objectives.flatMap((ob) => ob.keyResults)])
      sheetOf.set(idKey(kr.id), s.name);
  const lineOf = new Map((o.values ?? []).map((v) => [idKey(v.entry.id), v.line]));
  const unknown = (o.values ?? []).filter((v) => !sheetOf.has(idKey(v.entry.id)));
  if (unknown.length)
    throw new InputError(
      unknown
        .map((v) => describe({ kind: "unknown-id", id: v.entry.id }, o.valuesFile, lineOf))
        .join("\n")
    );
  const targets = o.values
    ? okr.filter((s) => o.values!.some((v) => sheetOf.get(idKey(v.entry.id)) === s.name))
    : okr;

  // New values change what formulas show: results cached before would be stale (wrong, in viewers
  // that do not recalculate), so they go; the check-in's own formulas carry theirs.
  forgetCachedResults(workbook);
  let recorded = 0;
  let historySheet = "";
  for (const target of targets) {
    const now = read();
    const current = now.find((s) => s.name === target.name)!;
    const history = now.find((s) => isHistorySheet(s.rows)) ?? null;
    const plan = planCheckin({
      sheet: { sheet: current.sheet, rows: current.rows },
      history,
      existingSheets: now.map((s) => s.name),
      date: o.date,
      entries: (o.values ?? [])
        .filter((v) => sheetOf.get(idKey(v.entry.id)) === target.name)
        .map((v) => v.entry),
      lang: o.lang,
    });
    if (plan.problems.length)
      throw new InputError(plan.problems.map((p) => describe(p, o.valuesFile, lineOf)).join("\n"));
    applyPlansToWorkbook(workbook, plan.plans);
    recorded += plan.recorded;
    historySheet = plan.historySheet;
  }
  return { sheets: targets.map((t) => t.name), recorded, historySheet };
}
