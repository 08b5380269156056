// REVIEW-RATINGS-HEADER: Ratings column missing.
import { rule } from "../rule";
import { RATING_COLUMNS } from "../../reading/ratingsSheet";

export default rule({
  id: "REVIEW-RATINGS-HEADER",
  topic: "review",
  on: "review",
  severity: "error",
  name: { en: "Ratings column missing", "zh-CN": "评分明细缺少列", "zh-TW": "評分明細缺少欄" },
  message: {
    en: "The ratings have no column {column}.",
    "zh-CN": "评分明细缺少“{column}”列。",
    "zh-TW": "評分明細缺少「{column}」欄。",
  },
  hint: {
    en: "Add the column: the header row needs Person, Rater, Role and Score (Comment and Date are optional).",
    "zh-CN": "请添加此列：表头需要 员工、评价人、评价类型、评分（评语和日期可选）。",
    "zh-TW": "請新增此欄：表頭需要 員工、評價人、評價類型、評分（評語和日期可選）。",
  },
  example: "a ratings table without a Score column: the review is not built",
  check: (ctx) =>
    ctx.ratings.missing.map((k) => ({
      sheet: ctx.ratingsSheet,
      row: ctx.ratings.headerRow,
      cell: `A${ctx.ratings.headerRow}`,
      params: { column: RATING_COLUMNS[k][ctx.ratings.lang] },
    })),
});
