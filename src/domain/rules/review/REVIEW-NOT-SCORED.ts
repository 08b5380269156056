// REVIEW-NOT-SCORED: OKR sheet not scored yet.
import { rule } from "../rule";

export default rule({
  id: "REVIEW-NOT-SCORED",
  topic: "review",
  on: "review",
  severity: "error",
  name: { en: "OKR sheet not scored yet", "zh-CN": "OKR 表尚未计分", "zh-TW": "OKR 表尚未計分" },
  message: {
    en: "The OKR sheet {sheet} has no Progress column yet, so its OKR scores cannot be linked.",
    "zh-CN": "OKR 表 {sheet} 还没有“进度”列，无法链接其 OKR 得分。",
    "zh-TW": "OKR 表 {sheet} 還沒有「進度」欄，無法連結其 OKR 得分。",
  },
  hint: {
    en: "Score the workbook first, then build the review.",
    "zh-CN": "请先为工作簿计分，再生成考核表。",
    "zh-TW": "請先為活頁簿計分，再產生考核表。",
  },
  example: "an OKR sheet without its Progress column: score the workbook first",
  check: (ctx) =>
    ctx.okrSheets
      .filter((sheet) => sheet.match?.columns.progress === undefined)
      .map((sheet) => ({
        sheet: sheet.name,
        row: sheet.headerRow,
        cell: `A${sheet.headerRow}`,
        params: { sheet: sheet.name },
      })),
});
