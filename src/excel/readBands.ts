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
import { TABLE_GAP_ROWS, namedBelowTable } from "../domain/reading/sheet";
import { holdsAnything, isBlankCell } from "../domain/reading/tableEnd";
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
 * back too large anyway is read again at a higher cost a cell (BandReader.refused).
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
  /**
   * For a used range whose rows read end in TABLE_GAP_ROWS empty rows with more below (a stray
   * value far under the table), blocks of rows below them down to the first row the domain names
   * (readBelow), each at its 0-based sheet row and column, the rows between left unread; `below`
   * is absent otherwise.
   */
  below?: BelowBlock[];
}

/** Rows read below a table's gap (Cells.below), from a 0-based sheet row and column. */
export interface BelowBlock {
  rowIndex: number;
  columnIndex: number;
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
  // blank by the domain's rule (isBlankCell): a column of spaces is no table's
  for (const line of head.values)
    for (let c = line.length - 1; c > last; c--) if (!isBlankCell(line[c])) last = c;
  const headWidth = Math.min(used.columnCount, HEAD_COLUMNS - used.columnIndex);
  if (last < 0 || last + 1 >= headWidth) return used;
  // named one by one: `used` may be an Excel.Range, whose sizes are getters a spread would drop
  const { rowIndex, columnIndex, rowCount } = used;
  return { rowIndex, columnIndex, rowCount, columnCount: last + 1 };
}

/** Excel on the web's limit on a response (5 MB; the resource-limits page above). */
const RESPONSE_LIMIT_BYTES = 5_000_000;

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

/** A band of rows of one block (`row` counted from the block's first row). */
interface Band {
  index: number;
  row: number;
  rows: number;
}

/** What a band reader reads: blocks of `rows` rows. */
export interface BandBlock {
  rows: number;
  /**
   * The cells a row of it counts for: its columns, or more where its cells are known to weigh
   * more than the others read with them (a product formula beside a typed number).
   */
  width: number;
}

/**
 * Blocks of rows read in bands, each round trip's bands sized to about REQUEST_LIMIT_BYTES (4 MB,
 * under Excel's 5 MB response) by what a cell has cost so far, from `bytesPerCell` before any
 * came back; a round trip refused for its response's size anyway is asked again at a higher cost
 * a cell (`refused`). `queueBand` queues a band's read and `take` takes what came back (in order) and says
 * what it weighed. The cells of every kind of banded read (a used range's values and number
 * formats, a column's formulas) go through it.
 */
export class BandReader<R> {
  private readonly queue: Band[] = [];
  private pending: { bands: Band[]; reads: R[] } | null = null;
  constructor(
    private readonly blocks: readonly BandBlock[],
    private bytesPerCell: number,
    private readonly queueBand: (index: number, row: number, rows: number) => R,
    private readonly take: (index: number, row: number, read: R) => number
  ) {
    blocks.forEach(({ rows }, index) => rows > 0 && this.queue.push({ index, row: 0, rows }));
  }

  /** Queues the next round trip's bands; false when nothing is left to read. */
  queueNext(): boolean {
    if (this.queue.length === 0) return false;
    const room = Math.min(BAND_CELLS_LIMIT, Math.floor(REQUEST_LIMIT_BYTES / this.bytesPerCell));
    const bands = takeBands(this.queue, room, (band) => this.blocks[band.index].width);
    this.pending = {
      bands,
      reads: bands.map((band) => this.queueBand(band.index, band.row, band.rows)),
    };
    return true;
  }

  /** After the round trip: what came back is taken, and the next round trip sized by its cost. */
  received(): void {
    const { bands, reads } = this.pending!;
    this.pending = null;
    let bytes = 0;
    let cells = 0;
    bands.forEach((band, i) => {
      bytes += this.take(band.index, band.row, reads[i]);
      cells += band.rows * this.blocks[band.index].width;
    });
    this.bytesPerCell = Math.max(1, bytes / cells);
  }

