// KR-LINKED: Linked key result. A Current that holds a formula is read by Score and recorded by a
// check-in without being replaced (reading/linked.ts).
import { rule } from "../rule";
import { linkTarget } from "../../reading/linked";

export default rule({
  id: "KR-LINKED",
  topic: "keyResult",
  on: "keyResult",
  severity: "info",
  name: { en: "Linked key result", "zh-CN": "关联的关键结果", "zh-TW": "連結的關鍵結果" },
  message: {
    en: "{id}'s Current is linked to {link}: Score reads it, and check-ins record its value without replacing the formula.",
    "zh-CN": "{id} 的当前值关联到 {link}：计分读取它，进度更新记录其数值，但不会替换公式。",
    "zh-TW": "{id} 的目前值連結到 {link}：計分讀取它，進度更新記錄其數值，但不會取代公式。",
  },
  hint: {
    en: "Keep the source up to date. To type values instead, check in with --unlink (command line) or replace the formula yourself.",
    "zh-CN":
      "请保持来源数据最新。若要改为手动填写，请在命令行进度更新时加 --unlink，或自行替换公式。",
    "zh-TW":
      "請保持來源資料最新。若要改為手動填寫，請在命令列進度更新時加 --unlink，或自行取代公式。",
  },
  example: "Current `='P&L'!B1`: check-ins record what it shows and keep the formula",
  check: (kr) => (kr.link ? { column: "current", params: { link: linkTarget(kr.link) } } : null),
});
