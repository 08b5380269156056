// Close period: each key result's final score and each objective's review, the Review sheet, and
// the workbook scored as of the closing date, in one batch; and the form the pane fills (what the
// values suggest, what was typed already). A problem is a code (domain/close/messages.ts).
import { planCloseAndScore, type CloseEntry, type CloseProblem } from "../domain/close/plan";
import { readReview, type ReviewText } from "../domain/close/periodReview";
import { idKey } from "../domain/reading/ids";
import { isReviewSheet } from "../domain/reading/ownSheets";
import { periodScope, type WorkbookPeriod } from "../domain/reading/periodScope";
import { reachedTarget } from "../domain/scoring/carryOver";
import { scoreKrAtEnd } from "../domain/scoring/finalScore";
import type { Commitment, IsoDate, Lang, Period } from "../domain/types";
import type { Applied, WorkbookHost } from "./host";

export interface CloseFormKr {
  sheet: string;
  id: string;
  statement: string;
  /** What the values say: the suggested final score. */
  suggested: number | null;
  /** The final score typed already, if any. */
  finalScore: number | null;
  /** Its score on the sheet now: the final score where typed, else the progress (null: none). */
  progress: number | null;
  weight: number | null;
  /** Its values reached the target: it carries over only when marked (`carry`). */
  reached: boolean;
  carry: boolean;
}

export interface CloseFormObjective {
  sheet: string;
  id: string;
  statement: string;
  owner: string;
  commitment: Commitment | null;
  keyResults: CloseFormKr[];
  review: ReviewText;
}

export interface CloseForm {
  /** The period to close (the one chosen, else the latest not closed) and its sheets' as-of date. */
  period: Period | null;
  asOf: IsoDate | null;
  objectives: CloseFormObjective[];
  /** Every period of the workbook, for the picker (reading/periodScope.ts). */
  periods: WorkbookPeriod[];
}

/**
 * What closing will ask for: every objective of the period with its key results, suggestions and
 * review.
 */
export async function closeForm(
  host: WorkbookHost,
  period: Period | null = null
): Promise<CloseForm> {
  const { sheets } = await host.read();
  const chosen = periodScope(sheets, period);
  const scope = chosen.ok ? chosen.scope : null;
  const okr = sheets.filter((i) => i.sheet.match && scope?.shown.has(i.sheet.name));
  const review = sheets.find((i) => isReviewSheet(i.rows));
  const texts = review ? readReview(review.rows) : new Map<string, ReviewText>();
  const header = okr.find((i) => i.sheet.header.period)?.sheet.header;
  return {
    period: header?.period ?? null,
    asOf: header?.asOf ?? null,
    periods: scope?.periods ?? [],
    objectives: okr.flatMap(({ sheet }) =>
      sheet.objectives.map((o) => ({
        sheet: sheet.name,
        id: o.id,
        statement: o.statement,
        owner: o.owner,
        commitment: o.commitment,
        review: texts.get(idKey(o.id)) ?? {},
        keyResults: o.keyResults.map((kr) => {
          const end = scoreKrAtEnd(kr);
          return {
            sheet: sheet.name,
            id: kr.id,
            statement: kr.statement,
            suggested: end.computed,
            finalScore: end.final.kind === "score" ? end.final.value : null,
            progress: end.progress,
            weight: kr.weight,
            reached: reachedTarget(kr),
            carry: (texts.get(idKey(o.id))?.carryKrs ?? []).some((k) => idKey(k) === idKey(kr.id)),
          };
        }),
      }))
    ),
  };
}

export interface Closed extends Applied {
  problems: CloseProblem[];
  /** The period closed. */
  period: Period | null;
  reviewSheet: string;
  /** Final scores written, and objectives on the Review. */
  scored: number;
  objectives: number;
}

/** Saves the final scores and the review, and scores the workbook as of `asOf`, in one batch. */
export async function close(
  host: WorkbookHost,
  o: {
    asOf: IsoDate;
    entries: readonly CloseEntry[];
    lang: Lang;
    checkedOn: IsoDate;
    /** The period to close; default: the latest not closed. */
    period?: Period | null;
  }
): Promise<Closed> {
  const { sheets, cadence } = await host.read();
  const plan = planCloseAndScore({ inputs: sheets, ...o, period: o.period ?? null, cadence });
  const base = {
    problems: plan.problems,
    period: plan.period ?? null,
    reviewSheet: plan.reviewSheet,
    scored: plan.scored,
    objectives: plan.objectives,
  };
  if (plan.problems.length) return { ...base, skipped: [], untabled: [], hidden: false };
  return { ...base, ...(await host.apply(plan.plans)) };
}
