// Reading sheets' cells within Excel on the web's 5 MB response ("a payload size limit for requests
// and responses of 5MB", learn.microsoft.com/office/dev/add-ins/concepts/
// resource-limits-and-performance-optimization#excel-add-ins) without asking for more than fits:
// a response's size is only known once Excel has sent it, so a read that asked for a whole used
// range of unknown size could be refused. The workbook read's first round trip therefore asks each
// used range for its size and, for the first tabs, only the cells of a small head (A1:AF150, a team's
// sheet whole); whatever the head does not hold is read afterwards in bands of rows sized from the
// now known dimensions, about 4 MB a round trip: one more round trip per 4 MB, none for a workbook
// the heads hold.
import type { CellValue } from "../domain/types";
import { utf8Length } from "../domain/reading/utf8";
import { address, REQUEST_LIMIT_BYTES } from "./applyPlan";

/**
 * The head each of the first HEAD_TABS tabs is read with in the first round trip: 150 rows of 32
 * columns (4,800 cells, ~75 KB at the ~15 bytes a cell of a typical OKR sheet, its value and
 * number format as office.js receives them; 16 such tabs ~1.2 MB, ~3 MB even at 40 bytes a cell).
 */
export const HEAD_ROWS = 150;
export const HEAD_COLUMNS = 32;
export const HEAD_TABS = 16;
const HEAD_ADDRESS = address({ row: 0, col: 0, rows: HEAD_ROWS, cols: HEAD_COLUMNS });

/**
 * What a cell is taken to cost in a response (its value and number format as JSON) before any
 * band has been read; each later band is sized by what the bands before it cost. A band that comes
 * back too large anyway is read again at twice the cost a cell.
 */
export const CELL_BYTES_ESTIMATE = 32;

/**
 * The most cells a round trip's bands ask for together. Excel answers null for the cells of a range
 * of more than five million ("a range is limited to five million cells for get operations", the
 * resource-limits page above; office-js #4783 and #6781: null, no error): a band of empty cells
 * weighs little, so its bytes alone would let it pass that; a million keeps every band far under.
 */
export const BAND_CELLS_LIMIT = 1_000_000;

/**
 * A used range of more cells than this (a stray value far right of the table) is read only as wide
 * as its head's contents reach (see `readExtent`).
 */
export const WIDE_SHEET_CELLS = 5_000_000;

/** A used range's place and size (0-based, as Excel.Range's rowIndex/columnIndex). */
export interface Extent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Cells of a used range, row by row: values and number formats. */
export interface Cells {
  values: CellValue[][];
  formats: string[][];
}

/** Queues the head of a used range: its cells inside A1:AF150 (a null object when none are). */
export function queueHead(used: Excel.Range): Excel.Range {
  const head = used.getIntersectionOrNullObject(HEAD_ADDRESS);
  head.load("values, numberFormat");
  return head;
}

/**
 * How many of the used range's rows, from its first, the head holds whole (every used column):
 * none when the used range starts below the head or reaches right of it.
 */
export function headRows(used: Extent): number {
  if (used.columnIndex + used.columnCount > HEAD_COLUMNS) return 0;
  return Math.max(0, Math.min(used.rowCount, HEAD_ROWS - used.rowIndex));
}

/**
 * The part of a used range to read: the whole of it, but for a used range of more than
 * WIDE_SHEET_CELLS cells whose head's contents stop short of the head's right edge, only the
 * columns up to the head's last non-empty one. Every sheet the product reads (an OKR table, a
 * settings or actions sheet) has its header in the head, and a table's columns are its header's:
 * a stray value far right of the table then costs nothing, where reading every column to it would
 * mean millions of empty cells. A head that fills its width, or holds nothing, keeps the whole.
 */
export function readExtent(used: Extent, head: Cells | null): Extent {
  if (!head || used.rowCount * used.columnCount <= WIDE_SHEET_CELLS) return used;
  let last = -1;
  for (const line of head.values)
    for (let c = line.length - 1; c > last; c--)
      if (line[c] !== "" && line[c] !== null && line[c] !== undefined) last = c;
  const headWidth = Math.min(used.columnCount, HEAD_COLUMNS - used.columnIndex);
  if (last < 0 || last + 1 >= headWidth) return used;
  // named one by one: `used` may be an Excel.Range, whose sizes are getters a spread would drop
  const { rowIndex, columnIndex, rowCount } = used;
  return { rowIndex, columnIndex, rowCount, columnCount: last + 1 };
}

