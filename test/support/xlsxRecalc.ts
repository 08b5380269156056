// An .xlsx the command line wrote, recalculated by the emulator's engine (HyperFormula): every
// sheet's values and formulas written through Office.js into an emulated workbook, then read back
// as computed values, so a test can compare a file's formulas with the reference model's numbers.
import ExcelJS from "exceljs";
import { createEmulatedExcel } from "../../emulator";
import { isoDate, isoToSerial } from "../../src/domain/reading/dates";
import { valuesOf } from "./emulatorRead";

function officeCell(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return isoToSerial(
      isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) as string
    );
  if (typeof value === "object" && "formula" in value) return `=${value.formula}`;
  if (typeof value === "string") return `'${value}`;
  return value;
}

export async function recalculateXlsx(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const excel = createEmulatedExcel();
  await excel.run(async (context) => {
    for (const ws of wb.worksheets) context.workbook.worksheets.add(ws.name);
    await context.sync();
  });
  await excel.run(async (context) => {
    for (const ws of wb.worksheets) {
      const rows = ws.rowCount;
      const cols = ws.columnCount;
      if (rows === 0 || cols === 0) continue;
      const formulas = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => officeCell(ws.getCell(r + 1, c + 1).value))
      );
      context.workbook.worksheets.getItem(ws.name).getRangeByIndexes(0, 0, rows, cols).formulas =
        formulas;
    }
    await context.sync();
  });
  return {
    workbook: wb,
    values: (name: string) => valuesOf(excel, name),
  };
}
