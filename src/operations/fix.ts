// Check's quick fixes: the workbook is read and checked again (so a fix never acts on a stale
// finding), and only the cells the fixes of the still-present findings name are written: input
// cells a rule's fix names, and the product's own formula cells a fix restores (taken from Score's
// plan, so the formula written back is the one Score writes).
import { fixAll, fixFor } from "../domain/rules/fixes";
import { lintWorkbook } from "../domain/rules/lint";
import type { CellEdit } from "../domain/rules/rule";
import { planScore } from "../domain/score/scoreWorkbook";
import { cellOfPlan, emptyPlan, type SheetPlan } from "../domain/plan/types";
import { todayIso } from "../domain/reading/dates";
import type { Finding } from "../domain/types";
import type { WorkbookHost, WorkbookState } from "./host";

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
  const current = lintWorkbook(okr, state.settings).filter(
    (f) => asked === "all" || asked.some((a) => sameFinding(a, f))
  );
  const edits = fixAll(current, okr);
  const restored = restorePlans(
    state,
    current.filter((f) => fixFor(f.ruleId)?.restores)
  );
  if (edits.length) await host.edit(edits);
  if (restored.plans.length) await host.apply(restored.plans, { valuesChanged: true });
  return [...edits, ...restored.cells];
}

/**
 * The product's cells the findings name, as Score would write them now: one small plan per sheet
 * holding only those cells (Score's formulas are its own; nothing else of the plan is written).
 */
function restorePlans(
  state: WorkbookState,
  findings: readonly Finding[]
): { plans: SheetPlan[]; cells: CellEdit[] } {
  if (findings.length === 0) return { plans: [], cells: [] };
  const today = todayIso();
  const score = planScore(state.sheets, {
    asOf: today,
    checkedOn: today,
    lang: "en",
    settings: state.settings,
    cadence: state.cadence,
  });
  const plans = new Map<string, SheetPlan>();
  const cells: CellEdit[] = [];
  for (const f of findings) {
    const from = score.plans.find((p) => p.sheet === f.sheet && !p.create);
    const column = columnOf(f);
    const col = state.sheets.find((s) => s.sheet.name === f.sheet)?.sheet.match?.columns[column];
    const value = from && col !== undefined ? cellOfPlan(from, f.row - 1, col) : undefined;
    if (value === undefined || value === null || col === undefined) continue;
    const at = { row: f.row, col };
    let plan = plans.get(f.sheet);
    if (!plan) {
      plan = emptyPlan(f.sheet, false);
      plans.set(f.sheet, plan);
    }
    plan.blocks.push({ row: at.row - 1, col: at.col, values: [[value]] });
    const text = typeof value === "object" ? value.formula : String(value);
    cells.push({ sheet: f.sheet, row: at.row, column, cell: f.cell, value: text });
  }
  return { plans: [...plans.values()], cells };
}

const columnOf = (f: Finding): CellEdit["column"] =>
  (f.params?.column as CellEdit["column"] | undefined) ?? "progress";
