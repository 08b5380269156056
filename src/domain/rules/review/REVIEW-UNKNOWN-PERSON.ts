// REVIEW-UNKNOWN-PERSON: Unknown person.
import { rule } from "../rule";
import { textKey } from "../../reading/ratingsSheet";
import { ratingCell } from "../helpers";

export default rule({
  id: "REVIEW-UNKNOWN-PERSON",
  topic: "review",
  on: "review",
  severity: "warning",
  name: { en: "Unknown person", "zh-CN": "未知员工", "zh-TW": "未知員工" },
  message: {
    en: "“{person}” owns no objective on any OKR sheet; the rating is not counted.",
    "zh-CN": "“{person}”在任何 OKR 表中都不是目标负责人，此评分不计入。",
    "zh-TW": "「{person}」在任何 OKR 表中都不是目標負責人，此評分不計入。",
  },
  hint: {
    en: "Write the name exactly as in the Owner column (spaces count), or add the person's objectives.",
    "zh-CN": "请按“负责人”列中的写法填写姓名（空格也算），或为此人添加目标。",
    "zh-TW": "請按「負責人」欄中的寫法填寫姓名（空格也算），或為此人新增目標。",
  },
  example: 'a rating of "Zed" when no objective is owned by Zed (spaces count): not counted',
  check: (ctx) => {
    // A set of names, not a search of the people per rating: 60,000 ratings of 10,000 people.
    const known = new Set(ctx.people.map((p) => textKey(p.name)));
    return ctx.ratings.ratings.flatMap((r) =>
      known.has(textKey(r.person))
        ? []
        : [{ ...ratingCell(ctx, r, "person"), params: { person: r.person } }]
    );
  },
});
