// `okr templates` and `okr new`: the built-in templates, listed and written to an .xlsx as the add-in
// generates them (formulas included).
import ExcelJS from "exceljs";
import { TEMPLATES, TEMPLATE_KEYS, type TemplateKey } from "../domain/newSheet/templates";
import type { IsoDate, Lang, Period, Scope } from "../domain/types";
import { InputError } from "./input";
import { problem } from "./readProblems";
import { newSheets } from "../operations/newSheets";
import { fileHost } from "./fileHost";

export function templatesText(lang: Lang): string {
  const width = Math.max(...TEMPLATE_KEYS.map((k) => k.length));
  return (
    TEMPLATES.map((t) => {
      const krs = t.objectives.reduce((n, o) => n + o.keyResults.length, 0);
      return `${t.key.padEnd(width)}  ${t.name[lang]} — ${t.description[lang]} (${t.objectives.length} O, ${krs} KR)`;
    }).join("\n") + "\n"
  );
}

/** "sales,hr" or "all" as template keys; an unknown key is an InputError listing the known ones. */
export function templateKeys(text: string): TemplateKey[] {
  if (text.trim().toLowerCase() === "all") return [...TEMPLATE_KEYS];
  const keys = text
    .split(",")
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  const unknown = keys.filter((k) => !(TEMPLATE_KEYS as readonly string[]).includes(k));
  if (unknown.length || keys.length === 0)
    throw new InputError(
      problem("unknownTemplate", {
        given: unknown.join(", ") || text,
        known: TEMPLATE_KEYS.join(", "),
      })
    );
  return keys as TemplateKey[];
}

/** A new workbook holding the templates' sheets, as New sheet makes them (src/operations/newSheets.ts). */
export async function newWorkbook(o: {
  templates: readonly TemplateKey[];
  lang: Lang;
  period: Period;
  scope?: Scope;
  asOf: IsoDate;
}): Promise<{ workbook: ExcelJS.Workbook; sheets: string[] }> {
  const workbook = new ExcelJS.Workbook();
  const { sheets } = await newSheets(fileHost(workbook), o);
  return { workbook, sheets };
}