  /** Reads no more of block `index` than has been queued so far. */
  drop(index: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--)
      if (this.queue[i].index === index) this.queue.splice(i, 1);
  }

  /** Whether bands are queued whose cells have not been taken yet. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /**
   * The round trip that carried the queued bands failed with `error`: when Excel refused its
   * response for its size, the bands go again (true), at twice the cost a cell, or at twice what
   * the refusal shows a cell cost at least (the response passed 5 MB) when that is more: a band
   * far heavier than the estimate is then refused once, not once per doubling. False for any other
   * error, or when a single row was refused: there is nothing smaller to ask for.
   */
  refused(error: unknown): boolean {
    if (!isTooLarge(error) || !this.pending) return false;
    const { bands } = this.pending;
    this.pending = null;
    if (bands.length === 1 && bands[0].rows === 1) return false;
    this.queue.unshift(...bands);
    const cells = bands.reduce((n, band) => n + band.rows * this.blocks[band.index].width, 0);
    this.bytesPerCell = Math.max(this.bytesPerCell * 2, (2 * RESPONSE_LIMIT_BYTES) / cells);
    return true;
  }

  /** Reads whatever is left, one round trip per 4 MB. */
  async readRest(context: Excel.RequestContext): Promise<void> {
    while (this.queueNext()) {
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB
        await context.sync();
      } catch (error) {
        if (!this.refused(error)) throw error;
        continue;
      }
      this.received();
    }
  }
}

/**
 * Every sheet's cells: the rows its head holds, the rest read in bands of rows (BandReader), each
 * round trip's about REQUEST_LIMIT_BYTES (4 MB, under Excel's 5 MB) by what a cell has cost so
 * far. No round trip when the heads hold everything. A sheet whose rows read end in
 * TABLE_GAP_ROWS empty rows is read no further (`readBelow`): its table has ended.
 */
export async function readCells(
  context: Excel.RequestContext,
  sheets: readonly SheetToRead[]
): Promise<Cells[]> {
  const out: Cells[] = [];
  let bytes = 0;
  let cells = 0;
  const extents = sheets.map(({ used, head }) => readExtent(used, head));
  const held = sheets.map(({ head }, index) => (head ? headRows(extents[index]) : 0));
  sheets.forEach(({ head }, index) => {
    const used = extents[index];
    const rows = held[index];
    out.push({
      values: head ? head.values.slice(0, rows).map((line) => line.slice(0, used.columnCount)) : [],
      formats: head
        ? head.formats.slice(0, rows).map((line) => line.slice(0, used.columnCount))
        : [],
    });
    if (rows > 0 && head) {
      bytes += utf8Length(JSON.stringify([head.values, head.formats]));
      cells += head.values.length * (head.values[0]?.length ?? 0);
    }
  });
  // the heads are the first cells seen, but a sheet's first rows (its title, its header) are
  // lighter than its key results: they never lower the estimate
  // Trailing empty rows of each sheet's rows read so far, and which sheets are read no further.
  const emptyRun = out.map(({ values }) => trailingEmptyRows(values));
  const ended = out.map(() => false);
  const reader: BandReader<Excel.Range> = new BandReader(
    extents.map((used, index) => ({
      rows: used.rowCount - held[index],
      width: used.columnCount,
    })),
    Math.max(CELL_BYTES_ESTIMATE, cells ? bytes / cells : 0),
    (index, row, rows) => {
      const used = extents[index];
      const at = address({
        row: used.rowIndex + held[index] + row,
        col: used.columnIndex,
        rows,
        cols: used.columnCount,
      });
      const range = context.workbook.worksheets.getItem(sheets[index].sheet).getRange(at);
      range.load("values, numberFormat");
      return range;
    },
    (index, _row, range) => {
      const into = out[index];
      const values = range.values as CellValue[][] | null;
      const formats = range.numberFormat as string[][] | null;
      // Excel answers null past five million cells (BAND_CELLS_LIMIT keeps every band far under)
      if (!values || !formats)
        throw new Error(`Excel gave no cells for rows of '${sheets[index].sheet}'`);
      for (let r = 0; r < values.length; r++) {
        into.values.push(values[r]);
        into.formats.push(formats[r]);
        emptyRun[index] = isEmptyRow(values[r]) ? emptyRun[index] + 1 : 0;
      }
      if (emptyRun[index] >= TABLE_GAP_ROWS && into.values.length < extents[index].rowCount) {
        ended[index] = true;
        reader.drop(index);
      }
      return utf8Length(JSON.stringify([values, formats]));
    }
  );
  await reader.readRest(context);
  await readBelow(
    context,
    sheets.flatMap(({ sheet }, index) =>
      ended[index] ? [{ sheet, extent: extents[index], cells: out[index] }] : []
    )
  );
  return out;
}

/** A row blank by the domain's rule (tableEnd.ts: spaces are blank), which the table's end counts. */
function isEmptyRow(line: readonly CellValue[]): boolean {
  return !holdsAnything(line);
}

function trailingEmptyRows(values: readonly CellValue[][]): number {
  let run = 0;
  while (run < values.length && isEmptyRow(values[values.length - 1 - run])) run++;
  return run;
}

