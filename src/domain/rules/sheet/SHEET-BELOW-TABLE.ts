// SHEET-BELOW-TABLE: Something below the table.
import { rule } from "../rule";
import { columnLetters } from "../../reading/cellRefs";
import { TABLE_GAP_ROWS } from "../../reading/sheet";
import type { ColumnKey } from "../../reading/columns";

/** A row count as people read it (1,000, 999,980): the same digits in the three languages. */
const count = (n: number) => n.toLocaleString("en-US");

export default rule({
  id: "SHEET-BELOW-TABLE",
  topic: "sheet",
  on: "sheet",
  // A warning: the table is checked and scored without it, and the cell is left as it is.
  severity: "warning",
  name: { en: "Something below the table", "zh-CN": "表格下方有内容", "zh-TW": "表格下方有內容" },
  message: {
    en: "Cell {cell} holds something {below} rows below the OKR table's last row (row {tableRow}), past {gap} or more empty rows: it is not part of the table, so it is not checked or scored and the formula columns stop above it.",
    "zh-CN":
      "单元格 {cell} 有内容，位于 OKR 表格最后一行（第 {tableRow} 行）下方 {below} 行处，中间隔了至少 {gap} 个空行：它不属于表格，因此不会被检查或计分，公式列也不会延伸到那里。",
    "zh-TW":
      "儲存格 {cell} 有內容，位於 OKR 表格最後一列（第 {tableRow} 列）下方 {below} 列處，中間隔了至少 {gap} 個空列：它不屬於表格，因此不會被檢查或計分，公式欄也不會延伸到那裡。",
  },
  hint: {
    en: "Move it up into the table (fewer than {gap} empty rows below its last row), or delete it if it was typed there by mistake.",
    "zh-CN": "请把它移到表格内（与表格最后一行之间的空行少于 {gap} 个）；如果是误输入的，请删除。",
    "zh-TW": "請把它移到表格內（與表格最後一列之間的空列少於 {gap} 個）；如果是誤輸入的，請刪除。",
  },
  example: "`x` typed in A1000000 of a sheet whose table ends at row 20",
  check: (sheet) => {
    const below = sheet.belowTable;
    if (!below || !sheet.match) return null;
    const column = (Object.entries(sheet.match.columns) as [ColumnKey, number][]).find(
      ([, col]) => col === below.col
    )?.[0];
    const cell = `${columnLetters(below.col)}${below.row}`;
    return {
      column: column ?? "id",
      row: below.row,
      cell,
      params: {
        cell,
        below: count(below.row - below.tableRow),
        tableRow: below.tableRow,
        gap: count(TABLE_GAP_ROWS),
      },
    };
  },
});
