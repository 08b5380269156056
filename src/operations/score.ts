// Score: the formula columns, header cells and the Summary for the OKR sheets of one period (the
// one asked for, else the latest not closed), planned in the domain from one read and written in
// one batch; the Summary compares every period in "Quarter by quarter". Sheets Check says cannot
// be scored are left alone (`refused`); a workbook with none to score is not written.
import {
  notScoredCells,
  planScore,
  type NotScored,
  type ScoreOptions,
  type ScorePlan,
} from "../domain/score/scoreWorkbook";
import { withFormulaLock } from "../domain/plan/protection";
import type { Applied, WorkbookHost } from "./host";
import { viewOf } from "./period";

export interface Scored extends Applied {
  plan: ScorePlan;
  /** Key results that show "?" (not scored), with their cells. */
  notScored: NotScored[];
}

export interface ScoreRun extends Omit<ScoreOptions, "settings" | "cadence"> {
  /**
   * Lock the formula cells of the OKR sheets scored and protect those sheets, without a password
   * (domain/plan/protection.ts): the pane's "Lock the formula columns", `okr score --protect`.
   */
  lockFormulas?: boolean;
}

export async function score(host: WorkbookHost, options: ScoreRun): Promise<Scored> {
  // Values only (linked key results are Check's to name), so both hosts' Summaries count alike.
  const state = await host.read();
  // A period the workbook lacks is refused before anything is planned.
  viewOf(state.sheets, options.period ?? null);
  const plan = planScore(state.sheets, {
    ...options,
    settings: state.settings,
    cadence: state.cadence,
  });
  const plans = withLocks(plan, options.lockFormulas ?? false, state.formulaLocked);
  const applied = await host.apply(plan.okrSheets.length ? plans : [], { clearMarks: true });
  return { ...applied, plan, notScored: notScoredCells(plan) };
}

/**
 * A score's plans with the formula lock where it belongs: on every OKR sheet scored when asked
 * (`lock`), and always on those already protected with the lock (`locked`, as read). Writing a
 * sheet can leave its cells locked whole — clearing its formats or copying a returned sheet over it
 * puts back the Normal style, whose cells are locked (Collect), and rows added below the table take
 * no lock at all — so a locked sheet is locked again over exactly the cells Score writes formulas
 * into, its inputs open to typing.
 */
export function withLocks(
  plan: ScorePlan,
  lock: boolean,
  locked: readonly string[] = []
): ScorePlan["plans"] {
  const okr = new Set(plan.okrSheets);
  return plan.plans.map((p) =>
    okr.has(p.sheet) && !p.create && (lock || locked.includes(p.sheet)) ? withFormulaLock(p) : p
  );
}
