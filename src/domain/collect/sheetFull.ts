// Collect adds returned check-ins and actions below the last record of the master's own sheets
// (domain/reading/tableEnd.ts): when those rows would pass Excel's last row, nothing is collected.
import type { Localized } from "../types";

/** Why a collect is refused: the rows a returned file brings to one of our sheets have no room. */
export const COLLECT_SHEET_FULL: Localized = {
  en: "“{sheet}” has rows down to row {row}; the {count} row(s) {file} brings would pass Excel's last row (1,048,576). Nothing was written. Move older rows of “{sheet}” to another workbook, or delete what lies below its last record, then collect again.",
  "zh-CN":
    "“{sheet}”已有内容到第 {row} 行；{file} 带来的 {count} 行会超出 Excel 的最后一行（1,048,576）。未写入任何内容。请把“{sheet}”中较早的行移到另一个工作簿，或删除最后一条记录下方的内容，然后重新收回。",
  "zh-TW":
    "「{sheet}」已有內容到第 {row} 列；{file} 帶來的 {count} 列會超出 Excel 的最後一列（1,048,576）。未寫入任何內容。請把「{sheet}」中較早的列移到另一個活頁簿，或刪除最後一筆記錄下方的內容，然後重新收回。",
};
