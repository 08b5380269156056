// KR-BINARY: Binary key result.
import { rule } from "../rule";
import { typeOf } from "../helpers";

export default rule({
  id: "KR-BINARY",
  topic: "keyResult",
  on: "keyResult",
  severity: "info",
  name: { en: "Binary key result", "zh-CN": "是否型关键结果", "zh-TW": "是否型關鍵結果" },
  message: {
    en: "Key result {id} is done or not done: its progress jumps from 0 to 1.",
    "zh-CN": "关键结果 {id} 只有完成与未完成两种状态，进度会从 0 直接跳到 1。",
    "zh-TW": "關鍵結果 {id} 只有完成與未完成兩種狀態，進度會從 0 直接跳到 1。",
  },
  hint: {
    en: "Keep its confidence column current every week, so risk shows before the deadline.",
    "zh-CN": "每周更新其信心指数，让风险在截止前就显现出来。",
    "zh-TW": "每週更新其信心指數，讓風險在截止前就顯現出來。",
  },
  example: "a Binary KR (done or not): keep its confidence current",
  check: (kr) => (typeOf(kr)?.yesNo ? { column: "krType" } : null),
});
