// Shared steps of the split and collect tests: a generated master, and reading a written .xlsx.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { okr } from "./cli";

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A 2026-Q1 master of the given templates in dir (name), failing loudly if it cannot be made. */
export async function generatedMaster(dir: string, templates: string, name = "made.xlsx") {
  const master = join(dir, name);
  const made = await okr("new", "--template", templates, "--period", "2026-Q1", "-o", master);
  if (made.status !== 0) throw new Error(`okr new failed: ${made.err}`);
  return master;
}
