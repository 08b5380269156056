// Reading every sheet of the open workbook for the domain in one round trip when it is small: the
// sheet names, the saved settings, every used range's size and the first tabs' cells (their heads,
// readBands.ts) are queued together by walking the tabs (getFirst → getNextOrNullObject). Workbooks
// with more tabs than the walk covers take one more round trip for the used ranges by name; cells
// the heads do not hold are read in bands sized from the used ranges' sizes, one more round trip per
// 4 MB, so no response is asked to pass Excel's 5 MB. Which rows and sheets are hidden, and each
// sheet's tables and charts, come with the first round trip.
import type { LintSettings } from "../domain/rules/lint";
import {
  asDisplayed,
  NO_CELLS,
  readSheet,
  type OkrSheet,
  type ReadOptions,
} from "../domain/reading/sheet";
import { loadLinguistics } from "../domain/text/wordClasses";
import type { CellValue } from "../domain/types";
import type { NumberSeparators } from "../domain/reading/numbers";
import { queueSeparators } from "./culture";
import type { SheetExtras } from "./applyPlan";
import type { ExcelApi } from "./host";
import { marksFrom, queueMarksRead, unmarkWith } from "./marks";
import { queueSettingsRead, settingsFrom } from "./settings";
import { queueLinks } from "./links";
import { type Cells, HEAD_TABS, isTooLarge, queueHead, readCells } from "./readBands";
import { PROTECTION_PROPS, protectionOf, type SheetProtection } from "./sheetLock";

export { isTooLarge } from "./readBands";

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
  /** The marks Excel reads typed numbers with, when asked for (`separators`; culture.ts). */
  separators?: NumberSeparators;
}

/** How many tabs the first round trip reads; a workbook with more reads the rest in a second. */
export const TABS_READ_AHEAD = 64;

/**
 * Rows of a used range as sheet rows from 1 and columns from A, so cell addresses stay true. The
 * rows between those read and the rows read below them (`below`, readBands.ts) are the shared
 * empty row NO_CELLS: a stray value in A1000000 costs a million references, not a million rows.
 */
export function alignRows(
  { values, formats, below }: Cells,
  rowIndex: number,
  columnIndex: number
): CellValue[][] {
  const line = (cells: CellValue[], numberFormats: string[], col: number): CellValue[] => [
    ...new Array<CellValue>(col).fill(null),
    ...cells.map((v, c) => asDisplayed(v, numberFormats[c])),
  ];
  const rows = Array.from({ length: rowIndex }, () => [] as CellValue[]);
  values.forEach((cells, r) => rows.push(line(cells, formats[r] ?? [], columnIndex)));
  for (const block of below ?? []) {
    const from = rows.length;
    rows.length = block.rowIndex;
    rows.fill(NO_CELLS, from);
    block.values.forEach((cells, r) =>
      rows.push(line(cells, block.formats[r] ?? [], block.columnIndex))
    );
  }
  return rows;
}

const SIZE_PROPS = "rowIndex, columnIndex, rowCount, columnCount";

/** One sheet's read, queued: its used range's size, its head's cells, visible rows, extras. */
interface SheetRead {
  used: Excel.Range;
  /** The cells inside A1:AF150 (readBands.ts), for the first tabs; null when not asked for. */
  head: Excel.Range | null;
  visible: Excel.RangeAreas;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  /** Its protection (ExcelApi 1.2, below the manifest's floor). */
  protection: Excel.WorksheetProtection;
}

function queueSheet(
  sheet: Excel.Worksheet,
  { orNull, head }: { orNull: boolean; head: boolean }
): SheetRead {
  const used = orNull ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
  used.load(SIZE_PROPS);
  // Which rows are hidden: the visible cells' areas, a short list of addresses.
  const visible = used.getSpecialCellsOrNullObject("Visible" as Excel.SpecialCellType);
  visible.load("address");
  sheet.tables.load("items/name");
  sheet.charts.load("items/name");
  sheet.protection.load(PROTECTION_PROPS);
  return {
    protection: sheet.protection,
    used,
    head: head ? queueHead(used) : null,
    visible,
    tables: sheet.tables,
    charts: sheet.charts,
  };
}

/** Queues reading the first tabs by walking them (the first HEAD_TABS with their heads). */
function queueWalk(context: Excel.RequestContext, heads: boolean): SheetRead[] {
  const reads: SheetRead[] = [];
  let sheet = context.workbook.worksheets.getFirst();
  for (let i = 0; i < TABS_READ_AHEAD; i++) {
    reads.push(queueSheet(sheet, { orNull: true, head: heads && i < HEAD_TABS }));
    sheet = sheet.getNextOrNullObject();
  }
  return reads;
}

