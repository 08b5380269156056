// ACTION-OVERDUE: Action overdue.
import { rule } from "../rule";
import { isOverdue } from "../../reading/actionsSheet";
import { idKey } from "../../reading/ids";
import type { IsoDate } from "../../types";
import { actionCell, actionParams } from "../helpers";

export default rule({
  id: "ACTION-OVERDUE",
  topic: "action",
  on: "actions",
  severity: "warning",
  name: { en: "Action overdue", "zh-CN": "行动已逾期", "zh-TW": "行動已逾期" },
  message: {
    en: "The action “{action}” of {krId} was due on {due} and is not done (as of {asOf}).",
    "zh-CN": "{krId} 的行动“{action}”应于 {due} 完成，截至 {asOf} 仍未完成。",
    "zh-TW": "{krId} 的行動「{action}」應於 {due} 完成，截至 {asOf} 仍未完成。",
  },
  hint: {
    en: "Finish it and set its status to Done, or agree a new due date with its owner.",
    "zh-CN": "完成它并把状态设为“已完成”，或与负责人商定新的截止日期。",
    "zh-TW": "完成它並把狀態設為「已完成」，或與負責人商定新的截止日期。",
  },
  example: "an action In progress, due 2026-02-01, on a sheet as of 2026-02-15",
  check: (ctx) =>
    ctx.input.actions.flatMap((a) => {
      // Overdue as of the key result's own sheet's As-of date, as its Actions overdue column counts.
      const owner = a.krId ? ctx.keyResults.get(idKey(a.krId)) : undefined;
      const asOf = owner?.sheet.header.asOf ?? null;
      if (!owner || !a.due || !isOverdue(a, asOf)) return [];
      const at = actionCell(ctx, a, "due");
      return [{ ...at, params: { ...actionParams(a), due: a.due, asOf: asOf as IsoDate } }];
    }),
});
