// Reading a Chinese statement by word class: words by longest match over jieba's dictionary
// (wordClasses.ts), Traditional read as Simplified. Which verb opens an objective, and which
// predicates of a key result are activities.
import {
  ZH_ACTIVITY_VERBS,
  ZH_BA,
  ZH_CHANGE_VERBS,
  ZH_CLAUSE_VERBS,
  ZH_COMPLEMENTS,
  ZH_MEANS,
  ZH_NOUN_SUFFIXES,
  ZH_OKR_ADVERBS,
  ZH_OKR_VERBS,
  ZH_OUTCOME_OBJECTS,
  ZH_PREDICATES,
  ZH_PURPOSE,
} from "./lexicon";
import { simplified, zhWordAt, type ZhClass } from "./wordClasses";

/** A word of a statement: m a number (digits), l a Latin word, w punctuation. */
export interface ZhToken {
  text: string;
  cls: ZhClass | "m" | "l" | "w";
}

const CLAUSE_BREAK = /[，,；;。！!？?：:]/;
const RUN = /[0-9][0-9.,]*[%％‰]?|[A-Za-z][A-Za-z0-9'’-]*/y;

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * The words of a Simplified text: dictionary words, numbers, Latin words and punctuation; with
 * `firstClause`, only up to the first comma or stop.
 */
export function zhTokens(s: string, firstClause = false): ZhToken[] {
  const out: ZhToken[] = [];
  for (let i = 0; i < s.length;) {
    const ch = s[i];
    if (isHan(s.charCodeAt(i))) {
      const { word, cls } = zhWordAt(s, i);
      const fixed = ZH_OKR_VERBS.has(word) ? "v" : ZH_OKR_ADVERBS.has(word) ? "d" : cls;
      out.push({ text: word, cls: fixed });
      i += word.length;
    } else if (ch === " " || ch === "\u3000" || ch === "\t" || ch === "\u00a0") i++;
    else {
      RUN.lastIndex = i;
      const run = RUN.exec(s);
      if (run) {
        out.push({ text: run[0], cls: ch >= "0" && ch <= "9" ? "m" : "l" });
        i += run[0].length;
      } else {
        if (firstClause && CLAUSE_BREAK.test(ch)) break;
        out.push({ text: ch, cls: "w" });
        i++;
      }
    }
  }
  return out;
}

const isVerb = (t: ZhToken | undefined) => t !== undefined && (t.cls === "v" || t.cls === "n");

/**
 * A subject–predicate clause (销售数量提高, 收入增长: "income grows") opens with a word the
 * dictionary tags a verb that is its subject here: the clause ends in a change verb or adjective
 * with no object after it, and the opening word is not a verb that takes a whole clause
 * (推动业务增长 is right).
 */
function isSubjectPredicate(clause: ZhToken[], opener: string): boolean {
  // A change verb takes a change as its object: 提升用户增长 is right.
  if (ZH_CLAUSE_VERBS.has(opener) || ZH_CHANGE_VERBS.has(opener) || clause.length < 2) return false;
  const last = clause[clause.length - 1].text;
  return ZH_PREDICATES.has(last);
}

/**
 * The verb a Chinese statement (time words already stripped) opens with, after adverbs (大幅, 持续)
 * and adjectives used as adverbs (高效获取, 成功摄取); after 将/把 the verb that follows the object;
 * after a preposition (为…奠定, 给客户…), the first verb of the clause. Null when it opens with a
 * noun, a pronoun or an adjective.
 */
export function leadingZhVerb(text: string): string | null {
  const clause = zhTokens(simplified(text), true);
  let i = 0;
  for (; i < clause.length; i++) {
    const t = clause[i];
    if (ZH_BA.has(t.text)) break; // 将 is tagged an adverb; here it fronts the object
    if (t.cls === "d" || t.text === "地") continue;
    if (t.cls === "a" && (isVerb(clause[i + 1]) || clause[i + 1]?.text === "地")) continue;
    break;
  }
  const first = clause[i];
  if (!first) return null;
  if (ZH_BA.has(first.text) || first.cls === "p") {
    const verb = clause.slice(i + 1).find((t) => t.cls === "v" || t.cls === "n");
    return verb ? verb.text : null;
  }
  if (!isVerb(first)) return null;
  const next = clause[i + 1]?.text ?? "";
  if (next.length === 1 && ZH_NOUN_SUFFIXES.has(next)) return null; // 订阅者, 销售额: a noun
  if (isSubjectPredicate(clause.slice(i), first.text)) return null; // 收入增长, 销售数量提高
  return first.text;
}

/**
 * The activity verbs a key result's predicates are (完成, 上线, 举办…), by clause. In each clause a
 * predicate is a verb that is no part of a noun (完成率, 上线数, 发布后, 新功能发布提供了…), no purpose
 * (以进行跟进) and no modifier of a noun that another verb acts on; in a 将/把 clause the predicate
 * is its last verb (将创建报告所需的时间减少到…: 减少). An activity whose object is a share of a
 * target (完成销售目标的90%) is an outcome.
 */
export function zhActivities(text: string): string[] {
  const tokens = zhTokens(simplified(text));
  const found: string[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !(t.cls === "w" && CLAUSE_BREAK.test(t.text))) continue;
    const clause = tokens.slice(start, i);
    start = i + 1;
    // A means clause before another clause is how, not what: 通过…，上线…
    if (ZH_MEANS.has(clause[0]?.text ?? "") && i < tokens.length) continue;
    found.push(...clauseActivities(clause));
  }
  return found;
}

