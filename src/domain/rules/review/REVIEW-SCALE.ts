// REVIEW-SCALE: Rating scale not usable.
import { rule } from "../rule";
import { columnLetters } from "../../reading/cellRefs";
import { usableScale } from "../../reading/ratingsSheet";

export default rule({
  id: "REVIEW-SCALE",
  topic: "review",
  on: "review",
  severity: "error",
  name: { en: "Rating scale not usable", "zh-CN": "评分范围无法使用", "zh-TW": "評分範圍無法使用" },
  message: {
    en: "The rating scale {low}–{high} is not usable: the high end must be a number above the low end.",
    "zh-CN": "评分范围 {low}–{high} 无法使用：最高分必须是大于最低分的数字。",
    "zh-TW": "評分範圍 {low}–{high} 無法使用：最高分必須是大於最低分的數字。",
  },
  hint: {
    en: "Use 1–5, 0–100 or 0–1.",
    "zh-CN": "请使用 1–5、0–100 或 0–1。",
    "zh-TW": "請使用 1–5、0–100 或 0–1。",
  },
  example: "a scale from 5 to 1: the high end must be a number above the low end",
  check: (ctx) => {
    if (usableScale(ctx.settings.scale)) return null;
    const { row, col } = ctx.scaleLow;
    return {
      sheet: ctx.reviewSheet,
      row: row + 1,
      cell: `${columnLetters(col)}${row + 1}`,
      params: {
        low: String(ctx.settings.scale.low ?? ""),
        high: String(ctx.settings.scale.high ?? ""),
      },
    };
  },
});
