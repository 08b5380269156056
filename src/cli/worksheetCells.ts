// What ExcelJS holds for a cell, read without Node: shared by the command line's reader, the
// pane's Collect (which parses returned files in the pane where Excel cannot insert them) and the
// emulator's insertWorksheetsFromBase64.
import type ExcelJS from "exceljs";
import { NO_CELLS, asDisplayed } from "../domain/reading/sheet";
import type { CellValue } from "../domain/types";

/** A cell's saved content: formulas by their saved result, rich text and links as their text. */
export function savedValue(cell: ExcelJS.Cell): CellValue | Date {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v as CellValue | Date;
  // cell.result, not v.result: ExcelJS's cell.value leaves out a saved 0, "" or FALSE.
  if ("formula" in v || "sharedFormula" in v) {
    const saved = cell.result as unknown;
    if (saved !== null && typeof saved === "object" && !(saved instanceof Date))
      return "error" in saved ? String((saved as { error: unknown }).error) : null;
    return (saved as CellValue | Date | undefined) ?? null;
  }
  if ("result" in v) return (v.result as CellValue) ?? null;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return String(v.error);
  if ("text" in v) return String(v.text);
  // Anything else is what the cell shows, when that is text: a shared text with no text in it
  // (`<si></si>`, a damaged file) is {} to ExcelJS, and the rules read text, never an object.
  const shown: unknown = cell.text;
  return typeof shown === "string" ? shown : null;
}

/** Excel counts days from 1899-12-30 (the 1900 date system from March 1900 on). */
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * What Excel shows for a number in a date format that no calendar it has holds: before its first
 * day, after 9999-12-31, or so large ExcelJS makes it an Invalid Date (a damaged or hostile file).
 * The cell reads as that, text the rules then name.
 */
const NO_DATE = "########";
const noDate = (date: Date) => {
  const t = date.getTime();
  return Number.isNaN(t) || t < EPOCH || date.getUTCFullYear() > 9999;
};

/**
 * A value ExcelJS holds as an object of none of its kinds (a formula, rich text, an error, a
 * link): a shared text with no text in it (`<si></si>`) is {}. Copied as it is, ExcelJS would
 * write the text "{}"; what Excel shows there is an empty cell.
 */
export function isEmptyObject(value: ExcelJS.CellValue): boolean {
  if (typeof value !== "object" || value === null || value instanceof Date) return false;
  const kinds = ["formula", "sharedFormula", "result", "richText", "error", "text", "hyperlink"];
  return !kinds.some((k) => k in value);
}

/** A saved cell as Excel holds it: text, number (dates as serial days) or boolean, with its format. */
export interface SavedCell {
  /** 0-based row and column. */
  row: number;
  col: number;
  value: string | number | boolean;
  numberFormat: string | null;
}

/** The cells a worksheet saved, empty ones left out. */
export function savedCells(ws: ExcelJS.Worksheet): SavedCell[] {
  const cells: SavedCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const saved = savedValue(cell);
      if (saved === null || saved === undefined || saved === "") return;
      const value =
        saved instanceof Date
          ? noDate(saved)
            ? NO_DATE
            : (saved.getTime() - EPOCH) / 86_400_000
          : saved;
      cells.push({ row: r - 1, col: c - 1, value, numberFormat: cell.numFmt ?? null });
    })
  );
  return cells;
}

/** A date as the domain reads it: ISO text, or what Excel shows for one no calendar holds. */
export const dateText = (date: Date): string =>
  noDate(date) ? NO_DATE : date.toISOString().slice(0, 10);

/** What ExcelJS gives for a cell, as the domain reads cells (dates as ISO text, formulas by result). */
export function excelCell(cell: ExcelJS.Cell): CellValue {
  const saved = savedValue(cell);
  if (saved instanceof Date) return dateText(saved);
  const plain = typeof cell.value !== "object" || cell.value === null;
  return plain ? asDisplayed(saved, cell.numFmt) : saved;
}

