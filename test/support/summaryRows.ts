// Finding the Summary's sections in its cells (rows read from either host), by their localised
// headings and headers rather than by row numbers that move when a section grows.
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import type { CellValue, Lang } from "../../src/domain/types";

type Rows = readonly (readonly CellValue[])[];

/** The index of the row whose first cells are these, or -1. */
function rowStarting(rows: Rows, ...cells: string[]): number {
  return rows.findIndex((r) => cells.every((c, i) => r[i] === c));
}

/** The Sheets section's header row. */
export function sheetsHeaderRow(rows: Rows, lang: Lang): number {
  return rowStarting(rows, SUMMARY_TEXT.sheet[lang], SUMMARY_TEXT.score[lang]);
}

/** A section's rows under its heading and header, down to the blank row that ends it. */
export function sectionRows(rows: Rows, heading: string): CellValue[][] {
  const at = rowStarting(rows, heading);
  if (at < 0) return [];
  const end = rows.findIndex((r, i) => i > at + 1 && (r[0] ?? "") === "" && (r[1] ?? "") === "");
  return rows.slice(at + 2, end < 0 ? rows.length : end).map((r) => [...r]);
}
