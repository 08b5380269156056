// Shared steps of the split and collect tests: a generated master, and reading a written .xlsx.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  ACTION_COL,
  ACTIONS_SHEET_NAME,
  ACTION_STATUSES,
} from "../../src/domain/reading/actionsSheet";
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

/** `okr split` of master into dir/out, failing loudly: the path of the department's file. */
export async function splitFileOf(master: string, dir: string, department = "Sales") {
  const out = join(dir, "out");
  const split = await okr("split", master, "-o", out);
  if (split.status !== 0) throw new Error(`okr split failed: ${split.err}`);
  const file = readdirSync(out).find((f) => f.startsWith(department));
  if (!file) throw new Error(`okr split wrote no file for ${department}`);
  return join(out, file);
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

/** `change` made to the Sales file `okr split` makes of `master` in dir/out, as Sales returns it. */
export async function returnedSales(
  dir: string,
  master: string,
  change: (wb: ExcelJS.Workbook) => void
): Promise<string> {
  const sales = await splitFileOf(master, dir);
  const wb = await loadXlsx(sales);
  change(wb);
  await wb.xlsx.writeFile(sales);
  return sales;
}

/** Sales checks in SALES-O1-KR1 once more, on 2026-02-08 (a week after checkedInMaster's check-in). */
export function salesChecksIn(wb: ExcelJS.Workbook): void {
  const history = wb.getWorksheet("Check-ins")!;
  let checkedIn: ExcelJS.Row | undefined;
  history.eachRow((row, n) => {
    if (n > 1 && row.getCell(3).value === "SALES-O1-KR1") checkedIn = row;
  });
  const next = history.getRow(history.rowCount + 1);
  next.getCell(1).value = new Date(Date.UTC(2026, 1, 8));
  next.getCell(1).numFmt = checkedIn!.getCell(1).numFmt;
  for (const c of [2, 3]) next.getCell(c).value = checkedIn!.getCell(c).value;
  next.getCell(4).value = 1500;
}

/** Writes actions [KR ID, action, owner, status value] on the English Actions sheet from a row (1-based). */
export function putActions(
  wb: ExcelJS.Workbook,
  lines: [string, string, string, string][],
  from = 2
): void {
  const ws = wb.getWorksheet(ACTIONS_SHEET_NAME.en)!;
  lines.forEach(([kr, action, owner, state], i) => {
    const row = ws.getRow(from + i);
    row.getCell(ACTION_COL.krId + 1).value = kr;
    row.getCell(ACTION_COL.action + 1).value = action;
    row.getCell(ACTION_COL.owner + 1).value = owner;
    row.getCell(ACTION_COL.status + 1).value = ACTION_STATUSES.find(
      (s) => s.value === state
    )!.label.en;
  });
}

/** A master of company, sales and hr whose Actions sheet holds actions of Sales, HR and nobody's. */
export async function masterWithActions(dir: string): Promise<string> {
  const master = await generatedMaster(dir, "company,sales,hr", "master.xlsx");
  const wb = await loadXlsx(master);
  putActions(wb, [
    ["SALES-O1-KR1", "Call ten lapsed accounts", "Dana", "notStarted"],
    ["HR-O1-KR1", "Brief the recruiters", "Lee", "inProgress"],
    ["SALES-O1-KR2", "Draft the partner offer", "Dana", "notStarted"],
    ["", "Book the offsite", "Ming", "notStarted"],
  ]);
  await wb.xlsx.writeFile(master);
  return master;
}

/**
 * What Sales does to its returned actions: finishes the first, replaces the second by a new one,
 * plans one more, and notes one under an HR key result (not its own).
 */
export function salesActionEdits(wb: ExcelJS.Workbook): void {
  wb.getWorksheet(ACTIONS_SHEET_NAME.en)!.getCell(2, ACTION_COL.status + 1).value =
    ACTION_STATUSES.find((s) => s.value === "done")!.label.en;
  putActions(
    wb,
    [
      ["SALES-O2-KR1", "Price the bundle", "Ana", "inProgress"],
      ["SALES-O1-KR2", "Sign two partners", "Dana", "notStarted"],
      ["HR-O1-KR1", "Ask HR for a sales recruiter", "Dana", "notStarted"],
    ],
    3
  );
}

/** The master's actions after collecting salesActionEdits: [KR ID, action, status value]. */
export const ACTIONS_AFTER_COLLECT = [
  ["SALES-O1-KR1", "Call ten lapsed accounts", "done"],
  ["HR-O1-KR1", "Brief the recruiters", "inProgress"],
  ["SALES-O2-KR1", "Price the bundle", "inProgress"],
  ["", "Book the offsite", "notStarted"],
  ["SALES-O1-KR2", "Sign two partners", "notStarted"],
];
