// `okr next INPUT.xlsx --period P -o OUT.xlsx [--carry marked|unfinished|none]`: the add-in's "Start
// next period" on a file — one new sheet per OKR sheet for P, beside the old ones, which stay as
// they are.
import type ExcelJS from "exceljs";
import { planNext, type CarryMode, type NextNote, type NextProblem } from "../domain/close/next";
import { cadenceFromRows } from "../domain/periods/cadence";
import { SETTINGS_SHEET } from "../domain/settingsSheet";
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
): { sheets: string[]; skipped: string[]; carried: number; closed: number; notes: NextNote[] } {
  const inputs = workbookSheets(workbook, {});
  const settings = inputs.find((i) => i.sheet.name === SETTINGS_SHEET);
  const plan = planNext({ inputs, ...o, cadence: cadenceFromRows(settings?.rows) });
  if (plan.problems.length)
    throw new InputError(plan.problems.map((p) => describe(p, o.file, o.period)).join("\n"));
  applyPlansToWorkbook(workbook, plan.plans);
  return plan;
}

/** What to look at on the new sheets, one line each (after the summary line), or "". */
export function nextNotesText(notes: readonly NextNote[]): string {
  const lines = notes.map((n) => {
    switch (n.kind) {
      case "target-dropped":
        return `${n.id} (from ${n.from}): its target was reached or passed, so it has none yet; set a new Target on "${n.sheet}" (KR-CARRIED-TARGET).`;
      case "statement-updated":
        return `${n.id} (from ${n.from}): statement now "${n.statement}".`;
      case "statement-flagged":
        return `${n.id} (from ${n.from}): its statement still names the old start; rewrite it on "${n.sheet}" (KR-CARRIED-STATEMENT).`;
      case "parent-not-carried":
        return `${n.id}: its parent ${n.parent} was not carried over; choose its new parent on "${n.sheet}" (O-PARENT-OTHER-PERIOD).`;
    }
  });
  return lines.length ? `\n${lines.map((l) => `  ${l}`).join("\n")}` : "";
}