/** Whether Excel refused a sync because its response would pass 5 MB. */
export function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** One sheet to read: its name, its used range's extent and, when read, its head's cells. */
export interface SheetToRead {
  sheet: string;
  used: Extent;
  head: Cells | null;
}

/** A band of rows of one sheet's used range (`row` counted from the used range's first row). */
interface Band {
  index: number;
  row: number;
  rows: number;
}

/**
 * Every sheet's cells: the rows its head holds, the rest read in bands of rows, each round trip's
 * bands sized to about REQUEST_LIMIT_BYTES (4 MB, under Excel's 5 MB) by what a cell has cost so
 * far. No round trip when the heads hold everything.
 */
export async function readCells(
  context: Excel.RequestContext,
  sheets: readonly SheetToRead[]
): Promise<Cells[]> {
  const out: Cells[] = [];
  const queue: Band[] = [];
  let bytes = 0;
  let cells = 0;
  const extents = sheets.map(({ used, head }) => readExtent(used, head));
  sheets.forEach(({ head }, index) => {
    const used = extents[index];
    const held = head ? headRows(used) : 0;
    out.push({
      values: head ? head.values.slice(0, held).map((line) => line.slice(0, used.columnCount)) : [],
      formats: head
        ? head.formats.slice(0, held).map((line) => line.slice(0, used.columnCount))
        : [],
    });
    if (held > 0 && head) {
      bytes += utf8Length(JSON.stringify([head.values, head.formats]));
      cells += head.values.length * (head.values[0]?.length ?? 0);
    }
    if (held < used.rowCount) queue.push({ index, row: held, rows: used.rowCount - held });
  });
  // the heads are the first cells seen, but a sheet's first rows (its title, its header) are
  // lighter than its key results: they never lower the estimate
  let bytesPerCell = Math.max(CELL_BYTES_ESTIMATE, cells ? bytes / cells : 0);
  const width = (band: Band) => extents[band.index].columnCount;
  while (queue.length) {
    const room = Math.min(BAND_CELLS_LIMIT, Math.floor(REQUEST_LIMIT_BYTES / bytesPerCell));
    const group = takeBands(queue, room, width);
    const ranges = group.map((band) => {
      const { sheet } = sheets[band.index];
      const used = extents[band.index];
      const at = address({
        row: used.rowIndex + band.row,
        col: used.columnIndex,
        rows: band.rows,
        cols: used.columnCount,
      });
      const range = context.workbook.worksheets.getItem(sheet).getRange(at);
      range.load("values, numberFormat");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || (group.length === 1 && group[0].rows === 1)) throw error;
      queue.unshift(...group);
      bytesPerCell *= 2;
      continue;
    }
    bytes = 0;
    cells = 0;
    group.forEach((band, i) => {
      const into = out[band.index];
      const values = ranges[i].values as CellValue[][] | null;
      const formats = ranges[i].numberFormat as string[][] | null;
      // Excel answers null past five million cells (BAND_CELLS_LIMIT keeps every band far under)
      if (!values || !formats)
        throw new Error(`Excel gave no cells for rows of '${sheets[band.index].sheet}'`);
      for (let r = 0; r < values.length; r++) {
        into.values.push(values[r]);
        into.formats.push(formats[r]);
      }
      bytes += utf8Length(JSON.stringify([values, formats]));
      cells += band.rows * width(band);
    });
    // what this round trip's cells cost: the next one is sized by it
    bytesPerCell = Math.max(1, bytes / cells);
  }
  return out;
}

/** The bands that fit `room` cells, taken from the front of `queue` (at least one row). */
function takeBands(queue: Band[], room: number, width: (band: Band) => number): Band[] {
  const group: Band[] = [];
  while (queue.length) {
    const band = queue[0];
    const rows = Math.min(band.rows, Math.floor(room / width(band)));
    if (rows === 0) {
      if (group.length === 0) {
        // a row wider than the room still goes, alone
        group.push({ ...band, rows: 1 });
        shrink(queue, 1);
      }
      break;
    }
    group.push({ ...band, rows });
    shrink(queue, rows);
    room -= rows * width(band);
  }
  return group;
}

/** Removes `rows` rows from the front band of the queue. */
function shrink(queue: Band[], rows: number): void {
  const band = queue[0];
  if (rows >= band.rows) queue.shift();
  else queue[0] = { ...band, row: band.row + rows, rows: band.rows - rows };
}