function clauseActivities(clause: ZhToken[]): string[] {
  const ba = clause.findIndex((t) => ZH_BA.has(t.text));
  if (ba >= 0 && ba <= 2) {
    // 将 + object + verb: the predicate is the last verb (complements such as 到 aside).
    for (let j = clause.length - 1; j > ba; j--) {
      const t = clause[j];
      if ((t.cls === "v" || ZH_ACTIVITY_VERBS.has(t.text)) && !ZH_COMPLEMENTS.has(t.text))
        return ZH_ACTIVITY_VERBS.has(t.text) && !outcomeObject(clause, j) ? [t.text] : [];
    }
    return [];
  }
  const out: string[] = [];
  clause.forEach((t, j) => {
    if (!ZH_ACTIVITY_VERBS.has(t.text)) return;
    const next = clause[j + 1];
    const before = clause[j - 1]?.text ?? "";
    if (next && ZH_NOUN_SUFFIXES.has(next.text)) return; // 完成率, 上线数, 发布后
    if (ZH_PURPOSE.has(before)) return; // 以进行跟进
    if (
      next &&
      next.cls === "v" &&
      next.text.length > 1 &&
      !ZH_ACTIVITY_VERBS.has(next.text) &&
      !ZH_COMPLEMENTS.has(next.text)
    )
      return; // 新功能发布提供了反馈, 已完成赢得: the activity is a noun here
    if (inModifier(clause, j) || outcomeObject(clause, j)) return;
    out.push(t.text);
  });
  return out;
}

/**
 * 已完成的赢得百分比, 完成的项目数增加到20: the verb modifies a noun (right before 的, or in a
 * subject whose change is the predicate). 发布了20个新的支持视频 is no such case: its 的 is inside
 * the object.
 */
function inModifier(clause: ZhToken[], j: number): boolean {
  if (clause[j + 1]?.text === "的") return true;
  const de = clause.findIndex((t, k) => k > j && t.text === "的");
  return de >= 0 && clause.slice(de + 1).some((t) => ZH_CHANGE_VERBS.has(t.text));
}

/** 完成销售目标的90%, 完成经销收入目标的 20%: reaching a share of a target is an outcome. */
function outcomeObject(clause: ZhToken[], j: number): boolean {
  for (let k = j + 1; k < clause.length; k++) {
    if (!ZH_OUTCOME_OBJECTS.has(clause[k].text)) continue;
    if (clause[k + 1]?.text === "的" && clause[k + 2]?.cls === "m") return true;
  }
  return false;
}
