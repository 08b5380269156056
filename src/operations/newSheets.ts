// New sheet: the chosen templates as OKR sheets beside what the workbook has (nothing existing is
// touched), formulas, formats and the Actions sheet included; the first new sheet opens.
import { planGenerate, type GenerateOptions } from "../domain/newSheet/generate";
import type { Applied, WorkbookHost } from "./host";

export interface Generated extends Applied {
  sheets: string[];
}

export async function newSheets(
  host: WorkbookHost,
  options: Omit<GenerateOptions, "existingSheets">
): Promise<Generated> {
  const { plans, sheets } = planGenerate({ ...options, existingSheets: await host.sheetNames() });
  const applied = await host.apply(plans, { activate: sheets[0] });
  return { ...applied, sheets };
}
