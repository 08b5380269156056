// Reading the command line twin's input files into OKR sheets: .csv (UTF-8 with or without BOM,
// comma-separated, RFC 4180; or Excel's UTF-16 "Unicode text", tab-separated) and .xlsx (ExcelJS).
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { asDisplayed, readSheet, type OkrSheet, type ReadOptions } from "../domain/sheet";
import type { CellValue } from "../domain/types";

/** Input that cannot be used at all: the message says which file and what to do (exit 2). */
export class InputError extends Error {}

/** A file's bytes; a missing or unreadable file is an InputError naming it. */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`
    );
  }
}

/** Decodes a CSV file's bytes, telling the delimiter from the encoding Excel saves with. */
export function decodeCsv(bytes: Buffer, file: string): { text: string; delimiter: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: bytes.subarray(2).toString("utf16le"), delimiter: "\t" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString("utf16le"), delimiter: "\t" };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new InputError(
      `${file}: not UTF-8 text. In Excel use File → Save As → "CSV UTF-8 (Comma delimited)" or "Unicode Text", then try again.`
    );
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return { text, delimiter: firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : "," };
}

/** A CSV as sheet rows: rows[i] is line i + 1, even when quoted cells span lines. */
export function csvRows(bytes: Buffer, file: string): CellValue[][] {
  const { text, delimiter } = decodeCsv(bytes, file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InputError(
      `${file}: not a valid CSV (${(error as Error).message}). Check the quotes around cells, then try again.`
    );
  }
  const rows: CellValue[][] = [];
  // info.lines is the line a record ends on; a record spanning lines starts earlier.
  let line = 1;
  for (const { record, info } of records) {
    rows[line - 1] = record;
    line = info.lines + 1;
  }
  return Array.from(rows, (r) => r ?? []);
}

/** What ExcelJS gives for a cell, as the domain reads cells (dates as ISO text, formulas by result). */
export function excelCell(cell: ExcelJS.Cell): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return (v.result as CellValue) ?? null;
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("text" in v) return String(v.text);
    return cell.text;
  }
  return asDisplayed(v as CellValue, cell.numFmt);
}

/** Every worksheet's cells as the domain reads them, rows from sheet row 1. */
export function worksheetRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = excelCell(cell)));
    rows[number - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Loads an .xlsx workbook; an unreadable file is an InputError naming it. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new InputError(
      `${file}: cannot be read as an .xlsx workbook (${(error as Error).message}). Open it in Excel and save it again as .xlsx.`
    );
  }
  return workbook;
}

export interface InputFile {
  file: string;
  /** The OKR sheets found in the file (sheets without an OKR header row are left out). */
  sheets: OkrSheet[];
  /** The cells behind each OKR sheet, in the same order (rows from sheet row 1). */
  rows: CellValue[][][];
  /** The workbook, for an .xlsx input. */
  workbook?: ExcelJS.Workbook;
}

/** Reads one input file; an unusable file throws InputError with a message naming it. */
export async function readInput(file: string, options: ReadOptions): Promise<InputFile> {
  const ext = extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx" && ext !== ".txt") {
    throw new InputError(
      `${file}: unknown file type "${ext || "(none)"}". Give an .xlsx workbook or a .csv file.`
    );
  }
  let read: { sheet: OkrSheet; rows: CellValue[][] }[];
  let workbook: ExcelJS.Workbook | undefined;
  if (ext === ".xlsx") {
    workbook = await loadWorkbook(file);
    read = workbook.worksheets.map((ws) => {
      const rows = worksheetRows(ws);
      return { sheet: readSheet(ws.name, rows, options), rows };
    });
  } else {
    const rows = csvRows(readBytes(file), file);
    read = [{ sheet: readSheet(basename(file, extname(file)), rows, options), rows }];
  }
  const okr = read.filter((r) => r.sheet.match);
  if (okr.length === 0) {
    throw new InputError(
      `${file}: no OKR header row found (a row naming columns such as ID, Level, Statement, Owner, in English, 简体 or 繁體). Add the header row above the table.`
    );
  }
  return { file, sheets: okr.map((r) => r.sheet), rows: okr.map((r) => r.rows), workbook };
}
