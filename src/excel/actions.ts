// "Add action" in Excel: the operation (src/operations/actions.ts) over the open workbook, in two
// round trips whatever the sheet holds: the read (or the sheet names, when the workbook has no
// Actions sheet yet), then the row written.
import { addAction as addActionOp, type AddActionOptions } from "../operations/actions";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface AddActionResult {
  sheet: string;
  /** 1-based row the action was written on. */
  row: number;
}

/** Adds an action to the Actions sheet `sheet` (as the pane read it), or to a new one when null. */
export async function addAction(excel: ExcelApi, o: AddActionOptions): Promise<AddActionResult> {
  return excel.run(async (context) => {
    const { sheet, row } = await addActionOp(officeHost(context, excel), o);
    return { sheet, row };
  });
}
