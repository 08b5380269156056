// SHEET-HEADER: Missing column.
import { rule } from "../rule";

export default rule({
  id: "SHEET-HEADER",
  topic: "sheet",
  on: "sheet",
  severity: "error",
  name: { en: "Missing column", "zh-CN": "缺少列", "zh-TW": "缺少欄" },
  message: {
    en: "The header row has no “{column}” column.",
    "zh-CN": "表头行缺少“{column}”列。",
    "zh-TW": "表頭列缺少「{column}」欄。",
  },
  hint: {
    en: "Add a header cell named “{column}” (English, 简体 or 繁體 names all work).",
    "zh-CN": "添加名为“{column}”的表头单元格（英文、简体或繁体名称均可）。",
    "zh-TW": "新增名為「{column}」的表頭儲存格（英文、簡體或繁體名稱皆可）。",
  },
  example: "a header row without a Statement column",
  check: (sheet) =>
    (sheet.match?.missing ?? []).map((column) => ({
      column: "id",
      row: sheet.headerRow,
      cell: `A${sheet.headerRow}`,
      params: { column },
    })),
});
