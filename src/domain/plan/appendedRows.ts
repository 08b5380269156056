// Where the rows added to one of the product's own sheets go — a check-in's history rows, a new
// action, the check-ins and actions Collect merges — in one place, so every way of adding rows
// treats a stray value alike: right below the sheet's last record (reading/tableEnd.ts), around
// any row further down that already holds something (a stray value is kept, never written over).
import { holdsAnything, tableRowCount } from "../reading/tableEnd";
import type { CellValue } from "../types";
import { EXCEL_LAST_ROW } from "./layout";

export interface AppendedRows {
  /**
   * The 0-based row right below the sheet's last record (at least 1: below the header), which is
   * also its last record's 1-based row, as a refusal names it.
   */
  end: number;
  /**
   * The 0-based rows the new rows go on, in order; null when the last of them would pass Excel's
   * last row (the rows skipped around stray values count too): a file saved with it is damaged.
   */
  rows: number[] | null;
}

/** Where `count` rows added below a sheet's last record go. */
export function appendedRows(
  rows: readonly (readonly CellValue[] | undefined)[],
  count: number
): AppendedRows {
  const end = Math.max(1, tableRowCount(rows));
  const at: number[] = [];
  for (let to = end; at.length < count; to++) {
    if (to >= EXCEL_LAST_ROW) return { end, rows: null };
    const line = rows[to];
    if (!line || !holdsAnything(line)) at.push(to);
  }
  return { end, rows: at };
}
