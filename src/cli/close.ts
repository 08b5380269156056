// `okr close INPUT.xlsx --as-of D [--scores SCORES.csv] -o OUT.xlsx`: the add-in's "Close period" on
// a file. SCORES.csv holds `ID,Final score[,What worked,What did not,Why,Lesson,Carry over]` (a
// header row is optional): key-result IDs take a final score, objective IDs the review text. The
// final scores and the Review sheet are written, then the workbook is scored as of D.
import type ExcelJS from "exceljs";
import { planCloseAndScore, type CloseEntry, type CloseProblem } from "../domain/close/plan";
import { REVIEW_TEXT_KEYS } from "../domain/close/periodReview";
import { idKey } from "../domain/reading/ids";
import type { IsoDate, Lang } from "../domain/types";
import { InputError, csvIdLines, workbookSheets } from "./input";
import { applyPlansToWorkbook } from "./xlsxHost";

/** The scores file: one entry per line, by the line it came from. */
export function readScores(file: string): { line: number; entry: CloseEntry }[] {
  return csvIdLines(file).map(({ line, id, row }) => ({
    line,
    entry: {
      id,
      score: row[1] ?? "",
      text: Object.fromEntries(
        REVIEW_TEXT_KEYS.map((k, j) => [k, String(row[2 + j] ?? "").trim()])
      ),
      carry: row[6] ?? "",
    },
  }));
}

function describe(problem: CloseProblem, file: string, lineOf: Map<string, number>): string {
  if (problem.kind === "date-outside")
    return `--as-of: the date is outside the period ${problem.period} (${problem.start} to ${problem.end}) of ${problem.sheets.map((n) => `"${n}"`).join(", ")}. Close as of a day in the period, usually its last.`;
  const line = lineOf.get(idKey(problem.id));
  const where = line ? `${file}, line ${line}` : file;
  switch (problem.kind) {
    case "unknown-id":
      return `${where}: no objective or key result has the ID "${problem.id}". Use the IDs in the workbook's ID column.`;
    case "bad-score":
      return `${where}: the final score "${problem.value}" for ${problem.id} is not a score from 0 to 1. Write it as 0.7 or 70%.`;
    case "objective-score":
      return `${where}: ${problem.id} is an objective; its score follows from its key results' weights. Give final scores on key-result lines and leave column 2 empty here.`;
    case "kr-review":
      return `${where}: ${problem.id} is a key result; review text (What worked … Carry over) belongs on its objective's line.`;
    case "bad-carry":
      return `${where}: Carry over "${problem.value}" for ${problem.id} is neither yes nor no. Write yes or no (是 / 否).`;
  }
}

/** Closes the period in the workbook (in memory): final scores, the Review, then Score as of D. */
export function closeWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    asOf: IsoDate;
    scores: { line: number; entry: CloseEntry }[];
    scoresFile: string;
    lang: Lang;
  }
): { scored: number; objectives: number; reviewSheet: string } {
  const plan = planCloseAndScore({
    inputs: workbookSheets(workbook, {}),
    asOf: o.asOf,
    checkedOn: o.asOf,
    lang: o.lang,
    entries: o.scores.map((s) => s.entry),
  });
  const lineOf = new Map(o.scores.map((s) => [idKey(s.entry.id), s.line]));
  if (plan.problems.length)
    throw new InputError(plan.problems.map((p) => describe(p, o.scoresFile, lineOf)).join("\n"));
  applyPlansToWorkbook(workbook, plan.plans);
  return { scored: plan.scored, objectives: plan.objectives, reviewSheet: plan.reviewSheet };
}
