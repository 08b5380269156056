// Check: the OKR sheets of one period and the Actions sheet against the writing rules, with the
// workbook's own thresholds; the findings of the active sheet (the pane's "Check this sheet") or of
// the period's sheets (the one asked for, else the latest not closed: reading/periodScope.ts).
// Every period is read so parents, IDs and carried rows' sources resolve; nothing is written but
// the colours an earlier Check left, which go.
import { actionsInput, lintActions, lintWorkbook } from "../domain/rules/lint";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import type { PeriodScope } from "../domain/reading/periodScope";
import { keyResultCount, type OkrSheet } from "../domain/reading/sheet";
import { todayIso } from "../domain/reading/dates";
import { ownCellsOf } from "../domain/score/ownCells";
import { isHistorySheet, readHistory, type HistoryEntry } from "../domain/reading/historySheet";
import { sheetsAsOf } from "../domain/scoring/model";
import type { Finding, IsoDate, Period } from "../domain/types";
import type { WorkbookHost, WorkbookState } from "./host";
import { viewOf } from "./period";

export type CheckScope = "active" | "all";

export interface Checked {
  findings: Finding[];
  /** Names of the OKR sheets whose findings are reported. */
  checked: string[];
  objectives: number;
  keyResults: number;
  /** The active sheet, when the check was of it and it is not an OKR sheet. */
  notOkrSheet: string | null;
  /** The period checked, and what was left out (reading/periodScope.ts). */
  scope: PeriodScope;
}

/** The date a check sees the sheets at, as Score would: `asOf` given, else each one's As-of, else `today`. */
export interface CheckTime {
  asOf: IsoDate | null;
  today: IsoDate;
}

/**
 * The findings of a workbook as read (every Actions sheet checked against the OKR sheets), for
 * the period `view` shows; the active sheet is checked as it is, whatever its period. With `time`,
 * every sheet is seen at that date (see sheetsAsOf), so period-end rules fire where Score would grade.
 */
export function checkState(
  state: WorkbookState,
  scope: CheckScope,
  view: PeriodScope = viewOf(state.sheets, null),
  time?: CheckTime
): Checked {
  const read = state.sheets.filter((s) => s.sheet.match).map((s) => s.sheet);
  const every = time ? sheetsAsOf(read, time.asOf, time.today) : read;
  const okr = every.filter((s) => view.shown.has(s.name));
  const active = state.activeSheet;
  const reported = scope === "active" ? every.filter((s) => s.name === active) : okr;
  const names = new Set(reported.map((s) => s.name));
  // The action plan is checked with the OKR sheets: on them (KRs without actions) and on itself.
  const plans = state.sheets.filter((s) => isActionsSheet(s.rows));
  for (const plan of plans)
    if (scope === "all" || plan.sheet.name === active) names.add(plan.sheet.name);
  const findings = [
    // Parents, duplicate IDs and carried rows' sources are looked up in every period.
    ...lintWorkbook(reported, state.settings, every, {
      ownCells: ownCellsFor(state, read, time?.today),
      history: historyOf(state),
    }),
    ...plans.flatMap((plan) => lintActions(every, actionsInput(plan.sheet.name, plan.rows))),
  ].filter((f) => names.has(f.sheet));
  return {
    findings,
    checked: reported.map((s) => s.name),
    objectives: reported.reduce((n, s) => n + s.objectives.length, 0),
    keyResults: reported.reduce((n, s) => n + keyResultCount(s), 0),
    notOkrSheet: scope === "active" && names.size === 0 ? active : null,
    scope: view,
  };
}

/** The workbook's check-in history, where it has one. */
export function historyOf(state: WorkbookState): HistoryEntry[] | undefined {
  const sheet = state.sheets.find((s) => isHistorySheet(s.rows));
  return sheet ? readHistory(sheet.rows) : undefined;
}

/** Whether a sheet was read with its formulas and its formula columns hold any (a scored sheet). */
const holdsOwnFormulas = (sheet: OkrSheet) =>
  Object.values(sheet.formulaRows ?? {}).some((rows) => rows.size > 0);

/**
 * The sheets' own cells as Score would write them, to compare their formulas with
 * (CELL-FORMULA-OVERWRITTEN): planned only where some sheet was read with the product's formulas.
 */
export function ownCellsFor(
  state: WorkbookState,
  read: readonly OkrSheet[] = state.sheets.map((s) => s.sheet),
  today: IsoDate = todayIso()
) {
  if (!read.some(holdsOwnFormulas)) return undefined;
  return ownCellsOf(state.sheets, { settings: state.settings, cadence: state.cadence, today });
}

/** Checks the workbook's period `period` (default: the latest not closed). */
export async function check(
  host: WorkbookHost,
  scope: CheckScope,
  period: Period | null = null
): Promise<Checked> {
  const state = await host.read({ links: true, clearMarks: true });
  return checkState(state, scope, viewOf(state.sheets, period));
}
