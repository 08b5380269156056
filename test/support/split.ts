// Shared steps of the split and collect tests: a generated master, and reading a written .xlsx.
import { writeFileSync } from "node:fs";
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

/**
 * A 2026-Q1 master of company, sales and hr with one check-in on 2026-02-01 (values: CSV lines
 * "ID,Current"), in dir/name; fails loudly if it cannot be made.
 */
export async function checkedInMaster(dir: string, values: string, name = "checked.xlsx") {
  const made = await generatedMaster(dir, "company,sales,hr", "made.xlsx");
  const csv = join(dir, "v.csv");
  writeFileSync(csv, `ID,Current\n${values}\n`);
  const master = join(dir, name);
  const checked = await okr("checkin", made, "--date", "2026-02-01", "--values", csv, "-o", master);
  if (checked.status !== 0) throw new Error(`okr checkin failed: ${checked.err}`);
  return master;
}
