// Reading every sheet of the open workbook for the domain in one round trip when the host allows it:
// the sheet names, the saved settings and every used range are queued together by walking the tabs
// (getFirst → getNextOrNullObject). Workbooks with more tabs than the walk covers take one more
// round trip for the used ranges by name; a workbook whose cells pass
// Excel's 5 MB response limit is read in chunks, one more round trip per 4 MB. Which rows and sheets
// are hidden, and each sheet's tables and charts, come with the same round trips.
import type { LintSettings } from "../domain/rules/lint";
import { asDisplayed, readSheet, type OkrSheet, type ReadOptions } from "../domain/reading/sheet";
import { loadLinguistics } from "../domain/text/wordClasses";
import type { CellValue } from "../domain/types";
import { utf8Length } from "../domain/reading/utf8";
import { address, REQUEST_LIMIT_BYTES, type SheetExtras } from "./applyPlan";
import type { ExcelApi } from "./host";
import { marksFrom, queueMarksRead, unmarkWith } from "./marks";
import { queueSettingsRead, settingsFrom } from "./settings";
import { queueLinks } from "./links";

export interface SheetRows {
  name: string;
  /** Rows from sheet row 1 and columns from A, so cell addresses stay true. */
  rows: CellValue[][];
  /** The sheet is hidden or very hidden. */
  hidden: boolean;
  /** 1-based rows the user hid (or filtered out); undefined for a sheet with no used range. */
  hiddenRows?: Set<number>;
  /** The sheet's tables and charts, for plans that write into it or rebuild it. */
  extras: SheetExtras;
}

export interface WorkbookRead {
  /** Every sheet, in tab order; `match` is null for sheets that are not OKR sheets. */
  sheets: OkrSheet[];
  /** The cells behind each sheet, in the same order. */
  cells: SheetRows[];
  /** The worksheet open in Excel; null while a chart sheet is (readAllSheetsWithActive). */
  activeSheet: string | null;
  settings: LintSettings;
}

/** How many tabs the first round trip reads; a workbook with more reads the rest in a second. */
export const TABS_READ_AHEAD = 64;

/**
 * About how many response bytes a cell costs (its value and number format as JSON), to size the
 * chunks of a workbook too large for one response. A chunk that still comes back too large is
 * read again in halves.
 */
export const CELL_BYTES_ESTIMATE = 32;

/** Rows of a used range as sheet rows from 1 and columns from A, so cell addresses stay true. */
export function alignRows(
  values: CellValue[][],
  formats: string[][],
  rowIndex: number,
  columnIndex: number
): CellValue[][] {
  const pad: CellValue[] = new Array(columnIndex).fill(null);
  const rows: CellValue[][] = values.map((line, r) => [
    ...pad,
    ...line.map((v, c) => asDisplayed(v, formats[r]?.[c])),
  ]);
  return [...Array.from({ length: rowIndex }, () => [] as CellValue[]), ...rows];
}

/** Whether Excel refused a sync because its response would pass 5 MB. */
export function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

const CELL_PROPS = "values, numberFormat, rowIndex, columnIndex, rowCount, columnCount";
const SIZE_PROPS = "rowIndex, columnIndex, rowCount, columnCount";

/** One sheet's read, queued: its used range (with or without its cells), visible rows, extras. */
interface SheetRead {
  used: Excel.Range;
  /** Whether the used range's cells were asked for (else only its size, read in chunks). */
  cells: boolean;
  visible: Excel.RangeAreas;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  /** The cells read in chunks, when they were. */
  chunked?: { values: CellValue[][]; formats: string[][] };
}

function queueSheet(
  sheet: Excel.Worksheet,
  excel: ExcelApi,
  { orNull, cells }: { orNull: boolean; cells: boolean }
): SheetRead {
  const used = orNull ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
  used.load(cells ? CELL_PROPS : SIZE_PROPS);
  // Which rows are hidden: the visible cells' areas, a short list of addresses.
  const visible = used.getSpecialCellsOrNullObject("Visible" as Excel.SpecialCellType);
  visible.load("address");
  sheet.tables.load("items/name");
  sheet.charts.load("items/name");
  return { used, cells, visible, tables: sheet.tables, charts: sheet.charts };
}

