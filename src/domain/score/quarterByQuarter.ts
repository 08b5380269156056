// The Summary's "Quarter by quarter" section: the one view across periods, labelled as such and
// kept apart from the period the rest of the Summary shows. One row per department (a sheet's
// Department, else its name without the period), one column per period of the workbook, each cell
// that period's sheet score — live: the Sheets section's cell for the period shown, the sheet's own
// Sheet score cell for the others — and a last row with the overall score of each period (the mean
// of its sheets' scores, as the headline computes it). Shown only when the workbook holds more than
// one period.
import { absA1, columnLetters } from "../reading/cellRefs";
import { format } from "../reading/i18n";
import { linkFormula, meanOfNumbersFormula, sheetRef } from "../scoring/formulas";
import type { Lang, Localized, Period } from "../types";
import { PERCENT_FORMAT } from "../plan/layout";
import { progressBar } from "../plan/sheetLayout";
import { area, type PlanValue, type SheetPlan, type Shown } from "../plan/types";

export const QUARTER_TEXT = {
  heading: { en: "Quarter by quarter", "zh-CN": "逐季对比", "zh-TW": "逐季對比" },
  note: {
    en: "Every period of the workbook side by side; the sections above show {period} only.",
    "zh-CN": "工作簿中各周期并列；以上各部分仅含 {period}。",
    "zh-TW": "活頁簿中各週期並列；以上各部分僅含 {period}。",
  },
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  overall: { en: "Overall score", "zh-CN": "总体得分", "zh-TW": "總體得分" },
} satisfies Record<string, Localized>;

/** One sheet's place in the section: its period, its row's label, and where its score is. */
export interface PeriodSheet {
  sheet: string;
  period: Period;
  /** The department, else the sheet's name without its period. */
  label: string;
  /** Its score as a reference the Summary can link to (null: the value alone). */
  ref: string | null;
  /** What the reference model gives. */
  score: number | null;
}

/** The label of a sheet's row: its Department, else its name without the period's label. */
export function departmentLabel(name: string, department: string, period: Period): string {
  if (department.trim()) return department.trim();
  const bare = name
    .replace(period.label, "")
    .replace(/[\s—–-]+$/, "")
    .replace(/^[\s—–-]+/, "")
    .trim();
  return bare || name;
}

/** What the section writes with: the Summary writer's own lines and formats. */
export interface SectionWriter {
  plan: SheetPlan;
  at(): number;
  line(values: PlanValue[]): void;
  /** A sentence running over the cells beside it (not counted in the columns' widths). */
  note(text: string): void;
  heading(text: string): void;
  header(cells: string[]): void;
  columnFormat(from: number, to: number, col: number, format: string): void;
}

const mean = (xs: readonly number[]): number | "" =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : "";

/**
 * The section, written from the current row down. `shown` is the period the rest of the Summary
 * shows; `withShows` caches what each formula shows (files keep it for viewers that do not compute).
 */
export function quarterByQuarterSection(
  w: SectionWriter,
  sheets: readonly PeriodSheet[],
  o: { lang: Lang; shown: Period | null; withShows: boolean }
): void {
  const periods = [
    ...new Map(sheets.map((s) => [s.period.label, s.period] as const)).values(),
  ].sort((a, b) => a.start.localeCompare(b.start));
  if (periods.length < 2) return;
  const t = (k: keyof typeof QUARTER_TEXT) => QUARTER_TEXT[k][o.lang];
  // A department with two sheets in one period: each sheet is its own row, by its name.
  const labelOf = (s: PeriodSheet) =>
    sheets.some(
      (x) =>
        x !== s &&
        x.period.label === s.period.label &&
        x.label.toLowerCase() === s.label.toLowerCase()
    )
      ? s.sheet
      : s.label;
  const labels: string[] = [];
  for (const s of sheets) {
    const label = labelOf(s);
    if (!labels.some((l) => l.toLowerCase() === label.toLowerCase())) labels.push(label);
  }
  w.line([]);
  w.heading(t("heading"));
  w.note(format(t("note"), { period: o.shown?.label ?? "" }));
  w.header([t("department"), ...periods.map((p) => p.label)]);
  const first = w.at();
  const shows = (x: Shown): Shown | undefined => (o.withShows ? x : undefined);
  const cell = (formula: string, shown: Shown): PlanValue => {
    const value = shows(shown);
    return value === undefined ? { formula } : { formula, shows: value };
  };
  const columns: number[][] = periods.map(() => []);
  for (const label of labels) {
    const line: PlanValue[] = [label];
    periods.forEach((p, i) => {
      const s = sheets.find(
        (x) => x.period.label === p.label && labelOf(x).toLowerCase() === label.toLowerCase()
      );
      if (!s) return line.push("");
      if (s.score !== null) columns[i].push(s.score);
      line.push(s.ref ? cell(linkFormula(s.ref), s.score ?? "") : (s.score ?? ""));
    });
    w.line(line);
  }
  const last = w.at() - 1;
  w.plan.formats.push({ area: area(w.at(), 0, 1, periods.length + 1), format: { bold: true } });
  w.line([
    t("overall"),
    ...periods.map((_, i) =>
      cell(meanOfNumbersFormula(`${absA1(i + 1, first)}:${absA1(i + 1, last)}`), mean(columns[i]))
    ),
  ]);
  for (let i = 0; i < periods.length; i++) {
    w.columnFormat(first, w.at(), i + 1, PERCENT_FORMAT);
    w.plan.conditionalFormats.push(progressBar(area(first, i + 1, w.at() - first)));
  }
}

/** A sheet's score cell as the Summary links to it: its header block's Sheet score. */
export function sheetScoreRef(sheet: string, at: { row: number; col: number } | undefined) {
  return at ? sheetRef(sheet, `$${columnLetters(at.col)}$${at.row + 1}`) : null;
}
