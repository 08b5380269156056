// Check's quick fixes in Excel: the workbook is read and linted again (so a fix never acts on a
// stale finding), and the input cells the fixes name are written in one batch, one sync.
import { fixAll } from "../domain/rules/fixes";
import { type CellEdit } from "../domain/rules/rule";
import { lintWorkbook } from "../domain/rules/lint";
import type { ReadOptions } from "../domain/reading/sheet";
import type { Finding } from "../domain/types";
import type { ExcelApi } from "./host";
import { officeValue } from "./applyPlan";
import { readWorkbook } from "./readWorkbook";

/** The same finding in a fresh lint: same rule on the same cell of the same sheet. */
const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.sheet === b.sheet && a.cell === b.cell;

/** Queues the edits: text through `formulas` with a leading apostrophe, so it never turns formula. */
export function queueEdits(context: Excel.RequestContext, edits: readonly CellEdit[]): void {
  const sheets = context.workbook.worksheets;
  for (const edit of edits) {
    const range = sheets.getItem(edit.sheet).getRange(edit.cell);
    if (edit.numberFormat) range.numberFormat = [[edit.numberFormat]];
    range.formulas = [[officeValue(edit.value)]];
  }
}

/**
 * Fixes the given findings where a fix is mechanical. Returns the cells written (none when the
 * workbook no longer has these findings). Reading takes the read's syncs; writing exactly one.
 */
export async function fixFindings(
  excel: ExcelApi,
  findings: readonly Finding[],
  options: ReadOptions = {}
): Promise<CellEdit[]> {
  const { sheets, settings } = await readWorkbook(excel, options);
  const okr = sheets.filter((s) => s.match);
  const current = lintWorkbook(okr, settings).filter((f) =>
    findings.some((asked) => sameFinding(asked, f))
  );
  const edits = fixAll(current, okr);
  if (edits.length === 0) return [];
  await excel.run(async (context) => {
    queueEdits(context, edits);
    await context.sync();
  });
  return edits;
}