/** Queues reading the first tabs by walking them. */
function queueWalk(context: Excel.RequestContext, excel: ExcelApi, cells: boolean): SheetRead[] {
  const reads: SheetRead[] = [];
  let sheet = context.workbook.worksheets.getFirst();
  for (let i = 0; i < TABS_READ_AHEAD; i++) {
    reads.push(queueSheet(sheet, excel, { orNull: true, cells }));
    sheet = sheet.getNextOrNullObject();
  }
  return reads;
}

/** 1-based rows of `used` that no visible area covers. */
function hiddenRowsOf(used: Excel.Range, visible: Excel.RangeAreas): Set<number> {
  const hidden = new Set<number>();
  const first = used.rowIndex + 1;
  for (let r = first; r < first + used.rowCount; r++) hidden.add(r);
  if (visible.isNullObject) return hidden;
  for (const part of visible.address.split(",")) {
    const m = /\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(part);
    if (!m) continue;
    for (let r = Number(m[1]); r <= Number(m[2] ?? m[1]); r++) hidden.delete(r);
  }
  return hidden;
}

function sheetRowsOf(name: string, visibility: string, read: SheetRead): SheetRows {
  const used = read.used;
  const present = !used.isNullObject && used.rowCount > 0;
  const values = read.chunked?.values ?? (present && read.cells ? used.values : []);
  const formats = read.chunked?.formats ?? (present && read.cells ? used.numberFormat : []);
  return {
    name,
    rows: present ? alignRows(values, formats, used.rowIndex, used.columnIndex) : [],
    hidden: visibility !== "Visible",
    hiddenRows: present ? hiddenRowsOf(used, read.visible) : undefined,
    extras: {
      tables: read.tables.items.map((t) => t.name),
      charts: read.charts.items.map((c) => c.name),
    },
  };
}

/** A band of rows of one sheet's used range, read as one range. */
interface Band {
  read: SheetRead;
  sheet: string;
  row: number;
  rows: number;
}

/** The bands that fit `cells` cells, taken from the front of `queue` (at least one row). */
function takeBands(queue: Band[], cells: number): Band[] {
  const group: Band[] = [];
  let room = cells;
  while (queue.length) {
    const band = queue[0];
    const width = band.read.used.columnCount;
    const rows = Math.min(band.rows, Math.floor(room / width));
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
    room -= rows * width;
  }
  return group;
}

/** Removes `rows` rows from the front band of the queue. */
function shrink(queue: Band[], rows: number): void {
  const band = queue[0];
  if (rows >= band.rows) queue.shift();
  else queue[0] = { ...band, row: band.row + rows, rows: band.rows - rows };
}

/**
 * Reads the cells of sheets too large for one response, in bands of rows, each round trip sized
 * to about REQUEST_LIMIT_BYTES (4 MB, under Excel's 5 MB) by the bytes a cell has cost so far: one
 * round trip per 4 MB. A round trip that still comes back too large is read again smaller.
 */
