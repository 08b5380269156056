// O-NO-OWNER: No owner.
import { rule } from "../rule";

export default rule({
  id: "O-NO-OWNER",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "No owner", "zh-CN": "缺少负责人", "zh-TW": "缺少負責人" },
  message: {
    en: "Objective {id} has no owner.",
    "zh-CN": "目标 {id} 没有负责人。",
    "zh-TW": "目標 {id} 沒有負責人。",
  },
  hint: {
    en: "Name one person who answers for the objective.",
    "zh-CN": "指定一位对该目标负责的人。",
    "zh-TW": "指定一位對該目標負責的人。",
  },
  example: "an objective row with Owner empty",
  check: (o) => (o.owner ? null : { column: "owner" }),
});
