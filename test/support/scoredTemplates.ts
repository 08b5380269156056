// Where the review and Ratings tests start: an emulated workbook with the templates' sheets
// generated for 2026-Q1 (as of 15 February) and scored as of 1 March, as the pane would leave it.
import { createEmulatedExcel } from "../../emulator";
import type { TemplateKey } from "../../src/domain/newSheet/templates";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Lang, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** `excel` (a new emulated workbook unless given) with the templates generated and scored. */
export async function scoredTemplates(
  templates: TemplateKey[],
  lang: Lang = "en",
  excel = createEmulatedExcel()
) {
  await generateSheets(excel, { templates, lang, period: Q1, asOf: "2026-02-15" });
  await scoreWorkbookInExcel(excel, { asOf: "2026-03-01", checkedOn: "2026-03-01", lang });
  return excel;
}
