// `okr checkin INPUT.xlsx --date D --values VALUES.csv -o OUT.xlsx [--period P] [--unlink]`: the
// add-in's check-in on a file. VALUES.csv holds `ID,Current[,Confidence,Comment]` (a header row is
// optional); each line is what a person said about one key result, and only those key results get
// a history row. A linked key result (its Current a formula) takes a confidence or a comment; a value
// for it is refused unless --unlink replaces the formula.
import type ExcelJS from "exceljs";
import { isHistorySheet } from "../domain/checkins/history";
import {
  planCheckin,
  saysSomething,
  type CheckinEntry,
  type CheckinProblem,
} from "../domain/checkins/plan";
import { idKey } from "../domain/ids";
import { cadenceFromRows } from "../domain/periods/cadence";
import { periodScope, unknownPeriodText } from "../domain/periods/scope";
import { SETTINGS_SHEET } from "../domain/settingsSheet";
import type { IsoDate, Lang, Period } from "../domain/types";
import { InputError, csvIdLines, workbookSheets } from "./input";
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
    case "linked":
      return `${where}: ${problem.id}'s Current is linked to ${problem.link}; a check-in records what the link shows and keeps the formula. Leave the value empty (give a confidence or a comment), or add --unlink to replace the formula with this value.`;
  }
}

/** The key results one check-in recorded, as a sentence's count: "1 key result", "3 key results". */
export function keyResultCount(n: number): string {
  return `${n} key result${n === 1 ? "" : "s"}`;
}

/** Records a check-in in the workbook (in memory). Returns what was recorded where. */
export function checkinWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    date: IsoDate;
    values: { line: number; entry: CheckinEntry }[];
    valuesFile: string;
    lang: Lang;
    file: string;
    period?: Period | null;
    unlink?: boolean;
  }
): { sheets: string[]; recorded: number; historySheet: string; leftOut: Period[] } {
  const read = () => workbookSheets(workbook, {}).map((s) => ({ ...s, name: s.sheet.name }));
  const all = read();
  const okr = all.filter((s) => s.sheet.match);
  if (okr.length === 0)
    throw new InputError(
      `${o.file}: no OKR sheet found. Create sheets with okr new or add a header row.`
    );
  const chosen = periodScope(all, o.period ?? null);
  if (!chosen.ok) throw new InputError(unknownPeriodText(chosen, "en"));
  const scope = chosen.scope;
  const sheetOf = new Map<string, string>();
  const periodOf = new Map<string, string>();
  for (const s of okr)
    for (const kr of [...s.sheet.orphans, ...s.sheet.objectives.flatMap((ob) => ob.keyResults)]) {
      sheetOf.set(idKey(kr.id), s.name);
      periodOf.set(idKey(kr.id), s.sheet.header.period?.label ?? "");
    }
  const lineOf = new Map(o.values.map((v) => [idKey(v.entry.id), v.line]));
  const unknown = o.values.filter((v) => !sheetOf.has(idKey(v.entry.id)));
  if (unknown.length)
    throw new InputError(
      unknown
        .map((v) => describe({ kind: "unknown-id", id: v.entry.id }, o.valuesFile, lineOf))
        .join("\n")
    );
  // A check-in is of one period: a key result of another is named with the option that reaches it.
  const elsewhere = o.values.filter((v) => !scope.shown.has(sheetOf.get(idKey(v.entry.id))!));
  if (elsewhere.length)
    throw new InputError(
      elsewhere
        .map((v) => {
          const period = periodOf.get(idKey(v.entry.id));
          return `${o.valuesFile}, line ${v.line}: ${v.entry.id} is on "${sheetOf.get(idKey(v.entry.id))}" (${period}); this check-in is of ${scope.period?.label}. --period ${period} checks in there.`;
        })
        .join("\n")
    );
  const said = o.values.filter((v) => saysSomething(v.entry));
  if (said.length === 0)
    throw new InputError(
      `${o.valuesFile}: no line gives a value, a confidence or a comment; a check-in records what people said. Write ID,Current[,Confidence,Comment] lines.`
    );
  const targets = okr.filter((s) => said.some((v) => sheetOf.get(idKey(v.entry.id)) === s.name));
  const settings = all.find((s) => s.name === SETTINGS_SHEET);
  const cadence = cadenceFromRows(settings?.rows);

  // New values change what formulas show: results cached before would be stale (wrong, in viewers
  // that do not recalculate), so they go; the check-in's own formulas carry theirs. A linked
  // Current keeps its own: it reads another sheet, which a check-in does not change.
  const linked = new Set(
    okr.flatMap((s) =>
      [...s.sheet.orphans, ...s.sheet.objectives.flatMap((ob) => ob.keyResults)]
        .filter((kr) => kr.link && !o.unlink)
        .map((kr) => `${s.name}!${kr.row}:${(s.sheet.match?.columns.current ?? 0) + 1}`)
    )
  );
  forgetCachedResults(workbook, (ws, cell) => linked.has(`${ws.name}!${cell.row}:${cell.col}`));
  let recorded = 0;
  let historySheet = "";
  for (const target of targets) {
    const now = read();
    const current = now.find((s) => s.name === target.name)!;
    const history = now.find((s) => isHistorySheet(s.rows)) ?? null;
    const plan = planCheckin({
      sheet: { sheet: current.sheet, rows: current.rows },
      history: history && { name: history.name, rows: history.rows },
      existingSheets: now.map((s) => s.name),
      date: o.date,
      entries: said
        .filter((v) => sheetOf.get(idKey(v.entry.id)) === target.name)
        .map((v) => v.entry),
      lang: o.lang,
      unlink: o.unlink,
      cadence,
    });
    if (plan.problems.length)
      throw new InputError(plan.problems.map((p) => describe(p, o.valuesFile, lineOf)).join("\n"));
    applyPlansToWorkbook(workbook, plan.plans);
    recorded += plan.recorded;
    historySheet = plan.historySheet;
  }
  return {
    sheets: targets.map((t) => t.name),
    recorded,
    historySheet,
    leftOut: scope.leftOut.map((p) => p.period),
  };
}
