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
import type { Finding } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans } from "./applyPlan";
import { marksFrom, queueMarksRead, queueUnmark } from "./marks";
import { readSheet } from "../domain/sheet";
import { readAllSheets, readOptionsOf } from "./readWorkbook";
import { cadenceFrom, queueSettingsRead, settingsFrom } from "./settings";
import type { PeriodScope } from "../domain/periods/scope";

export interface ScoreResult {
  summarySheet: string;
  /** The Summary's second sheet, with every table. */
  detailsSheet: string;
  /** Sheets that look like OKR sheets but were left alone, and why (see RefusedSheet). */
  refused: RefusedSheet[];
  /** Key results that show "?" (not scored), with their cells. */
  notScored: NotScored[];
  okrSheets: string[];
  model: WorkbookScore;
  findings: Finding[];
  /**
   * OKR sheets whose Excel table (made by an earlier version of the add-in) became a plain range:
   * a table would give every row of a formula column one formula.
   */
  untabled: string[];
  /** The period scored, and what was left out (periods/scope.ts). */
  scope: PeriodScope;
}

export async function scoreWorkbookInExcel(
  excel: ExcelApi,
  options: Omit<ScoreOptions, "settings" | "cadence">
): Promise<ScoreResult> {
  return excel.run(async (context) => {
    const { cells, others } = await readAllSheets(context, excel, () => ({
      saved: queueSettingsRead(context),
      marks: queueMarksRead(context),
    }));
    const saved = others.saved;
    // Colours an earlier Check put on cells go with the same write: Score leaves no stale marks.
    queueUnmark(
      context,
      marksFrom(others.marks),
      cells.map((c) => c.name)
    );
    // Score reads values only (two round trips in all): linked key results are Check's to name.
    const inputs = cells.map((c) => ({
      sheet: readSheet(c.name, c.rows, readOptionsOf(c)),
      rows: c.rows,
    }));
    const plan = planScore(inputs, {
      ...options,
      settings: settingsFrom(saved, cells),
      cadence: cadenceFrom(cells),
    });
    const extras = new Map(cells.map((c) => [c.name, c.extras]));
    const { untabled } = await applyPlans(context, excel, plan.okrSheets.length ? plan.plans : [], {
      extras,
    });
    return {
      summarySheet: plan.summarySheet,
      detailsSheet: plan.detailsSheet,
      refused: plan.refused,
      notScored: notScoredCells(plan),
      okrSheets: plan.okrSheets,
      model: plan.model,
      findings: plan.findings,
      untabled,
      scope: plan.scope,
    };
  });
}
