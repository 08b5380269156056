// KR-NO-MEASURE: No action measures the KR.
import { rule } from "../rule";
import { keyResultCell } from "../helpers";

export default rule({
  id: "KR-NO-MEASURE",
  topic: "action",
  on: "actions",
  severity: "info",
  name: {
    en: "No action measures the KR",
    "zh-CN": "没有度量该关键结果的行动",
    "zh-TW": "沒有度量該關鍵結果的行動",
  },
  message: {
    en: "None of the actions of key result {id} says how its value is measured.",
    "zh-CN": "关键结果 {id} 的行动中没有一项说明如何获取它的数值。",
    "zh-TW": "關鍵結果 {id} 的行動中沒有一項說明如何取得它的數值。",
  },
  hint: {
    en: "Add the action that collects the KR's value regularly (how and how often) and tick “{column}” on it.",
    "zh-CN": "添加定期获取该关键结果数值的行动（方式和频率），并在“{column}”列选择“是”。",
    "zh-TW": "新增定期取得該關鍵結果數值的行動（方式和頻率），並在「{column}」欄選擇「是」。",
  },
  example:
    'a key result whose actions all say No in "Measures the KR": nothing says how its value is collected',
  check: (ctx) =>
    [...ctx.keyResults].flatMap(([key, { sheet, kr }]) => {
      const mine = ctx.byKeyResult.get(key) ?? [];
      return mine.length > 0 && !mine.some((a) => a.measures)
        ? [keyResultCell(ctx, sheet, kr)]
        : [];
    }),
});
