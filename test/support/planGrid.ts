// A plan's cells (values and formulas) as a grid, the way a host would leave them.
import type { SheetPlan } from "../../src/domain/plan/types";
import { fillFormula } from "../../src/domain/plan/types";
import type { CellValue } from "../../src/domain/types";

/** The cells a generated sheet's plan writes (values and formulas), as a grid. */
export function gridOfPlan(plan: SheetPlan): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const b of plan.blocks)
    b.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null) return;
        (grid[b.row + r] ??= [])[b.col + c] = typeof v === "object" ? v.formula : v;
      })
    );
  for (const f of plan.fills)
    for (let r = f.row; r < f.row + f.rows; r++)
      (grid[r] ??= [])[f.col] = fillFormula(f.template, r);
  return Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
}
