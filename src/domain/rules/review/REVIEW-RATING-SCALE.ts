// REVIEW-RATING-SCALE: Score off the scale.
import { rule } from "../rule";
import { usableScale } from "../../reading/ratingsSheet";
import { cellNumber } from "../../reading/valueCells";
import { ratingCell } from "../helpers";

export default rule({
  id: "REVIEW-RATING-SCALE",
  topic: "review",
  on: "review",
  severity: "error",
  name: { en: "Score off the scale", "zh-CN": "评分超出范围", "zh-TW": "評分超出範圍" },
  message: {
    en: "The score “{value}” is not a number on the scale {low}–{high}; it is not counted.",
    "zh-CN": "评分“{value}”不是 {low}–{high} 范围内的数字，不计入。",
    "zh-TW": "評分「{value}」不是 {low}–{high} 範圍內的數字，不計入。",
  },
  hint: {
    en: "Enter a number from {low} to {high}.",
    "zh-CN": "请填写 {low} 到 {high} 之间的数字。",
    "zh-TW": "請填寫 {low} 到 {high} 之間的數字。",
  },
  example: "Score `9` on a 1–5 scale, or `great`: the rating is not counted",
  check: (ctx) => {
    const scale = usableScale(ctx.settings.scale);
    if (!scale) return null;
    return ctx.ratings.ratings.flatMap((r) => {
      const score = cellNumber(r.score);
      return score === null || score < scale.low || score > scale.high
        ? [
            {
              ...ratingCell(ctx, r, "score"),
              params: { value: String(r.score ?? ""), low: scale.low, high: scale.high },
            },
          ]
        : [];
    });
  },
});
