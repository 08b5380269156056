// ACTION-NO-OWNER: Action without owner.
import { rule } from "../rule";
import { actionCell } from "../helpers";

export default rule({
  id: "ACTION-NO-OWNER",
  topic: "action",
  on: "actions",
  severity: "warning",
  name: { en: "Action without owner", "zh-CN": "行动没有负责人", "zh-TW": "行動沒有負責人" },
  message: {
    en: "The action “{action}” of {krId} has no owner.",
    "zh-CN": "{krId} 的行动“{action}”没有负责人。",
    "zh-TW": "{krId} 的行動「{action}」沒有負責人。",
  },
  hint: {
    en: "Every task derived from an OKR needs someone who carries it out: fill in “{column}”.",
    "zh-CN": "由 OKR 推导出的每项任务都要有人执行：请填写“{column}”。",
    "zh-TW": "由 OKR 推導出的每項任務都要有人執行：請填寫「{column}」。",
  },
  example: "an action with Owner empty",
  check: (ctx) => ctx.input.actions.flatMap((a) => (a.owner ? [] : [actionCell(ctx, a, "owner")])),
});
