// Reading a date a person typed into the pane, and saying precisely what is wrong with one that is not
// a date ("2026-02-30 does not exist: February 2026 has 28 days"), in the pane's language.
import { isoDate } from "../domain/reading/dates";
import { describeProblem, format } from "../domain/reading/i18n";
import type { IsoDate, Lang, Period } from "../domain/types";
import { t } from "./strings";

export type DateInput = { ok: true; value: IsoDate } | { ok: false; message: string };

const SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "February 2026" / "2026年2月", as the language writes a month (Intl, not a table of names). */
function monthName(year: number, month: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1))
  );
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A typed date as an ISO date, or a message that says what is wrong and how to write it. */
export function checkDateInput(text: string, lang: Lang): DateInput {
  const input = text.trim();
  const m = SHAPE.exec(input);
  if (!m) return { ok: false, message: t(input ? "dateInvalid" : "dateMissing", lang) };
  const [year, month, day] = m.slice(1).map(Number);
  const value = isoDate(year, month, day);
  if (value) return { ok: true, value };
  if (year < 1900)
    return { ok: false, message: describeProblem({ code: "date-out-of-range", input }, lang) };
  if (month < 1 || month > 12)
    return { ok: false, message: format(t("dateNoMonth", lang), { input }) };
  return {
    ok: false,
    message: format(t("dateNoDay", lang), {
      input,
      month: monthName(year, month, lang),
      days: daysIn(year, month),
    }),
  };
}

/** Today, or the nearest day of the period when today is outside it (a check-in belongs to its period). */
export function clampIntoPeriod(today: IsoDate, period: Period | null): IsoDate {
  if (!period) return today;
  if (today < period.start) return period.start;
  if (today > period.end) return period.end;
  return today;
}

/** Whether a date falls outside a period (ISO dates compare as text). */
export function outsidePeriod(date: IsoDate, period: Period | null): boolean {
  return period !== null && (date < period.start || date > period.end);
}
