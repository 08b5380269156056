// Writing an output workbook without ever losing a file: never over an input (not even with
// --force), never over an existing file without --force.
import { existsSync, realpathSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { cutText } from "../domain/text/cut";
import { linksOtherWorkbook } from "../domain/reading/linked";
import { addCharts, chartsOf, sheetDrawings } from "./charts";
import { InputError } from "./input";
import { located, problem, warn } from "./readProblems";
import { LeanWorkbook, writeLeanWorkbook } from "./leanWorkbook";
import { numberPagesOn } from "./xlsxHost";
import { eachHeldCell, type HeldCell } from "./heldSheets";
import { pictureDrawings, writeSheetBySheet } from "./sheetBySheet";

function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    // A file that does not exist yet: its folder's real path plus its name.
    try {
      return resolve(realpathSync(dirname(full)), full.slice(dirname(full).length + 1));
    } catch {
      return full;
    }
  }
}

/** The file behind a path (device and inode), or null when there is none yet. */
function fileId(path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Whether two paths name the same file: the same real path, or the same device and inode (a hard link). */
function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  const [x, y] = [fileId(a), fileId(b)];
  return x !== null && x === y;
}

/** Refuses an output path that would overwrite an input or, without --force, any existing file. */
export function checkOutput(
  out: string,
  inputs: readonly string[],
  force: boolean,
  exts: readonly string[] = ["xlsx"]
): void {
  if (!exts.some((e) => out.toLowerCase().endsWith(`.${e}`)))
    throw new InputError(
      located(out, "outputType", {
        kinds: exts.map((e) => `.${e}`).join(" / "),
        ext: exts[0],
      })
    );
  const target = canonical(out);
  if (inputs.some((i) => sameFile(i, out))) throw new InputError(located(out, "outputIsInput"));
  if (existsSync(target) && !force) throw new InputError(located(out, "outputExists"));
}

/** Excel keeps at most this many characters in a cell; a longer one makes it repair the file. */
const CELL_LIMIT = 32767;

/** A cell's value cut to Excel's limit when it is longer text; `clipped` notes the cell. */
function clip(clipped: string[]) {
  return (value: ExcelJS.CellValue, where: () => string): ExcelJS.CellValue => {
    if (typeof value !== "string" || value.length <= CELL_LIMIT) return value;
    clipped.push(where());
    return cutText(value, CELL_LIMIT);
  };
}

/**
 * A cell's value as written where it links another workbook ("[1]Budget!B2"): the value it showed
 * (its cached result), noting the cell. ExcelJS drops the link parts (xl/externalLinks), so such a
 * formula written back would name a link the file no longer has, and Excel shows #REF! or offers
 * to repair the file. Any other value is returned as it is. Both write paths use it.
 */
function unlink(kept: string[]) {
  return (value: ExcelJS.CellValue, where: () => string): ExcelJS.CellValue => {
    const formula = value as ExcelJS.CellFormulaValue | null;
    if (!formula || typeof formula !== "object" || typeof formula.formula !== "string")
      return value;
    if (!linksOtherWorkbook(formula.formula)) return value;
    kept.push(where());
    const shown = formula.result;
    return shown === undefined ||
      (typeof shown === "object" && shown !== null && !(shown instanceof Date))
      ? null
      : shown;
  };
}

/**
 * One pass over an ExcelJS workbook's cells before it is written: text longer than Excel's limit is
 * cut to it (CELL-TOO-LONG), and each formula that links another workbook is written as the value it
 * showed, so the file neither loses that value nor names a link it does not have. Returns the cells
 * of each. (Two passes read every cell's value twice, and copied every formula's: seconds at
 * `okr review`'s 10,000 people.)
 */
