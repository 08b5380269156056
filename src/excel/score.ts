// "Score" in Excel: read every sheet (one round trip for up to 64 tabs), plan the formula columns,
// header cells and Summary in the domain, and write them in one batch.
import {
  notScoredCells,
  planScore,
  type NotScored,
  type RefusedSheet,
  type ScoreOptions,
} from "../domain/plan/scoreWorkbook";
import type { WorkbookScore } from "../domain/scoring/model";
import { readSheet } from "../domain/sheet";
import type { Finding } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans, type PlanFeature } from "./applyPlan";
import { marksFrom, queueMarksRead, unmarkWrites } from "./marks";
import { readAllSheets, readOptionsOf } from "./readWorkbook";
import { queueSettingsRead, settingsFrom } from "./settings";

export interface ScoreResult {
  summarySheet: string;
  /** Sheets that look like OKR sheets but were left alone, and why (see RefusedSheet). */
  refused: RefusedSheet[];
  /** Key results that show "?" (not scored), with their cells. */
  notScored: NotScored[];
  okrSheets: string[];
  model: WorkbookScore;
  findings: Finding[];
  skipped: PlanFeature[];
  /**
   * OKR sheets whose Excel table (made by an earlier version of the add-in) became a plain range:
   * a table would give every row of a formula column one formula.
   */
  untabled: string[];
}

export async function scoreWorkbookInExcel(
  excel: ExcelApi,
  options: Omit<ScoreOptions, "settings">
): Promise<ScoreResult> {
  return excel.run(async (context) => {
    const { cells, others } = await readAllSheets(context, excel, () => ({
      saved: queueSettingsRead(context, excel),
      marks: queueMarksRead(context, excel),
    }));
    const saved = others.saved;
    // Colours an earlier Check put on cells go with the same writes: Score leaves no stale marks.
    const unmark = unmarkWrites(
      marksFrom(others.marks),
      cells.map((c) => c.name)
    );
    const inputs = cells.map((c) => ({
      sheet: readSheet(c.name, c.rows, readOptionsOf(c)),
      rows: c.rows,
    }));
    const plan = planScore(inputs, { ...options, settings: settingsFrom(saved, cells) });
    const extras = new Map(cells.map((c) => [c.name, c.extras]));
    const { skipped, untabled } = await applyPlans(
      context,
      excel,
      plan.okrSheets.length ? plan.plans : [],
      { extras, before: unmark }
    );
    return {
      summarySheet: plan.summarySheet,
      refused: plan.refused,
      notScored: notScoredCells(plan),
      okrSheets: plan.okrSheets,
      model: plan.model,
      findings: plan.findings,
      skipped,
      untabled,
    };
  });
}
