// A workbook lives across periods (Q1's sheets, then Q2's beside them); every view of it shows one
// period. This module says which periods a workbook holds, which of them are closed (the Review
// lists their objectives: `okr close` / Close period wrote it), which one a view shows by default
// (the latest open one; the latest when all are closed) and what a view leaves out, in one line.
// Score, Check, Check-in, Close and the 360° review read their sheets through it, in both hosts.
import { reviewedSheets } from "./periodReviewSheet";
import { countOf, format, joinList } from "./i18n";
import { isReviewSheet } from "./ownSheets";
import type { OkrSheet, SheetInput } from "./sheet";
import type { Lang, Localized, Period } from "../types";

/** One period of a workbook: its OKR sheets (tab order) and whether it has been closed. */
export interface WorkbookPeriod {
  period: Period;
  sheets: string[];
  closed: boolean;
}

/** What one view of the workbook shows. */
export interface PeriodScope {
  /** The period shown (the first of `chosen`); null when no OKR sheet names a period. */
  period: Period | null;
  /** The periods shown: one, or several for a review over several periods. */
  chosen: WorkbookPeriod[];
  /** Every period of the workbook, oldest first. */
  periods: WorkbookPeriod[];
  /** The OKR sheets shown: those of the chosen periods, and those that name no period. */
  shown: ReadonlySet<string>;
  /** The periods left out, each with its sheets. */
  leftOut: WorkbookPeriod[];
}

export type ScopeResult =
  { ok: true; scope: PeriodScope } | { ok: false; asked: string; known: string[] };

const byStart = (a: WorkbookPeriod, b: WorkbookPeriod) =>
  a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end);

/** The periods the OKR sheets name, oldest first; closed where the Review lists a sheet of it. */
export function workbookPeriods(
  sheets: readonly OkrSheet[],
  reviewed: ReadonlySet<string>
): WorkbookPeriod[] {
  const found = new Map<string, WorkbookPeriod>();
  for (const sheet of sheets) {
    const period = sheet.match ? sheet.header.period : null;
    if (!period) continue;
    const known = found.get(period.label) ?? { period, sheets: [], closed: false };
    known.sheets.push(sheet.name);
    if (reviewed.has(sheet.name)) known.closed = true;
    found.set(period.label, known);
  }
  return [...found.values()].sort(byStart);
}

/** The period a view shows unless told: the latest that is not closed, else the latest. */
export function defaultPeriod(periods: readonly WorkbookPeriod[]): WorkbookPeriod | null {
  const open = periods.filter((p) => !p.closed);
  return open[open.length - 1] ?? periods[periods.length - 1] ?? null;
}

/** The sheets the workbook's Review lists (none without a Review). */
export function reviewedIn(inputs: readonly SheetInput[]): Set<string> {
  const review = inputs.find((i) => isReviewSheet(i.rows));
  return review ? reviewedSheets(review.rows) : new Set();
}

/**
 * The scope of a view: the periods asked for (by label), or the default one. A period the workbook
 * has no sheet of is refused, naming the ones it has.
 */
export function periodScope(
  inputs: readonly SheetInput[],
  asked: Period | readonly Period[] | null = null
): ScopeResult {
  return scopeOf(
    inputs.map((i) => i.sheet),
    reviewedIn(inputs),
    asked
  );
}

