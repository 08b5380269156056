// KR-NO-TYPE: No key-result type.
import { rule } from "../rule";

export default rule({
  id: "KR-NO-TYPE",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "No key-result type", "zh-CN": "缺少关键结果类型", "zh-TW": "缺少關鍵結果類型" },
  message: {
    en: "Key result {id} has no KR type, so its progress cannot be computed.",
    "zh-CN": "关键结果 {id} 没有类型，无法计算进度。",
    "zh-TW": "關鍵結果 {id} 沒有類型，無法計算進度。",
  },
  hint: {
    en: "Choose Metric, Milestone, Binary, Keep above or Keep below.",
    "zh-CN": "请选择：指标、里程碑、是否、保持高于、保持低于。",
    "zh-TW": "請選擇：指標、里程碑、是否、保持高於、保持低於。",
  },
  example: "KR type empty: progress cannot be computed",
  check: (kr) => (kr.krType ? null : { column: "krType" }),
});
