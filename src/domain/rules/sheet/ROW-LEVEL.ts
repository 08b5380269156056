// ROW-LEVEL: Unknown level.
import { rule } from "../rule";

export default rule({
  id: "ROW-LEVEL",
  topic: "sheet",
  on: "sheet",
  severity: "error",
  name: { en: "Unknown level", "zh-CN": "层级无法识别", "zh-TW": "層級無法識別" },
  message: {
    en: "Row {row} has Level “{value}”, which is neither Objective nor Key result; the row is not checked.",
    "zh-CN": "第 {row} 行的层级为“{value}”，既不是目标也不是关键结果；该行未被检查。",
    "zh-TW": "第 {row} 列的層級為「{value}」，既不是目標也不是關鍵結果；該列未被檢查。",
  },
  hint: {
    en: "Set Level to Objective or Key result.",
    "zh-CN": "把层级设为“目标”或“关键结果”。",
    "zh-TW": "把層級設為「目標」或「關鍵結果」。",
  },
  example: 'Level "Goal" (neither Objective nor Key result): the row is not checked',
  check: (sheet) =>
    sheet.unknownLevel.map((row) => ({
      column: "level",
      row: row.row,
      params: { row: row.row, value: String(row.cells.level ?? "") },
    })),
});
