// Check's quick fixes: the workbook is read and checked again (so a fix never acts on a stale
// finding), and only the cells the fixes of the still-present findings name are written: input
// cells a rule's fix names, and the product's own formula cells a fix restores (taken from Score's
// plan, so the formula written back is the one Score writes).
import { fixAll, fixFor } from "../domain/rules/fixes";
import { lintWorkbook } from "../domain/rules/lint";
import type { CellEdit } from "../domain/rules/rule";
import type { OwnCells } from "../domain/score/ownCells";
import { emptyPlan, type SheetPlan } from "../domain/plan/types";
import { cellAt } from "../domain/reading/cellRefs";
import type { Finding } from "../domain/types";
import { historyOf, ownCellsFor } from "./check";
import type { WorkbookHost } from "./host";

/** The same finding in a fresh check: same rule on the same cell of the same sheet. */
const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.sheet === b.sheet && a.cell === b.cell;

/** Fixes the findings asked for (every finding when `asked` is "all"); returns the cells written. */
export async function fix(
  host: WorkbookHost,
  asked: readonly Finding[] | "all"
): Promise<CellEdit[]> {
  // With the formulas: a typed-over formula cell is known by them (CELL-FORMULA-OVERWRITTEN).
  const state = await host.read({ links: true });
  const okr = state.sheets.filter((s) => s.sheet.match).map((s) => s.sheet);
  const own = ownCellsFor(state, okr);
  const current = lintWorkbook(okr, state.settings, okr, {
    ownCells: own,
    history: historyOf(state),
  }).filter((f) => asked === "all" || asked.some((a) => sameFinding(a, f)));
  const edits = fixAll(current, okr);
  const restored = restorePlans(
    own,
    current.filter((f) => fixFor(f.ruleId)?.restores)
  );
  if (edits.length) await host.edit(edits);
  if (restored.plans.length) await host.apply(restored.plans, { valuesChanged: true });
  return [...edits, ...restored.cells];
}

/**
 * The product's cells the findings name, as Score would write them now (score/ownCells.ts): one
 * small plan per sheet holding only those cells (nothing else of Score's plan is written).
 */
function restorePlans(
  own: ((sheet: string) => OwnCells | undefined) | undefined,
  findings: readonly Finding[]
): { plans: SheetPlan[]; cells: CellEdit[] } {
  const plans = new Map<string, SheetPlan>();
  const cells: CellEdit[] = [];
  for (const f of findings) {
    const at = cellAt(f.cell);
    const value = at ? own?.(f.sheet)?.at(at.row, at.col) : undefined;
    if (!at || value === undefined || value === null) continue;
    let plan = plans.get(f.sheet);
    if (!plan) {
      plan = emptyPlan(f.sheet, false);
      plans.set(f.sheet, plan);
    }
    plan.blocks.push({ row: at.row, col: at.col, values: [[value]] });
    const text = typeof value === "object" ? value.formula : String(value);
    cells.push({ sheet: f.sheet, row: f.row, column: columnOf(f), cell: f.cell, value: text });
  }
  return { plans: [...plans.values()], cells };
}

const columnOf = (f: Finding): CellEdit["column"] =>
  (f.params?.column as CellEdit["column"] | undefined) ?? "progress";
