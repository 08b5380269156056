// "New sheet" in Excel (src/operations/newSheets.ts): read the sheet names (one round trip), then
// write every generated sheet in one batch (a second); only hundreds of sheets at once, over Excel
// on the web's request limit, take more.
import type { GenerateOptions } from "../domain/newSheet/generate";
import { newSheets } from "../operations/newSheets";
import type { PlanFeature } from "./applyPlan";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface GenerateResult {
  sheets: string[];
  skipped: PlanFeature[];
}

export async function generateSheets(
  excel: ExcelApi,
  options: Omit<GenerateOptions, "existingSheets">
): Promise<GenerateResult> {
  const made = await excel.run((context) => newSheets(officeHost(context, excel), options));
  return { sheets: made.sheets, skipped: made.skipped as PlanFeature[] };
}