export function fitCells(wb: ExcelJS.Workbook): {
  clipped: string[];
  kept: string[];
  noDate: string[];
} {
  const clipped: string[] = [];
  const kept: string[] = [];
  const noDate: string[] = [];
  const [clipTo, unlinkTo] = [clip(clipped), unlink(kept)];
  for (const ws of wb.worksheets) {
    const fit = (cell: HeldCell | ExcelJS.Cell) => {
      // ExcelJS builds a new object for a formula's value on each read, without a falsy
      // result (0, ""): compare with the one read, or every formula would lose such results.
      const value = cell.value;
      const where = () => `${ws.name}!${cell.address}`;
      if (typeof value === "string") {
        const cut = clipTo(value, where);
        if (cut !== value) cell.value = cut;
      } else if (value instanceof Date && Number.isNaN(value.getTime())) {
        // A number past any calendar in a date format: ExcelJS read it as an Invalid Date and
        // would write "NaN" over the user's number (worksheetCells.ts reads it as ########).
        noDate.push(where());
      } else if (
        value &&
        typeof value === "object" &&
        "formula" in value &&
        typeof value.formula === "string" &&
        linksOtherWorkbook(value.formula)
      )
        // cell.result, not the value's: ExcelJS's cell.value leaves out a saved 0, "" or FALSE.
        cell.value = unlinkTo({ ...value, result: cell.result } as ExcelJS.CellValue, where);
    };
    // A held sheet's cells are held apart from ExcelJS's (heldSheets.ts).
    if (!eachHeldCell(ws, fit))
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, fit));
  }
  return { clipped, kept, noDate };
}

/** The cells fitCells writes as the values they showed (links to other workbooks). */
export const keepExternalAsValues = (wb: ExcelJS.Workbook): string[] => fitCells(wb).kept;

/** Up to ten cells named, then "…". */
const listed = (cells: readonly string[]) =>
  cells.length > 10 ? `${cells.slice(0, 10).join(", ")} …` : cells.join(", ");

/** Cells holding a number no date can show: refused before anything is written. */
class NumberNoDateError extends Error {
  constructor(readonly cells: string[]) {
    super("numbers no date can show");
  }
}

/**
 * Writes the workbook, never a cell beyond Excel's limit, with the charts its plans had (charts.ts);
 * returns the cells it had to cut.
 */
export async function writeWorkbook(
  wb: ExcelJS.Workbook | LeanWorkbook,
  out: string,
  /** An ExcelJS workbook written a sheet at a time (sheetBySheet.ts): one sheet's XML held at once. */
  o: { bySheet?: boolean } = {}
): Promise<string[]> {
  const clipped: string[] = [];
  const kept: string[] = [];
  // Read before writing: the lean workbook lets each row go once it is written.
  const charts = chartsOf(wb);
  try {
    if (wb instanceof LeanWorkbook) {
      const [clipTo, unlinkTo] = [clip(clipped), unlink(kept)];
      await writeLeanWorkbook(
        wb,
        out,
        (value, where) => clipTo(unlinkTo(value, where), where),
        sheetDrawings(charts)
      );
    } else {
      // Formulas carry cached results for viewers that do not calculate; Excel and LibreOffice
      // still compute every formula on opening.
      wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
      numberPagesOn(wb);
      const fitted = fitCells(wb);
      if (fitted.noDate.length) throw new NumberNoDateError(fitted.noDate);
      clipped.push(...fitted.clipped);
      kept.push(...fitted.kept);
      if (o.bySheet)
        await writeSheetBySheet(wb, out, sheetDrawings(charts, 1, pictureDrawings(wb) + 1));
      else {
        // Packed in memory, then written: ExcelJS's writeFile opens the file first, and a workbook
        // it cannot write to the end (a date it cannot write) left an empty file behind on exit 2.
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        await writeFile(out, charts.length ? await addCharts(bytes, charts) : bytes);
      }
    }
  } catch (error) {
    if (error instanceof NumberNoDateError)
      throw new InputError(problem("numberNoDate", { cells: listed(error.cells) }));
    throw new InputError(
      located(out, "cannotWrite", {
        code: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
      })
    );
  }
  if (kept.length)
    warn(
      located(out, "externalValues", {
        count: kept.length,
        cells: listed(kept),
      })
    );
  return clipped;
}
