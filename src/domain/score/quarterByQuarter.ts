// The Summary's "Quarter by quarter" section, on its details sheet under the Sheets section: the
// one view across periods, labelled as such and kept apart from the period the rest of the Summary
// shows. One row per department (a sheet's Department, else its name without the period), one
// column per period of the workbook, each cell that period's sheet score — live: the Sheets
// section's cell for the period shown, the sheet's own Sheet score cell for the others — and a last
// row with the overall score of each period (the mean of its sheets' scores, as the headline
// computes it). Shown only when the workbook holds more than one period.
import { absA1, columnLetters } from "../reading/cellRefs";
import { format } from "../reading/i18n";
import { linkFormula, meanOfNumbersFormula, sheetRef } from "../scoring/formulas";
import type { PeriodSheet } from "../scoring/model";
import type { Lang, Localized, Period } from "../types";
import { PERCENT_FORMAT } from "../plan/layout";
import { progressBar } from "../plan/sheetLayout";
import type { SectionColumn, SheetWriter } from "./summary/writer";
import { area, type PlanValue, type Shown } from "../plan/types";

export const QUARTER_TEXT = {
  heading: { en: "Quarter by quarter", "zh-CN": "逐季对比", "zh-TW": "逐季對比" },
  note: {
    en: "Every period of the workbook side by side; the other sections show {period} only.",
    "zh-CN": "工作簿中各周期并列；其他各部分仅含 {period}。",
    "zh-TW": "活頁簿中各週期並列；其他各部分僅含 {period}。",
  },
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  overall: { en: "Overall score", "zh-CN": "总体得分", "zh-TW": "總體得分" },
} satisfies Record<string, Localized>;

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

const mean = (xs: readonly number[]): number | "" =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : "";

/** The section's periods (oldest first) and its rows' labels, and the label of each sheet's row. */
function arrangement(sheets: readonly PeriodSheet[]) {
  const periods = [
    ...new Map(sheets.map((s) => [s.period.label, s.period] as const)).values(),
  ].sort((a, b) => a.start.localeCompare(b.start));
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
  return { periods, labels, labelOf };
}

/**
 * How many rows the section takes, its closing blank row included (none when the workbook holds
 * one period): the rows below it are numbered before it is written.
 */
export function quarterByQuarterHeight(sheets: readonly PeriodSheet[]): number {
  const { periods, labels } = arrangement(sheets);
  // Heading, note, header, a row per department, the overall row, a blank.
  return periods.length < 2 ? 0 : labels.length + 5;
}

/**
 * The section, written from the current row down on the Summary's details sheet (summary/details.ts).
 * `shown` is the period the rest of the Summary shows; `withShows` caches what each formula shows
 * (files keep it for viewers that do not compute).
 */
export function quarterByQuarterSection(
  w: SheetWriter,
  sheets: readonly PeriodSheet[],
  o: { lang: Lang; shown: Period | null; withShows: boolean }
): void {
  const { periods, labels, labelOf } = arrangement(sheets);
  if (periods.length < 2) return;
  const t = (k: keyof typeof QUARTER_TEXT) => QUARTER_TEXT[k][o.lang];
  w.heading(t("heading"));
  w.note(format(t("note"), { period: o.shown?.label ?? "" }));
  // A department's name, then a percentage per period: each header aligned like its cells.
  const columns: SectionColumn[] = [
    { label: t("department"), kind: "text" },
    ...periods.map((p): SectionColumn => ({ label: p.label, kind: "number" })),
  ];
  w.header(columns);
  const first = w.at();
  const shows = (x: Shown): Shown | undefined => (o.withShows ? x : undefined);
  const cell = (formula: string, shown: Shown): PlanValue => {
    const value = shows(shown);
    return value === undefined ? { formula } : { formula, shows: value };
  };
  const scores: number[][] = periods.map(() => []);
  for (const label of labels) {
    const line: PlanValue[] = [label];
    periods.forEach((p, i) => {
      const s = sheets.find(
        (x) => x.period.label === p.label && labelOf(x).toLowerCase() === label.toLowerCase()
      );
      if (!s) return line.push("");
      if (s.score !== null) scores[i].push(s.score);
      line.push(s.ref ? cell(linkFormula(s.ref), s.score ?? "") : (s.score ?? ""));
    });
    w.line(line);
  }
  const last = w.at() - 1;
  w.format(w.at(), 0, { bold: true }, 1, periods.length + 1);
  w.line([
    t("overall"),
    ...periods.map((_, i) =>
      cell(meanOfNumbersFormula(`${absA1(i + 1, first)}:${absA1(i + 1, last)}`), mean(scores[i]))
    ),
  ]);
  w.align(first, w.at(), columns);
  for (let i = 0; i < periods.length; i++) {
    w.columnFormat(first, w.at(), i + 1, PERCENT_FORMAT);
    w.plan.conditionalFormats.push(progressBar(area(first, i + 1, w.at() - first)));
  }
  w.line([]);
}

/** A sheet's score cell as the Summary links to it: its header block's Sheet score. */
export function sheetScoreRef(sheet: string, at: { row: number; col: number } | undefined) {
  return at ? sheetRef(sheet, `$${columnLetters(at.col)}$${at.row + 1}`) : null;
}
