// Check's quick fixes in Excel (src/operations/fix.ts): the workbook is read and checked again, and
// the input cells the fixes name are written: one round trip to read, one to write.
import type { ReadOptions } from "../domain/reading/sheet";
import type { CellEdit } from "../domain/rules/rule";
import type { Finding } from "../domain/types";
import { fix } from "../operations/fix";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

/** Fixes the given findings where a fix is mechanical; returns the cells written. */
export function fixFindings(
  excel: ExcelApi,
  findings: readonly Finding[],
  options: ReadOptions = {}
): Promise<CellEdit[]> {
  return excel.run((context) => fix(officeHost(context, excel, { read: options }), findings));
}
