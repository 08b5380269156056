// O-KR-COUNT: Number of key results.
import { rule, type ThresholdDecl } from "../rule";

/** Declared here, read by O-NO-KR too. */
export const KR_COUNT = {
  krCount: {
    min: {
      default: 2,
      label: {
        en: "Fewest key results per objective",
        "zh-CN": "每个目标最少关键结果数",
        "zh-TW": "每個目標最少關鍵結果數",
      },
    },
    max: {
      default: 5,
      label: {
        en: "Most key results per objective",
        "zh-CN": "每个目标最多关键结果数",
        "zh-TW": "每個目標最多關鍵結果數",
      },
    },
  },
} satisfies ThresholdDecl;

export default rule({
  id: "O-KR-COUNT",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "Number of key results", "zh-CN": "关键结果数量", "zh-TW": "關鍵結果數量" },
  message: {
    en: "Objective {id} has {count} key result(s); {min}–{max} are expected.",
    "zh-CN": "目标 {id} 有 {count} 个关键结果，应为 {min}–{max} 个。",
    "zh-TW": "目標 {id} 有 {count} 個關鍵結果，應為 {min}–{max} 個。",
  },
  hint: {
    en: "{min}–{max} key results describe success without scattering focus: add or merge some.",
    "zh-CN": "{min}–{max} 个关键结果足以描述成功，又不会分散精力：请增补或合并。",
    "zh-TW": "{min}–{max} 個關鍵結果足以描述成功，又不會分散精力：請增補或合併。",
  },
  thresholds: KR_COUNT,
  example:
    "an objective with 1 key result, or 6 (2–5 accepted, *setting*; the hint names the range)",
  check: (o, ctx) => {
    const count = o.keyResults.length;
    const { min, max } = ctx.settings.krCount;
    return count > 0 && (count < min || count > max)
      ? { column: "level", params: { count, min, max } }
      : null;
  },
});
