// Check: every OKR sheet and the Actions sheet against the writing rules, with the workbook's own
// thresholds; the findings of the active sheet (the pane's "Check this sheet") or of all. The
// whole workbook is read so parents and IDs resolve; nothing is written but the colours an earlier
// Check left, which go.
import { actionsInput, lintActions, lintWorkbook } from "../domain/rules/lint";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { keyResultCount } from "../domain/reading/sheet";
import { sheetsAsOf } from "../domain/scoring/model";
import type { Finding, IsoDate } from "../domain/types";
import type { WorkbookHost, WorkbookState } from "./host";

export type CheckScope = "active" | "all";

export interface Checked {
  findings: Finding[];
  /** Names of the OKR sheets whose findings are reported. */
  checked: string[];
  objectives: number;
  keyResults: number;
  /** The active sheet, when the check was of it and it is not an OKR sheet. */
  notOkrSheet: string | null;
}

/** The date a check sees the sheets at, as Score would: `asOf` given, else each one's As-of, else `today`. */
export interface CheckTime {
  asOf: IsoDate | null;
  today: IsoDate;
}

/**
 * The findings of a workbook as read (every Actions sheet checked against every OKR sheet); with
 * `time`, at that date (see sheetsAsOf), so period-end rules fire where Score would grade.
 */
export function checkState(state: WorkbookState, scope: CheckScope, time?: CheckTime): Checked {
  const read = state.sheets.filter((s) => s.sheet.match).map((s) => s.sheet);
  const okr = time ? sheetsAsOf(read, time.asOf, time.today) : read;
  const active = state.activeSheet;
  const reported = scope === "active" ? okr.filter((s) => s.name === active) : okr;
  const names = new Set(reported.map((s) => s.name));
  // The action plan is checked with the OKR sheets: on them (KRs without actions) and on itself.
  const plans = state.sheets.filter((s) => isActionsSheet(s.rows));
  for (const plan of plans)
    if (scope === "all" || plan.sheet.name === active) names.add(plan.sheet.name);
  const findings = [
    ...lintWorkbook(okr, state.settings),
    ...plans.flatMap((plan) => lintActions(okr, actionsInput(plan.sheet.name, plan.rows))),
  ].filter((f) => names.has(f.sheet));
  return {
    findings,
    checked: reported.map((s) => s.name),
    objectives: reported.reduce((n, s) => n + s.objectives.length, 0),
    keyResults: reported.reduce((n, s) => n + keyResultCount(s), 0),
    notOkrSheet: scope === "active" && names.size === 0 ? active : null,
  };
}

export async function check(host: WorkbookHost, scope: CheckScope): Promise<Checked> {
  const checked = checkState(await host.read(), scope);
  await host.apply([], { clearMarks: true });
  return checked;
}
