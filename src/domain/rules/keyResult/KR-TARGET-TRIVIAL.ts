// KR-TARGET-TRIVIAL: Target within a small step of Start. Seed 004: a target that asks for almost
// nothing ("sales up 1 % on last quarter") does not stretch anyone. A Metric key result whose Target
// differs from its Start by less than `trivialStep` of the Start (a setting) is named: a warning under
// an aspirational objective (it is meant to stretch), a note under a committed one (seed 003:
// committed means it must be met in full, so a modest step can be right). A Start of 0 has no scale
// to measure the step against, and Start = Target is KR-START-EQUALS-TARGET's.
import { rule } from "../rule";
import { isShare, movesFromStart, shownNumber } from "../helpers";
import { krValues } from "../../scoring/values";

export default rule({
  id: "KR-TARGET-TRIVIAL",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  alsoSeverity: "info",
  name: {
    en: "Target barely moves",
    "zh-CN": "目标值几乎没有变化",
    "zh-TW": "目標值幾乎沒有變化",
  },
  message: {
    en: "Key result {id} moves only {step} from its Start ({start} → {target}): a target so close to where it starts asks for no more than business as usual.",
    "zh-CN":
      "关键结果 {id} 的目标值与起始值只相差 {step}（{start} → {target}）：目标离起点这么近，几乎不需要额外努力。",
    "zh-TW":
      "關鍵結果 {id} 的目標值與起始值只相差 {step}（{start} → {target}）：目標離起點這麼近，幾乎不需要額外努力。",
  },
  hint: {
    en: "Set a Target that takes real effort (a 1% rise in sales is no goal), or make it a Keep above/below key result if holding the line is the point.",
    "zh-CN":
      "请设定需要真正努力才能达到的目标值（销售额仅增长 1% 算不上目标）；若意在守住现状，请改为“保持高于/低于”类型。",
    "zh-TW":
      "請設定需要真正努力才能達到的目標值（銷售額僅成長 1% 算不上目標）；若意在守住現狀，請改為「保持高於/低於」類型。",
  },
  thresholds: {
    trivialStep: {
      default: 0.02,
      percent: true,
      label: {
        en: "Smallest Target step, as a share of Start (%)",
        "zh-CN": "目标值相对起始值的最小变化（%）",
        "zh-TW": "目標值相對起始值的最小變化（%）",
      },
    },
  },
  example:
    'a Metric KR "Grow quarterly sales from 1,000,000 to 1,010,000": 1 % over its Start (below 2 %, *setting*; a note under a committed objective)',
  check: (kr, ctx) => {
    if (!movesFromStart(kr)) return null;
    const v = krValues(kr);
    if (v.ambiguous.length > 0 || v.start === null || v.target === null) return null;
    if (v.start === 0 || v.start === v.target) return null;
    const step = Math.abs(v.target - v.start) / Math.abs(v.start);
    if (step >= ctx.settings.trivialStep) return null;
    const objective = ctx.sheet.objectives.find((o) => o.keyResults.some((k) => k.row === kr.row));
    const share = isShare(kr);
    return {
      column: "target",
      params: {
        step: shownNumber(Math.round(step * 10000) / 10000, true),
        start: shownNumber(v.start, share),
        target: shownNumber(v.target, share),
      },
      ...(objective?.commitment === "committed" ? { severity: "info" as const } : {}),
    };
  },
});
