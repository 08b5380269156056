// KR-ACTIVITY: Activity, not outcome.
import { rule } from "../rule";
import { anywherePattern, mayOpenWith, openingPhrase } from "../../text/analyze";
import { EN_ACTIVITY_PHRASES, EN_ACTIVITY_VERBS, ZH_ACTIVITY_VERBS } from "../../text/lexicon";
import { typeOf, verbOf } from "../helpers";

const ACTIVITY = new Set([...EN_ACTIVITY_VERBS, ...ZH_ACTIVITY_VERBS]);
const ACTIVITY_ANYWHERE = anywherePattern(ACTIVITY);

export default rule({
  id: "KR-ACTIVITY",
  topic: "keyResult",
  on: "keyResult",
  severity: "warning",
  name: { en: "Activity, not outcome", "zh-CN": "是任务而非结果", "zh-TW": "是任務而非結果" },
  message: {
    en: "Key result {id} opens with “{verb}”: it describes an activity, not an outcome.",
    "zh-CN": "关键结果 {id} 以“{verb}”开头：描述的是任务，而不是结果。",
    "zh-TW": "關鍵結果 {id} 以「{verb}」開頭：描述的是任務，而不是結果。",
  },
  hint: {
    en: "Measure the impact of delivering it, or make it a Milestone KR or a to-do.",
    "zh-CN": "衡量完成它带来的影响，或改为里程碑型关键结果或待办事项。",
    "zh-TW": "衡量完成它帶來的影響，或改為里程碑型關鍵結果或待辦事項。",
  },
  example:
    '"Roll out single sign-on to 12 teams", "By October, ship 3 integrations", "5 月完成40家门店巡检", "舉辦4場經銷商大會" on a Metric, Binary or Keep KR',
  check: (kr) => {
    if (!kr.krType || typeOf(kr)?.deliverable || !kr.statement) return null;
    const phrase = openingPhrase(kr.statement, EN_ACTIVITY_PHRASES);
    if (phrase) return { column: "statement", params: { verb: phrase } };
    // Segmenting a Chinese statement for its verb is most of this rule's cost: skipped when no
    // activity verb is in it at all.
    const verb = mayOpenWith(kr.statement, ACTIVITY_ANYWHERE) ? verbOf(kr) : null;
    return verb && ACTIVITY.has(verb) ? { column: "statement", params: { verb } } : null;
  },
});
