// ACTION-UNKNOWN-KR: Action for an unknown KR.
import { rule } from "../rule";
import { idKey } from "../../reading/ids";
import { actionCell } from "../helpers";

export default rule({
  id: "ACTION-UNKNOWN-KR",
  topic: "action",
  on: "actions",
  severity: "error",
  name: {
    en: "Action for an unknown KR",
    "zh-CN": "行动对应的关键结果不存在",
    "zh-TW": "行動對應的關鍵結果不存在",
  },
  message: {
    en: "The action on row {row} names key result “{krId}”, which is on no OKR sheet.",
    "zh-CN": "第 {row} 行的行动指向关键结果“{krId}”，但任何 OKR 表中都没有它。",
    "zh-TW": "第 {row} 列的行動指向關鍵結果「{krId}」，但任何 OKR 表中都沒有它。",
  },
  hint: {
    en: "Type the ID of an existing key result (e.g. SALES-O1-KR2) in “{column}”, or delete the action.",
    "zh-CN": "在“{column}”中填写已有关键结果的编号（如 SALES-O1-KR2），或删除该行动。",
    "zh-TW": "在「{column}」中填寫既有關鍵結果的編號（如 SALES-O1-KR2），或刪除該行動。",
  },
  example: 'an action for "SALES-O1-KR9" when no sheet has that key result, or with KR ID empty',
  check: (ctx) =>
    ctx.input.actions.flatMap((a) =>
      a.krId && ctx.keyResults.has(idKey(a.krId)) ? [] : [actionCell(ctx, a, "krId")]
    ),
});
