// Writing an output workbook without ever losing a file: never over an input (not even with
// --force), never over an existing file without --force.
import { existsSync, realpathSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
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

/** What fitCells does to a cell holding `value`, or null for nothing (most cells). */
function fitting(value: ExcelJS.CellValue): "clip" | "noDate" | "unlink" | null {
  if (typeof value === "string") return value.length > CELL_LIMIT ? "clip" : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "noDate" : null;
  return value &&
    typeof value === "object" &&
    "formula" in value &&
    typeof value.formula === "string" &&
    linksOtherWorkbook(value.formula)
    ? "unlink"
    : null;
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
      switch (fitting(value)) {
        case "clip":
          cell.value = clipTo(value, where);
          break;
        case "noDate":
          // A number past any calendar in a date format: ExcelJS read it as an Invalid Date and
          // would write "NaN" over the user's number (worksheetCells.ts reads it as ########).
          noDate.push(where());
          break;
        case "unlink":
          // cell.result, not the value's: ExcelJS's cell.value leaves out a saved 0, "" or FALSE.
          cell.value = unlinkTo(
            { ...(value as object), result: cell.result } as ExcelJS.CellValue,
            where
          );
          break;
        default:
          break;
      }
    };
    // A held sheet's cells are held apart from ExcelJS's (heldSheets.ts); of its ~2,000,000 cells
    // at 100,000 rows only those fitting picks are made into cells (each one made was 5 s of the
    // write, half of it garbage).
    if (!eachHeldCell(ws, (value) => fitting(value) !== null, fit))
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, fit));
  }
  return { clipped, kept, noDate };
}

/** The cells fitCells writes as the values they showed (links to other workbooks). */
export const keepExternalAsValues = (wb: ExcelJS.Workbook): string[] => fitCells(wb).kept;

/** Up to ten cells named, then "…". */
const listed = (cells: readonly string[]) =>
  cells.length > 10 ? `${cells.slice(0, 10).join(", ")} …` : cells.join(", ");

/**
 * Where a workbook is written before it is complete: beside the output (the same folder, so the
 * rename is one step on one disk), hidden, named for this run.
 */
function temporaryBeside(out: string): string {
  return join(
    dirname(out),
    `.${basename(out)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
}

/** A failure to write, in plain words: a full disk says so; any other names the checks to make. */
function writeFailure(out: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  // The system's code says which of the checks to make; any other failure's own text is a
  // library's ("Invalid time value"), not the reader's: plain words instead.
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (code === "ENOSPC" || code === "EDQUOT") return new InputError(located(out, "diskFull"));
  return new InputError(
    typeof code === "string" && syscall
      ? located(out, "cannotWrite", { code })
      : located(out, "cannotFinishWrite")
  );
}

/**
 * Writes the workbook, never a cell beyond Excel's limit, with the charts its plans had (charts.ts);
 * returns the cells it had to cut. Every write path writes a temporary file beside `out`, renamed
 * over it only once complete: a failure (a full disk, a cell that cannot be written) removes it,
 * and leaves no half a file — and a file being replaced with --force stays as it was.
 */
export async function writeWorkbook(
  wb: ExcelJS.Workbook | LeanWorkbook,
  out: string,
  /** An ExcelJS workbook written a sheet at a time (sheetBySheet.ts): one sheet's XML held at once. */
  o: { bySheet?: boolean } = {}
): Promise<string[]> {
  // An output that is a link is replaced where it points, as writing through it did.
  const target = canonical(out);
  const temporary = temporaryBeside(target);
  try {
    const result = await writeWorkbookTo(wb, temporary, o);
    await rename(temporary, target);
    if (result.kept.length)
      warn(
        located(out, "externalValues", {
          count: result.kept.length,
          cells: listed(result.kept),
        })
      );
    return result.clipped;
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeFailure(out, error);
  }
}

/** writeWorkbook's write, to `file`: the cells it cut, and those written as the values they showed. */
async function writeWorkbookTo(
  wb: ExcelJS.Workbook | LeanWorkbook,
  file: string,
  o: { bySheet?: boolean }
): Promise<{ clipped: string[]; kept: string[] }> {
  const clipped: string[] = [];
  const kept: string[] = [];
  // Read before writing: the lean workbook lets each row go once it is written.
  const charts = chartsOf(wb);
  if (wb instanceof LeanWorkbook) {
    const [clipTo, unlinkTo] = [clip(clipped), unlink(kept)];
    await writeLeanWorkbook(
      wb,
      file,
      (value, where) => clipTo(unlinkTo(value, where), where),
      sheetDrawings(charts)
    );
  } else {
    // Formulas carry cached results for viewers that do not calculate; Excel and LibreOffice
    // still compute every formula on opening.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
    numberPagesOn(wb);
    const fitted = fitCells(wb);
    // Refused before anything is written (writeFailure passes an InputError on as it is).
    if (fitted.noDate.length)
      throw new InputError(problem("numberNoDate", { cells: listed(fitted.noDate) }));
    clipped.push(...fitted.clipped);
    kept.push(...fitted.kept);
    if (o.bySheet)
      await writeSheetBySheet(wb, file, sheetDrawings(charts, 1, pictureDrawings(wb) + 1));
    else {
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      await writeFile(file, charts.length ? await addCharts(bytes, charts) : bytes);
    }
  }
  return { clipped, kept };
}
