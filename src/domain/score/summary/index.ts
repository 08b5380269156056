// The leadership summary, rebuilt by Score: two sheets, both of one period (periods/scope.ts).
// "Summary" is a board page (board.ts) — the key figures, the charts, what needs attention and what
// the Summary left out, one printed page — and "Summary details" (details.ts) holds every table: per
// OKR sheet its score and status counts, its score quarter by quarter (the one view across periods),
// every objective, the alignment of objectives to their parents, check-ins, revisions and the
// findings of the check Score ran. Numbers are live formulas that point at the OKR sheets; counts of rows and findings,
// and the attention list, are facts of the moment, written as values and dated.
import { DEFAULT_CADENCE_DAYS } from "../../reading/cadence";
import { scoreWorkbook } from "../../scoring/model";
import { needsAttention } from "../attention";
import type { LaidOutSheet, SummaryPositions } from "../../plan/sheetLayout";
import type { SheetPlan } from "../../plan/types";
import { boardPlan } from "./board";
import { detailsPlan } from "./details";
import type { SummaryOptions } from "./writer";

export { isSummaryDetailsSheet, isSummarySheet } from "../../reading/ownSheets";
export { ATTENTION_ROWS } from "../attention";
export type { SummaryPositions } from "../../plan/sheetLayout";
export { SUMMARY_TEXT } from "./text";
export type { SummaryOptions } from "./writer";

/**
 * The Summary's two plans, details first (the Summary's formulas and charts read it, and no formula
 * may name a sheet that is not there yet), and the positions of what OKR sheets may reference.
 */
export function summaryPlans(
  laids: readonly LaidOutSheet[],
  o: SummaryOptions
): { plans: SheetPlan[]; positions: SummaryPositions } {
  const sheets = laids.map((l) => l.input.sheet);
  const model = o.model ?? scoreWorkbook(sheets, o.asOf);
  const attention = needsAttention(
    sheets,
    model,
    o.history?.entries ?? null,
    o.asOf,
    o.cadence ?? DEFAULT_CADENCE_DAYS
  );
  const details = detailsPlan(laids, o);
  const board = boardPlan(laids, o, details.places, attention);
  return { plans: [details.plan, board], positions: details.positions };
}
