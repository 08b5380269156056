// Reading a statement as a person does: which language, which verb it opens with, whether it holds a
// quantity, how long it is. Chinese is segmented with Intl.Segmenter; lexicons decide what is a verb.
import {
  EN_ADVERBS,
  EN_NOT_VERBS,
  EN_VERBS,
  ZH_ADVERBS,
  ZH_BA,
  ZH_NOUN_SUFFIXES,
  ZH_VERBS,
} from "./lexicon";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

let zhSegmenter: Intl.Segmenter | null = null;

/** Chinese words, as Intl.Segmenter splits them (punctuation and spaces dropped), as they are needed. */
export function* segmentZh(text: string): Generator<string> {
  zhSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  for (const s of zhSegmenter.segment(text)) if (s.segment.trim() !== "") yield s.segment;
}

/**
 * Words pulled from a generator only as far as they are read: the leading verb sits in the first
 * few words, so a long statement is not segmented to its end.
 */
class Words {
  private readonly seen: string[] = [];
  private done = false;
  constructor(private readonly source: Iterator<string>) {}
  at(i: number): string | undefined {
    while (!this.done && this.seen.length <= i) {
      const next = this.source.next();
      if (next.done) this.done = true;
      else this.seen.push(next.value);
    }
    return this.seen[i];
  }
}

/** Period markers: Q1–Q4, H1/H2, FY2026, years, 2026-Q1, 第一季度, 上半年, 20__年. */
const PERIOD_MARKERS: readonly RegExp[] = [
  /(?:19|20)\d{2}\s*[-/ ]?\s*[QH][1-4]\b/gi,
  /\b[QH][1-4]\s*[-/ ]?\s*(?:19|20)\d{2}\b/gi,
  /\bFY\s*'?\d{2,4}\b/gi,
  /(?<![A-Za-z0-9])[QH][1-4](?:\s*[-–~]\s*[QH]?[1-4])?(?![A-Za-z0-9])/gi,
  /第\s*[一二三四1-4]\s*(?:季度|季)/g,
  /(?:19|20)\d{2}\s*(?:年度|年|财年|財年)/g,
  /20[_＿]+\s*年/g,
  /(?<![0-9])(?:19|20)\d{2}(?![0-9%％])/g,
];

/** The text with period markers removed (they are not quantities). */
export function withoutPeriodMarkers(text: string): string {
  let out = text.normalize("NFKC");
  for (const marker of PERIOD_MARKERS) out = out.replace(marker, " ");
  return out;
}

/** Chinese numerals used as amounts: 两倍, 三成, 五个百分点, 一万. */
const ZH_AMOUNT =
  /[一二两兩三四五六七八九十百千万萬亿億半]+\s*(?:倍|成(?![为為员員长長功本果熟立])|个百分点|個百分點|万|萬|亿|億)/;

/** Whether a statement holds a quantity: digits (any width), %, a currency sign, 2倍 or 三成. */
export function containsQuantity(text: string): boolean {
  const rest = withoutPeriodMarkers(text);
  return /\d/.test(rest) || /[%‰$€£¥]/.test(rest) || ZH_AMOUNT.test(rest);
}

/** Leading time words: "In Q1,", "This quarter", "本季度", "2026年", "上半年". */
const EN_TIME_PREFIX =
  /^(?:(?:in|by|during|for|this|next|over|before|throughout|within|until|through)\s+(?:the\s+)?(?:(?:next|coming|current|first|second|third|fourth|last)\s+)?(?:q[1-4]|h[12]|fy\s*\d{2,4}|(?:19|20)\d{2}|quarter|half|year|month|period|cycle|end\s+of\s+(?:the\s+)?(?:q[1-4]|h[12]|year|quarter|(?:19|20)\d{2}))(?:\s+(?:19|20)\d{2})?|(?:q[1-4]|h[12]|fy\s*\d{2,4})(?:\s+(?:19|20)\d{2})?)\s*[,:;–—-]?\s*/i;
const ZH_TIME_PREFIX =
  /^(?:本季度|本季|本年度|本年|今年|明年|本月|本周|本週|本半年|这个季度|這個季度|这季度|這季度|上半年|下半年|年内|年內|季度内|季度內|(?:19|20)\d{2}\s*年?\s*(?:第\s*[一二三四1-4]\s*(?:季度|季)|[上下]半年)?|第\s*[一二三四1-4]\s*(?:季度|季)|[QH][1-4])\s*(?:内|內|中|里|裡)?\s*[，,：:、]?\s*/i;

export interface LeadingVerb {
  /** The verb, lower-cased for English; null when the statement does not open with one. */
  verb: string | null;
  lang: "zh" | "en";
}

