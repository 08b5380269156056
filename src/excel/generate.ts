// "New sheet" in Excel: read the workbook (one round trip: the sheet names, and the IDs its OKR
// sheets use, so new IDs stay unique across periods), then write every generated sheet in one batch
// (a second); only hundreds of sheets at once, over Excel on the web's request limit, take more.
import { planGenerate, type GenerateOptions } from "../domain/plan/generate";
import type { ExcelApi } from "./host";
import { applyPlans } from "./applyPlan";
import { readSheet } from "../domain/sheet";
import { readAllSheets, readOptionsOf } from "./readWorkbook";

export interface GenerateResult {
  sheets: string[];
}

export async function generateSheets(
  excel: ExcelApi,
  options: Omit<GenerateOptions, "existingSheets">
): Promise<GenerateResult> {
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const { cells } = await readAllSheets(context, excel, () => null);
    const read = cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c)));
    const okr = read.filter((s) => s.match);
    const ids = okr.flatMap((s) => [
      ...s.orphans.map((k) => k.id),
      ...s.objectives.flatMap((o) => [o.id, ...o.keyResults.map((k) => k.id)]),
    ]);
    // The period's Company sheet, if the workbook has one: new department objectives align to it.
    const company = okr.find(
      (s) => s.header.scope === "company" && s.header.period?.label === options.period.label
    );
    const companyId = company?.objectives.find((o) => /-O\d+$/i.test(o.id))?.id;
    const { plans, sheets } = planGenerate({
      ...options,
      existingSheets: cells.map((c) => c.name),
      existingIds: ids.filter(Boolean),
      ...(companyId ? { companyPrefix: companyId.replace(/-O\d+$/i, "") } : {}),
    });
    await applyPlans(context, excel, plans, {
      last: () => {
        if (sheets.length) worksheets.getItem(sheets[0]).activate();
      },
    });
    return { sheets };
  });
}
