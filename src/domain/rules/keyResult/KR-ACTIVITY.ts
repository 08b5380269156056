// KR-ACTIVITY: Activity, not outcome.
import { rule } from "../rule";
import { activityPredicates, anywherePattern } from "../../text/analyze";
import { EN_ACTIVITY_PHRASES, EN_ACTIVITY_VERBS, ZH_ACTIVITY_VERBS } from "../../text/lexicon";
import { typeOf } from "../helpers";

/**
 * Any activity verb anywhere in a statement (an English one as a word's start: "launched",
 * "built"): reading the predicates of a statement with none is skipped, and most have none.
 */
const ACTIVITY_ANYWHERE = new RegExp(
  `${anywherePattern(ZH_ACTIVITY_VERBS).source}|\\b(?:${[...EN_ACTIVITY_VERBS, ...EN_ACTIVITY_PHRASES.map((p) => p.split(" ")[0]), "built", "held", "ran"].join("|")})`,
  "i"
);

export default rule({
  id: "KR-ACTIVITY",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "Activity, not outcome", "zh-CN": "是任务而非结果", "zh-TW": "是任務而非結果" },
  message: {
    en: "Key result {id} says “{verb}”: it describes an activity, not an outcome.",
    "zh-CN": "关键结果 {id} 的谓语是“{verb}”：描述的是任务，而不是结果。",
    "zh-TW": "關鍵結果 {id} 的謂語是「{verb}」：描述的是任務，而不是結果。",
  },
  hint: {
    en: "Measure the impact of delivering it, or make it a Milestone KR or a to-do.",
    "zh-CN": "衡量完成它带来的影响，或改为里程碑型关键结果或待办事项。",
    "zh-TW": "衡量完成它帶來的影響，或改為里程碑型關鍵結果或待辦事項。",
  },
  example:
    '"Roll out single sign-on to 12 teams", "Design and launch 2 apps", "We have shipped 3 case studies", "客服团队完成40场培训", "通过复盘旧流程，上线2套系统", "舉辦4場經銷商大會" on a Metric, Binary or Keep KR; "完成销售目标的90%", "Reduce the time to create the board report from 2 days to 3 hours" and "Hold the error rate at 0.5%" are outcomes and levels',
  check: (kr) => {
    if (!kr.krType || typeOf(kr)?.deliverable || !kr.statement) return null;
    if (!ACTIVITY_ANYWHERE.test(kr.statement)) return null;
    const [verb] = activityPredicates(kr.statement);
    return verb ? { column: "statement", params: { verb } } : null;
  },
});
