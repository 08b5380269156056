// Split's files built in the pane: the cells Excel gave (src/excel/split.ts) made into an ExcelJS
// workbook — values, formulas with what Excel computed for them, number formats — from which each
// file of the round is built by the same builder as `okr split` (src/cli/splitFile.ts), and written
// to bytes the pane offers as downloads. ExcelJS is imported on demand, as for Collect: webpack
// gives it a chunk of its own, fetched only when a person splits.
import type ExcelJS from "exceljs";
import type { Lang } from "../domain/types";
import type { SplitPlan } from "../operations/split";
import type { SheetCells } from "../excel/split";
import { buildSplitFile, savedValues, type SplitFileCounts } from "../cli/splitFile";

export interface MadeFile extends SplitFileCounts {
  file: string;
  sheet: string;
  krs: number;
  bytes: Uint8Array;
}

/** A cell as ExcelJS keeps it: a formula with its result, else the value ("" is no value). */
function cellValue(value: unknown, formula: unknown): ExcelJS.CellValue {
  if (typeof formula === "string" && formula.startsWith("="))
    return {
      formula: formula.slice(1),
      result: value as ExcelJS.CellFormulaValue["result"],
    } as ExcelJS.CellFormulaValue;
  return value === "" || value === undefined ? null : (value as ExcelJS.CellValue);
}

/** The sheets the round copies from, as an ExcelJS workbook. */
function masterOf(ExcelJs: typeof ExcelJS, cells: readonly SheetCells[]): ExcelJS.Workbook {
  const wb = new ExcelJs.Workbook();
  for (const sheet of cells) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const v = cellValue(value, sheet.formulas[r]?.[c]);
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const format = sheet.numberFormats[r]?.[c];
        if (format && format !== "General") cell.numFmt = format;
      })
    );
  }
  return wb;
}

/** Every file of the round, as .xlsx bytes. */
export async function buildFilesInPane(
  plan: SplitPlan,
  cells: readonly SheetCells[],
  lang: Lang
): Promise<MadeFile[]> {
  const loaded = await import("exceljs");
  const ExcelJs = (loaded.default ?? loaded) as typeof ExcelJS;
  const master = masterOf(ExcelJs, cells);
  const saved = savedValues(master);
  const made: MadeFile[] = [];
  for (const f of plan.files) {
    const built = await buildSplitFile(master, plan, f, {
      lang,
      saved,
      fresh: () => new ExcelJs.Workbook(),
    });
    const buffer = await built.workbook.xlsx.writeBuffer();
    made.push({
      file: f.file,
      sheet: f.sheet,
      krs: f.krs,
      ...built.counts,
      bytes: new Uint8Array(buffer as ArrayBuffer),
    });
  }
  return made;
}
