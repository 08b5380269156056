// Reading an emulated workbook back the way a person sees it: values, formulas and number formats.
import type { createEmulatedExcel } from "../../emulator";
import type { CellValue } from "../../src/domain/types";

type Emulated = ReturnType<typeof createEmulatedExcel>;

function sheetOf(excel: Emulated, name: string) {
  const sheet = excel.state.findSheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function usedOf(excel: Emulated, name: string) {
  const sheet = sheetOf(excel, name);
  return {
    sheet,
    area: excel.state.usedArea(sheet, false) ?? { row: 0, col: 0, rows: 1, cols: 1 },
  };
}

/** Computed values from A1 (rows and columns from 0). */
export function valuesOf(excel: Emulated, name: string): CellValue[][] {
  const { sheet, area } = usedOf(excel, name);
  const values = excel.state.readValues(sheet, {
    row: 0,
    col: 0,
    rows: area.row + area.rows,
    cols: area.col + area.cols,
  });
  return values as CellValue[][];
}

/** Formulas (or constants) from A1. */
export function formulasOf(excel: Emulated, name: string): CellValue[][] {
  const { sheet, area } = usedOf(excel, name);
  return excel.state.readFormulas(sheet, {
    row: 0,
    col: 0,
    rows: area.row + area.rows,
    cols: area.col + area.cols,
  }) as CellValue[][];
}

export function numberFormatOf(excel: Emulated, name: string, row: number, col: number): string {
  return excel.state.numberFormat(sheetOf(excel, name), row, col);
}

export function sheetState(excel: Emulated, name: string) {
  return sheetOf(excel, name);
}
