// Check's quick fixes: the workbook is read and checked again (so a fix never acts on a stale
// finding), and only the input cells the fixes of the still-present findings name are written.
import { fixAll } from "../domain/rules/fixes";
import { lintWorkbook } from "../domain/rules/lint";
import type { CellEdit } from "../domain/rules/rule";
import type { Finding } from "../domain/types";
import type { WorkbookHost } from "./host";

/** The same finding in a fresh check: same rule on the same cell of the same sheet. */
const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.sheet === b.sheet && a.cell === b.cell;

/** Fixes the findings asked for (every finding when `asked` is "all"); returns the cells written. */
export async function fix(
  host: WorkbookHost,
  asked: readonly Finding[] | "all"
): Promise<CellEdit[]> {
  const state = await host.read();
  const okr = state.sheets.filter((s) => s.sheet.match).map((s) => s.sheet);
  const current = lintWorkbook(okr, state.settings).filter(
    (f) => asked === "all" || asked.some((a) => sameFinding(a, f))
  );
  const edits = fixAll(current, okr);
  await host.edit(edits);
  return edits;
}
