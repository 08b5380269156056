// "Close period" and "Start next period" in Excel (issue 17; src/operations/close.ts, next.ts). The
// form reads the workbook in one round trip; saving reads it again and writes the final scores, the
// Review and the scores as of the closing date in one batch; starting the next period reads it and
// adds the new sheets in one batch — whatever the number of key results.
import type { CarryMode, NextProblem } from "../domain/close/next";
import type { CloseEntry, CloseProblem } from "../domain/close/plan";
import { addDays } from "../domain/reading/dates";
import type { IsoDate, Lang, Period } from "../domain/types";
import { close, closeForm, type CloseForm } from "../operations/close";
import { startNext } from "../operations/next";
import type { PlanFeature } from "./applyPlan";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export type { CloseForm, CloseFormKr, CloseFormObjective } from "../operations/close";

/** Closing opens this many days before the period's last day (and stays open after it). */
export const CLOSE_OPENS_DAYS = 14;

/** Whether a period can be closed as of a date: in its last two weeks, or past its end. */
export function closeIsOpen(period: Period, asOf: IsoDate): boolean {
  return asOf >= addDays(period.end, -(CLOSE_OPENS_DAYS - 1));
}

export function readCloseForm(excel: ExcelApi): Promise<CloseForm> {
  return excel.run((context) => closeForm(officeHost(context, excel)));
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
  const closed = await excel.run((context) =>
    close(officeHost(context, excel), { ...o, checkedOn: o.today })
  );
  const { problems, reviewSheet, scored } = closed;
  return { problems, reviewSheet, scored, skipped: closed.skipped as PlanFeature[] };
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
  const started = await excel.run((context) => startNext(officeHost(context, excel), o));
  const { problems, sheets, skippedSheets } = started;
  return { problems, sheets, skippedSheets, skipped: started.skipped as PlanFeature[] };
}