/** The same, from the sheets and the names of the sheets the Review lists. */
export function scopeOf(
  all: readonly OkrSheet[],
  reviewed: ReadonlySet<string>,
  asked: Period | readonly Period[] | null = null
): ScopeResult {
  const sheets = all.filter((s) => s.match);
  const periods = workbookPeriods(sheets, reviewed);
  const wanted = asked === null ? [] : Array.isArray(asked) ? asked : [asked as Period];
  let chosen: WorkbookPeriod[];
  if (wanted.length === 0) {
    const fallback = defaultPeriod(periods);
    chosen = fallback ? [fallback] : [];
  } else {
    chosen = [];
    for (const p of wanted) {
      const found = periods.find((x) => x.period.label === p.label);
      if (!found) return { ok: false, asked: p.label, known: periods.map((x) => x.period.label) };
      if (!chosen.includes(found)) chosen.push(found);
    }
  }
  const labels = new Set(chosen.map((c) => c.period.label));
  const shown = new Set(
    sheets.filter((s) => !s.header.period || labels.has(s.header.period.label)).map((s) => s.name)
  );
  return {
    ok: true,
    scope: {
      period: chosen[0]?.period ?? null,
      chosen,
      periods,
      shown,
      leftOut: periods.filter((p) => !labels.has(p.period.label)),
    },
  };
}

/** A scope that shows every sheet: for workbooks read before a view chooses (and for tests). */
export function everything(inputs: readonly SheetInput[]): PeriodScope {
  const sheets = inputs.map((i) => i.sheet).filter((s) => s.match);
  const periods = workbookPeriods(sheets, reviewedIn(inputs));
  return {
    period: periods[periods.length - 1]?.period ?? null,
    chosen: periods,
    periods,
    shown: new Set(sheets.map((s) => s.name)),
    leftOut: [],
  };
}

/** The inputs a view reads: its OKR sheets, and every sheet that is not an OKR sheet. */
export function inScope<T extends SheetInput>(inputs: readonly T[], scope: PeriodScope): T[] {
  return inputs.filter((i) => !i.sheet.match || scope.shown.has(i.sheet.name));
}

const SHEETS: Parameters<typeof countOf>[1] = {
  en: { one: "{n} sheet", other: "{n} sheets" },
  "zh-CN": "{n} 张工作表",
  "zh-TW": "{n} 張工作表",
};

/** How a reader asks for another period: the command line's option, or the pane's picker. */
export type PeriodAsker = "cli" | "pane";

const LEFT_OUT: Record<PeriodAsker, Localized> = {
  cli: {
    en: "{sheets} of {period} not shown; --period {period} shows them",
    "zh-CN": "未显示 {period} 的 {sheets}；--period {period} 可查看",
    "zh-TW": "未顯示 {period} 的 {sheets}；--period {period} 可查看",
  },
  pane: {
    en: "{sheets} of {period} not shown; choose {period} under Period to see them",
    "zh-CN": "未显示 {period} 的 {sheets}；在“周期”中选择 {period} 可查看",
    "zh-TW": "未顯示 {period} 的 {sheets}；在「週期」中選擇 {period} 可查看",
  },
};

const SEPARATOR: Localized = { en: "; ", "zh-CN": "；", "zh-TW": "；" };

/** What a view left out, in one line ("" when it shows everything). */
export function leftOutLine(scope: PeriodScope, lang: Lang, asker: PeriodAsker): string {
  return scope.leftOut
    .map((p) =>
      format(LEFT_OUT[asker][lang], {
        sheets: countOf(p.sheets.length, SHEETS, lang),
        period: p.period.label,
      })
    )
    .join(SEPARATOR[lang]);
}

const UNKNOWN: Localized = {
  en: "--period {asked}: the workbook has no OKR sheet of that period; its periods are {known}.",
  "zh-CN": "--period {asked}：工作簿中没有该周期的 OKR 表；现有周期为 {known}。",
  "zh-TW": "--period {asked}：活頁簿中沒有該週期的 OKR 表；現有週期為 {known}。",
};

const NONE: Localized = { en: "(none)", "zh-CN": "（无）", "zh-TW": "（無）" };

/** Why a period cannot be shown, in a language. */
export function unknownPeriodText(result: Extract<ScopeResult, { ok: false }>, lang: Lang): string {
  return format(UNKNOWN[lang], {
    asked: result.asked,
    known: result.known.length ? joinList(result.known, lang) : NONE[lang],
  });
}
