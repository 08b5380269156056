// A1 addresses as Excel reads them: "B3", "A1:T40", "A:A", "3:5", "'Sales 2026-Q1'!D7".
import { a1, areaAddress, columnLetters, type Area } from "../src/domain/reading/cellRefs";

export { areaAddress, columnLetters, type Area };

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

function part(text: string): { row?: number; col?: number } | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLS.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROWS.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

/** Parses the cell part of an address; null when Excel would refuse it. */
export function parseArea(cells: string): Area | null {
  const pieces = cells.trim().split(":");
  if (pieces.length > 2 || pieces.some((p) => p === "")) return null;
  const a = part(pieces[0]);
  const b = pieces.length === 2 ? part(pieces[1]) : a;
  if (!a || !b) return null;
  // Both ends must be of one kind: cell:cell, col:col or row:row.
  const kind = (p: { row?: number; col?: number }) =>
    (p.row !== undefined ? 1 : 0) + (p.col !== undefined ? 2 : 0);
  if (kind(a) !== kind(b)) return null;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLS - 1;
  const area = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
  if (
    area.row < 0 ||
    area.col < 0 ||
    area.row + area.rows > MAX_ROWS ||
    area.col + area.cols > MAX_COLS
  )
    return null;
  return area;
}

/** A cell's A1 address from its row and column (the domain's a1 takes column first). */
export const cellAddress = (row: number, col: number): string => a1(col, row);

/** The sheet name as it appears in an address: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An R1C1 reference: R, R3 or R[-2]; then C, C4 or C[1] (not part of a longer name). */
const R1C1_REF =
  /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/**
 * A formula written in R1C1 notation (range.formulasR1C1, ExcelApi 1.2) as the A1 formula of the
 * cell at `at`: relative parts (R[n], C[n], R, C) become relative A1, absolute parts (R3, C4) $-fixed.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulasr1c1-member
 */
export function r1c1ToA1(formula: string, at: { row: number; col: number }): string {
  return formula.replace(R1C1_REF, (match, text: string | undefined, r?: string, c?: string) => {
    if (text !== undefined) return match;
    const place = (part: string | undefined, own: number) =>
      part === undefined
        ? { index: own, fixed: false }
        : part.startsWith("[")
          ? { index: own + Number(part.slice(1, -1)), fixed: false }
          : { index: Number(part) - 1, fixed: true };
    const row = place(r, at.row);
    const col = place(c, at.col);
    if (row.index < 0 || col.index < 0) return "#REF!";
    return `${col.fixed ? "$" : ""}${columnLetters(col.index)}${row.fixed ? "$" : ""}${row.index + 1}`;
  });
}
