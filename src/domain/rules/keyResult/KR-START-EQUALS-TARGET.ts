// KR-START-EQUALS-TARGET: Start equals target.
import { rule } from "../rule";
import { typeOf } from "../helpers";

export default rule({
  id: "KR-START-EQUALS-TARGET",
  topic: "keyResult",
  on: "keyResult",
  severity: "error",
  name: { en: "Start equals target", "zh-CN": "起始值等于目标值", "zh-TW": "起始值等於目標值" },
  message: {
    en: "Key result {id} starts at its target ({value}): there is nothing to measure.",
    "zh-CN": "关键结果 {id} 的起始值等于目标值（{value}），无从衡量进度。",
    "zh-TW": "關鍵結果 {id} 的起始值等於目標值（{value}），無從衡量進度。",
  },
  hint: {
    en: "Set a target that differs from the start, or make it a Keep above/below KR.",
    "zh-CN": "设定不同于起始值的目标值，或改为“保持高于/低于”类型。",
    "zh-TW": "設定不同於起始值的目標值，或改為「保持高於/低於」類型。",
  },
  example: "a Metric KR with Start 80 and Target 80",
  check: (kr) =>
    typeOf(kr)?.check?.rule === "KR-START-EQUALS-TARGET" &&
    kr.start !== null &&
    kr.start === kr.target
      ? { column: "target", params: { value: kr.target } }
      : null,
});
