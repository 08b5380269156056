// Reading a statement as a person does: which language, which verb it opens with, which predicates
// are activities, whether it holds a quantity or a placeholder, how long it is. Word classes come
// from maintained dictionaries (wordClasses.ts; chinese.ts and english.ts read by them).
import { leadingZhVerb, zhActivities } from "./chinese";
import { enActivities, leadingEnVerb } from "./english";
import { EN_NUMBER_WORDS, ZH_MEASURE_WORDS } from "./lexicon";
import { placeholderIn, withoutPlaceholders } from "./placeholders";
import { simplified, zhClass } from "./wordClasses";
import { lastAnswer } from "./lastAnswer";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;
const LATIN_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

let zhSegmenter: Intl.Segmenter | null = null;

/**
 * Chinese words, as Intl.Segmenter splits them (spaces dropped; punctuation is a segment), as they
 * are needed.
 * Walked with `containing()` rather than the segments' iterator: both give the same boundaries (the
 * standard defines both by one FindBoundary), but in V8 the iterator costs more: 3.7 against 2.6 µs
 * per key result for the first three words of the lint bench's Chinese statements.
 */
export function* segmentZh(text: string): Generator<string> {
  zhSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const segments = zhSegmenter.segment(text);
  for (let at = 0; at < text.length;) {
    const { segment } = segments.containing(at) as Intl.SegmentData;
    if (segment.trim() !== "") yield segment;
    at += segment.length;
  }
}

/** English month names, as time phrases and dates use them. */
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/** A Chinese month, optionally with its day: 4 月, 十二月份, 3月15日. */
const ZH_MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月份?(?:\\s*\\d{1,2}\\s*[日号號])?";

/**
 * A period marker. `notAfter` is the character that may not come just before it: what a negative
 * lookbehind would say, which WebKit parses only from Safari 16.4 — a regex literal holding one
 * stops the whole script from loading in an older Mac or iPad webview.
 */
interface Marker {
  pattern: RegExp;
  notAfter?: RegExp;
}

