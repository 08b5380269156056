// O-NO-KR: Objective without key results.
import { rule } from "../rule";
import { KR_COUNT } from "../objective/O-KR-COUNT";

export default rule({
  id: "O-NO-KR",
  topic: "objective",
  on: "objective",
  severity: "error",
  name: {
    en: "Objective without key results",
    "zh-CN": "目标没有关键结果",
    "zh-TW": "目標沒有關鍵結果",
  },
  message: {
    en: "Objective {id} has no key results.",
    "zh-CN": "目标 {id} 没有关键结果。",
    "zh-TW": "目標 {id} 沒有關鍵結果。",
  },
  hint: {
    en: "Add {min}–{max} key result rows right below the objective.",
    "zh-CN": "在该目标下方紧接着添加 {min}–{max} 行关键结果。",
    "zh-TW": "在該目標下方緊接著新增 {min}–{max} 列關鍵結果。",
  },
  reads: KR_COUNT,
  example: "an objective with no key-result rows below it",
  check: (o, ctx) =>
    o.keyResults.length === 0 ? { column: "level", params: { ...ctx.settings.krCount } } : null,
});
