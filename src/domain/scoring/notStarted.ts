// "Not started": a key result with no check-in yet in its period, before its first check-in is due
// (one cadence after the period's first day), is neither on track nor at risk — it has not begun.
// Every carried key result starts a period at progress 0 against a pace above 0; without this it
// would be At risk on day one. Shown in a neutral colour and counted apart from green, yellow and
// red; machine output says "notStarted". An objective whose key results are all not started is not
// started either. The model (here) and the formula (here too) decide alike: the check-ins counted
// are the key result's history rows on its sheet dated from the period's start to the as-of date.
import type { HistoryEntry } from "../reading/historySheet";
import { idKey } from "../reading/ids";
import type { OkrSheet } from "../reading/sheet";
import { exactCriterion, quote } from "./formulas";
import type { IsoDate, KeyResult, Lang, Localized, Period } from "../types";
import { beforeFirstCheckin } from "../reading/cadence";

/** The word a Status cell shows (machine output: "notStarted"). */
export const NOT_STARTED: Localized = { en: "Not started", "zh-CN": "未开始", "zh-TW": "未開始" };

/** Its neutral colours: Excel's own "Neutral"-free grey, dark text that passes contrast. */
export const NOT_STARTED_COLOURS = { fill: "#EDEDED", font: "#3A3A3A" };

export function notStartedWord(lang: Lang): string {
  return NOT_STARTED[lang];
}

/** What the not-started rule needs of a workbook: its cadence and its check-ins. */
export interface FirstCheckin {
  cadence: number;
  /** The history's entries and sheet name, when the workbook keeps check-ins. */
  history: { name: string; entries: readonly HistoryEntry[] } | null;
}

/** Whether a sheet scored at `asOf` is still before its period's first check-in is due. */
export function inFirstWindow(
  sheet: Pick<OkrSheet, "header">,
  asOf: IsoDate | null,
  cadence: number
): boolean {
  return beforeFirstCheckin(sheet.header.period, asOf, cadence);
}

/** Whether a key result has a check-in on its sheet dated in [period start, as-of]. */
function checkedIn(
  entries: readonly HistoryEntry[],
  sheet: string,
  kr: Pick<KeyResult, "id">,
  period: Period,
  asOf: IsoDate
): boolean {
  const id = idKey(kr.id);
  return entries.some(
    (e) =>
      e.sheet.toLowerCase() === sheet.toLowerCase() &&
      idKey(e.krId) === id &&
      e.date >= period.start &&
      e.date <= asOf
  );
}

/** The model: a key result not started at `asOf` (see the header). */
export function notStartedKr(
  sheet: Pick<OkrSheet, "name" | "header">,
  kr: Pick<KeyResult, "id">,
  asOf: IsoDate | null,
  first: FirstCheckin
): boolean {
  const period = sheet.header.period;
  if (!period || !asOf || !kr.id.trim() || !inFirstWindow(sheet, asOf, first.cadence)) return false;
  return !first.history || !checkedIn(first.history.entries, sheet.name, kr, period, asOf);
}

/** The references the formula reads: the row's ID cell, the period's start and as-of cells. */
export interface NotStartedRefs {
  id: string;
  start: string;
  asOf: string;
  /** The sheet's own name, as the history's Sheet column holds it. */
  sheet: string;
  cadence: number;
  /** The history's whole columns; null when the workbook has no history yet (nobody checked in). */
  history: { krId: string; sheet: string; date: string } | null;
}

/** The formula's condition: the mirror of notStartedKr. */
export function notStartedCondition(r: NotStartedRefs): string {
  const window = `${r.asOf}<${r.start}+${r.cadence}`;
  const none = r.history
    ? `,COUNTIFS(${r.history.krId},${r.id},${r.history.sheet},${exactCriterion(r.sheet)},` +
      `${r.history.date},">="&${r.start},${r.history.date},"<="&${r.asOf})=0`
    : "";
  return `AND(${r.id}<>"",ISNUMBER(${r.start}),ISNUMBER(${r.asOf}),${window}${none})`;
}

/** A key result's status formula that says "Not started" while the condition holds. */
export function withNotStarted(statusFormula: string, r: NotStartedRefs, word: string): string {
  return `=IF(${notStartedCondition(r)},${quote(word)},${statusFormula.replace(/^=/, "")})`;
}

/** An objective's status formula: "Not started" while all its `count` key results are. */
export function objectiveWithNotStarted(
  statusFormula: string,
  krStatuses: string,
  count: number,
  word: string
): string {
  return `=IF(COUNTIF(${krStatuses},${quote(word)})=${count},${quote(word)},${statusFormula.replace(/^=/, "")})`;
}

/**
 * A sheet's count of key results not started, for the Summary: the word down the sheet's Status
 * column, less its objectives' (`objectiveStatuses`, the Summary's links to them). Two ranges, so
 * the formula keeps one length whatever the number of objectives.
 */
export function notStartedCountFormula(
  statusColumn: string,
  objectiveStatuses: string | null,
  word: string
): string {
  const all = `COUNTIF(${statusColumn},${quote(word)})`;
  return objectiveStatuses ? `=${all}-COUNTIF(${objectiveStatuses},${quote(word)})` : `=${all}`;
}
