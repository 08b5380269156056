// A person typing into a cell of the preview's grid. The text goes in as Excel reads what is typed
// (WorkbookState's `values` path: "40%" is 0.4 shown as a percentage, "1,200" a number, "2026-02-15"
// a date, "=…" a formula unless the cell is formatted as Text, a leading apostrophe keeps text), the
// workbook recalculates, and the pane reads the new value the next time it reads the sheet, as in
// Excel (in a culture with a decimal comma, `?culture=de-DE`, "1,5" is one and a half, as Excel
// there reads it). The grid types only into input cells: a cell holding a formula (the product's formula
// columns, its own sheets) and an empty cell of an OKR sheet's formula column are refused here, so
// a walk in the preview cannot break what the product computes. Excel itself would let a person
// type over an unprotected formula; the preview is stricter on purpose.
import { cellAddress, MAX_COLS } from "../emulator/addresses";
import { ExcelError, type SheetState, type WorkbookState } from "../emulator/workbook";
import { isLocked } from "../emulator/protection";
import { COLUMNS } from "../src/domain/reading/columns";
import { findHeaderRow, HEADER_SCAN_ROWS } from "../src/domain/reading/header";
import { parseNumber } from "../src/domain/reading/numbers";

const FORMULA_COLUMNS = new Set(COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key));

/** Why a cell may not be typed into here, or null when it may. */
export function entryRefusal(
  state: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number
): string | null {
  const at = `${sheet.name}!${cellAddress(row, col)}`;
  // Excel's own words for a locked cell on a protected sheet.
  if (sheet.protected && isLocked(sheet, row, col))
    return `${at}: the cell you're trying to change is on a protected sheet.`;
  const held = state.readFormulas(sheet, { row, col, rows: 1, cols: 1 })[0][0];
  if (typeof held === "string" && held.startsWith("="))
    return `${at} holds a formula the workbook computes (${held}); type into an input cell.`;
  const used = state.usedArea(sheet, false);
  if (!used) return null;
  const top = state.readValues(sheet, {
    row: 0,
    col: 0,
    rows: Math.min(HEADER_SCAN_ROWS, used.row + used.rows),
    cols: Math.min(MAX_COLS, used.col + used.cols),
  });
  const header = findHeaderRow(top);
  if (header && row > header.rowIndex) {
    const key = Object.entries(header.columns).find(([, index]) => index === col)?.[0];
    if (key && FORMULA_COLUMNS.has(key as never))
      return `${at} is in the formula column "${String(top[header.rowIndex][col])}", which the product writes when it scores; type into an input column.`;
  }
  return null;
}

/** A plain number typed with the decimal comma of the culture the emulated Excel runs in. */
function localNumber(
  state: WorkbookState,
  text: string
): { value: number; percent: boolean } | null {
  const { decimalSeparator, groupSeparator } = state.culture;
  if (decimalSeparator === "." || !/^[+-]?[\d., \u00a0\u202f]+%?$/.test(text.trim())) return null;
  const read = parseNumber(text, { decimal: decimalSeparator, group: groupSeparator });
  return read.ok ? { value: read.value, percent: text.trim().endsWith("%") } : null;
}

/**
 * Types `text` into one cell as Excel reads typed text. Returns null when written, else why not
 * (nothing is written then).
 */
export function typeIntoCell(
  state: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  text: string
): string | null {
  const refused = entryRefusal(state, sheet, row, col);
  if (refused) return refused;
  const area = { row, col, rows: 1, cols: 1 };
  const local = state.numberFormat(sheet, row, col) === "@" ? null : localNumber(state, text);
  if (local) {
    // Typed with Excel's own decimal comma: the number, as Excel in that culture stores it.
    state.writeValues(sheet, area, [[local.value]]);
    if (local.percent && state.numberFormat(sheet, row, col) === "General")
      state.writeNumberFormats(sheet, area, [["0%"]]);
    return null;
  }
  try {
    state.writeValues(sheet, area, [[text]]);
  } catch (error) {
    // A formula Excel cannot parse: Excel says "There's a problem with this formula" and keeps the cell.
    if (error instanceof ExcelError)
      return `${sheet.name}!${cellAddress(row, col)}: there's a problem with this formula (${text}).`;
    throw error;
  }
  return null;
}
