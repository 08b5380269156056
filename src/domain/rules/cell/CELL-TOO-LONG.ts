// CELL-TOO-LONG: Cell too long for Excel.
import { rule, type SheetHit } from "../rule";
import { rowName, tableRows } from "../helpers";
import type { ColumnKey } from "../../reading/columns";

/** Excel's limit for the characters in one cell; longer text makes Excel repair the file. */
export const EXCEL_CELL_LIMIT = 32767;

export default rule({
  id: "CELL-TOO-LONG",
  topic: "cell",
  on: "sheet",
  severity: "error",
  name: {
    en: "Cell too long for Excel",
    "zh-CN": "单元格超出 Excel 上限",
    "zh-TW": "儲存格超出 Excel 上限",
  },
  message: {
    en: "{column} of {id} holds {length} characters; Excel keeps at most {limit} in a cell.",
    "zh-CN": "{id} 的{column}有 {length} 个字符；Excel 每个单元格最多 {limit} 个。",
    "zh-TW": "{id} 的{column}有 {length} 個字元；Excel 每個儲存格最多 {limit} 個。",
  },
  hint: {
    en: "Shorten the text or move it into a document and link to it; a longer cell makes Excel repair the file.",
    "zh-CN": "缩短文字，或把它移到文档中再链接过来；超长的单元格会让 Excel 修复文件。",
    "zh-TW": "縮短文字，或把它移到文件中再連結過來；超長的儲存格會讓 Excel 修復檔案。",
  },
  example:
    "a Notes cell of 40,000 characters: Excel keeps 32,767 per cell (the command line cuts such a cell in what it writes, and says so)",
  check: (sheet) => {
    // Plain loops: this reads every cell of every row, and almost never finds anything.
    const hits: SheetHit[] = [];
    // Every row holds the sheet's columns, in the order the header gave them.
    const keys = Object.keys(sheet.match?.columns ?? {}) as ColumnKey[];
    for (const item of tableRows(sheet))
      for (const key of keys) {
        const value = item.cells[key];
        if (typeof value !== "string" || value.length <= EXCEL_CELL_LIMIT) continue;
        hits.push({
          column: key as ColumnKey,
          row: item.row,
          okrId: item.id,
          params: {
            id: rowName(item),
            column: key,
            length: value.length,
            limit: EXCEL_CELL_LIMIT,
          },
        });
      }
    return hits;
  },
});
