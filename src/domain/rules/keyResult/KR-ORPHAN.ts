// KR-ORPHAN: Key result without objective.
import { rule } from "../rule";
import { rowName } from "../helpers";

export default rule({
  id: "KR-ORPHAN",
  topic: "keyResult",
  on: "sheet",
  severity: "error",
  name: {
    en: "Key result without objective",
    "zh-CN": "关键结果没有所属目标",
    "zh-TW": "關鍵結果沒有所屬目標",
  },
  message: {
    en: "Key result {id} has no objective above it.",
    "zh-CN": "关键结果 {id} 上方没有目标。",
    "zh-TW": "關鍵結果 {id} 上方沒有目標。",
  },
  hint: {
    en: "Put the key result in the rows right below the objective it measures.",
    "zh-CN": "把关键结果放在它所衡量的目标下方。",
    "zh-TW": "把關鍵結果放在它所衡量的目標下方。",
  },
  example: "a key-result row above the sheet's first objective",
  check: (sheet) =>
    sheet.orphans.map((kr) => ({
      column: "level",
      row: kr.row,
      okrId: kr.id,
      params: { id: rowName(kr) },
    })),
});
