// KR-NO-ACTION: Key result without actions.
import { rule } from "../rule";
import type { OkrSheet } from "../../reading/sheet";
import { keyResultCell } from "../helpers";

/** A period is over for planning once its as-of date is past its end. */
const planning = (s: OkrSheet) =>
  !s.header.period || !s.header.asOf || s.header.asOf <= s.header.period.end;

export default rule({
  id: "KR-NO-ACTION",
  topic: "action",
  on: "actions",
  severity: "info",
  name: {
    en: "Key result without actions",
    "zh-CN": "关键结果没有行动",
    "zh-TW": "關鍵結果沒有行動",
  },
  message: {
    en: "Key result {id} has no action on the “{actions}” sheet.",
    "zh-CN": "关键结果 {id} 在“{actions}”表中没有任何行动。",
    "zh-TW": "關鍵結果 {id} 在「{actions}」表中沒有任何行動。",
  },
  hint: {
    en: "An OKR is not finished until it has an action plan: add at least one action for {id} with an owner and a due date.",
    "zh-CN":
      "没有行动方案的 OKR 还没有制定完成：为 {id} 添加至少一项行动，并写明负责人和截止日期。",
    "zh-TW":
      "沒有行動方案的 OKR 還沒有制定完成：為 {id} 新增至少一項行動，並寫明負責人和截止日期。",
  },
  example: "a key result with no row on the Actions sheet, while the period is not over",
  check: (ctx) =>
    [...ctx.keyResults].flatMap(([key, { sheet, kr }]) =>
      (ctx.byKeyResult.get(key) ?? []).length === 0 && planning(sheet)
        ? [keyResultCell(ctx, sheet, kr)]
        : []
    ),
});
