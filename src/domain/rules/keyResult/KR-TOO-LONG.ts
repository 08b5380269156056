// KR-TOO-LONG: Key result too long.
import { rule } from "../rule";
import { lengthOver } from "../helpers";

export default rule({
  id: "KR-TOO-LONG",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "Key result too long", "zh-CN": "关键结果过长", "zh-TW": "關鍵結果過長" },
  message: {
    en: "Key result {id} is {length} long; the limit is {limit}.",
    "zh-CN": "关键结果 {id} 长度为 {length}，上限为 {limit}。",
    "zh-TW": "關鍵結果 {id} 長度為 {length}，上限為 {limit}。",
  },
  hint: {
    en: "Say one measurable result per key result; move explanations into Notes.",
    "zh-CN": "每个关键结果只写一个可衡量的结果，解释放到备注里。",
    "zh-TW": "每個關鍵結果只寫一個可衡量的結果，解釋放到備註裡。",
  },
  thresholds: { keyResultLength: { cjk: { default: 40 }, words: { default: 25 } } },
  example: "a key result over 40 CJK characters or 25 words",
  check: (kr, ctx) => {
    const over = lengthOver(kr.statement, ctx.settings.keyResultLength);
    return over ? { column: "statement", params: over } : null;
  },
});