/**
 * Round trips readBelow takes at most after its first, whatever the sheets' rows: each reads a band
 * of rows below the gap and the used range under that band (so an empty stretch of any length is
 * crossed in the same round trip). One band is the usual case (a stray value or two); more are
 * needed only when the first bands hold rows the domain does not name (spaces, notes beside the
 * table) above a row it does, or when Excel refuses a band's response for its size (asked again
 * smaller). Past these, what was read is what the domain sees: rows of spaces spread over more
 * bands than this could hide a stray cell below them from the pane that the command line names.
 */
export const BELOW_ROUNDS = 4;

/** The cells a round trip of readBelow asks for, shared by its sheets (~4 MB at 32 bytes a cell). */
const BELOW_CELLS = Math.floor(REQUEST_LIMIT_BYTES / CELL_BYTES_ESTIMATE);

/**
 * For sheets whose rows read end in TABLE_GAP_ROWS empty rows while the used range goes on down
 * (a value typed in A1000000 by mistake), the rows below down to the first one the domain names
 * (namedBelowTable: the rule the command line, reading every row, names SHEET-BELOW-TABLE by),
 * in at most 1 + BELOW_ROUNDS round trips whatever the gap: the used range of the part not read
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4), then bands from that used range's first row,
 * each with the used range under it. Every OKR table ends at its first TABLE_GAP_ROWS empty rows
 * (domain/reading/sheet.ts), so the rows between are never a table's: reading them was a million
 * empty cells, tens of round trips. A band is asked of a used range only once it is known to
 * exist, as Office.js documents nothing for a method called on a null object.
 */
async function readBelow(
  context: Excel.RequestContext,
  sheets: readonly { sheet: string; extent: Extent; cells: Cells }[]
): Promise<void> {
  if (sheets.length === 0) return;
  // The part of each sheet still to look at: a used range (null when nothing is left below).
  type Rest = { rowIndex: number; rowCount: number } | null;
  const usedOf = (sheet: string, extent: Extent, row: number) => {
    const rest = context.workbook.worksheets
      .getItem(sheet)
      .getRange(
        address({
          row,
          col: extent.columnIndex,
          rows: extent.rowIndex + extent.rowCount - row,
          cols: extent.columnCount,
        })
      )
      .getUsedRangeOrNullObject(true);
    rest.load("rowIndex, rowCount");
    return rest;
  };
  const asRest = (used: Excel.Range): Rest =>
    used.isNullObject ? null : { rowIndex: used.rowIndex, rowCount: used.rowCount };
  const firstUsed = sheets.map(({ sheet, extent, cells }) =>
    usedOf(sheet, extent, extent.rowIndex + cells.values.length)
  );
  await context.sync();
  let rests: Rest[] = firstUsed.map(asRest);
  const named = sheets.map(({ sheet, cells }) => namedBelowTable(sheet, cells.values));
  // A round trip's cells, cut when Excel refuses a response past 5 MB (heavy cells below the gap)
  let room = BELOW_CELLS;
  for (let round = 0; round < BELOW_ROUNDS && rests.some((r) => r !== null); round++) {
    const looking = rests.filter((r) => r !== null).length;
    const reads = rests.map((rest, i) => {
      if (!rest) return null;
      const { sheet, extent } = sheets[i];
      const rows = Math.min(
        rest.rowCount,
        Math.max(1, Math.floor(room / looking / extent.columnCount))
      );
      const band = context.workbook.worksheets
        .getItem(sheet)
        .getRange(
          address({ row: rest.rowIndex, col: extent.columnIndex, rows, cols: extent.columnCount })
        );
      band.load("values, numberFormat");
      const next = rows < rest.rowCount ? usedOf(sheet, extent, rest.rowIndex + rows) : null;
      return { band, next, rowIndex: rest.rowIndex };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most BELOW_ROUNDS
      await context.sync();
    } catch (error) {
      // asked again, a sixteenth as many cells, within the same BELOW_ROUNDS
      if (!isTooLarge(error) || room <= 1) throw error;
      room = Math.max(1, Math.floor(room / 16));
      continue;
    }
    rests = reads.map((read, i) => {
      if (!read) return null;
      const values = read.band.values as CellValue[][];
      const block = {
        rowIndex: read.rowIndex,
        columnIndex: sheets[i].extent.columnIndex,
        values,
        formats: read.band.numberFormat as string[][],
      };
      const cells = sheets[i].cells;
      cells.below = [...(cells.below ?? []), block];
      return values.some(named[i]) || !read.next ? null : asRest(read.next);
    });
  }
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