/**
 * 1-based rows of the `rows` rows read from the used range's first that no visible area covers.
 * Rows not read (below a table's end, readBands.ts) are never a table's: their hiding is not
 * looked at, so a stray value in A1000000 costs no million-row loop.
 */
function hiddenRowsOf(used: Excel.Range, rows: number, visible: Excel.RangeAreas): Set<number> {
  const hidden = new Set<number>();
  const first = used.rowIndex + 1;
  const last = first + rows - 1;
  for (let r = first; r <= last; r++) hidden.add(r);
  if (visible.isNullObject) return hidden;
  for (const part of visible.address.split(",")) {
    const m = /\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(part);
    if (!m) continue;
    const to = Math.min(last, Number(m[2] ?? m[1]));
    for (let r = Math.max(first, Number(m[1])); r <= to; r++) hidden.delete(r);
  }
  return hidden;
}

/** Whether a sheet has a used range with rows (a walk past the last tab, or an empty sheet, not). */
function present(read: SheetRead): boolean {
  return !read.used.isNullObject && read.used.rowCount > 0;
}

function sheetRowsOf(
  name: string,
  visibility: string,
  read: SheetRead,
  cells: Cells,
  protection: SheetProtection
): SheetRows {
  const used = read.used;
  const has = present(read);
  return {
    name,
    rows: has ? alignRows(cells, used.rowIndex, used.columnIndex) : [],
    hidden: visibility !== "Visible",
    hiddenRows: has ? hiddenRowsOf(used, cells.values.length, read.visible) : undefined,
    extras: {
      tables: read.tables.items.map((t) => t.name),
      charts: read.charts.items.map((c) => c.name),
      protection,
    },
  };
}

/**
 * Reads every sheet's cells, with whatever else the caller queues alongside (`queueOthers`). The
 * first round trip asks for every used range's size and the first tabs' heads (readBands.ts), so
 * nothing in it can pass Excel's 5 MB response for the cells' sake; what the heads do not hold is
 * read in bands sized from those sizes, one round trip per 4 MB. A workbook the heads hold (up to
 * 16 tabs of up to 150 rows and 32 columns) is read in one round trip. Should a host refuse the
 * walk (it runs past the last tab on null objects), the batch is queued again without it and read
 * by name; should the first round trip's response pass 5 MB anyway, it is asked again without the
 * heads. The linter's word classes (a lazy chunk in the pane) load meanwhile: whatever reads the
 * sheets may lint them.
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
  let walk = queueWalk(context, true);
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error) && walk.length === 0) throw error;
    others = queueFirst();
    walk = isTooLarge(error) ? queueWalk(context, false) : [];
    await context.sync();
  }
  const items = worksheets.items;
  let rest: SheetRead[] = [];
  if (items.length > walk.length) {
    rest = items
      .slice(walk.length)
      .map((s) => queueSheet(worksheets.getItem(s.name), { orNull: false, head: false }));
    await context.sync();
  }
  const reads = items.map((s, i) => ({
    sheet: s.name,
    read: i < walk.length ? walk[i] : rest[i - walk.length],
  }));
  const toRead = reads.filter(({ read }) => present(read));
  const cells = await readCells(
    context,
    toRead.map(({ sheet, read }) => ({
      sheet,
      used: read.used,
      head:
        read.head && !read.head.isNullObject
          ? { values: read.head.values, formats: read.head.numberFormat }
          : null,
    }))
  );
  const byRead = new Map(toRead.map(({ read }, i) => [read, cells[i]]));
  const none: Cells = { values: [], formats: [] };
  await linguistics;
  return {
    cells: reads.map(({ sheet, read }, i) =>
      sheetRowsOf(
        sheet,
        items[i].visibility,
        read,
        byRead.get(read) ?? none,
        protectionOf(read.protection)
      )
    ),
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
 * more round trip, only when there are such cells). With `separators`, the marks Excel reads typed
 * numbers with, in the same round trip as the sheets.
 */
export async function readWorkbook(
  excel: ExcelApi,
  options: ReadOptions = {},
  {
    unmark = false,
    links = false,
    separators = false,
  }: { unmark?: boolean; links?: boolean; separators?: boolean } = {}
): Promise<WorkbookRead> {
  return excel.run(async (context) => {
    const { cells, others, active } = await readAllSheetsWithActive(context, excel, () => ({
      saved: queueSettingsRead(context),
      marks: unmark ? queueMarksRead(context) : null,
      marksOfNumbers: separators ? queueSeparators(context) : null,
    }));
    const { saved, marks, marksOfNumbers } = others;
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
      },
      (error) => Boolean(linked?.refused(error))
    );
    return {
      sheets: linked
        ? await linked.sheets()
        : cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options))),
      cells,
      activeSheet: active,
      settings: settingsFrom(saved, cells),
      ...(marksOfNumbers ? { separators: marksOfNumbers() } : {}),
    };
  });
}
