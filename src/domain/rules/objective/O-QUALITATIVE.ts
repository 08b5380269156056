// O-QUALITATIVE: Objective holds a number.
import { rule } from "../rule";
import { containsQuantity, placeholderIn } from "../../text/analyze";

export default rule({
  id: "O-QUALITATIVE",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "Objective holds a number", "zh-CN": "目标含有数字", "zh-TW": "目標含有數字" },
  message: {
    en: "The objective “{statement}” contains a quantity.",
    "zh-CN": "目标“{statement}”中含有数量。",
    "zh-TW": "目標「{statement}」中含有數量。",
  },
  hint: {
    en: "Keep the objective qualitative and inspiring; move the number into a key result.",
    "zh-CN": "目标应定性、鼓舞人心；把数字移到关键结果里。",
    "zh-TW": "目標應定性、鼓舞人心；把數字移到關鍵結果裡。",
  },
  example:
    '"Grow revenue by 30%", "打造三个标杆客户" — numbers (digits, %, currency, number words) belong in key results; Q1, FY2026, 第一季度 and dates do not count',
  // A placeholder (XX万美元) is a number still to come: it belongs in a key result too.
  check: (o) =>
    o.statement && (containsQuantity(o.statement) || placeholderIn(o.statement))
      ? { column: "statement" }
      : null,
});
