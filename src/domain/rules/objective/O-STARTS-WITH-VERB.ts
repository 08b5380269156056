// O-STARTS-WITH-VERB: Objective does not start with a verb.
import { rule } from "../rule";
import { verbOf } from "../helpers";

export default rule({
  id: "O-STARTS-WITH-VERB",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: {
    en: "Objective does not start with a verb",
    "zh-CN": "目标未以动词开头",
    "zh-TW": "目標未以動詞開頭",
  },
  message: {
    en: "The objective “{statement}” does not open with an action verb.",
    "zh-CN": "目标“{statement}”没有以行动动词开头。",
    "zh-TW": "目標「{statement}」沒有以行動動詞開頭。",
  },
  hint: {
    en: "Write (adverb +) verb + (adjective +) noun, e.g. “Dramatically lower our CPA”.",
    "zh-CN": "按“（状语）+ 动词 +（形容词）+ 名词”来写，例如“大幅降低获客成本”。",
    "zh-TW": "按「（狀語）+ 動詞 +（形容詞）+ 名詞」來寫，例如「大幅降低獲客成本」。",
  },
  example:
    '"Customers happier", "门店客流提高", "我们的员工很重要" — open with (adverb +) verb: "持续引入资深工程师", "组建富有经验的客服团队", "優化成本結構" pass (word classes from jieba\'s dictionary and wink-lexicon, see below)',
  check: (o) => (o.statement && verbOf(o) === null ? { column: "statement" } : null),
});
