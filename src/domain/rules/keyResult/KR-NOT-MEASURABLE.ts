// KR-NOT-MEASURABLE: Key result not measurable.
import { rule } from "../rule";
import { carriedWithoutTarget, typeOf } from "../helpers";

export default rule({
  id: "KR-NOT-MEASURABLE",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: {
    en: "Key result not measurable",
    "zh-CN": "关键结果不可衡量",
    "zh-TW": "關鍵結果不可衡量",
  },
  message: {
    en: "Key result {id} needs a numeric {column}.",
    "zh-CN": "关键结果 {id} 需要数值形式的{column}。",
    "zh-TW": "關鍵結果 {id} 需要數值形式的{column}。",
  },
  hint: {
    en: "Fill in Start and Target as numbers (a Keep KR needs only Target).",
    "zh-CN": "以数字填写起始值和目标值（保持型只需目标值）。",
    "zh-TW": "以數字填寫起始值和目標值（保持型只需目標值）。",
  },
  example: "a Metric KR without a numeric Start (a Keep KR: without Target)",
  check: (kr) => {
    const type = typeOf(kr);
    if (!type) return null;
    return (
      type.needs
        .filter((c) => (c === "start" ? kr.start : kr.target) === null)
        // A carried key result's missing Target is KR-CARRIED-TARGET's to explain.
        .filter((c) => c !== "target" || !carriedWithoutTarget(kr))
        .map((column) => ({ column, params: { column } }))
    );
  },
});
