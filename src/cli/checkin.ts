// `okr checkin INPUT.xlsx --date D [--values VALUES.csv] -o OUT.xlsx`: the add-in's check-in
// (src/operations/checkin.ts) on a file. VALUES.csv holds `ID,Current[,Confidence,Comment]` (a
// header row is optional); without it, every key result is recorded with the value its sheet holds.
import type ExcelJS from "exceljs";
import { checkinProblemText } from "../domain/checkins/messages";
import type { CheckinEntry, CheckinProblem } from "../domain/checkins/plan";
import { idKey } from "../domain/reading/ids";
import type { IsoDate, Lang } from "../domain/types";
import { checkin } from "../operations/checkin";
import { fileHost } from "./fileHost";
import { InputError, csvIdLines } from "./input";

/** The check-in values file: one entry per line, by the line it came from. */
export function readValues(file: string): { line: number; entry: CheckinEntry }[] {
  return csvIdLines(file).map(({ line, id, row }) => ({
    line,
    entry: { id, value: row[1] ?? "", confidence: row[2] ?? "", comment: String(row[3] ?? "") },
  }));
}

/** A problem where it came from: the values file's line for a key result's, else the workbook. */
function located(
  problem: CheckinProblem,
  o: { file: string; valuesFile: string; lang: Lang },
  lineOf: Map<string, number>
): string {
  const line = "id" in problem ? lineOf.get(idKey(problem.id)) : undefined;
  const where = "id" in problem ? (line ? `${o.valuesFile}, line ${line}` : o.valuesFile) : o.file;
  return `${where}: ${checkinProblemText(problem, o.lang)}`;
}

/** Records a check-in in the workbook (in memory). Returns what was recorded where. */
export async function checkinWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    date: IsoDate;
    values: { line: number; entry: CheckinEntry }[] | null;
    valuesFile: string;
    lang: Lang;
    file: string;
  }
): Promise<{ sheets: string[]; recorded: number; historySheet: string }> {
  const done = await checkin(fileHost(workbook), {
    date: o.date,
    lang: o.lang,
    entries: o.values ? o.values.map((v) => v.entry) : null,
  });
  const lineOf = new Map((o.values ?? []).map((v) => [idKey(v.entry.id), v.line]));
  if (done.problems.length)
    throw new InputError(done.problems.map((p) => located(p, o, lineOf)).join("\n"));
  return { sheets: done.sheets, recorded: done.recorded, historySheet: done.historySheet };
}
