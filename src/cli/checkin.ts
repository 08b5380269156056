// `okr checkin INPUT.xlsx --date D --values VALUES.csv -o OUT.xlsx [--period P] [--unlink]`: the
// add-in's check-in (src/operations/checkin.ts) on a file. VALUES.csv holds
// `ID,Current[,Confidence,Comment]` (a header row is optional); each line is what a person said
// about one key result, and only those key results get a history row. A linked key result (its
// Current a formula) takes a confidence or a comment; a value for it is refused unless --unlink
// replaces the formula.
import type ExcelJS from "exceljs";
import { checkinProblemText } from "../domain/checkins/messages";
import type { CheckinEntry, CheckinProblem } from "../domain/checkins/plan";
import { idKey } from "../domain/reading/ids";
import type { IsoDate, Lang, Period } from "../domain/types";
import { checkin } from "../operations/checkin";
import { UnknownPeriodError } from "../operations/period";
import { fileHost } from "./fileHost";
import { InputError, csvIdLines } from "./input";

/** The check-in values file: one entry per line, by the line it came from. */
export function readValues(file: string): { line: number; entry: CheckinEntry }[] {
  return csvIdLines(file).map(({ line, id, row }) => ({
    line,
    entry: { id, value: row[1] ?? "", confidence: row[2] ?? "", comment: String(row[3] ?? "") },
  }));
}

/** A problem where it came from: the values file's line for a key result's, else the file. */
function located(
  problem: CheckinProblem,
  o: { file: string; valuesFile: string; lang: Lang },
  lineOf: Map<string, number>
): string {
  const line = "id" in problem ? lineOf.get(idKey(problem.id)) : undefined;
  const where =
    "id" in problem
      ? line
        ? `${o.valuesFile}, line ${line}`
        : o.valuesFile
      : problem.kind === "nothing-said"
        ? o.valuesFile
        : o.file;
  return `${where}: ${checkinProblemText(problem, o.lang)}`;
}

/** "1 key result", "3 key results". */
export function keyResultCount(n: number): string {
  return `${n} key result${n === 1 ? "" : "s"}`;
}

/** Records a check-in in the workbook (in memory). Returns what was recorded where. */
export async function checkinWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    date: IsoDate;
    values: { line: number; entry: CheckinEntry }[];
    valuesFile: string;
    lang: Lang;
    file: string;
    /** The period checked in; default: the latest one not closed. */
    period?: Period | null;
    /** Replace a linked Current's formula with the value given. */
    unlink?: boolean;
  }
): Promise<{ sheets: string[]; recorded: number; historySheet: string }> {
  const done = await checkin(fileHost(workbook, { file: o.file }), {
    date: o.date,
    lang: o.lang,
    entries: o.values.map((v) => v.entry),
    period: o.period ?? null,
    unlink: Boolean(o.unlink),
  }).catch((error: unknown) => {
    if (error instanceof UnknownPeriodError) throw new InputError(error.text(o.lang));
    throw error;
  });
  const lineOf = new Map(o.values.map((v) => [idKey(v.entry.id), v.line]));
  if (done.problems.length)
    throw new InputError(done.problems.map((p) => located(p, o, lineOf)).join("\n"));
  return { sheets: done.sheets, recorded: done.recorded, historySheet: done.historySheet };
}
