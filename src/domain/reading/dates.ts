// Calendar dates: ISO yyyy-mm-dd strings in the domain, Excel date serials in cells.
import type { CellValue, IsoDate, Parsed } from "../types";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system, for every serial from 61 (1900-03-01) on. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
/** Excel calls 1900 a leap year (a Lotus 1-2-3 bug it keeps): serial 60 is the non-existent 1900-02-29. */
const FAKE_LEAP_DAY = 60;
/** The largest serial Excel accepts: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoFromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whether the parts name a calendar day from 1900 to 9999 (2026-02-30 does not). */
function isDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid calendar date from its parts, or null (2026-02-30 is not a date). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  return isDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/**
 * dayNumber's answers by date: a workbook has few dates, each asked for again on every row (0.4 s
 * of scoring 100,000 rows). Emptied now and then, so a long-running pane never grows it much.
 */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (for date arithmetic). */
export function dayNumber(iso: IsoDate): number {
  let days = dayNumbers.get(iso);
  if (days === undefined) {
    const [y, m, d] = iso.split("-").map(Number);
    days = Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    dayNumbers.set(iso, days);
  }
  return days;
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromUtc((dayNumber(iso) + days) * MS_PER_DAY);
}

/** The Excel (1900 date system) serial of an ISO date. */
export function isoToSerial(iso: IsoDate): number {
  const serial = Math.round((dayNumber(iso) * MS_PER_DAY - SERIAL_EPOCH_UTC) / MS_PER_DAY);
  // Before March 1900 Excel's serials are one lower than the real day count (no fake leap day yet).
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** The ISO date of an Excel serial; the time of day (fraction) is dropped. */
export function serialToIso(serial: number): Parsed<IsoDate> {
  const input = String(serial);
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
    return { ok: false, problem: { code: "date-out-of-range", input } };
  }
  const day = Math.floor(serial);
  if (day === FAKE_LEAP_DAY)
    return {
      ok: false,
      problem: { code: "date-out-of-range", input, detail: "1900-02-29" },
    };
  const real = day < FAKE_LEAP_DAY ? day + 1 : day;
  return { ok: true, value: isoFromUtc(SERIAL_EPOCH_UTC + real * MS_PER_DAY) };
}

const EXACT_ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The number that `length` ASCII digits at `at` spell. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/, // 2026-03-31, 2026/3/31, 2026-03-31T00:00:00
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/, // 2026年3月31日
];

/**
 * Reads a date cell: an Excel serial, a JavaScript Date, or text in ISO or Chinese form.
 * Ambiguous forms such as 03/04/2026 (March or April?) are refused rather than guessed.
 */
export function parseDate(value: CellValue | Date): Parsed<IsoDate> {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms))
      return {
        ok: false,
        problem: { code: "not-a-date", input: String(value) },
      };
    return { ok: true, value: isoFromUtc(ms) };
  }
  if (typeof value === "number") return serialToIso(value);
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return { ok: false, problem: { code: "empty", input: "" } };
  }
  const input = String(value);
  // What date cells mostly hold, an ISO date, is its own answer (no normalising, no Date objects).
  if (
    EXACT_ISO.test(input) &&
    isDay(digitsAt(input, 0, 4), digitsAt(input, 5, 2), digitsAt(input, 8, 2))
  )
    return { ok: true, value: input };
  const text = input.normalize("NFKC").trim();
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      return iso ? { ok: true, value: iso } : { ok: false, problem: { code: "not-a-date", input } };
    }
  }
  return { ok: false, problem: { code: "not-a-date", input } };
}

/** Today's date in the local time zone of the machine (the user's, in the pane). */
export function todayIso(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date typed as YYYY-MM-DD (a command-line option, a date field): the ISO date, or the problem. */
export function parseIsoDate(text: string): Parsed<IsoDate> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim()))
    return { ok: false, problem: { code: "not-a-date", input: text } };
  return parseDate(text.trim());
}

/** The order of day, month and year in a locale's numeric dates: en-GB dmy, en-US mdy, zh-CN ymd. */
export type DayOrder = "dmy" | "mdy" | "ymd";

/** The locale's order, as Intl writes a numeric date in it (no table of locales to keep). */
export function dayOrderOf(locale: string): DayOrder {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { timeZone: "UTC" }).formatToParts(new Date(0));
  } catch {
    return "ymd";
  }
  const order = parts
    .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
    .map((p) => p.type[0])
    .join("");
  return order === "dmy" || order === "mdy" ? order : "ymd";
}

/** A date typed by a person, with whether its form depends on the day-month order. */
export interface TypedDate {
  value: IsoDate;
  /**
   * Day and month are both numbers before the year (15/02/2026): the reading depends on the
   * locale, so it is read back in words before it is saved.
   */
  confirm: boolean;
}

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * A date as people type it, in the forms their locale uses: ISO 2026-02-15, 2026/2/15 (the everyday
 * Chinese form), 2026年2月15日, and d/m/yyyy or m/d/yyyy in the locale's order (en-GB 15/02/2026,
 * en-US 2/15/2026). Where only the other order makes a day (15/02/2026 in en-US) that day is read;
 * where both orders make different days and the locale writes neither (03/04/2026 in zh-CN), the
 * date is refused as ambiguous rather than guessed.
 */
export function readTypedDate(text: string, locale: string): Parsed<TypedDate> {
  const input = text.normalize("NFKC").trim();
  const m = DAY_MONTH_YEAR.exec(input);
  if (!m) {
    const read = parseDate(input);
    return read.ok ? { ok: true, value: { value: read.value, confirm: false } } : read;
  }
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dmy = isoDate(year, b, a);
  const mdy = isoDate(year, a, b);
  const order = dayOrderOf(locale);
  const mine = order === "dmy" ? dmy : order === "mdy" ? mdy : null;
  const value = mine ?? (dmy && mdy && dmy !== mdy ? null : (dmy ?? mdy));
  if (value) return { ok: true, value: { value, confirm: true } };
  if (dmy && mdy)
    return {
      ok: false,
      problem: { code: "ambiguous-date", input: text, detail: `${dmy} / ${mdy}` },
    };
  return { ok: false, problem: { code: "not-a-date", input: text } };
}

/** A date in words, as the locale writes it: "15 February 2026", "February 15, 2026", "2026年2月15日". */
export function dateInWords(iso: IsoDate, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d))
  );
}
