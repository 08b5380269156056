// REVIEW-ROLE: Unknown role.
import { rule } from "../rule";
import { joinList } from "../../reading/i18n";
import { ROLES, roleIn, roleWord } from "../../reading/ratingsSheet";
import { ratingCell } from "../helpers";

export default rule({
  id: "REVIEW-ROLE",
  topic: "review",
  on: "review",
  severity: "error",
  name: { en: "Unknown role", "zh-CN": "未知评价类型", "zh-TW": "未知評價類型" },
  message: {
    en: "The role “{role}” is not one of {roles}; the rating is not counted.",
    "zh-CN": "评价类型“{role}”不是 {roles} 之一，此评分不计入。",
    "zh-TW": "評價類型「{role}」不是 {roles} 之一，此評分不計入。",
  },
  hint: {
    en: "Write one of these roles (the Ratings sheet offers them in a dropdown).",
    "zh-CN": "请填写上述评价类型之一（评分明细表中有下拉列表可选）。",
    "zh-TW": "請填寫上述評價類型之一（評分明細表中有下拉清單可選）。",
  },
  example: 'Role "Boss" (the sheet uses Self, Peer, Manager, Designated): not counted',
  check: (ctx) => {
    const { lang } = ctx.ratings;
    const roles = joinList(
      ROLES.map((r) => roleWord(r, lang)),
      lang
    );
    return ctx.ratings.ratings.flatMap((r) =>
      roleIn(r, lang)
        ? []
        : [{ ...ratingCell(ctx, r, "role"), params: { role: r.roleText, roles } }]
    );
  },
});
