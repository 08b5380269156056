// The pane's starting workbook for its check-in and action tests: the Sales template generated for
// 2026-Q1 in emulated Excel, its sheet active (as the person sees it when they open the pane).
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";

export const SALES = "Sales 2026-Q1";

/** A check-in's values for two of the Sales template's key results. */
export const SALES_ENTRIES = [
  { id: "SALES-O1-KR1", value: "100" },
  { id: "SALES-O2-KR1", value: "70" },
];

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

export async function salesInPane(): Promise<EmulatedExcel> {
  const excel = createEmulatedExcel();
  await generateSheets(excel, { templates: ["sales"], lang: "en", period: Q1, asOf: "2026-01-05" });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(SALES).activate();
    await context.sync();
  });
  return excel;
}
