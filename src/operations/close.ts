// Close period: each key result's final score and each objective's review, the Review sheet, and
// the workbook scored as of the closing date, in one batch; and the form the pane fills (what the
// values suggest, what was typed already). A problem is a code (domain/close/messages.ts).
import { planCloseAndScore, type CloseEntry, type CloseProblem } from "../domain/close/plan";
import { readReview, type ReviewText } from "../domain/close/periodReview";
import { idKey } from "../domain/reading/ids";
import { isReviewSheet } from "../domain/reading/ownSheets";
import { scoreKrAtEnd } from "../domain/scoring/finalScore";
import type { IsoDate, Lang, Period } from "../domain/types";
import type { Applied, WorkbookHost } from "./host";

export interface CloseFormKr {
  sheet: string;
  id: string;
  statement: string;
  /** What the values say: the suggested final score. */
  suggested: number | null;
  /** The final score typed already, if any. */
  finalScore: number | null;
}

export interface CloseFormObjective {
  sheet: string;
  id: string;
  statement: string;
  keyResults: CloseFormKr[];
  review: ReviewText;
}

export interface CloseForm {
  /** The period of the OKR sheets (the first one's) and their as-of date; null without one. */
  period: Period | null;
  asOf: IsoDate | null;
  objectives: CloseFormObjective[];
}

/** What closing will ask for: every objective with its key results, suggestions and review. */
export async function closeForm(host: WorkbookHost): Promise<CloseForm> {
  const { sheets } = await host.read();
  const okr = sheets.filter((i) => i.sheet.match);
  const review = sheets.find((i) => isReviewSheet(i.rows));
  const texts = review ? readReview(review.rows) : new Map<string, ReviewText>();
  const header = okr.find((i) => i.sheet.header.period)?.sheet.header;
  return {
    period: header?.period ?? null,
    asOf: header?.asOf ?? null,
    objectives: okr.flatMap(({ sheet }) =>
      sheet.objectives.map((o) => ({
        sheet: sheet.name,
        id: o.id,
        statement: o.statement,
        review: texts.get(idKey(o.id)) ?? {},
        keyResults: o.keyResults.map((kr) => {
          const end = scoreKrAtEnd(kr);
          return {
            sheet: sheet.name,
            id: kr.id,
            statement: kr.statement,
            suggested: end.computed,
            finalScore: end.final.kind === "score" ? end.final.value : null,
          };
        }),
      }))
    ),
  };
}

export interface Closed extends Applied {
  problems: CloseProblem[];
  reviewSheet: string;
  /** Final scores written, and objectives on the Review. */
  scored: number;
  objectives: number;
}

/** Saves the final scores and the review, and scores the workbook as of `asOf`, in one batch. */
export async function close(
  host: WorkbookHost,
  o: { asOf: IsoDate; entries: readonly CloseEntry[]; lang: Lang; checkedOn: IsoDate }
): Promise<Closed> {
  const { sheets } = await host.read();
  const plan = planCloseAndScore({ inputs: sheets, ...o });
  const base = {
    problems: plan.problems,
    reviewSheet: plan.reviewSheet,
    scored: plan.scored,
    objectives: plan.objectives,
  };
  if (plan.problems.length) return { ...base, skipped: [], untabled: [], hidden: false };
  return { ...base, ...(await host.apply(plan.plans)) };
}
