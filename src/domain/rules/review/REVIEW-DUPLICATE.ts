// REVIEW-DUPLICATE: Duplicate rating.
import { rule } from "../rule";
import { roleIn } from "../../reading/ratingsSheet";
import { ratingCell } from "../helpers";

export default rule({
  id: "REVIEW-DUPLICATE",
  topic: "review",
  on: "review",
  severity: "warning",
  name: { en: "Duplicate rating", "zh-CN": "重复评分", "zh-TW": "重複評分" },
  message: {
    en: "{rater} already rated {person} as {role} on row {first}; both ratings count.",
    "zh-CN": "{rater} 已在第 {first} 行以“{role}”身份评价过 {person}，两条评分都会计入。",
    "zh-TW": "{rater} 已在第 {first} 列以「{role}」身分評價過 {person}，兩筆評分都會計入。",
  },
  hint: {
    en: "Delete the rating that is out of date.",
    "zh-CN": "请删除过时的那条评分。",
    "zh-TW": "請刪除過時的那筆評分。",
  },
  example: "Bo rating Ann as a peer twice: both count until one is deleted",
  check: (ctx) => {
    const seen = new Map<string, number>();
    return ctx.ratings.ratings.flatMap((r) => {
      const role = roleIn(r, ctx.ratings.lang);
      if (!role) return [];
      const key = [r.person, r.rater, role].map((x) => x.toLowerCase()).join("\u0000");
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, r.row);
        return [];
      }
      const params = { person: r.person, rater: r.rater, role: r.roleText, first };
      return [{ ...ratingCell(ctx, r, "person"), params }];
    });
  },
});
