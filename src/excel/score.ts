// "Score" in Excel (src/operations/score.ts): read every sheet (readWorkbook.ts: one round trip for a
// small workbook, one more per 4 MB of cells past the first tabs' heads),
// plan the formula columns, header cells and Summary of the chosen period in the domain, and write
// them in one batch. Score reads values only: linked key results are Check's to name.
import type { PeriodScope } from "../domain/reading/periodScope";
import {
  assumedCommitments,
  type AssumedCommitment,
  type NotScored,
  type RefusedSheet,
} from "../domain/score/scoreWorkbook";
import type { WorkbookScore } from "../domain/scoring/model";
import type { Finding } from "../domain/types";
import { score, type ScoreRun } from "../operations/score";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface ScoreResult {
  summarySheet: string;
  /** The Summary's second sheet, with every table. */
  detailsSheet: string;
  /** Sheets that look like OKR sheets but were left alone, and why (see RefusedSheet). */
  refused: RefusedSheet[];
  /** Key results that show "?" (not scored), with their cells. */
  notScored: NotScored[];
  /** Objectives graded as committed because their Commitment is empty ("committed (assumed)"). */
  assumed: AssumedCommitment[];
  okrSheets: string[];
  model: WorkbookScore;
  findings: Finding[];
  /**
   * OKR sheets whose Excel table (made by an earlier version of the add-in) became a plain range:
   * a table would give every row of a formula column one formula.
   */
  untabled: string[];
  /** The period scored, and what was left out (reading/periodScope.ts). */
  scope: PeriodScope;
}

export async function scoreWorkbookInExcel(
  excel: ExcelApi,
  options: ScoreRun
): Promise<ScoreResult> {
  const { plan, notScored, untabled } = await excel.run((context) =>
    score(officeHost(context, excel), options)
  );
  return {
    summarySheet: plan.summarySheet,
    detailsSheet: plan.detailsSheet,
    refused: plan.refused,
    notScored,
    assumed: assumedCommitments(plan),
    okrSheets: plan.okrSheets,
    model: plan.model,
    findings: plan.findings,
    untabled,
    scope: plan.scope,
  };
}
