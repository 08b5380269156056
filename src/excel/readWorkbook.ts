// Reading every sheet of the open workbook for the domain in one round trip when the host allows it:
// the sheet names, the saved settings and every used range are queued together by walking the tabs
// (getFirst → getNextOrNullObject, ExcelApi 1.5). Older hosts, and workbooks with more tabs than the
// walk covers, take one more round trip for the used ranges by name.
import type { LintSettings } from "../domain/lint";
import { asDisplayed, readSheet, type OkrSheet, type ReadOptions } from "../domain/sheet";
import type { CellValue } from "../domain/types";
import type { ExcelApi } from "../taskpane/office";
import { marksFrom, queueMarksRead, queueUnmark } from "./marks";
import { queueSettingsRead, settingsFrom } from "./settings";

export interface SheetRows {
  name: string;
  /** Rows from sheet row 1 and columns from A, so cell addresses stay true. */
  rows: CellValue[][];
}

export interface WorkbookRead {
  /** Every sheet, in tab order; `match` is null for sheets that are not OKR sheets. */
  sheets: OkrSheet[];
  /** The cells behind each sheet, in the same order. */
  cells: SheetRows[];
  activeSheet: string;
  settings: LintSettings;
}

/** How many tabs the first round trip reads; a workbook with more reads the rest in a second. */
export const TABS_READ_AHEAD = 64;

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

type RangeRead = Pick<
  Excel.Range,
  "values" | "numberFormat" | "rowIndex" | "columnIndex" | "isNullObject"
>;

function rowsOf(range: RangeRead | null): CellValue[][] {
  if (!range || range.isNullObject || !range.values) return [];
  return alignRows(range.values, range.numberFormat, range.rowIndex, range.columnIndex);
}

/**
 * Queues the read of every sheet's used range. Call `collect` after a sync: it returns the sheets,
 * or queues what is still missing and returns null (sync again, then call `collect` once more).
 */
export function queueSheetsRead(
  context: Excel.RequestContext,
  excel: ExcelApi
): { collect(): SheetRows[] | null } {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const walk: Excel.Range[] = [];
  if (excel.isSetSupported("ExcelApi", "1.5")) {
    let sheet = worksheets.getFirst();
    for (let i = 0; i < TABS_READ_AHEAD; i++) {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("values, numberFormat, rowIndex, columnIndex");
      walk.push(range);
      sheet = sheet.getNextOrNullObject();
    }
  }
  let rest: Excel.Range[] | null = null;
  return {
    collect() {
      const names = worksheets.items.map((s) => s.name);
      if (!rest && names.length > walk.length) {
        // getUsedRange is ExcelApi 1.1 (the manifest's minimum); "values only" needs 1.2.
        const valuesOnly = excel.isSetSupported("ExcelApi", "1.2");
        rest = worksheets.items.slice(walk.length).map((sheet) => {
          const range = valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
          range.load("values, numberFormat, rowIndex, columnIndex");
          return range;
        });
        return null;
      }
      return names.map((name, i) => ({
        name,
        rows: rowsOf(i < walk.length ? walk[i] : (rest as Excel.Range[])[i - walk.length]),
      }));
    },
  };
}

/**
 * Reads the workbook. With `unmark`, cells marked by an earlier check get their own fill back (a
 * write riding on the read's second round trip, or a round trip of its own).
 */
export async function readWorkbook(
  excel: ExcelApi,
  options: ReadOptions = {},
  { unmark = false }: { unmark?: boolean } = {}
): Promise<WorkbookRead> {
  return excel.run(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    const saved = queueSettingsRead(context, excel);
    const marks = unmark ? queueMarksRead(context, excel) : null;
    const read = queueSheetsRead(context, excel);
    await context.sync();

    let cells = read.collect();
    const toUnmark = marksFrom(marks);
    if (!cells || toUnmark.length > 0) {
      queueUnmark(
        context,
        toUnmark,
        context.workbook.worksheets.items.map((s) => s.name)
      );
      await context.sync();
      cells ??= read.collect();
    }
    const all = cells as SheetRows[];
    return {
      sheets: all.map(({ name, rows }) => readSheet(name, rows, options)),
      cells: all,
      activeSheet: active.name,
      settings: settingsFrom(saved),
    };
  });
}
