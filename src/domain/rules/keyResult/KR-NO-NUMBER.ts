// KR-NO-NUMBER: Key result without a number.
import { rule } from "../rule";
import { containsRealQuantity, placeholderIn } from "../../text/analyze";
import { typeOf } from "../helpers";

export default rule({
  id: "KR-NO-NUMBER",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Key result without a number",
    "zh-CN": "关键结果中没有数字",
    "zh-TW": "關鍵結果中沒有數字",
  },
  message: {
    en: "The key result “{statement}” says no number.",
    "zh-CN": "关键结果“{statement}”中没有数字。",
    "zh-TW": "關鍵結果「{statement}」中沒有數字。",
  },
  hint: {
    en: "Write the measure into the sentence, e.g. “Lift satisfaction from 80% to 90%”.",
    "zh-CN": "把衡量标准写进句子，例如“将用户满意度从80%提升到90%”。",
    "zh-TW": "把衡量標準寫進句子，例如「將用戶滿意度從80%提升到90%」。",
  },
  example:
    '"提升用户满意度" — "Sign three new reseller channels" and "新开十二家直营店" do say a number; an idiom (三番五次) does not',
  // A statement whose number is a placeholder gets KR-PLACEHOLDER instead.
  check: (kr) =>
    typeOf(kr)?.measured &&
    kr.statement &&
    !placeholderIn(kr.statement) &&
    !containsRealQuantity(kr.statement)
      ? { column: "statement" }
      : null,
});
