// Reading every sheet of the open workbook for the domain, in two round trips whatever its size:
// one for the list of sheets (and saved settings), one for all their used ranges at once.
import type { LintSettings } from "../domain/lint";
import { asDisplayed, readSheet, type OkrSheet, type ReadOptions } from "../domain/sheet";
import type { CellValue } from "../domain/types";
import type { ExcelApi } from "../taskpane/office";
import { marksFrom, queueMarksRead, queueUnmark } from "./marks";
import { queueSettingsRead, settingsFrom } from "./settings";

export interface WorkbookRead {
  /** Every sheet, in tab order; `match` is null for sheets that are not OKR sheets. */
  sheets: OkrSheet[];
  activeSheet: string;
  settings: LintSettings;
}

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

/**
 * Reads the workbook. With `unmark`, cells marked by an earlier check get their own fill back in the
 * second batch (a write riding on the read, so no extra round trip).
 */
export async function readWorkbook(
  excel: ExcelApi,
  options: ReadOptions = {},
  { unmark = false }: { unmark?: boolean } = {}
): Promise<WorkbookRead> {
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    const saved = queueSettingsRead(context, excel);
    const marks = unmark ? queueMarksRead(context, excel) : null;
    await context.sync();

    // getUsedRange is ExcelApi 1.1 (the manifest's minimum); "values only" needs 1.2. An empty sheet's
    // used range is A1, which reads as one blank cell.
    const valuesOnly = excel.isSetSupported("ExcelApi", "1.2");
    queueUnmark(
      context,
      marksFrom(marks),
      worksheets.items.map((s) => s.name)
    );
    const ranges = worksheets.items.map((sheet) => {
      const range = valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange();
      range.load("values, numberFormat, rowIndex, columnIndex");
      return { name: sheet.name, range };
    });
    await context.sync();

    const sheets = ranges.map(({ name, range }) =>
      readSheet(
        name,
        alignRows(range.values, range.numberFormat, range.rowIndex, range.columnIndex),
        options
      )
    );
    return { sheets, activeSheet: active.name, settings: settingsFrom(saved) };
  });
}
