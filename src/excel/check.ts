// "Check" in Excel (src/operations/check.ts): the whole workbook read (one round trip while the
// first tabs' heads hold it, one more per 4 MB of cells past them: readWorkbook.ts; so parents
// and IDs resolve in every period), and the Current columns' formulas in a second (linked key
// results), with the colours an earlier check left cleared in the same; findings for the active
// sheet or the chosen period's OKR sheets.
import type { ReadOptions } from "../domain/reading/sheet";
import type { Period } from "../domain/types";
import { check, type Checked, type CheckScope } from "../operations/check";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export type { CheckScope } from "../operations/check";
export type CheckResult = Checked;

export function checkWorkbook(
  excel: ExcelApi,
  scope: CheckScope,
  options: ReadOptions = {},
  period: Period | null = null
): Promise<CheckResult> {
  return excel.run((context) =>
    check(officeHost(context, excel, { read: options }), scope, period)
  );
}

/** Activates a finding's sheet and selects its cell (one sync). */
export async function selectCell(excel: ExcelApi, sheet: string, cell: string): Promise<void> {
  await excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
