// Where a table ends: the one rule of what counts as an empty cell and an empty row, and how many
// empty rows end a table, for every sheet the product reads (OKR sheets and its own) in both hosts.
import type { CellValue } from "../types";

/**
 * Empty rows (nothing in the table's columns) that end an OKR table. Excel's own "current region"
 * (Ctrl+A, Ctrl+Shift+*) stops at the first empty row, but people leave a few empty rows between
 * objectives and type new rows below the SPARE_ROWS (50) rows a generated sheet prepares: a
 * stretch that long is still one table. A thousand empty rows — twenty screens of scrolling — is
 * not a gap anyone leaves inside a table: what lies below it is a stray cell (a value typed in
 * A1000000 by mistake), and reading it as a table row would make Score fill the formula columns
 * down to it (a million rows: 4 GB and minutes).
 */
export const TABLE_GAP_ROWS = 1_000;

/** A cell with nothing in it but spaces. */
export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/** Whether any cell of the row, in any column, holds something. */
export function holdsAnything(row: readonly CellValue[]): boolean {
  for (const value of row) if (!isBlankCell(value)) return true;
  return false;
}

/**
 * How many of a sheet's rows, from its first, its table takes: down to the last row holding
 * anything above its first TABLE_GAP_ROWS empty rows (0 when no row holds anything). The
 * product's own sheets (the check-in history, the Actions sheet) end there like an OKR table, in
 * both hosts: a stray value typed in A1048576 is no record, and a record added after it would land
 * past Excel's last row.
 */
export function tableRowCount(rows: readonly (readonly CellValue[] | undefined)[]): number {
  let last = -1;
  for (let i = 0; i < rows.length && i - last <= TABLE_GAP_ROWS; i++) {
    const line = rows[i];
    if (line && holdsAnything(line)) last = i;
  }
  return last + 1;
}
