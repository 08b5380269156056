// KR-CARRIED-STATEMENT: Statement names the old start. A carried statement the carry could not
// rewrite (scoring/carryOver.ts) still names the start of the key result it came from.
import { rule } from "../rule";
import { isShare, shownNumber, typeOf } from "../helpers";
import { carriedFrom, staleStatementNumber } from "../../scoring/carryOver";
import { krValues } from "../../scoring/values";

export default rule({
  id: "KR-CARRIED-STATEMENT",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Statement names the old start",
    "zh-CN": "描述仍是旧起始值",
    "zh-TW": "描述仍是舊起始值",
  },
  message: {
    en: "{id}'s statement still says {written}, the start of {from}; its Start is now {start}.",
    "zh-CN": "{id} 的描述仍写着 {written}（{from} 的起始值）；现在的起始值是 {start}。",
    "zh-TW": "{id} 的描述仍寫著 {written}（{from} 的起始值）；現在的起始值是 {start}。",
  },
  hint: {
    en: "Rewrite the statement with the new start, e.g. “from {start} to …”.",
    "zh-CN": "请用新的起始值改写描述，例如“从 {start} 提升到……”。",
    "zh-TW": "請用新的起始值改寫描述，例如「從 {start} 提升到……」。",
  },
  example: 'a carried key result at Start 1,600,000 whose statement still says "up from $1.2M"',
  check: (kr, ctx) => {
    const from = carriedFrom(kr.notes);
    const source = from ? ctx.keyResultById?.(from) : undefined;
    if (!source || typeOf(kr)?.keepsLine) return null;
    const [before, now] = [krValues(source).start, krValues(kr).start];
    if (before === null || now === null || before === now) return null;
    const written = staleStatementNumber(kr.statement, before, now);
    return written
      ? {
          column: "statement",
          params: { from: from as string, written, start: shownNumber(now, isShare(kr)) },
        }
      : null;
  },
});
