// How a sheet prints across, from its print setup as Excel holds it: the scale Excel prints at and
// how many pages wide that takes. Excel's rules (File → Print → Page Setup): a zoom is either a
// percentage scale ("Adjust to") or a fit to N pages wide ("Fit to"), which Excel turns into the
// largest scale up to 100 % at which the printed columns fit (PageLayoutZoomOptions,
// https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions); nothing set is
// 100 %. A fit Excel has not applied (office-js issue 1860, PrintState.fitPending) does not print.
import type { SheetState } from "./workbook";

/** A landscape Letter page, the narrower paper, in points (A4 is 842). */
const PAGE_WIDTH = 11 * 72;
/** Excel's standard column width in points (8.43 characters, 64 pixels). */
const STANDARD_COLUMN = 48;
/** Excel's "Normal" left and right margins, in points, where none was set. */
const NORMAL_MARGIN = 50.4;

export interface PrintedAcross {
  /** The percentage the sheet prints at. */
  scale: number;
  /** Pages across at that scale (the columns repeated on each page counted on each). */
  pagesWide: number;
  /** The printed columns' width at 100 %, in points. */
  width: number;
  /** The room on one page, in points. */
  room: number;
}

export function printedAcross(sheet: SheetState): PrintedAcross {
  const print = sheet.print;
  const cols = print.area ? print.area.col + print.area.cols : 0;
  const widthOf = (c: number) =>
    sheet.hiddenColumns.has(c) ? 0 : (sheet.columnWidths.get(c) ?? STANDARD_COLUMN);
  let width = 0;
  for (let c = print.area?.col ?? 0; c < cols; c++) width += widthOf(c);
  const titles = print.titleColumns ? repeatedWidth(print.titleColumns, widthOf) : 0;
  const room =
    PAGE_WIDTH - (print.margins?.left ?? NORMAL_MARGIN) - (print.margins?.right ?? NORMAL_MARGIN);
  const across = (scale: number) => {
    const first = (width * scale) / 100;
    if (first <= room) return 1;
    // Each page after the first repeats the title columns.
    const rest = room - (titles * scale) / 100;
    return 1 + Math.ceil((first - room) / Math.max(rest, 1));
  };
  const fit = print.zoom.horizontalFitToPages;
  let scale = print.zoom.scale ?? 100;
  if (!print.zoom.scale && fit) while (scale > 10 && across(scale) > fit) scale--;
  return { scale, pagesWide: across(scale), width, room };
}

/** The width of "$A:$B"-style repeated columns. */
function repeatedWidth(columns: string, widthOf: (c: number) => number): number {
  const [from, to] = columns.replace(/\$/g, "").split(":").map(columnIndex);
  let width = 0;
  for (let c = from; c <= to; c++) width += widthOf(c);
  return width;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
