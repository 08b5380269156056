// KR-ALREADY-MET: Met before the period started. Seed 004: a target already reached asks for
// nothing. A Metric key result whose Current is at or past its Target (in its own direction, Start →
// Target) while the sheet's As-of is before the period or within its first `alreadyMetDays` days (a
// setting): the target was set where the key result already stood. Later in the period a met target
// is progress, not a problem. A Start at the Target is KR-START-EQUALS-TARGET's, and a Start past it
// (the statement says "raise" and Target is below Start) KR-STATEMENT-VALUES'; Keep above/below key
// results are meant to start on the right side of their line.
import { rule } from "../rule";
import { isShare, movesFromStart, shownNumber } from "../helpers";
import { krValues } from "../../scoring/values";
import { dayNumber } from "../../reading/dates";

export default rule({
  id: "KR-ALREADY-MET",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: {
    en: "Target already met",
    "zh-CN": "目标值已经达到",
    "zh-TW": "目標值已經達到",
  },
  message: {
    en: "Key result {id} is already at or past its Target ({current} against {target}, from {start}) as the period starts: it asks for nothing more.",
    "zh-CN":
      "关键结果 {id} 在周期刚开始时就已达到或超过目标值（当前 {current}，目标 {target}，起始 {start}）：不需要再做什么。",
    "zh-TW":
      "關鍵結果 {id} 在週期剛開始時就已達到或超過目標值（目前 {current}，目標 {target}，起始 {start}）：不需要再做什麼。",
  },
  hint: {
    en: "Set the Target beyond what is already reached, or make it a Keep above/below key result if holding the line is the point.",
    "zh-CN": "请把目标值定在已达到的水平之外；若意在守住现状，请改为“保持高于/低于”类型。",
    "zh-TW": "請把目標值訂在已達到的水準之外；若意在守住現狀，請改為「保持高於/低於」類型。",
  },
  thresholds: {
    alreadyMetDays: {
      default: 14,
      label: {
        en: "A target met within this many days of the period's start is named",
        "zh-CN": "周期开始后多少天内已达成目标即提示",
        "zh-TW": "週期開始後多少天內已達成目標即提示",
      },
    },
  },
  example:
    "a Metric KR from 40 to 50 whose Current is 52 in the period's first week (first 14 days, *setting*)",
  check: (kr, ctx) => {
    if (!movesFromStart(kr)) return null;
    const { period, asOf } = ctx.sheet.header;
    if (!period || !asOf) return null;
    if (dayNumber(asOf) - dayNumber(period.start) >= ctx.settings.alreadyMetDays) return null;
    const v = krValues(kr);
    if (v.ambiguous.length > 0 || v.start === null || v.target === null || v.current === null)
      return null;
    const direction = Math.sign(v.target - v.start);
    if (direction === 0 || (v.current - v.target) * direction < 0) return null;
    const share = isShare(kr);
    return {
      column: "current",
      params: {
        start: shownNumber(v.start, share),
        target: shownNumber(v.target, share),
        current: shownNumber(v.current, share),
      },
    };
  },
});
