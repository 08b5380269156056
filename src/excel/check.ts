// "Check": lint the workbook as it is now and report findings for the active sheet or every OKR sheet.
import { actionsInput, lintActions, lintWorkbook } from "../domain/rules/lint";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { keyResultCount, type ReadOptions } from "../domain/reading/sheet";
import type { Finding } from "../domain/types";
import type { ExcelApi } from "./host";
import { readWorkbook } from "./readWorkbook";

export type CheckScope = "active" | "all";

export interface CheckResult {
  findings: Finding[];
  /** Names of the OKR sheets whose findings are reported. */
  checked: string[];
  objectives: number;
  keyResults: number;
  /** The active sheet, when the check was of it and it is not an OKR sheet. */
  notOkrSheet: string | null;
}

/**
 * Reads the workbook (2 syncs), removing earlier in-sheet marks on the way, and lints it; the whole
 * workbook is read so parents and IDs resolve.
 */
export async function checkWorkbook(
  excel: ExcelApi,
  scope: CheckScope,
  options: ReadOptions = {}
): Promise<CheckResult> {
  const { sheets, cells, activeSheet, settings } = await readWorkbook(excel, options, {
    unmark: true,
  });
  const okr = sheets.filter((s) => s.match);
  const reported = scope === "active" ? okr.filter((s) => s.name === activeSheet) : okr;
  const names = new Set(reported.map((s) => s.name));
  // The action plan is checked with the OKR sheets: on them (KRs without actions) and on itself.
  const plan = cells.find((c) => isActionsSheet(c.rows));
  if (plan && (scope === "all" || plan.name === activeSheet)) names.add(plan.name);
  const findings = [
    ...lintWorkbook(okr, settings),
    ...(plan ? lintActions(okr, actionsInput(plan.name, plan.rows)) : []),
  ].filter((f) => names.has(f.sheet));
  return {
    findings,
    checked: reported.map((s) => s.name),
    objectives: reported.reduce((n, s) => n + s.objectives.length, 0),
    keyResults: reported.reduce((n, s) => n + keyResultCount(s), 0),
    notOkrSheet: scope === "active" && names.size === 0 ? activeSheet : null,
  };
}

/** Activates a finding's sheet and selects its cell (one sync). */
export async function selectCell(excel: ExcelApi, sheet: string, cell: string): Promise<void> {
  await excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
