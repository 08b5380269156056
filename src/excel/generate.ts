// "New sheet" in Excel: read the sheet names (one round trip), then write every generated sheet in
// one batch (a second); only hundreds of sheets at once, over Excel on the web's request limit,
// take more.
import { planGenerate, type GenerateOptions } from "../domain/newSheet/generate";
import type { ExcelApi } from "./host";
import { applyPlans, type PlanFeature } from "./applyPlan";

export interface GenerateResult {
  sheets: string[];
  skipped: PlanFeature[];
}

export async function generateSheets(
  excel: ExcelApi,
  options: Omit<GenerateOptions, "existingSheets">
): Promise<GenerateResult> {
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const { plans, sheets } = planGenerate({
      ...options,
      existingSheets: worksheets.items.map((s) => s.name),
    });
    const { skipped } = await applyPlans(context, excel, plans, {
      last: () => {
        if (sheets.length) worksheets.getItem(sheets[0]).activate();
      },
    });
    return { sheets, skipped };
  });
}
