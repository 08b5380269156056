// OKR periods: "2026-Q1", "2026-H2", "FY2026", "2026-03", "2026", "2026年第一季度" and their cousins,
// turned into a canonical label and first/last day.
import { addDays, isoDate } from "./dates";
import type { IsoDate, Parsed, Period, PeriodKind } from "../types";

export interface PeriodOptions {
  /**
   * Month (1–12) in which the fiscal year starts. A fiscal year is named for the calendar year it ends
   * in: with 4 (April), FY2026 runs 2025-04-01 – 2026-03-31. Default 1: FY2026 is calendar 2026.
   */
  fiscalYearStartMonth?: number;
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/** First day of a month, and the last day of the month `months - 1` later. */
function span(
  year: number,
  month: number,
  months: number
): { start: IsoDate; end: IsoDate } | null {
  const start = isoDate(year, month, 1);
  const endMonth = month + months; // the month after the span, possibly in the next year
  const after = isoDate(year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1);
  if (!start || !after) return null;
  return { start, end: addDays(after, -1) };
}

function make(
  kind: PeriodKind,
  label: string,
  year: number,
  month: number,
  months: number
): Period | null {
  const s = span(year, month, months);
  return s ? { kind, label, ...s } : null;
}

export function quarter(year: number, q: number): Period | null {
  return make("quarter", `${year}-Q${q}`, year, (q - 1) * 3 + 1, 3);
}

function half(year: number, h: number): Period | null {
  return make("half", `${year}-H${h}`, year, h === 1 ? 1 : 7, 6);
}

function month(year: number, m: number): Period | null {
  return m >= 1 && m <= 12
    ? make("month", `${year}-${String(m).padStart(2, "0")}`, year, m, 1)
    : null;
}

function calendarYear(year: number): Period | null {
  return make("year", String(year), year, 1, 12);
}

function fiscalYear(year: number, startMonth: number): Period | null {
  const firstYear = startMonth === 1 ? year : year - 1;
  return make("fiscalYear", `FY${year}`, firstYear, startMonth, 12);
}

type Reader = (m: RegExpExecArray, fyStart: number) => Period | null;

/** Each accepted spelling and how to read it. Text is NFKC-normalised and upper-cased first. */
const FORMS: readonly [RegExp, Reader][] = [
  [/^(\d{4})\s*[-\s/]?\s*Q([1-4])$/, (m) => quarter(+m[1], +m[2])],
  [/^Q([1-4])\s*[-\s/]?\s*(\d{4})$/, (m) => quarter(+m[2], +m[1])],
  [
    /^(\d{4})\s*年?\s*第?\s*([一二三四1-4])\s*(?:季度|季)$/,
    (m) => quarter(+m[1], CHINESE_DIGITS[m[2]]),
  ],
  [/^(\d{4})\s*年\s*Q([1-4])$/, (m) => quarter(+m[1], +m[2])],
  [/^(\d{4})\s*[-\s/]?\s*H([12])$/, (m) => half(+m[1], +m[2])],
  [/^H([12])\s*[-\s/]?\s*(\d{4})$/, (m) => half(+m[2], +m[1])],
  [/^(\d{4})\s*年?\s*([上下])半年$/, (m) => half(+m[1], m[2] === "上" ? 1 : 2)],
  [/^FY\s*'?(\d{4})$/, (m, fy) => fiscalYear(+m[1], fy)],
  [/^FY\s*'?(\d{2})$/, (m, fy) => fiscalYear(2000 + +m[1], fy)],
  [/^(\d{4})\s*(?:财年|財年|财政年度|財政年度)$/, (m, fy) => fiscalYear(+m[1], fy)],
  [/^(\d{4})\s*[-/.]\s*(\d{1,2})$/, (m) => month(+m[1], +m[2])],
  [/^(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?$/, (m) => month(+m[1], +m[2])],
  [/^(\d{4})\s*(?:年|年度)?$/, (m) => calendarYear(+m[1])],
];

/** Parses a period; bad input gives a problem saying so, never an exception. */
export function parsePeriod(text: unknown, options: PeriodOptions = {}): Parsed<Period> {
  const input = typeof text === "string" || typeof text === "number" ? String(text) : "";
  const normal = input.normalize("NFKC").trim().toUpperCase();
  if (normal === "") return { ok: false, problem: { code: "empty", input } };
  const fyStart = options.fiscalYearStartMonth ?? 1;
  if (!Number.isInteger(fyStart) || fyStart < 1 || fyStart > 12) {
    return {
      ok: false,
      problem: {
        code: "not-a-period",
        input,
        detail: `fiscalYearStartMonth=${fyStart}`,
      },
    };
  }
  for (const [pattern, read] of FORMS) {
    const m = pattern.exec(normal);
    if (m) {
      const period = read(m, fyStart);
      return period
        ? { ok: true, value: period }
        : { ok: false, problem: { code: "not-a-period", input } };
    }
  }
  return { ok: false, problem: { code: "not-a-period", input } };
}

/** The calendar quarter a date falls in (the default period of a new sheet). */
export function quarterOf(iso: IsoDate): Period {
  const [y, m] = iso.split("-").map(Number);
  return quarter(y, Math.floor((m - 1) / 3) + 1) as Period;
}

/** Whether a date lies inside a period (both ends included). ISO dates compare as strings. */
export function periodContains(period: Period, iso: IsoDate): boolean {
  return iso >= period.start && iso <= period.end;
}

/**
 * Today, or the nearest day of the period when today is outside it: a check-in belongs to its
 * period, and a new sheet for a past period is seen at its last day (not as if months overdue),
 * one for a coming period at its first.
 */
export function clampIntoPeriod(today: IsoDate, period: Period | null): IsoDate {
  if (!period) return today;
  if (today < period.start) return period.start;
  if (today > period.end) return period.end;
  return today;
}
