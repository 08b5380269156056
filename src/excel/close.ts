// "Close period" and "Start next period" in Excel (issue 17; src/operations/close.ts, next.ts). The
// form reads the workbook in one round trip; saving reads it again and writes the final scores, the
// Review and the scores as of the closing date in one batch; starting the next period reads it and
// adds the new sheets in one batch — whatever the number of key results.
import type { CarryMode, NextNote, NextProblem } from "../domain/close/next";
import type { CloseEntry, CloseProblem } from "../domain/close/plan";
import { addDays } from "../domain/reading/dates";
import type { IsoDate, Lang, Period } from "../domain/types";
import { close, closeForm, type CloseForm } from "../operations/close";
import { startNext } from "../operations/next";
import type { NumberSeparators } from "../domain/reading/numbers";
import { queueSeparators } from "./culture";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export type { CloseForm, CloseFormKr, CloseFormObjective } from "../operations/close";

/** Closing opens this many days before the period's last day (and stays open after it). */
export const CLOSE_OPENS_DAYS = 14;

/** Whether a period can be closed as of a date: in its last two weeks, or past its end. */
export function closeIsOpen(period: Period, asOf: IsoDate): boolean {
  return asOf >= addDays(period.end, -(CLOSE_OPENS_DAYS - 1));
}

/** The form, and the separators Excel reads typed numbers with (final scores typed in the pane). */
export type PaneCloseForm = CloseForm & { separators: NumberSeparators };

/** The form of the period chosen (default: the latest not closed), in the same round trip. */
export function readCloseForm(
  excel: ExcelApi,
  period: Period | null = null
): Promise<PaneCloseForm> {
  return excel.run(async (context) => {
    const separators = queueSeparators(context);
    const form = await closeForm(officeHost(context, excel), period);
    return { ...form, separators: separators() };
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
  const { problems, reviewSheet, scored } = await excel.run((context) =>
    close(officeHost(context, excel), { ...o, checkedOn: o.today })
  );
  return { problems, reviewSheet, scored };
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
  const { problems, sheets, notes, skippedSheets } = await excel.run((context) =>
    startNext(officeHost(context, excel), o)
  );
  return { problems, sheets, notes, skippedSheets };
}