/** Period markers: Q1–Q4, H1/H2, FY2026, years, 2026-Q1, 第一季度, 上半年, 20__年, dates. */
const PERIOD_MARKERS: readonly Marker[] = [
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}\\b|\\b${DAY}\\s+${MONTH}\\b`, "gi") },
  { pattern: new RegExp(`${ZH_MONTH}(?![0-9])`, "g"), notAfter: /[0-9]/ },
  { pattern: /(?:19|20)\d{2}\s*[-/ ]?\s*[QH][1-4]\b/gi },
  { pattern: /\b[QH][1-4]\s*[-/ ]?\s*(?:19|20)\d{2}\b/gi },
  { pattern: /\bFY\s*'?\d{2,4}\b/gi },
  {
    pattern: /[QH][1-4](?:\s*[-–~]\s*[QH]?[1-4])?(?![A-Za-z0-9])/gi,
    notAfter: /[A-Za-z0-9]/,
  },
  { pattern: /第\s*[一二三四1-4]\s*(?:季度|季)/g },
  { pattern: /(?:19|20)\d{2}\s*(?:年度|年|财年|財年)/g },
  { pattern: /20[_＿]+\s*年/g },
  { pattern: /(?:19|20)\d{2}(?![0-9%％])/g, notAfter: /[0-9]/ },
];

/**
 * The text with each match of a marker replaced by a space. Where `notAfter` rules a match out, the
 * search goes on from the next character, as the regex engine does when a lookbehind fails there.
 */
function withoutMarker(text: string, { pattern, notAfter }: Marker): string {
  if (!notAfter) return text.replace(pattern, " ");
  let out = "";
  let kept = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && notAfter.test(text[m.index - 1])) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out += `${text.slice(kept, m.index)} `;
    kept = m.index + m[0].length;
    pattern.lastIndex = Math.max(kept, m.index + 1);
  }
  return out + text.slice(kept);
}

/** Every period marker holds a digit or a Chinese numeral: text without one has none to remove. */
const MARKER_CHAR = /[0-9一二三四五六七八九十]/;

/** The text with period markers removed (they are not quantities). */
export function withoutPeriodMarkers(text: string): string {
  let out = text.normalize("NFKC");
  if (!MARKER_CHAR.test(out)) return out;
  for (const marker of PERIOD_MARKERS) out = withoutMarker(out, marker);
  return out;
}

/** Chinese numerals used as amounts: 两倍, 三成, 五个百分点, 一万. */
const ZH_AMOUNT =
  /[一二两兩三四五六七八九十百千万萬亿億半]+\s*(?:倍|成(?![为為员員长長功本果熟立])|个百分点|個百分點|万|萬|亿|億)/;

const EN_WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
const ZH_NUMERALS = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/g;

/**
 * A number said in words: "three channels", "twelve offices", 三个, 十二家. A hyphenated compound
 * ("two-way"), a lone 一 (一流, 一起, 一些: the article or part of a word) and an ordinal (第三) are
 * not amounts.
 */
function hasNumberWord(text: string): boolean {
  for (const [word] of text.matchAll(EN_WORD))
    if (EN_NUMBER_WORDS.has(word.toLowerCase())) return true;
  for (const match of text.matchAll(ZH_NUMERALS)) {
    const run = match[0];
    const at = match.index ?? 0;
    if (run === "一" || text[at - 1] === "第") continue;
    if (ZH_MEASURE_WORDS.has(text[at + run.length] ?? "") && !inIdiom(text, at)) return true;
  }
  return false;
}

/** 三番五次, 三天两头: a numeral inside an idiom the dictionary tags as one is no amount. */
function inIdiom(text: string, at: number): boolean {
  const s = simplified(text);
  for (let from = Math.max(0, at - 3); from <= at; from++)
    for (let len = 4; len >= 3; len--)
      if (from + len > at && zhClass(s.slice(from, from + len)) === "i") return true;
  return false;
}

/**
 * Whether a statement holds a quantity: digits (any width), %, a currency sign, 2倍 or 三成, or a
 * number in words (three, 三个).
 */
export const containsQuantity = lastAnswer(holdsQuantity);

function holdsQuantity(text: string): boolean {
  // No period marker holds a % or a currency sign: a statement with one needs no markers removed.
  if (QUANTITY_SIGN.test(text.normalize("NFKC"))) return true;
  const rest = withoutPeriodMarkers(text);
  if (/\d/.test(rest) || hasNumberWord(rest)) return true;
  const amount = ZH_AMOUNT.exec(rest);
  return amount !== null && !inIdiom(rest, amount.index);
}

/**
 * Whether a statement holds a real quantity: placeholders (X%, N₀, ？) are no number, and a
 * statement whose only "number" is one holds none.
 */
export function containsRealQuantity(text: string): boolean {
  return containsQuantity(placeholderIn(text) ? withoutPlaceholders(text) : text);
}

export { placeholderIn };
const QUANTITY_SIGN = /[%‰$€£¥]/;

const EN_WHEN = `(?:q[1-4]|h[12]|fy\\s*\\d{2,4}|(?:19|20)\\d{2}|quarter|half|year|month|week|period|cycle|(?:early|mid|late)[\\s-]+${MONTH}|${MONTH}(?:\\s+${DAY})?|${DAY}\\s+${MONTH}|end\\s+of\\s+(?:the\\s+)?(?:q[1-4]|h[12]|year|quarter|month|${MONTH}|(?:19|20)\\d{2}))`;

/** Leading time words: "In Q1,", "This quarter", "By March,", "Q2:", "April:". */
const EN_TIME_PREFIX = new RegExp(
  `^(?:(?:in|by|during|for|this|next|over|before|throughout|within|until|through|from)\\s+(?:the\\s+)?(?:(?:next|coming|current|first|second|third|fourth|last)\\s+)?${EN_WHEN}(?:,?\\s+(?:19|20)\\d{2})?|(?:q[1-4]|h[12]|fy\\s*\\d{2,4})(?:\\s+(?:19|20)\\d{2})?|${MONTH}(?:\\s+${DAY})?(?:,?\\s+(?:19|20)\\d{2})?(?=\\s*[,:;–—-]))\\s*[,:;–—-]?\\s*`,
  "i"
);
/** Leading time words: "本季度", "2026年", "上半年", "4 月", "3月底前", "年底前". */
const ZH_TIME_PREFIX = new RegExp(
  `^(?:本季度|本季|本年度|本年|今年|明年|本月|本周|本週|本半年|这个季度|這個季度|这季度|這季度|上半年|下半年|年内|年內|年底|年中|年末|季末|季度末|月底|月末|季度内|季度內|(?:19|20)\\d{2}\\s*年?\\s*(?:第\\s*[一二三四1-4]\\s*(?:季度|季)|[上下]半年|${ZH_MONTH})?|第\\s*[一二三四1-4]\\s*(?:季度|季)|${ZH_MONTH}|[QH][1-4])\\s*(?:底|初|末|中旬|上旬|下旬)?\\s*(?:之前|以前|前|内|內|中|里|裡)?\\s*[，,：:、]?\\s*`,
  "i"
);

/**
 * The last statement's answer: several rules ask about the same statement in a row (its verb, its
 * opening phrases, its length), so the one before is kept rather than normalised and matched again.
 */
let lastTimed = { text: "", rest: "" };

/** The statement without the time phrases it opens with ("In April, complete…" → "complete…"). */
export function withoutLeadingTime(text: string): string {
  if (lastTimed.text !== text) lastTimed = { text, rest: stripLeadingTime(text) };
  return lastTimed.rest;
}

function stripLeadingTime(text: string): string {
  let rest = text.normalize("NFKC").trim();
  const prefix = hasHan(rest) ? ZH_TIME_PREFIX : EN_TIME_PREFIX;
  for (let guard = 0; guard < 3; guard++) {
    const time = prefix.exec(rest);
    if (!time || time[0] === "") break;
    rest = rest.slice(time[0].length);
  }
  return rest;
}

export interface LeadingVerb {
  /** The verb, lower-cased for English; null when the statement does not open with one. */
  verb: string | null;
  lang: "zh" | "en";
}

/** The verb a statement opens with, after optional time words and adverbs. */
export function leadingVerb(text: string): LeadingVerb {
  const rest = withoutLeadingTime(text);
  if (hasHan(text)) return { verb: leadingZhVerb(rest), lang: "zh" };
  return { verb: leadingEnVerb(rest), lang: "en" };
}

/**
 * The activity verbs among a key result's predicates (its opening verb, verbs coordinated with it,
 * the verb after a subject or a means phrase), outcomes and levels aside.
 */
export function activityPredicates(text: string): string[] {
  const rest = withoutLeadingTime(text);
  return hasHan(text) ? zhActivities(rest) : enActivities(rest);
}

/** A pattern that finds any of `verbs` anywhere in a text, spaces allowed between their characters. */
export function anywherePattern(verbs: Iterable<string>): RegExp {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp([...verbs].map((v) => [...v].map(escape).join("\\s*")).join("|"));
}

/** The first of the given phrases the statement opens with (after time words), if any. */
export function openingPhrase(text: string, phrases: readonly string[]): string | undefined {
  const normal = withoutLeadingTime(text).toLowerCase();
  return phrases.find(
    (p) => normal.startsWith(p) && (normal.length === p.length || normal[p.length] === " ")
  );
}

/** A trailing period suffix ("– Q1", "(2026-Q1)", "in Q1") does not count towards length. */
const PERIOD_SUFFIX =
  /[\s,–—\-:：(（]*(?:(?:in|for|during)\s+)?(?:(?:19|20)\d{2}\s*[-\s]?\s*)?(?:[QH][1-4]|FY\s*\d{2,4}|(?:19|20)\d{2}\s*年?\s*(?:第[一二三四1-4]季度?)?)(?:\s*(?:19|20)\d{2})?[)）]?\s*$/i;

export interface TextLength {
  cjk: number;
  words: number;
}

/** CJK characters and Latin words of a statement, leading time words and period suffix excluded. */
export const textLength = lastAnswer(countLength);

function countLength(text: string): TextLength {
  const rest = withoutLeadingTime(text);
  // Every period suffix holds a digit; the statement (NFKC already) without one has none to drop.
  const body = /\d/.test(rest) ? rest.replace(PERIOD_SUFFIX, "") : rest;
  // Counted without building an array of every character. A Latin word never holds a CJK
  // character, so the words are counted in the body as it is.
  const cjk = body.length - body.replace(CJK_CHAR, "").length;
  const latin = body.match(LATIN_WORD) ?? [];
  return { cjk, words: latin.length };
}

/**
 * A bullet or list number pasted from a document in front of a statement: •, ▪, ◦, -, *, 1., 1),
 * (1), ①, 一、, a), with any spaces, non-breaking spaces or tabs around it. A minus sign before a
 * number ("-5% churn") and a decimal ("1.5x") are not markers.
 */
const LIST_MARKER =
  /^[\s\u00a0\u3000]*(?:[•▪◦‣∙●○■□◆◇►▶➢➤✓✔·・](?:[\s\u00a0\u3000]*)|[-*–—](?:[\s\u00a0\u3000]+)|(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)．）](?![0-9])[\s\u00a0\u3000]*|[(（](?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})[)）][\s\u00a0\u3000]*|[①-⑳⑴-⒇⒈-⒛❶-❿][\s\u00a0\u3000]*|(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、，][\s\u00a0\u3000]*)+/u;

/** The list marker a text opens with ("" when none), and the text after it. */
export function splitListMarker(text: string): { marker: string; rest: string } {
  const match = LIST_MARKER.exec(text);
  // A marker needs a statement after it, and a lone letter before "." needs a space ("U.S.").
  if (!match || match[0].trim() === "" || match[0].length >= text.length)
    return { marker: "", rest: text };
  if (/^[\s\u00a0\u3000]*[A-Za-z][.．]\S/.test(text)) return { marker: "", rest: text };
  return { marker: match[0].trim(), rest: text.slice(match[0].length) };
}