async function readChunked(
  context: Excel.RequestContext,
  reads: { sheet: string; read: SheetRead }[]
): Promise<void> {
  const queue: Band[] = [];
  for (const { sheet, read } of reads) {
    const used = read.used;
    if (used.isNullObject || used.rowCount === 0) continue;
    read.chunked = { values: [], formats: [] };
    queue.push({ read, sheet, row: 0, rows: used.rowCount });
  }
  let bytesPerCell = CELL_BYTES_ESTIMATE;
  while (queue.length) {
    const group = takeBands(queue, Math.floor(REQUEST_LIMIT_BYTES / bytesPerCell));
    const ranges = group.map((band) => {
      const u = band.read.used;
      const at = address({
        row: u.rowIndex + band.row,
        col: u.columnIndex,
        rows: band.rows,
        cols: u.columnCount,
      });
      const range = context.workbook.worksheets.getItem(band.sheet).getRange(at);
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
    let bytes = 0;
    let cells = 0;
    group.forEach((band, i) => {
      const into = band.read.chunked as NonNullable<SheetRead["chunked"]>;
      into.values.push(...ranges[i].values);
      into.formats.push(...ranges[i].numberFormat);
      bytes += utf8Length(JSON.stringify([ranges[i].values, ranges[i].numberFormat]));
      cells += band.rows * band.read.used.columnCount;
    });
    // what this round trip's cells cost: the next one is sized by it
    bytesPerCell = Math.max(1, bytes / cells);
  }
}

/**
 * Reads every sheet's cells, with whatever else the caller queues alongside (`queueOthers`), in one
 * round trip where the tab walk works and the workbook fits one response (5 MB). Should a host
 * refuse the walk (it runs past the last tab on null objects), the batch is queued again without
 * it and read by name. A workbook over 5 MB is read again: the sizes first, then the cells in
 * chunks, one round trip per 4 MB. The linter's word classes (a lazy chunk in the pane) load
 * meanwhile: whatever reads the sheets may lint them.
 */
export async function readAllSheets<T>(
  context: Excel.RequestContext,
  excel: ExcelApi,
  queueOthers: () => T
): Promise<{ cells: SheetRows[]; others: T }> {
  const linguistics = loadLinguistics();
  linguistics.catch(() => undefined); // awaited below; a failed read must not leave it unhandled
  const worksheets = context.workbook.worksheets;
  const queueFirst = () => {
    worksheets.load("items/name, items/visibility");
    return queueOthers();
  };
  let others = queueFirst();
  let walk = queueWalk(context, excel, true);
  let whole = true;
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error) && walk.length === 0) throw error;
    others = queueFirst();
    whole = !isTooLarge(error);
    walk = whole ? [] : queueWalk(context, excel, false);
    await context.sync();
  }
  const items = worksheets.items;
  const byName = (cells: boolean) =>
    items
      .slice(walk.length)
      .map((s) => queueSheet(worksheets.getItem(s.name), excel, { orNull: false, cells }));
  let rest: SheetRead[] = [];
  if (items.length > walk.length) {
    rest = byName(whole);
    try {
      await context.sync();
    } catch (error) {
      if (!whole || !isTooLarge(error)) throw error;
      whole = false;
      rest = byName(false);
      await context.sync();
    }
  }
  const reads = items.map((s, i) => ({
    sheet: s.name,
    read: i < walk.length ? walk[i] : rest[i - walk.length],
  }));
  await readChunked(
    context,
    reads.filter((r) => !r.read.cells)
  );
  await linguistics;
  return {
    cells: reads.map(({ sheet, read }, i) => sheetRowsOf(sheet, items[i].visibility, read)),
    others,
  };
}

/**
 * readAllSheets with the active worksheet's name read alongside. While a chart sheet is active,
 * getActiveWorksheet fails its whole request (office-js issue 2444), and the read with it: the
 * sheets are then read again without it (more round trips, only then) and no worksheet is active.
 */
export async function readAllSheetsWithActive<T>(
  context: Excel.RequestContext,
  excel: ExcelApi,
  queueOthers: () => T
): Promise<{ cells: SheetRows[]; others: T; active: string | null }> {
  let active: Excel.Worksheet | null = null;
  try {
    const read = await readAllSheets(context, excel, () => {
      active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      return queueOthers();
    });
    return { ...read, active: (active as Excel.Worksheet | null)?.name ?? null };
  } catch {
    // Whatever failed, once more without the active sheet: a failure of the read itself recurs.
    return { ...(await readAllSheets(context, excel, queueOthers)), active: null };
  }
}

/** What the domain needs to know of a sheet's rows besides their cells. */
export function readOptionsOf(sheet: SheetRows, options: ReadOptions = {}): ReadOptions {
  return { ...options, hiddenRows: sheet.hiddenRows, hiddenSheet: sheet.hidden };
}

/**
 * Reads the workbook. With `unmark`, cells marked by an earlier check get their own fill back (one
 * more round trip, only when there are such cells).
 */
export async function readWorkbook(
  excel: ExcelApi,
  options: ReadOptions = {},
  { unmark = false, links = false }: { unmark?: boolean; links?: boolean } = {}
): Promise<WorkbookRead> {
  return excel.run(async (context) => {
    const { cells, others, active } = await readAllSheetsWithActive(context, excel, () => ({
      saved: queueSettingsRead(context),
      marks: unmark ? queueMarksRead(context) : null,
    }));
    const { saved, marks } = others;
    const toUnmark = marksFrom(marks);
    // With `links`, the Current cells' formulas too (linked key results), in the unmarking's last
    // round trip: at most one more.
    let linked = null as ReturnType<typeof queueLinks> | null;
    await unmarkWith(
      context,
      toUnmark,
      cells.map((c) => c.name),
      () => {
        linked = links ? queueLinks(context, cells, options) : null;
        return Boolean(linked?.queued);
      }
    );
    return {
      sheets: linked
        ? linked.sheets()
        : cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options))),
      cells,
      activeSheet: active,
      settings: settingsFrom(saved, cells),
    };
  });
}
