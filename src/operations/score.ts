// Score: the formula columns, header cells and the Summary for every OKR sheet, planned in the
// domain from one read and written in one batch. Sheets Check says cannot be scored are left alone
// (`refused`); a workbook with none to score is not written.
import {
  notScoredCells,
  planScore,
  type NotScored,
  type ScoreOptions,
  type ScorePlan,
} from "../domain/score/scoreWorkbook";
import type { Applied, WorkbookHost } from "./host";

export interface Scored extends Applied {
  plan: ScorePlan;
  /** Key results that show "?" (not scored), with their cells. */
  notScored: NotScored[];
}

export async function score(
  host: WorkbookHost,
  options: Omit<ScoreOptions, "settings">
): Promise<Scored> {
  const state = await host.read();
  const plan = planScore(state.sheets, { ...options, settings: state.settings });
  const applied = await host.apply(plan.okrSheets.length ? plan.plans : [], { clearMarks: true });
  return { ...applied, plan, notScored: notScoredCells(plan) };
}
