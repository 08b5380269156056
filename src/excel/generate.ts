// "New sheet" in Excel (src/operations/newSheets.ts): read the workbook (one round trip: the sheet
// names, and the IDs its OKR sheets use, so new IDs stay unique across periods), then write every
// generated sheet in one batch (a second); only hundreds of sheets at once, over Excel on the web's
// request limit, take more.
import type { GenerateOptions } from "../domain/newSheet/generate";
import { newSheets } from "../operations/newSheets";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface GenerateResult {
  sheets: string[];
}

export async function generateSheets(
  excel: ExcelApi,
  options: Omit<GenerateOptions, "existingSheets" | "existingIds" | "companyPrefix">
): Promise<GenerateResult> {
  const made = await excel.run((context) => newSheets(officeHost(context, excel), options));
  return { sheets: made.sheets };
}
