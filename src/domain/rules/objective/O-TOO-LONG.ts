// O-TOO-LONG: Objective too long.
import { rule } from "../rule";
import { lengthOver } from "../helpers";

export default rule({
  id: "O-TOO-LONG",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "Objective too long", "zh-CN": "目标过长", "zh-TW": "目標過長" },
  message: {
    en: "The objective is {length} long; the limit is {limit}.",
    "zh-CN": "目标长度为 {length}，上限为 {limit}。",
    "zh-TW": "目標長度為 {length}，上限為 {limit}。",
  },
  hint: {
    en: "An objective reads like a slogan: keep the direction, move the detail into key results.",
    "zh-CN": "目标应像口号一样简洁：保留方向，把细节放进关键结果。",
    "zh-TW": "目標應像口號一樣簡潔：保留方向，把細節放進關鍵結果。",
  },
  thresholds: {
    objectiveLength: {
      cjk: {
        default: 20,
        label: {
          en: "Longest objective (Chinese characters)",
          "zh-CN": "目标最长字数（汉字）",
          "zh-TW": "目標最長字數（漢字）",
        },
      },
      words: {
        default: 12,
        label: {
          en: "Longest objective (English words)",
          "zh-CN": "目标最长词数（英文）",
          "zh-TW": "目標最長詞數（英文）",
        },
      },
    },
  },
  example:
    "an objective over 20 CJK characters or 12 words (*setting*), leading time words and a period suffix not counted",
  check: (o, ctx) => {
    const over = lengthOver(o.statement, ctx.settings.objectiveLength);
    return over ? { column: "statement", params: over } : null;
  },
});
