// KR-TARGET-LOWERED: Target eased mid-period. Seeds 003/004: OKRs may be revised during a period,
// and it must stay visible. Each check-in records the key result's Target (checkins/revisions.ts);
// where the Target now asks for less than the first one recorded this period — lower for a key
// result that rises (Start → Target, or Keep above), higher for one that falls (or Keep below) — the
// bar was moved toward where the key result already is. Read in the key result's own scale, as its
// cells are (scoring/values.ts). Without a check-in history there is nothing to compare with.
import { rule } from "../rule";
import { isShare, movesFromStart, shownNumber, typeOf } from "../helpers";
import { krValues } from "../../scoring/values";
import { idKey } from "../../reading/ids";

export default rule({
  id: "KR-TARGET-LOWERED",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Target eased mid-period",
    "zh-CN": "目标值在周期中被放宽",
    "zh-TW": "目標值在週期中被放寬",
  },
  message: {
    en: "Key result {id}'s Target was eased during the period: {from} at the check-in of {date}, {to} now.",
    "zh-CN": "关键结果 {id} 的目标值在周期中被放宽：{date} 进度更新时为 {from}，现在为 {to}。",
    "zh-TW": "關鍵結果 {id} 的目標值在週期中被放寬：{date} 進度更新時為 {from}，現在為 {to}。",
  },
  hint: {
    en: "Keep the Target set at the start and let the score show the shortfall; if the change was agreed, say why in Notes.",
    "zh-CN": "请保留周期开始时的目标值，让得分如实反映差距；若调整已经商定，请在备注中写明原因。",
    "zh-TW": "請保留週期開始時的目標值，讓得分如實反映差距；若調整已經商定，請在備註中寫明原因。",
  },
  example:
    "a Metric KR from 100 whose first check-in of the period recorded Target 200 and whose Target is now 150",
  check: (kr, ctx) => {
    const period = ctx.sheet.header.period;
    if (!ctx.history || !period || !kr.id) return null;
    const side = typeOf(kr)?.side;
    if (!movesFromStart(kr) && side === undefined) return null;
    const key = idKey(kr.id);
    const first = ctx.history
      .filter(
        (e) =>
          e.sheet === ctx.sheet.name &&
          idKey(e.krId) === key &&
          e.date >= period.start &&
          e.date <= period.end &&
          e.target !== null &&
          e.target !== ""
      )
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row))[0];
    if (!first) return null;
    const now = krValues(kr);
    const then = krValues({ ...kr, cells: { ...kr.cells, target: first.target } });
    if (now.target === null || then.target === null || now.ambiguous.length > 0) return null;
    const direction = side ?? (now.start === null ? 0 : Math.sign(then.target - now.start));
    if ((now.target - then.target) * direction >= 0) return null;
    const share = isShare(kr);
    return {
      column: "target",
      params: {
        from: shownNumber(then.target, share),
        to: shownNumber(now.target, share),
        date: first.date,
      },
    };
  },
});
