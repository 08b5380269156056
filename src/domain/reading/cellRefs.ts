// A1 references and areas: the one place that turns 0-based rows and columns into Excel addresses.

/** A rectangle of cells, 0-based. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A relative A1 reference of a 0-based cell: (0, 0) → A1. */
export const a1 = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;

/** An absolute A1 reference: (0, 0) → $A$1. */
export const absA1 = (col: number, row: number) => `$${columnLetters(col)}$${row + 1}`;

/** An absolute range down one column: $B$6:$B$9. */
export const absColumnRange = (col: number, first: number, last: number) =>
  `${absA1(col, first)}:${absA1(col, last)}`;

/** An area's A1 address: B6, or B6:D9. */
export function areaAddress(area: Area): string {
  const first = a1(area.col, area.row);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${a1(area.col + area.cols - 1, area.row + area.rows - 1)}`;
}

/** Column index of column letters: A → 0, AA → 26. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The 0-based row and column of an A1 address ("O12" → row 11, col 14); null for anything else. */
export function cellAt(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  return m ? { row: Number(m[2]) - 1, col: columnNumber(m[1]) } : null;
}

/**
 * A cell reference in a formula (not inside a string, not part of a name or a function's name):
 * optional $, column letters, optional $, row number. What stands before it is matched (and put
 * back) rather than looked behind at: WebKit before Safari 16.4 cannot parse a lookbehind.
 */
const A1_REF =
  /("(?:[^"]|"")*")|(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

/**
 * A formula of the cell at `at` in R1C1 notation for rows written where Excel finds room (an append):
 * references to rows from `moving` down move with the cell (relative rows, R[n]), references to rows
 * above stay where they are (absolute rows, Rn); columns stay as the formula had them ($ absolute).
 * `=D8-D3` at row 8 (0-based 7) with moving 5 → `=RC[-2]-R3C[-2]` written into column F.
 */
export function movingRowsR1C1(
  formula: string,
  at: { row: number; col: number },
  moving: number
): string {
  return formula.replace(
    A1_REF,
    (
      match,
      text: string | undefined,
      before: string,
      colFixed: string,
      letters: string,
      _row,
      digits: string
    ) => {
      if (text !== undefined) return match;
      const row = Number(digits) - 1;
      const col = columnNumber(letters);
      const dc = col - at.col;
      const column = colFixed ? `C${col + 1}` : dc === 0 ? "C" : `C[${dc}]`;
      if (row < moving) return `${before}R${row + 1}${column}`;
      const dr = row - at.row;
      return `${before}${dr === 0 ? "R" : `R[${dr}]`}${column}`;
    }
  );
}
