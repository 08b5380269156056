// Returned .xlsx files read in the pane, for Collect. ExcelJS (to parse a file where Excel cannot
// insert it) and pako (the inflater of the package checks the command line runs too, before Excel
// is asked to insert a file) are imported on demand: webpack gives each a chunk of its own, fetched
// only when a person collects files.
import { checkXlsxPackage, type Inflate, type PackageNotes } from "../cli/xlsxPackage";
import { cellFormula, savedCells, worksheetRows } from "../cli/worksheetCells";
import type { CheckXlsx, ParsedSheet, ParseXlsx, PickedFile, SavedValue } from "../excel/collect";

/** The sheets of an .xlsx: as the domain reads them, and as saved to write back. */
export const parseXlsx: ParseXlsx = async (bytes) => {
  const loaded = await import("exceljs");
  const ExcelJS = loaded.default ?? loaded;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws): ParsedSheet => {
    const values: SavedValue[][] = [];
    const formats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    for (const cell of savedCells(ws)) {
      (values[cell.row] ??= [])[cell.col] = cell.value;
      (formats[cell.row] ??= [])[cell.col] = cell.numberFormat;
    }
    // A formula is written back as a formula (one showing nothing is a cell savedCells leaves out).
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const formula = cellFormula(cell);
        if (formula && formula !== "=") (formulas[r - 1] ??= [])[c - 1] = formula;
      })
    );
    const dense = <T>(grid: T[][]) =>
      Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
    return {
      name: ws.name,
      rows: worksheetRows(ws),
      values: dense(values),
      formats: dense(formats),
      formulas: dense(formulas),
    };
  });
};

/** Raw inflate with pako, in pieces; a `see` that throws stops it with that error. */
const inflatePako: Inflate = async (packed, see) => {
  const pako = await import("pako");
  const inflater = new pako.Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflater.onData = see;
  inflater.push(packed, true);
  if (inflater.err) throw new Error(inflater.msg || `inflate error ${inflater.err}`);
};

/** What the package checks found in a file's bytes, kept so a file is unpacked once. */
const notesOf = new WeakMap<Uint8Array, PackageNotes>();

/**
 * Whether Excel can be given the bytes as an .xlsx, by the command line's package checks
 * (src/cli/xlsxPackage.ts): a zip holding a workbook part, not damaged, within the input limits.
 * Excel refuses anything else for the whole batch, so a file that is not is reported on its own
 * beforehand: its reason (an InputError, in the three languages) names no file, the report does.
 */
export const checkXlsx: CheckXlsx = async (bytes) => {
  try {
    notesOf.set(bytes, await checkXlsxPackage(bytes, "", inflatePako));
    return null;
  } catch (error) {
    return error;
  }
};

/** A picked workbook with formulas linking other workbooks: its link parts (xl/externalLinks). */
export interface LinkedFile {
  file: string;
  parts: string[];
}

/**
 * The picked .xlsx files whose formulas link other workbooks, as `okr` finds them (its package
 * check): what the pane reads of them is what those formulas showed when the file was saved. A
 * file the check refuses is left out here: its own report says why.
 */
export async function linkedFiles(files: readonly PickedFile[]): Promise<LinkedFile[]> {
  const linked: LinkedFile[] = [];
  for (const { name, bytes } of files) {
    if (!/\.xlsx$/i.test(name)) continue;
    let notes = notesOf.get(bytes);
    if (!notes)
      try {
        notes = await checkXlsxPackage(bytes, "", inflatePako);
        notesOf.set(bytes, notes);
      } catch {
        continue;
      }
    if (notes.externalLinks.length) linked.push({ file: name, parts: notes.externalLinks });
  }
  return linked;
}
