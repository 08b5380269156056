// "Close period" and "Start next period" in Excel (issue 17). The form reads the workbook in one
// round trip; saving reads it again and writes the final scores, the Review and the scores as of
// the closing date in one batch; starting the next period reads it and adds the new sheets in one
// batch — whatever the number of key results.
import { planNext, type CarryMode, type NextProblem } from "../domain/close/next";
import { planCloseAndScore, type CloseEntry, type CloseProblem } from "../domain/close/plan";
import { readReview, type ReviewText } from "../domain/close/periodReview";
import { addDays } from "../domain/reading/dates";
import { idKey } from "../domain/reading/ids";
import { isReviewSheet } from "../domain/reading/ownSheets";
import type { SheetInput } from "../domain/plan/sheetLayout";
import { scoreKrAtEnd } from "../domain/scoring/finalScore";
import { readSheet } from "../domain/reading/sheet";
import type { IsoDate, Lang, Period } from "../domain/types";
import { applyPlans, type PlanFeature } from "./applyPlan";
import type { ExcelApi } from "./host";
import { readAllSheets, readOptionsOf } from "./readWorkbook";

/** Closing opens this many days before the period's last day (and stays open after it). */
export const CLOSE_OPENS_DAYS = 14;

/** Whether a period can be closed as of a date: in its last two weeks, or past its end. */
export function closeIsOpen(period: Period, asOf: IsoDate): boolean {
  return asOf >= addDays(period.end, -(CLOSE_OPENS_DAYS - 1));
}

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

async function readInputs(excel: ExcelApi, context: Excel.RequestContext): Promise<SheetInput[]> {
  const { cells } = await readAllSheets(context, excel, () => null);
  return cells.map((c) => ({ sheet: readSheet(c.name, c.rows, readOptionsOf(c)), rows: c.rows }));
}

export async function readCloseForm(excel: ExcelApi): Promise<CloseForm> {
  return excel.run(async (context) => {
    const inputs = await readInputs(excel, context);
    const okr = inputs.filter((i) => i.sheet.match);
    const review = inputs.find((i) => isReviewSheet(i.rows));
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
  });
}

export interface CloseResult {
  problems: CloseProblem[];
  reviewSheet: string;
  scored: number;
  skipped: PlanFeature[];
}

/** Saves the final scores and the review, and scores the workbook as of `asOf`, in one batch. */
export async function saveClose(
  excel: ExcelApi,
  o: { asOf: IsoDate; entries: readonly CloseEntry[]; lang: Lang; today: IsoDate }
): Promise<CloseResult> {
  return excel.run(async (context) => {
    const inputs = await readInputs(excel, context);
    const plan = planCloseAndScore({ inputs, ...o, checkedOn: o.today });
    const base = { problems: plan.problems, reviewSheet: plan.reviewSheet, scored: plan.scored };
    if (plan.problems.length) return { ...base, skipped: [] };
    const { skipped } = await applyPlans(context, excel, plan.plans);
    return { ...base, skipped };
  });
}

export interface NextResult {
  problems: NextProblem[];
  sheets: string[];
  skippedSheets: string[];
  skipped: PlanFeature[];
}

/** Adds the next period's sheets beside the old ones, in one batch. */
export async function startNextPeriod(
  excel: ExcelApi,
  o: { period: Period; carry: CarryMode; lang: Lang }
): Promise<NextResult> {
  return excel.run(async (context) => {
    const inputs = await readInputs(excel, context);
    const plan = planNext({ inputs, ...o });
    const base = { problems: plan.problems, sheets: plan.sheets, skippedSheets: plan.skipped };
    if (plan.problems.length || plan.plans.length === 0) return { ...base, skipped: [] };
    const { skipped } = await applyPlans(context, excel, plan.plans);
    return { ...base, skipped };
  });
}
