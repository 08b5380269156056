// "Check": lint the workbook as it is now and report findings for the active sheet or every OKR sheet.
import { actionsInput, lintActions } from "../domain/actions/findings";
import { isActionsSheet } from "../domain/actions/sheet";
import { lintWorkbook } from "../domain/lint";
import { keyResultCount, type ReadOptions } from "../domain/sheet";
import type { Finding, Period } from "../domain/types";
import { periodScope, unknownPeriodText, type PeriodScope } from "../domain/periods/scope";
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
  /** The period checked, and what was left out (periods/scope.ts). */
  scope: PeriodScope;
}

/**
 * Reads the workbook (2 syncs), removing earlier in-sheet marks on the way, and lints it; the whole
 * workbook is read so parents and IDs resolve.
 */
export async function checkWorkbook(
  excel: ExcelApi,
  scope: CheckScope,
  options: ReadOptions = {},
  period: Period | null = null
): Promise<CheckResult> {
  const { sheets, cells, activeSheet, settings } = await readWorkbook(excel, options, {
    unmark: true,
    links: true,
  });
  const every = sheets.filter((s) => s.match);
  // One period: the one chosen, else the latest open one; the active sheet is checked as it is.
  const chosen = periodScope(
    cells.map((c, i) => ({ sheet: sheets[i], rows: c.rows })),
    period
  );
  if (!chosen.ok) throw new Error(unknownPeriodText(chosen, "en"));
  const view = chosen.scope;
  const okr = every.filter((s) => view.shown.has(s.name));
  const reported = scope === "active" ? every.filter((s) => s.name === activeSheet) : okr;
  const names = new Set(reported.map((s) => s.name));
  // The action plan is checked with the OKR sheets: on them (KRs without actions) and on itself.
  const plan = cells.find((c) => isActionsSheet(c.rows));
  if (plan && (scope === "all" || plan.name === activeSheet)) names.add(plan.name);
  const linted = scope === "active" ? reported : okr;
  const findings = [
    ...lintWorkbook(linted, settings, every),
    ...(plan ? lintActions(every, actionsInput(plan.name, plan.rows)) : []),
  ].filter((f) => names.has(f.sheet));
  return {
    findings,
    checked: reported.map((s) => s.name),
    objectives: reported.reduce((n, s) => n + s.objectives.length, 0),
    keyResults: reported.reduce((n, s) => n + keyResultCount(s), 0),
    notOkrSheet: scope === "active" && names.size === 0 ? activeSheet : null,
    scope: view,
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
