// "Add action" in Excel: one new row on the Actions sheet, below everything on it (so nothing typed
// there is overwritten), in two round trips whatever the sheet holds: read where its used range
// ends (or the sheet names, when the workbook has no Actions sheet yet), then write the row.
import { actionsSheetPlan, addActionPlan, type NewAction } from "../domain/actions/plan";
import { ACTIONS_SHEET_NAME } from "../domain/reading/actionsSheet";
import { uniqueSheetName } from "../domain/reading/ids";
import type { Lang } from "../domain/types";
import { applyPlans } from "./applyPlan";
import type { ExcelApi } from "./host";

export interface AddActionResult {
  sheet: string;
  /** 1-based row the action was written on. */
  row: number;
}

/** Adds an action to the Actions sheet `sheet` (as the pane read it), or to a new one when null. */
export async function addAction(
  excel: ExcelApi,
  o: { sheet: string | null; action: NewAction; lang: Lang }
): Promise<AddActionResult> {
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    if (o.sheet === null) {
      worksheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        ACTIONS_SHEET_NAME[o.lang],
        worksheets.items.map((s) => s.name)
      );
      await applyPlans(context, excel, [
        actionsSheetPlan(name, o.lang),
        addActionPlan(name, 1, o.action, o.lang),
      ]);
      return { sheet: name, row: 2 };
    }
    const sheet = worksheets.getItem(o.sheet);
    // "Values only": formats alone do not make a row taken.
    const used = sheet.getUsedRange(true);
    used.load(["rowIndex", "rowCount"]);
    await context.sync();
    const row = Math.max(1, used.rowIndex + used.rowCount);
    await applyPlans(context, excel, [addActionPlan(o.sheet, row, o.action, o.lang)]);
    return { sheet: o.sheet, row: row + 1 };
  });
}
