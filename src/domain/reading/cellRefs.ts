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
