// O-VAGUE-VERB: Vague verb.
import { rule } from "../rule";
import { openingPhrase } from "../../text/analyze";
import { EN_VAGUE_PHRASES, EN_VAGUE_VERBS, ZH_VAGUE_VERBS } from "../../text/lexicon";
import { verbOf } from "../helpers";

const VAGUE = new Set([...EN_VAGUE_VERBS, ...ZH_VAGUE_VERBS]);

export default rule({
  id: "O-VAGUE-VERB",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: { en: "Vague verb", "zh-CN": "动词含糊", "zh-TW": "動詞含糊" },
  message: {
    en: "The objective opens with “{verb}”, which blurs who is responsible.",
    "zh-CN": "目标以“{verb}”开头，责任归属不清。",
    "zh-TW": "目標以「{verb}」開頭，責任歸屬不清。",
  },
  hint: {
    en: "Say what your team itself will achieve, e.g. “Lift renewal rate” instead of “Help sales with renewals”.",
    "zh-CN": "写出本团队自己要达成的结果，例如用“提升续约率”代替“协助销售做续约”。",
    "zh-TW": "寫出本團隊自己要達成的結果，例如用「提升續約率」代替「協助業務做續約」。",
  },
  example: '"Help the sales team with renewals", "協助業務團隊完成續約"',
  check: (o) => {
    if (!o.statement) return null;
    const phrase = openingPhrase(o.statement, EN_VAGUE_PHRASES);
    if (phrase) return { column: "statement", params: { verb: phrase } };
    const verb = verbOf(o);
    return verb && VAGUE.has(verb) ? { column: "statement", params: { verb } } : null;
  },
});
