// The check-in rhythm (seed 003: every week, on Friday or Monday). A key result is stale when its
// last real check-in — a person's value, confidence or comment for it — is more than one cadence
// before the as-of date; with the weekly default, when 8 days or more have passed. No grace is
// added: a week is a week, and the Summary says how many days it has been. A key result with no
// check-in yet in its period is "Not started" until its first check-in is due, one cadence after the
// period's first day. The cadence is a workbook setting, kept beside the thresholds on the settings
// sheet that both hosts read (settingsSheet.ts).
import { addDays, dayNumber } from "./dates";
import type { CellValue, IsoDate, Localized, Period } from "../types";

/** Days between check-ins unless the workbook says otherwise. */
export const DEFAULT_CADENCE_DAYS = 7;

/** The settings sheet's key for the cadence (A2), its days in B2. */
export const CADENCE_KEY = "okrSheets.cadenceDays";

/** The row of the settings sheet that holds the cadence: A2:B2. */
export const CADENCE_ROW = 1;

/** A cadence people can keep: whole days from 1 to 92 (a quarter). */
export function validCadence(days: unknown): days is number {
  return typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= 92;
}

/** The cadence a settings sheet's rows hold, else the default. */
export function cadenceFromRows(rows: readonly (readonly CellValue[])[] | undefined): number {
  const row = rows?.find((r) => r[0] === CADENCE_KEY);
  const days = typeof row?.[1] === "string" ? Number(row[1]) : row?.[1];
  return validCadence(days) ? days : DEFAULT_CADENCE_DAYS;
}

/** The cells of the cadence's row. */
export function cadenceRow(days: number): [string, number] {
  return [CADENCE_KEY, days];
}

/** Days since the last check-in, when that is more than one cadence before the as-of date. */
export function staleDays(last: IsoDate, asOf: IsoDate, cadence: number): number | null {
  const days = dayNumber(asOf) - dayNumber(last);
  return days > cadence ? days : null;
}

/** The day a period's first check-in is due: one cadence after its first day. */
export function firstCheckinDue(period: Period, cadence: number): IsoDate {
  return addDays(period.start, cadence);
}

/** Before the first check-in is due: key results without a check-in are not started yet. */
export function beforeFirstCheckin(period: Period | null, asOf: IsoDate | null, cadence: number) {
  return period !== null && asOf !== null && asOf < firstCheckinDue(period, cadence);
}

/** The status word of a key result with no check-in before its first is due (machine: "notStarted"). */
export const NOT_STARTED: Localized = { en: "Not started", "zh-CN": "未开始", "zh-TW": "未開始" };
