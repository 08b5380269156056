// KR-NO-DUE: No due date.
import { rule } from "../rule";
import { isBlankCell } from "../../reading/sheet";

export default rule({
  id: "KR-NO-DUE",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "No due date", "zh-CN": "没有截止日期", "zh-TW": "沒有截止日期" },
  message: {
    en: "Key result {id} has no due date and the sheet has no period.",
    "zh-CN": "关键结果 {id} 没有截止日期，工作表也未设定周期。",
    "zh-TW": "關鍵結果 {id} 沒有截止日期，工作表也未設定週期。",
  },
  hint: {
    en: "Give the key result a due date, or set the sheet's period (e.g. 2026-Q1).",
    "zh-CN": "为关键结果填写截止日期，或设定工作表的周期（如 2026-Q1）。",
    "zh-TW": "為關鍵結果填寫截止日期，或設定工作表的週期（如 2026-Q1）。",
  },
  example: "no due date on a sheet without a period",
  check: (kr, ctx) =>
    isBlankCell(kr.cells.due) && !ctx.sheet.header.period ? { column: "due" } : null,
});
