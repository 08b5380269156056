// Returned .xlsx files read in the pane, for Collect. ExcelJS (to parse a file where Excel cannot
// insert it) and JSZip (to check a file before Excel is asked to insert it) are imported on
// demand: webpack gives each a chunk of its own, fetched only when a person collects files.
import { savedCells, worksheetRows } from "../cli/worksheetCells";
import type { CheckXlsx, ParsedSheet, ParseXlsx, SavedValue } from "../excel/collect";

/** The sheets of an .xlsx: as the domain reads them, and as saved to write back. */
export const parseXlsx: ParseXlsx = async (bytes) => {
  const loaded = await import("exceljs");
  const ExcelJS = loaded.default ?? loaded;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws): ParsedSheet => {
    const values: SavedValue[][] = [];
    const formats: (string | null)[][] = [];
    for (const cell of savedCells(ws)) {
      (values[cell.row] ??= [])[cell.col] = cell.value;
      (formats[cell.row] ??= [])[cell.col] = cell.numberFormat;
    }
    const dense = <T>(grid: T[][]) =>
      Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
    return {
      name: ws.name,
      rows: worksheetRows(ws),
      values: dense(values),
      formats: dense(formats),
    };
  });
};

/**
 * Whether Excel can be given the bytes as an .xlsx: a zip holding a workbook part. Excel refuses
 * anything else for the whole batch, so a file that is not is reported on its own beforehand.
 */
export const checkXlsx: CheckXlsx = async (bytes) => {
  const loaded = await import("jszip");
  const JSZip = loaded.default ?? loaded;
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file("xl/workbook.xml") ? null : new Error("no xl/workbook.xml");
  } catch (error) {
    return error;
  }
};
