// O-WEIGHTS-SUM: Weights do not add up.
import { rule, type ThresholdDecl } from "../rule";
import { percentText } from "../helpers";

/** Declared here, read by SHEET-WEIGHTS-SUM too. */
export const WEIGHT_TOLERANCE = { weightTolerance: { default: 0.005 } } satisfies ThresholdDecl;

export default rule({
  id: "O-WEIGHTS-SUM",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: {
    en: "Weights do not add up",
    "zh-CN": "权重合计不为 100%",
    "zh-TW": "權重合計不為 100%",
  },
  message: {
    en: "The key-result weights of {id} add up to {sum}, not 100%.",
    "zh-CN": "{id} 的关键结果权重合计为 {sum}，不是 100%。",
    "zh-TW": "{id} 的關鍵結果權重合計為 {sum}，不是 100%。",
  },
  hint: {
    en: "Adjust the weights so they total 100%, or clear them all for equal weights.",
    "zh-CN": "调整权重使其合计为 100%，或全部清空以平均分配。",
    "zh-TW": "調整權重使其合計為 100%，或全部清空以平均分配。",
  },
  thresholds: WEIGHT_TOLERANCE,
  example: "key-result weights 50 %, 30 %, 10 % (90 %, ± 0.5 % tolerated, *setting*)",
  check: (o, ctx) => {
    const weights = o.keyResults.map((kr) => kr.weight);
    if (weights.length === 0 || weights.some((w) => w === null)) return null;
    const sum = (weights as number[]).reduce((a, b) => a + b, 0);
    return Math.abs(sum - 1) > ctx.settings.weightTolerance
      ? { column: "weight", params: { sum: percentText(sum) } }
      : null;
  },
});
