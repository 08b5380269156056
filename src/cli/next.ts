// `okr next INPUT.xlsx --period P -o OUT.xlsx [--carry marked|unfinished|none]`: the add-in's "Start
// next period" on a file — one new sheet per OKR sheet for P, beside the old ones, which stay as
// they are.
import type ExcelJS from "exceljs";
import { planNext, type CarryMode, type NextProblem } from "../domain/close/next";
import type { Lang, Period } from "../domain/types";
import { InputError, workbookSheets } from "./input";
import { applyPlansToWorkbook } from "./xlsxHost";

function describe(problem: NextProblem, file: string, period: Period): string {
  switch (problem.kind) {
    case "no-sheets":
      return `${file}: no OKR sheet found. Create sheets with okr new or add a header row.`;
    case "not-after":
      return `--period: ${period.label} does not start after ${problem.period} of sheet "${problem.sheet}" (it ends ${problem.end}). Give the period that follows it.`;
  }
}

/** Adds the next period's sheets to the workbook (in memory). */
export function nextWorkbook(
  workbook: ExcelJS.Workbook,
  o: { period: Period; carry: CarryMode; lang: Lang; file: string }
): { sheets: string[]; skipped: string[]; carried: number; closed: number } {
  const plan = planNext({ inputs: workbookSheets(workbook, {}), ...o });
  if (plan.problems.length)
    throw new InputError(plan.problems.map((p) => describe(p, o.file, o.period)).join("\n"));
  applyPlansToWorkbook(workbook, plan.plans);
  return plan;
}
