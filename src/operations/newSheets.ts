// New sheet: the chosen templates as OKR sheets beside what the workbook has (nothing existing is
// touched), formulas, formats and the Actions sheet included; the first new sheet opens. The IDs
// the workbook's OKR sheets use are read so new IDs stay unique across periods, and a department
// sheet aligns to its period's Company sheet where the workbook has one.
import { planGenerate, type GenerateOptions } from "../domain/newSheet/generate";
import type { Applied, WorkbookHost } from "./host";

export interface Generated extends Applied {
  sheets: string[];
}

export async function newSheets(
  host: WorkbookHost,
  options: Omit<GenerateOptions, "existingSheets" | "existingIds" | "companyPrefix">
): Promise<Generated> {
  const { sheets: read } = await host.read();
  const okr = read.map((i) => i.sheet).filter((s) => s.match);
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
    existingSheets: read.map((i) => i.sheet.name),
    existingIds: ids.filter(Boolean),
    ...(companyId ? { companyPrefix: companyId.replace(/-O\d+$/i, "") } : {}),
  });
  const applied = await host.apply(plans, { activate: sheets[0] });
  return { ...applied, sheets };
}
