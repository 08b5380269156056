// The print scale that fits a sheet's columns across its pages, for hosts that cannot rely on "fit to
// N pages wide" alone: Excel can leave a fit set through Office.js unapplied until the person opens
// the Page Layout tab, while a percentage scale applies at once (office-js issue 1860). Excel's own
// fit, where it applies, replaces this scale (a zoom is either a scale or a fit: PageLayoutZoomOptions).
import { PRINT_MARGINS, printedArea, type SheetPlan } from "./types";

/** Excel's column width is in points; one character of the default font is about 5.6 points. */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 5.6 + 5);
}

/** A column nobody sized: Excel's standard width, 8.43 characters (64 pixels, 48 points). */
export const STANDARD_COLUMN_POINTS = 48;

/**
 * The printable width of a landscape page on the narrower of the two papers people print on (Letter,
 * 11 in; A4 is 11.69 in) within the product's margins, in points.
 */
export const PRINTABLE_WIDTH_POINTS = (11 - PRINT_MARGINS.left - PRINT_MARGINS.right) * 72;

/**
 * The smallest scale the product prints at: its body text is 11 pt, and every printed page's median
 * word stays 7 pt or taller (test/e2e/print.e2e.test.ts), so 64 %. A sheet wider than its pages at
 * this scale takes more pages across rather than printing text nobody can read.
 */
export const MIN_PRINT_SCALE = Math.ceil((7 / 11) * 100);

/**
 * The percentage (MIN_PRINT_SCALE to 100) at which the plan's printed columns fit its pages across
 * (its first `titleColumns` repeated on each). Where the plan does not know every printed column's
 * width (it writes into a sheet it did not make, whose other columns it never sized: Score adds its
 * columns to an OKR sheet), the smallest readable scale: as much across each page as stays readable.
 */
export function printScale(plan: SheetPlan): number {
  const cols = printedColumns(plan);
  const sized = new Map<number, number>();
  for (const { col, chars } of plan.columnWidths) sized.set(col, widthInPoints(chars));
  // A sheet the plan makes (or makes anew) has Excel's standard width where it sets none.
  const made = plan.create || Boolean(plan.replace);
  const hidden = new Set(plan.hiddenColumns ?? []);
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const width = sized.get(c) ?? (made ? STANDARD_COLUMN_POINTS : undefined);
    if (width === undefined) return MIN_PRINT_SCALE;
    widths.push(hidden.has(c) ? 0 : width);
  }
  const pages = plan.print?.pagesWide ?? 1;
  const repeated = widths.slice(0, plan.print?.titleColumns ?? 0).reduce((a, b) => a + b, 0);
  const needed = widths.reduce((a, b) => a + b, 0) + repeated * (pages - 1);
  if (needed === 0) return 100;
  const fits = Math.floor((100 * pages * PRINTABLE_WIDTH_POINTS) / needed);
  return Math.max(MIN_PRINT_SCALE, Math.min(100, fits));
}

/** How many columns from A the plan prints: its cells, its formula columns and its charts. */
function printedColumns(plan: SheetPlan): number {
  let cols = 0;
  for (const b of plan.blocks)
    for (const row of b.values) cols = Math.max(cols, b.col + row.length);
  for (const f of plan.fills) cols = Math.max(cols, f.col + 1);
  return printedArea(
    { rows: 1, cols },
    plan.charts.map((c) => c.at)
  ).cols;
}
