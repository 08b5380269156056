// KR-DUE-OUTSIDE-PERIOD: Due outside the period.
import { rule } from "../rule";
import { periodContains } from "../../reading/period";

/** Notes that say a key result spans periods excuse a due date outside the period. */
const CROSS_PERIOD_NOTE =
  /cross[- ]period|spans?\s+(?:periods|quarters)|multi[- ](?:quarter|period)|跨(?:周期|週期|季度|季|期|年)/i;

export default rule({
  id: "KR-DUE-OUTSIDE-PERIOD",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Due outside the period",
    "zh-CN": "截止日期超出周期",
    "zh-TW": "截止日期超出週期",
  },
  message: {
    en: "Key result {id} is due {due}, outside {period} ({start} – {end}).",
    "zh-CN": "关键结果 {id} 的截止日期 {due} 不在 {period}（{start} – {end}）之内。",
    "zh-TW": "關鍵結果 {id} 的截止日期 {due} 不在 {period}（{start} – {end}）之內。",
  },
  hint: {
    en: "Move the due date into the period, or say in Notes that the key result spans periods.",
    "zh-CN": "把截止日期移入周期内，或在备注中说明这是跨周期的关键结果。",
    "zh-TW": "把截止日期移入週期內，或在備註中說明這是跨週期的關鍵結果。",
  },
  example: "due 2026-05-15 on a 2026-Q1 sheet, unless Notes say it spans periods",
  check: (kr, ctx) => {
    const period = ctx.sheet.header.period;
    if (!kr.due || !period || periodContains(period, kr.due) || CROSS_PERIOD_NOTE.test(kr.notes))
      return null;
    return {
      column: "due",
      params: { due: kr.due, period: period.label, start: period.start, end: period.end },
    };
  },
});
