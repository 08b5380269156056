// REVIEW-WEIGHTS-SUM: Review weights do not add up.
import { rule } from "../rule";
import { absA1 } from "../../reading/cellRefs";
import { COMPONENTS } from "../../reading/ratingsSheet";
import { cellNumber } from "../../reading/valueCells";

export default rule({
  id: "REVIEW-WEIGHTS-SUM",
  topic: "review",
  on: "review",
  severity: "warning",
  name: {
    en: "Review weights do not add up",
    "zh-CN": "评价权重合计不为 100%",
    "zh-TW": "評價權重合計不為 100%",
  },
  message: {
    en: "The component weights add up to {sum} %, not 100 %.",
    "zh-CN": "各组成部分的权重合计为 {sum}%，不是 100%。",
    "zh-TW": "各組成部分的權重合計為 {sum}%，不是 100%。",
  },
  hint: {
    en: "Change the weights so they add up to 100 % (default: OKR 40, manager 25, peer 15, designated 10, self 10).",
    "zh-CN": "调整权重使其合计为 100%（默认：OKR 40、上级 25、互评 15、指定人 10、自评 10）。",
    "zh-TW": "調整權重使其合計為 100%（預設：OKR 40、上級 25、互評 15、指定人 10、自評 10）。",
  },
  example: "component weights OKR 40, manager 25, peer 15, designated 10, self 20 (110 %)",
  check: (ctx) => {
    // Weights must make 100 % (± 0.5 %, as the sheet's own weight rules).
    const sum = COMPONENTS.reduce((s, c) => s + (cellNumber(ctx.settings.weights[c]) ?? 0), 0);
    if (Math.abs(sum - 1) <= 0.005) return null;
    const { row, col } = ctx.weightsTotal;
    return {
      sheet: ctx.reviewSheet,
      row: row + 1,
      cell: absA1(col, row).replace(/\$/g, ""),
      params: { sum: Number((sum * 100).toFixed(1)) },
    };
  },
});
