// Collect's moves in Excel (the port's Bring, operations/host.ts): where a returned sheet is a
// temporary sheet of the open workbook (inserted with insertWorksheetsFromBase64) its rows are
// copied with Range.copyFrom "All" — values, formats and formulas as the department left them —
// as writes before the plans, through the lock guard; where the pane parsed the file (iPad, or a
// file Excel would not insert) its saved cells become plans written with the others, formulas as
// formulas. Deleting a sheet Collect brought in makes it merely hidden first: every split file
// carries a very hidden sheet, and Excel refuses to delete one (office-js issue 365, by design).
import { emptyPlan, type PlanValue, type SheetPlan } from "../domain/plan/types";
import { linksOtherWorkbook } from "../domain/reading/linked";
import type { CellValue } from "../domain/types";
import type { Bring, ReturnedSource } from "../operations/host";
import { address, rebuildWrite, type SheetExtras } from "./applyPlan";
import { jsonBytes, rangeCost, REQUEST_COST as C, type Write } from "./batching";
import type { ExcelApi } from "./host";

/** A cell as written back: text, number (dates as serial days), boolean or nothing. */
export type SavedValue = string | number | boolean | null;

/** One sheet of a returned file parsed in the pane. */
export interface ParsedSheet {
  name: string;
  /** As the domain reads cells (dates as ISO text, formulas by their saved result). */
  rows: CellValue[][];
  /** As saved, to write back: values and number formats, rows from 1 and columns from A. */
  values: SavedValue[][];
  formats: (string | null)[][];
  /**
   * The formulas (en-US, with "=") of the cells that hold one, where `values` has what they showed:
   * written back as formulas, as the inserted path's copy keeps them (absent: none).
   */
  formulas?: (string | null)[][];
}

/** Where a returned sheet's cells wait: a temporary sheet (by ID), or parsed in the pane. */
export type OfficeSource = { kind: "sheet"; id: string } | { kind: "cells"; sheet: ParsedSheet };

const officeSource = (s: ReturnedSource) => s as OfficeSource;

/** Queues deleting a sheet Collect brought in (hidden first: see the top of this file). */
export function drop(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden" as Excel.SheetVisibility;
  sheet.delete();
}

/** How many columns wide a grid is. */
const widthOf = (rows: readonly (readonly unknown[])[]) =>
  rows.reduce((w, r) => Math.max(w, r.length), 0);

/** Saved cells written back through a plan: text stays text, numbers keep their formats. */
function putSaved(plan: SheetPlan, sheet: ParsedSheet, from: number, to: number, count: number) {
  const formulas = from === to ? (sheet.formulas ?? []) : [];
  const cols = Math.max(
    widthOf(sheet.values.slice(from, from + count)),
    widthOf(formulas.slice(from, from + count))
  );
  if (cols === 0) return;
  // Formulas are written back where their rows stay where they were (a replaced sheet): their text
  // refers to the rows as saved. Rows that land elsewhere (merged history) keep what they showed.
  // A formula linking another workbook stays the value it showed: the link part does not come
  // along (the pane said so when it read the file), and a formula naming it would show #REF!.
  const cell = (r: number, c: number): PlanValue => {
    const shown = sheet.values[r]?.[c] ?? null;
    const formula = formulas[r]?.[c];
    return formula && !linksOtherWorkbook(formula)
      ? { formula, ...(shown === null ? {} : { shows: shown }) }
      : shown;
  };
  const values = Array.from({ length: count }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cell(from + r, c))
  );
  plan.blocks.push({ row: to, col: 0, values });
  for (let r = 0; r < count; r++)
    (sheet.formats[from + r] ?? []).forEach((format, c) => {
      if (format && format !== "General")
        plan.numberFormats.push({ area: { row: to + r, col: c, rows: 1, cols: 1 }, format });
    });
}

/** Copying a temporary sheet's area onto a sheet ("All": values, formulas, formats) as a write. */
function copyWrite(sheet: string, target: string, sourceId: string, from: string): Write {
  return {
    kind: "copy",
    sheet,
    cost: 2 * (C.object + rangeCost(target)) + C.method + jsonBytes(["All"]),
    queue: (at) =>
      at
        .sheet(sheet)
        .getRange(target)
        .copyFrom(
          at.context.workbook.worksheets.getItem(sourceId).getRange(from),
          "All" as Excel.RangeCopyType
        ),
  };
}

/**
 * The moves that copy from temporary sheets, as writes, and the plans that write parsed cells:
 * both go to applyPlans, the writes first (its `before`), so a protected sheet is lifted before
 * its rebuild and copies and protected again after them (sheetLock.ts), in the same requests.
 */
export function bringWrites(
  excel: ExcelApi,
  moves: Bring,
  extras: ReadonlyMap<string, SheetExtras>
): { writes: Write[]; plans: SheetPlan[] } {
  const writes: Write[] = [];
  const plans = new Map<string, SheetPlan>();
  const planOf = (sheet: string) => {
    if (!plans.has(sheet)) plans.set(sheet, emptyPlan(sheet, false));
    return plans.get(sheet)!;
  };
  for (const { sheet, like } of moves.create)
    if (officeSource(like).kind === "sheet")
      writes.push({
        kind: "add sheet",
        sheet: null,
        cost: C.part + C.object + jsonBytes([sheet]),
        queue: (at) => at.added(sheet, at.context.workbook.worksheets.add(sheet)),
      });
    else planOf(sheet).create = true;
  for (const { sheet, source, rows, cols } of moves.replace) {
    const s = officeSource(source);
    if (s.kind === "cells") {
      const plan = planOf(sheet);
      plan.replace = true;
      putSaved(plan, s.sheet, 0, 0, rows);
      continue;
    }
    writes.push(rebuildWrite(sheet, excel, extras.get(sheet)));
    if (cols > 0 && rows > 0) {
      const at = address({ row: 0, col: 0, rows, cols });
      writes.push(copyWrite(sheet, at, s.id, at));
    }
  }
  for (const move of moves.rows) {
    if (move.cols === 0) continue;
    const target = address({ row: move.to, col: 0, rows: move.count, cols: move.cols });
    const s = move.source ? officeSource(move.source) : null;
    if (s === null)
      writes.push({
        kind: "clear contents",
        sheet: move.sheet,
        cost: C.object + rangeCost(target) + C.method + jsonBytes(["Contents"]),
        queue: (at) =>
          at
            .sheet(move.sheet)
            .getRange(target)
            .clear("Contents" as Excel.ClearApplyTo),
      });
    else if (s.kind === "cells")
      putSaved(planOf(move.sheet), s.sheet, move.from, move.to, move.count);
    else
      writes.push(
        copyWrite(
          move.sheet,
          target,
          s.id,
          address({ row: move.from, col: 0, rows: move.count, cols: move.cols })
        )
      );
  }
  return { writes, plans: [...plans.values()] };
}
