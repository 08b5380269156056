// Cells of both hosts side by side: an ExcelJS sheet's cells as `range.formulas` shows them, and a
// grid trimmed of empty cells, so "the file and Excel hold the same cells" is one toEqual.
import type ExcelJS from "exceljs";
import type { CellValue } from "../../src/domain/types";

/** ExcelJS cells as formulas-or-values, the way `range.formulas` shows them. */
export function fileCells(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = cell.value as CellValue | { formula: string };
      (rows[r - 1] ??= [])[c - 1] = v && typeof v === "object" ? `=${v.formula}` : v;
    })
  );
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** Empty cells as null, without trailing empty cells and rows (formatted spare rows hold nothing). */
export const trimmed = (rows: CellValue[][]) => {
  const out = rows.map((r) => {
    const line = r.map((v) => (v === "" || v === undefined ? null : v));
    while (line.length && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
};