/** One row's cells as the domain reads them, from column A. */
function rowCells(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = excelCell(cell)));
  return Array.from(cells, (c) => c ?? null);
}

/** Every worksheet's cells as the domain reads them, rows from sheet row 1. */
export function worksheetRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => (rows[number - 1] = rowCells(row)));
  return Array.from(rows, (r) => r ?? NO_CELLS);
}

/**
 * The workbook's sheet that `is` recognises by its first row (the check-in history, the Actions
 * sheet): only row 1 of each sheet is read, not the whole sheet.
 */
export function ownSheet(
  wb: ExcelJS.Workbook,
  is: (firstRow: readonly (readonly CellValue[])[]) => boolean
): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => is([rowCells(ws.getRow(1))]));
}

/** A cell's formula as Excel shows it ("='P&L'!B1"), or null for a cell without one. */
export function cellFormula(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return null;
  let text: string | undefined;
  try {
    // A shared formula's text is its master's, moved to this cell (ExcelJS translates it).
    text = cell.formula;
  } catch {
    text = undefined;
  }
  return `=${text ?? ""}`;
}

/** The formula at a 1-based row and 0-based column of a worksheet, for ReadOptions.formulaAt. */
export function formulaAtOf(ws: ExcelJS.Worksheet): (row: number, col: number) => string | null {
  return (row, col) => cellFormula(ws.getRow(row).getCell(col + 1));
}

/**
 * Deep copies of cell styles, one per distinct style, shared by the cells that had it, as ExcelJS
 * shares one style object per style of a file it reads. A copy per cell was 2,000,000 objects at
 * 100,000 rows, each rendered apart by the writer. ExcelJS's writer gives a shared object the
 * number format of the first cell it renders with it, so a date's style without a number format
 * (written with a date format) stays the cell's own, as before.
 */
/** ExcelJS's ValueType.Date (its enums are not imported here: this module is read without Node). */
const DATE_TYPE = 4 as ExcelJS.ValueType;

/**
 * Whether a style object has nothing in it: a for…in test, no array of its keys made (it is asked
 * of millions of cells at 100,000 rows, by the copy, the plans and the held write).
 */
export function isEmptyStyle(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

export function styleCopier() {
  const copies = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  const deep = (style: Partial<ExcelJS.Style>) => JSON.parse(JSON.stringify(style));
  return (cell: ExcelJS.Cell): Partial<ExcelJS.Style> => {
    const style = cell.style ?? {};
    if (!style.numFmt && cell.effectiveType === DATE_TYPE) return deep(style);
    // A cell without a style has an empty one of its own: its copy is a new empty one, without
    // JSON's round trip or a place in the map (millions of such cells at 100,000 rows).
    if (isEmptyStyle(style)) return {};
    const copy = copies.get(style) ?? deep(style);
    copies.set(style, copy);
    return copy;
  };
}

/**
 * Copies a worksheet (values, formulas, formats, widths, dropdowns) into another workbook. With
 * `emptying`, for a source that is not used again, each row of the source is let go once copied:
 * the source and its copy are never both whole in memory (two 100,000-row sheets).
 */
export function copyWorksheet(
  from: ExcelJS.Worksheet,
  to: ExcelJS.Workbook,
  name: string,
  o: { emptying?: boolean } = {}
): ExcelJS.Worksheet {
  const ws = to.addWorksheet(name);
  const styleOf = styleCopier();
  // ExcelJS's rows by number from 1 (not in its typings).
  const rows = (from as unknown as { _rows: unknown[] })._rows;
  from.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = ws.getCell(r, c);
      target.value = isEmptyObject(cell.value) ? null : cell.value;
      target.style = styleOf(cell);
      if (cell.dataValidation) target.dataValidation = cell.dataValidation;
    });
    if (row.height) ws.getRow(r).height = row.height;
    if (o.emptying) rows[r - 1] = undefined;
  });
  from.columns?.forEach((col, i) => {
    if (col.width) ws.getColumn(i + 1).width = col.width;
  });
  ws.views = from.views;
  return ws;
}
