// Reading a date a person typed into the pane, in the forms their locale uses (2026-02-15,
// 2026/2/15, 2026年2月15日, 15/02/2026 in en-GB: domain/reading/dates.ts, which the command line reads
// with too), reading back in words one whose day and month could be either way round, and saying
// precisely what is wrong with one that is not a date ("2026-02-30 does not exist: February 2026 has
// 28 days"), in the pane's language.
import { dateInWords, isoDate, readTypedDate } from "../domain/reading/dates";
import { describeProblem } from "../domain/reading/i18n";
import type { IsoDate, Lang, Period } from "../domain/types";
import { COMMON_MESSAGES } from "./messages/common";
import { say } from "./messages/say";

export type DateInput =
  | {
      ok: true;
      value: IsoDate;
      /** "Read as 15 February 2026": where the form depends on the locale's day-month order. */
      words?: string;
    }
  | { ok: false; message: string };

/**
 * The locale dates are read in: English takes the order of the host's (Office's display language,
 * else the browser's) English — en-GB day first, en-US month first; Chinese reads year first.
 */
export function localeFor(
  lang: Lang,
  host: string | undefined = (globalThis as { Office?: typeof Office }).Office?.context
    ?.displayLanguage ?? globalThis.navigator?.language
): string {
  if (lang !== "en") return lang;
  return host && /^en(-|$)/i.test(host) ? host : "en-US";
}

const SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "February 2026" / "2026年2月", as the language writes a month (Intl, not a table of names). */
function monthName(year: number, month: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1))
  );
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A typed date as an ISO date, or a message that says what is wrong and how to write it. */
export function checkDateInput(text: string, lang: Lang, locale = localeFor(lang)): DateInput {
  const input = text.trim();
  const m = SHAPE.exec(input);
  if (!m) {
    if (!input) return { ok: false, message: say(COMMON_MESSAGES.dateMissing, lang) };
    const read = readTypedDate(input, locale);
    if (read.ok)
      return read.value.confirm
        ? {
            ok: true,
            value: read.value.value,
            words: say(COMMON_MESSAGES.dateReadAs, lang, {
              date: dateInWords(read.value.value, locale),
            }),
          }
        : { ok: true, value: read.value.value };
    if (read.problem.code === "ambiguous-date" || read.problem.code === "date-out-of-range")
      return { ok: false, message: describeProblem(read.problem, lang) };
    return { ok: false, message: say(COMMON_MESSAGES.dateInvalid, lang) };
  }
  const [year, month, day] = m.slice(1).map(Number);
  const value = isoDate(year, month, day);
  if (value) return { ok: true, value };
  if (year < 1900)
    return { ok: false, message: describeProblem({ code: "date-out-of-range", input }, lang) };
  if (month < 1 || month > 12)
    return { ok: false, message: say(COMMON_MESSAGES.dateNoMonth, lang, { input }) };
  return {
    ok: false,
    message: say(COMMON_MESSAGES.dateNoDay, lang, {
      input,
      month: monthName(year, month, lang),
      days: daysIn(year, month),
    }),
  };
}

export { clampIntoPeriod } from "../domain/reading/period";

/** Whether a date falls outside a period (ISO dates compare as text). */
export function outsidePeriod(date: IsoDate, period: Period | null): boolean {
  return period !== null && (date < period.start || date > period.end);
}
