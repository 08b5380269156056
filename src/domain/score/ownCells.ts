// The product's own cells of each OKR sheet as Score would write them now: what Check compares the
// formula columns and the header block's computed cells with (CELL-FORMULA-OVERWRITTEN), and what
// its quick fix writes back. The sheets are planned at the As-of date Score last wrote into them
// (the first sheet's As-of, else today), so the formulas planned are the ones it wrote.
import type { LintSettings } from "../rules/settings";
import type { SheetInput } from "../reading/sheet";
import type { IsoDate, Lang } from "../types";
import type { OwnBlockCell, OwnCells } from "../plan/ownCells";

export type { OwnBlockCell, OwnCells } from "../plan/ownCells";
import type { BlockKey } from "../plan/layout";
import { fillFormula, type PlanValue, type SheetPlan } from "../plan/types";
import { planScore } from "./scoreWorkbook";
import { isHistorySheet } from "../reading/historySheet";
import { tableLastRow } from "../reading/sheet";
import { LAST_SCORED_ROW } from "../plan/layout";

const BLOCK_FORMULAS = [
  "sheetScore",
  "green",
  "yellow",
  "red",
] as const satisfies readonly BlockKey[];

/**
 * Each OKR sheet's own cells as Score would write them, by sheet name: undefined for a sheet Score
 * would not write (another period, a refused sheet) or a workbook Score cannot plan.
 */
export function ownCellsOf(
  inputs: readonly SheetInput[],
  o: { settings?: LintSettings; cadence?: number; today: IsoDate; lang?: Lang }
): (sheet: string) => OwnCells | undefined {
  // A table Score refuses (it reaches so low that the spare rows would pass Excel's last row):
  // nothing to compare, and planning it would fill a million rows.
  if (inputs.some((i) => i.sheet.match && tableLastRow(i.sheet) > LAST_SCORED_ROW))
    return () => undefined;
  let asOf = inputs.find((i) => i.sheet.match && i.sheet.header.asOf)?.sheet.header.asOf ?? o.today;
  // Without a check-in history, Score would add one and wrap Status in "Not started" in a period's
  // first check-in window; a sheet without one (New sheet, or scored later) holds no such wrapper:
  // planned as of the periods' end, where no window is open (the formulas read the As-of cell).
  if (!inputs.some((i) => isHistorySheet(i.rows)))
    for (const i of inputs) {
      const end = i.sheet.match ? i.sheet.header.period?.end : undefined;
      if (end && end > asOf) asOf = end;
    }
  let planned: ReturnType<typeof planScore>;
  try {
    planned = planScore(inputs, {
      asOf,
      checkedOn: o.today,
      lang: o.lang ?? "en",
      settings: o.settings,
      cadence: o.cadence,
    });
  } catch {
    // A workbook whose period Score cannot tell: Score says so when it runs; nothing to compare.
    return () => undefined;
  }
  const bySheet = new Map<string, OwnCells>();
  for (const laid of planned.laidOut) {
    const name = laid.input.sheet.name;
    const plan = planned.plans.find((p) => p.sheet === name && !p.create);
    if (!plan) continue;
    const at = indexed(plan);
    const block: OwnCells["block"] = [];
    for (const key of BLOCK_FORMULAS) {
      const cell = laid.block[key];
      if (!cell) continue;
      const cells: [OwnBlockCell, number][] =
        key === "sheetScore"
          ? [[key, cell.col]]
          : [
              [key, cell.col],
              [`${key}Label` as OwnBlockCell, cell.col - 1],
            ];
      for (const [what, col] of cells) {
        const value = at(cell.row, col);
        if (value && typeof value === "object")
          block.push({
            key: what,
            row: cell.row,
            col,
            formula: value.formula,
            value: laid.input.rows[cell.row]?.[col] ?? null,
          });
      }
    }
    bySheet.set(name, { at, block });
  }
  return (sheet) => bySheet.get(sheet);
}

/** cellOfPlan (plan/types.ts) for many cells: the plan's cells indexed once, each found at once. */
function indexed(plan: SheetPlan): OwnCells["at"] {
  const values = new Map<string, PlanValue>();
  for (const b of plan.blocks)
    b.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const key = `${b.row + r}:${b.col + c}`;
        if (value !== undefined && !values.has(key)) values.set(key, value);
      })
    );
  const fills = new Map<number, SheetPlan["fills"]>();
  for (const f of plan.fills) {
    const list = fills.get(f.col) ?? [];
    list.push(f);
    fills.set(f.col, list);
  }
  for (const list of fills.values()) list.sort((a, b) => a.row - b.row);
  return (row, col) => {
    // A fill comes first, as in cellOfPlan; a column's fills do not overlap, so the last one
    // starting at or above the row is the only one that can hold it.
    const list = fills.get(col) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].row <= row) lo = mid + 1;
      else hi = mid - 1;
    }
    const fill = list[hi];
    if (fill && row < fill.row + fill.rows) return { formula: fillFormula(fill.template, row) };
    return values.get(`${row}:${col}`);
  };
}
