// `okr new`: the built-in templates written to an .xlsx as the add-in generates them (formulas
// included). Listing them and reading their keys is templateList.ts, which needs no ExcelJS.
import ExcelJS from "exceljs";
import type { TemplateKey } from "../domain/newSheet/templates";
import type { IsoDate, Lang, Period, Scope } from "../domain/types";
import { newSheets } from "../operations/newSheets";
import { fileHost } from "./fileHost";

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
