// `okr close INPUT.xlsx --as-of D [--scores SCORES.csv] [--period P] -o OUT.xlsx`: the add-in's "Close period"
// (src/operations/close.ts) on a file. SCORES.csv holds `ID,Final score[,What worked,What did
// not,Why,Lesson,Carry over]` (a header row is optional): key-result IDs take a final score,
// objective IDs the review text. The final scores and the Review sheet are written, then the
// workbook is scored as of D.
import type ExcelJS from "exceljs";
import { closeProblemText } from "../domain/close/messages";
import { REVIEW_TEXT_KEYS } from "../domain/close/periodReview";
import type { CloseEntry, CloseProblem } from "../domain/close/plan";
import { idKey } from "../domain/reading/ids";
import type { IsoDate, Lang, Period } from "../domain/types";
import { close } from "../operations/close";
import { fileHost } from "./fileHost";
import { InputError, csvIdLines } from "./input";

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

/**
 * A problem where it came from: the scores file's line for an ID's, the --period option for a
 * period the workbook lacks (its text names it), else the --as-of option.
 */
function located(problem: CloseProblem, file: string, lineOf: Map<string, number>, lang: Lang) {
  const text = closeProblemText(problem, lang);
  if (problem.kind === "unknown-period") return text;
  if (!("id" in problem)) return `--as-of: ${text}`;
  const line = lineOf.get(idKey(problem.id));
  return `${line ? `${file}, line ${line}` : file}: ${text}`;
}

/** Closes the period in the workbook (in memory): final scores, the Review, then Score as of D. */
export async function closeWorkbook(
  workbook: ExcelJS.Workbook,
  o: {
    asOf: IsoDate;
    scores: { line: number; entry: CloseEntry }[];
    scoresFile: string;
    lang: Lang;
    period?: Period | null;
    /** The input workbook's file, named where a write is refused. */
    file?: string;
  }
): Promise<{ scored: number; objectives: number; reviewSheet: string; period: Period | null }> {
  const closed = await close(fileHost(workbook, { file: o.file }), {
    period: o.period ?? null,
    asOf: o.asOf,
    checkedOn: o.asOf,
    lang: o.lang,
    entries: o.scores.map((s) => s.entry),
  });
  const lineOf = new Map(o.scores.map((s) => [idKey(s.entry.id), s.line]));
  if (closed.problems.length)
    throw new InputError(
      closed.problems.map((p) => located(p, o.scoresFile, lineOf, o.lang)).join("\n")
    );
  return {
    scored: closed.scored,
    objectives: closed.objectives,
    reviewSheet: closed.reviewSheet,
    period: closed.period,
  };
}
