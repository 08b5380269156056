// "Close period" and "Start next period" in Excel (issue 17). The form reads the workbook in one
// round trip; saving reads it again and writes the final scores, the Review and the scores as of
// the closing date in one batch; starting the next period reads it and adds the new sheets in one
// batch — whatever the number of key results.
import { planNext, type CarryMode, type NextNote, type NextProblem } from "../domain/close/next";
import { reachedTarget } from "../domain/periods/carryOver";
import { periodScope, type WorkbookPeriod } from "../domain/periods/scope";
import { cadenceFrom } from "./settings";
import { planCloseAndScore, type CloseEntry, type CloseProblem } from "../domain/close/plan";
import { readReview, type ReviewText } from "../domain/close/review";
import { addDays } from "../domain/dates";
import { idKey } from "../domain/ids";
import { isReviewSheet } from "../domain/ownSheets";
import type { SheetInput } from "../domain/plan/sheetLayout";
import { scoreKrAtEnd } from "../domain/scoring/finalScore";
import { readSheet } from "../domain/sheet";
import type { IsoDate, Lang, Period } from "../domain/types";
import { applyPlans } from "./applyPlan";
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
  /** Its values reached the target: it carries over only when marked (`carry`). */
  reached: boolean;
  carry: boolean;
}

export interface CloseFormObjective {
  sheet: string;
  id: string;
  statement: string;
  keyResults: CloseFormKr[];
  review: ReviewText;
}

export interface CloseForm {
  /** The period to close (the one chosen, else the latest not closed) and its sheets' as-of date. */
  period: Period | null;
  asOf: IsoDate | null;
  objectives: CloseFormObjective[];
  /** Every period of the workbook, for the picker (periods/scope.ts). */
  periods: WorkbookPeriod[];
}

async function readInputs(excel: ExcelApi, context: Excel.RequestContext): Promise<SheetInput[]> {
  const { cells } = await readAllSheets(context, excel, () => null);
  return cells.map((c) => ({ sheet: readSheet(c.name, c.rows, readOptionsOf(c)), rows: c.rows }));
}

export async function readCloseForm(
  excel: ExcelApi,
  period: Period | null = null
): Promise<CloseForm> {
  return excel.run(async (context) => {
    const inputs = await readInputs(excel, context);
    const chosen = periodScope(inputs, period);
    const scope = chosen.ok ? chosen.scope : null;
    const okr = inputs.filter((i) => i.sheet.match && scope?.shown.has(i.sheet.name));
    const review = inputs.find((i) => isReviewSheet(i.rows));
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
          review: texts.get(idKey(o.id)) ?? {},
          keyResults: o.keyResults.map((kr) => {
            const end = scoreKrAtEnd(kr);
            return {
              sheet: sheet.name,
              id: kr.id,
              statement: kr.statement,
              suggested: end.computed,
              finalScore: end.final.kind === "score" ? end.final.value : null,
              reached: reachedTarget(kr),
              carry: (texts.get(idKey(o.id))?.carryKrs ?? []).some(
                (k) => idKey(k) === idKey(kr.id)
              ),
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
}

/** Saves the final scores and the review, and scores the workbook as of `asOf`, in one batch. */
export async function saveClose(
  excel: ExcelApi,
  o: {
    asOf: IsoDate;
    entries: readonly CloseEntry[];
    lang: Lang;
    today: IsoDate;
    period?: Period | null;
  }
): Promise<CloseResult> {
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const inputs = cells.map((c) => ({
      sheet: readSheet(c.name, c.rows, readOptionsOf(c)),
      rows: c.rows,
    }));
    const plan = planCloseAndScore({
      inputs,
      ...o,
      checkedOn: o.today,
      cadence: cadenceFrom(cells),
    });
    const base = { problems: plan.problems, reviewSheet: plan.reviewSheet, scored: plan.scored };
    if (plan.problems.length) return base;
    await applyPlans(context, excel, plan.plans);
    return base;
  });
}

export interface NextResult {
  problems: NextProblem[];
  sheets: string[];
  /** What to look at on the new sheets (a target to set, a statement, a parent). */
  notes: NextNote[];
  skippedSheets: string[];
}

/** Adds the next period's sheets beside the old ones, in one batch. */
export async function startNextPeriod(
  excel: ExcelApi,
  o: { period: Period; carry: CarryMode; lang: Lang }
): Promise<NextResult> {
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const inputs = cells.map((c) => ({
      sheet: readSheet(c.name, c.rows, readOptionsOf(c)),
      rows: c.rows,
    }));
    const plan = planNext({ inputs, ...o, cadence: cadenceFrom(cells) });
    const base = {
      problems: plan.problems,
      sheets: plan.sheets,
      notes: plan.notes,
      skippedSheets: plan.skipped,
    };
    if (plan.problems.length || plan.plans.length === 0) return base;
    await applyPlans(context, excel, plan.plans);
    return base;
  });
}
