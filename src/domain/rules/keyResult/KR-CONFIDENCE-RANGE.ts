// KR-CONFIDENCE-RANGE: Confidence.
import { rule } from "../rule";
import { isExcelError } from "../../reading/numbers";
import { percentText } from "../helpers";

export default rule({
  id: "KR-CONFIDENCE-RANGE",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
  message: {
    en: "Confidence of {id} is {value}.",
    "zh-CN": "{id} 的信心指数为 {value}。",
    "zh-TW": "{id} 的信心指數為 {value}。",
  },
  hint: {
    en: "Confidence lies between 0% and 100%; aim for about 70% at planning.",
    "zh-CN": "信心指数应在 0% 到 100% 之间；制定时以 70% 左右为宜。",
    "zh-TW": "信心指數應在 0% 到 100% 之間；制定時以 70% 左右為宜。",
  },
  thresholds: {
    confidenceBand: {
      low: {
        default: 0.5,
        percent: true,
        label: {
          en: "Confidence worth a note below (%)",
          "zh-CN": "信心指数低于此值时提示（%）",
          "zh-TW": "信心指數低於此值時提示（%）",
        },
      },
      high: {
        default: 0.9,
        percent: true,
        label: {
          en: "Confidence worth a note above (%)",
          "zh-CN": "信心指数高于此值时提示（%）",
          "zh-TW": "信心指數高於此值時提示（%）",
        },
      },
    },
  },
  alsoSeverity: "info",
  example: "confidence 120 % (warning); 30 % or 95 % (info, band *setting*)",
  check: (kr, ctx) => {
    const c = kr.confidence;
    if (c === null || isExcelError(kr.cells.confidence)) return null;
    const value = percentText(c);
    if (c < 0 || c > 1) return { column: "confidence", params: { value } };
    const { low, high } = ctx.settings.confidenceBand;
    return c < low || c > high
      ? { column: "confidence", params: { value }, severity: "info" }
      : null;
  },
});