function zhVerbOf(token: string): string | null {
  if (ZH_VERBS.has(token)) return token;
  // The segmenter sometimes keeps a verb and its complement together ("提升到", "爱上"): a lexicon
  // verb that starts the token is the verb. Longest first.
  for (let len = Math.min(4, token.length - 1); len >= 1; len--) {
    const head = token.slice(0, len);
    if (ZH_VERBS.has(head)) return head;
  }
  return null;
}

/** A verb that a noun suffix follows (完成率, 增长额) is part of a noun, not the statement's verb. */
function isVerbAt(words: Words, i: number): string | null {
  const token = words.at(i);
  const verb = token === undefined ? null : zhVerbOf(token);
  if (!verb) return null;
  const next = words.at(i + 1);
  if (verb === token && next !== undefined && ZH_NOUN_SUFFIXES.has(next)) return null;
  return verb;
}

function leadingZh(text: string): string | null {
  let rest = text.normalize("NFKC").trim();
  for (let guard = 0; guard < 3; guard++) {
    const time = ZH_TIME_PREFIX.exec(rest);
    if (!time || time[0] === "") break;
    rest = rest.slice(time[0].length);
  }
  const words = new Words(segmentZh(rest));
  let i = 0;
  // Adverbs first ("大幅", "持續"); an adverb fused with its verb in one token counts too.
  while (ZH_ADVERBS.has(words.at(i) ?? "")) i++;
  const first = words.at(i);
  if (first === undefined) return null;
  if (!ZH_VERBS.has(first)) {
    for (const adverb of ZH_ADVERBS) {
      const verb = first.startsWith(adverb) ? zhVerbOf(first.slice(adverb.length)) : null;
      if (verb) return verb;
    }
  }
  if (ZH_BA.has(first)) {
    // 将/把 + object + verb: the verb is the first real verb after the object.
    for (let j = i + 1; words.at(j) !== undefined; j++) {
      const verb = isVerbAt(words, j);
      if (verb) return verb;
    }
    return null;
  }
  return isVerbAt(words, i);
}

function isEnVerb(word: string): boolean {
  if (EN_VERBS.has(word)) return true;
  if (EN_NOT_VERBS.has(word)) return false;
  // -ize / -ise / -ify / -ate words are verbs far more often than not (optimize, simplify, automate).
  return word.length > 5 && /(?:ize|ise|ify|ate)$/.test(word);
}

function leadingEn(text: string): string | null {
  let rest = text.normalize("NFKC").trim();
  for (let guard = 0; guard < 3; guard++) {
    const time = EN_TIME_PREFIX.exec(rest);
    if (!time || time[0] === "") break;
    rest = rest.slice(time[0].length);
  }
  const words = (rest.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*/g) ?? []).map((w) => w.toLowerCase());
  let i = 0;
  while (
    i < words.length - 1 &&
    (EN_ADVERBS.has(words[i]) || (/ly$/.test(words[i]) && !isEnVerb(words[i])))
  )
    i++;
  const first = words[i];
  if (!first) return null;
  // "Re-engage", "Co-create": the part after the prefix decides.
  const base = first.replace(/^(?:re|co|pre|up|de)-/, "");
  return isEnVerb(first) || isEnVerb(base) ? first : null;
}

/** The verb a statement opens with, after optional time words and adverbs. */
export function leadingVerb(text: string): LeadingVerb {
  if (hasHan(text)) return { verb: leadingZh(text), lang: "zh" };
  return { verb: leadingEn(text), lang: "en" };
}

/** Whether the statement opens with one of the given phrases (after time words and adverbs). */
export function opensWithPhrase(text: string, phrases: readonly string[]): boolean {
  const normal = text.normalize("NFKC").trim().toLowerCase().replace(EN_TIME_PREFIX, "");
  return phrases.some((p) => normal === p || normal.startsWith(`${p} `));
}

/** A trailing period suffix ("– Q1", "(2026-Q1)", "in Q1") does not count towards length. */
const PERIOD_SUFFIX =
  /[\s,–—\-:：(（]*(?:(?:in|for|during)\s+)?(?:(?:19|20)\d{2}\s*[-\s]?\s*)?(?:[QH][1-4]|FY\s*\d{2,4}|(?:19|20)\d{2}\s*年?\s*(?:第[一二三四1-4]季度?)?)(?:\s*(?:19|20)\d{2})?[)）]?\s*$/i;

export interface TextLength {
  cjk: number;
  words: number;
}

/** CJK characters and Latin words of a statement, period suffix excluded. */
export function textLength(text: string): TextLength {
  const body = text.normalize("NFKC").replace(PERIOD_SUFFIX, "");
  const cjk = (body.match(CJK_CHAR) ?? []).length;
  const latin = body.replace(CJK_CHAR, " ").match(LATIN_WORD) ?? [];
  return { cjk, words: latin.length };
}
