// Reading every sheet of the open workbook for the domain in one round trip when the host allows it:
// the sheet names, the saved settings and every used range are queued together by walking the tabs
// (getFirst → getNextOrNullObject, ExcelApi 1.5). Older hosts, and workbooks with more tabs than the
// walk covers, take one more round trip for the used ranges by name.
import type { LintSettings } from "../domain/lint";
import { asDisplayed, readSheet, type OkrSheet, type ReadOptions } from "../domain/sheet";
import type { CellValue } from "../domain/types";
import type { ExcelApi } from "./host";
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
  excel: ExcelApi,
  { walk: walking = true }: { walk?: boolean } = {}
): { walked: boolean; collect(): SheetRows[] | null } {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const walk: Excel.Range[] = [];
  if (walking && excel.isSetSupported("ExcelApi", "1.5")) {
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
    walked: walk.length > 0,
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
 * Reads every sheet's cells, with whatever else the caller queues alongside (`queueOthers`), in one
 * round trip where the tab walk works. Should a host refuse the walk (it runs past the last tab on
 * null objects), the batch is queued again without it and read by name.
 */
export async function readAllSheets<T>(
  context: Excel.RequestContext,
  excel: ExcelApi,
  queueOthers: () => T
): Promise<{ cells: SheetRows[]; others: T }> {
  let others = queueOthers();
  let read = queueSheetsRead(context, excel);
  try {
    await context.sync();
  } catch (error) {
    if (!read.walked) throw error;
    others = queueOthers();
    read = queueSheetsRead(context, excel, { walk: false });
    await context.sync();
  }
  let cells = read.collect();
  if (!cells) {
    await context.sync();
    cells = read.collect() as SheetRows[];
  }
  return { cells, others };
}

/**
 * Reads the workbook. With `unmark`, cells marked by an earlier check get their own fill back (one
 * more round trip, only when there are such cells).
 */
export async function readWorkbook(
  excel: ExcelApi,
  options: ReadOptions = {},
  { unmark = false }: { unmark?: boolean } = {}
): Promise<WorkbookRead> {
  return excel.run(async (context) => {
    const { cells, others } = await readAllSheets(context, excel, () => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      return {
        active,
        saved: queueSettingsRead(context, excel),
        marks: unmark ? queueMarksRead(context, excel) : null,
      };
    });
    const { active, saved, marks } = others;
    const toUnmark = marksFrom(marks);
    if (toUnmark.length > 0) {
      queueUnmark(
        context,
        toUnmark,
        cells.map((c) => c.name)
      );
      await context.sync();
    }
    return {
      sheets: cells.map(({ name, rows }) => readSheet(name, rows, options)),
      cells,
      activeSheet: active.name,
      settings: settingsFrom(saved),
    };
  });
}
