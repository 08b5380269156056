// What formula cells show, from the reference model: the cached results a file stores beside its
// formulas (so viewers that do not recalculate show numbers). Each mirrors a formula builder's "".
import type { StatusWords } from "../scoring/formulas";
import { cellNumber } from "../reading/valueCells";
import type { HistoryEntry } from "../reading/historySheet";
import type { IsoDate, Status } from "../types";

/** A number, or the "" a formula shows when it has none. */
export const numberShown = (x: number | null): number | "" => x ?? "";

/** The word a Status cell shows: a grade once the period has ended (expected pace 1), else a forecast. */
export function statusShown(
  status: Status | null,
  expected: number | null,
  words: StatusWords,
  notStarted = false
): string {
  if (notStarted) return words.notStarted ?? "";
  if (status === null) return "";
  return (expected !== null && expected >= 1 ? words.end : words.during)[status];
}

/**
 * The mean confidence of a sheet's check-ins on one date (meanOnDateFormula): numbers of 0 or more
 * only, as its COUNTIFS ">=0" counts them (a host hands a percent-formatted number over as "80%");
 * null when there is none.
 */
export function confidenceMeanShown(
  entries: readonly HistoryEntry[],
  sheet: string,
  date: IsoDate
): number | null {
  const values = entries
    .filter((e) => e.sheet === sheet && e.date === date)
    .map((e) => cellNumber(e.confidence))
    .filter((c): c is number => c !== null && c >= 0);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** What differenceFormula shows: a − b when both are numbers, else "". */
export function differenceShown(a: unknown, b: unknown): number | "" {
  return typeof a === "number" && typeof b === "number" ? a - b : "";
}

/** What leftToTargetFormula shows: the distance the right way to the target, 0 once reached. */
export function leftToTargetShown(value: unknown, start: unknown, target: unknown): number | "" {
  if (typeof value !== "number" || typeof target !== "number") return "";
  if (typeof start !== "number") return Math.abs(target - value);
  return Math.max(0, target >= start ? target - value : value - target);
}
