// The numbers a key result's statement gives for its start and target, in the forms the templates
// write and people commonly write: "from $1.2M to $2M", "from 75 days to 55 days", "从120万美元增长到
// 200万美元", "從18%提升到25%", "由 80 分提升至 90 分". Carrying a key result into the next period
// moves its Start; the statement's start number moves with it, written in the statement's own style
// ($1.6M, 160万美元, 20%), so the sheet never says "$1.2M" beside a Start of 1,600,000.
import { parseNumber } from "./numbers";
import { lastAnswer } from "../text/lastAnswer";

/** A number written in a statement: where, as written, its value and the step of its last digit. */
export interface StatementNumber {
  index: number;
  text: string;
  value: number;
  /** The value of one unit of the last digit written ($1.2M: 100,000): the statement's rounding. */
  step: number;
}

const CURRENCY = String.raw`(?:US\$|NT\$|HK\$|[$€£¥])`;
const DIGITS = String.raw`\d[\d,]*(?:\.\d+)?`;
const EN_NUMBER = String.raw`${CURRENCY}?\s?${DIGITS}(?:\s?%|bn\b|[kKMB]\b)?`;
const ZH_NUMBER = String.raw`${CURRENCY}?${DIGITS}(?:百万|百萬|万|萬|亿|億|千)?(?:%|美元|元)?`;
const ANY_NUMBER = String.raw`${CURRENCY}?\s?${DIGITS}(?:\s?%|bn\b|[kKMB]\b|(?:百万|百萬|万|萬|亿|億|千)?(?:美元|元)?)`;

/**
 * "from A to B" (up to three unit words may follow A: "from 10 working days to 5"); 从/從/由 A … 到/至
 * B, a verb between, and a word or two before A ("从每年12%降低到8%").
 */
const FORMS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b[Ff]rom\s+(${EN_NUMBER})((?:\s+[A-Za-z-]+){0,3}\s+)to\s+(${EN_NUMBER})`,
    "u"
  ),
  new RegExp(
    String.raw`[从從由](?:每[^\d$€£¥，。,;；]{0,3}?)?\s*(${ZH_NUMBER})([^\d$€£¥]{0,8}?)(?:到|至)\s*(${ZH_NUMBER})`,
    "u"
  ),
];

/** The magnitude suffix of a written number and its power of ten. */
const MAGNITUDE = /(百万|百萬|万|萬|亿|億|千|bn|[kKMB])$/;

function readNumber(text: string, index: number): StatementNumber | null {
  const parsed = parseNumber(text.replace(/\s+/g, ""));
  if (!parsed.ok) return null;
  const mantissa = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  const decimals = mantissa?.[1]?.length ?? 0;
  // One unit of the written number's scale: the same text with its digits set to 1.
  const unit = parseNumber(text.replace(/\s+/g, "").replace(/\d[\d,]*(?:\.\d+)?/, "1"));
  const scale = unit.ok ? unit.value : 1;
  return { index, text, value: parsed.value, step: scale * 10 ** -decimals };
}

/** The start and target a statement names, or null when it names them in no form known here. */
export function statementRange(
  statement: string
): { start: StatementNumber; target: StatementNumber } | null {
  for (const form of FORMS) {
    const m = form.exec(statement);
    if (!m) continue;
    const startAt = m.index + m[0].indexOf(m[1]);
    const targetAt = m.index + m[0].length - m[3].length;
    const start = readNumber(m[1], startAt);
    const target = readNumber(m[3], targetAt);
    if (start && target) return { start, target };
  }
  return null;
}

/** Whether a written number says this value, to the statement's own rounding. */
export function says(written: StatementNumber, value: number): boolean {
  return Math.abs(written.value - value) <= written.step / 2 + 1e-9 * Math.max(1, Math.abs(value));
}

/** `value` written in the style of `like`: its currency, magnitude and percent sign, its grouping. */
export function writeLike(like: StatementNumber, value: number): string {
  const text = like.text;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)!;
  const before = text.slice(0, digits.index);
  const after = text.slice(digits.index + digits[0].length);
  const scale = like.step * 10 ** ((/\.(\d+)/.exec(digits[0])?.[1].length ?? 0) as number);
  let mantissa: string | null = null;
  for (let places = 0; places <= 4; places++) {
    const shown = Number((value / scale).toFixed(places));
    if (Math.abs(shown * scale - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
      mantissa = shown.toFixed(places);
      break;
    }
  }
  if (mantissa === null) {
    // Not a round number at this magnitude: the plain value, without the magnitude suffix.
    const plainAfter = after.replace(MAGNITUDE, "").replace(/^(百万|百萬|万|萬|亿|億|千)/, "");
    return `${before}${group(String(Number(value.toPrecision(12))), true)}${plainAfter}`;
  }
  return `${before}${group(mantissa, digits[0].includes(","))}${after}`;
}

/** Thousands grouped with commas, as the original was. */
function group(number: string, commas: boolean): string {
  if (!commas) return number;
  const [whole, fraction] = number.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The statement with its start number replaced (its target too, when given). */
export function rewriteRange(
  statement: string,
  range: { start: StatementNumber; target: StatementNumber },
  values: { start: number; target?: number }
): string {
  const parts: { at: StatementNumber; text: string }[] = [
    { at: range.start, text: writeLike(range.start, values.start) },
  ];
  if (values.target !== undefined)
    parts.push({ at: range.target, text: writeLike(range.target, values.target) });
  // From the end, so earlier indexes stay true.
  let out = statement;
  for (const { at, text } of parts.sort((a, b) => b.at.index - a.at.index))
    out = out.slice(0, at.index) + text + out.slice(at.index + at.text.length);
  return out;
}

/** Every number written in a statement (any form), for telling whether it still names a value. */
export function numbersIn(statement: string): StatementNumber[] {
  const out: StatementNumber[] = [];
  const pattern = new RegExp(ANY_NUMBER, "gu");
  for (const m of statement.matchAll(pattern)) {
    const read = readNumber(m[0].trim(), m.index ?? 0);
    if (read) out.push(read);
  }
  return out;
}

/** Which way a statement says its value moves: up to a higher target, or down to a lower one. */
export type Direction = "up" | "down";

/** The start and target a statement names, and which way it says the value goes. */
export interface StatementValues {
  /** Absent where the statement names only its target ("提升至 90 分", "below 1%"). */
  start: StatementNumber | null;
  target: StatementNumber;
  /** From the numbers where both are given, else from the verb or bound; null where none says. */
  direction: Direction | null;
  /** A bound kept rather than a value reached: "above 62%", "保持在1%以下". */
  bound: "above" | "below" | null;
}

/** Verbs that say the value goes down or up, in the three languages (the direction of "to Y"). */
const DOWN_WORDS =
  /\b(?:reduce|reduces|cut|cuts|lower|lowers|decrease|decreases|shorten|shortens|shrink|drop|bring\s+down)\b|降|减|減|缩短|縮短|压缩|壓縮|下降|控制/i;
const UP_WORDS =
  /\b(?:raise|raises|increase|increases|grow|grows|lift|boost|improve|improves|expand|double|triple)\b|提升|提高|增长|增長|增加|成长|成長|扩大|擴大|上升/i;

/** "X → Y", "X -> Y": the arrow forms, in any language. */
const ARROW = new RegExp(String.raw`(${ANY_NUMBER})\s*(?:→|->|⟶|➔|=>)\s*(${ANY_NUMBER})`, "u");

/** A target named alone: "to Y", "reach Y"; 提升至 Y, 降到 Y, 达到 Y. */
const TARGET_ONLY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:to|reach|reaches|hit|generate|generates|achieve|achieves|sign|win|hire|close)\s+(${EN_NUMBER})`,
    "iu"
  ),
  new RegExp(String.raw`(?:获得|獲得|达成|達成|实现|實現|签下|簽下)\s*(${ZH_NUMBER})`, "u"),
  new RegExp(
    String.raw`(?:提升|提高|增长|增長|增加|成长|成長|上升|降低|降|减少|減少|缩短|縮短|下降|压缩|壓縮|达|達)(?:到|至)\s*(${ZH_NUMBER})`,
    "u"
  ),
];

/** A unit word between a number and 以上/以下 ("18个月以上"). */
const ZH_UNIT = String.raw`[^\d\s，。,;；、]{0,3}?`;

/** A bound kept: "above 62%", "at least 18", "below 1.5%"; 62%以上, 超过/少于 Y, 不低于 Y. */
const BOUNDS: readonly { bound: "above" | "below"; form: RegExp }[] = [
  {
    bound: "above",
    form: new RegExp(
      String.raw`\b(?:above|over|at\s+least|more\s+than|no\s+less\s+than|no\s+lower\s+than)\s+(${EN_NUMBER})`,
      "iu"
    ),
  },
  {
    bound: "below",
    form: new RegExp(
      String.raw`\b(?:below|under|at\s+most|less\s+than|fewer\s+than|no\s+more\s+than|no\s+higher\s+than)\s+(${EN_NUMBER})`,
      "iu"
    ),
  },
  {
    bound: "above",
    form: new RegExp(
      String.raw`(?:超过|超過|高于|高於|不低于|不低於|不少于|不少於|至少)\s*(${ZH_NUMBER})|(${ZH_NUMBER})\s*${ZH_UNIT}(?:以上|或以上)`,
      "u"
    ),
  },
  {
    bound: "below",
    form: new RegExp(
      String.raw`(?:少于|少於|低于|低於|不超过|不超過|不高于|不高於|至多)\s*(${ZH_NUMBER})|(${ZH_NUMBER})\s*${ZH_UNIT}(?:以下|以内|以內)`,
      "u"
    ),
  },
];

/** The first group a form matched, read as a number at its place in the statement. */
function matchedNumber(statement: string, m: RegExpExecArray): StatementNumber | null {
  const text = m.slice(1).find((g) => g !== undefined);
  if (!text) return null;
  return readNumber(text.trim(), m.index + m[0].indexOf(text));
}

/**
 * The start and target a statement names and the way it says the value goes, or null where it
 * names no target in any form known here. One reader for every rule that compares a statement
 * with its cells (KR-STATEMENT-VALUES, the percent scale a statement settles).
 */
export const statementValues = lastAnswer(readStatementValues);

function readStatementValues(statement: string): StatementValues | null {
  const verb = DOWN_WORDS.test(statement) ? "down" : UP_WORDS.test(statement) ? "up" : null;
  const range = statementRange(statement) ?? arrowRange(statement);
  if (range) {
    const { start, target } = range;
    const direction =
      target.value > start.value ? "up" : target.value < start.value ? "down" : verb;
    return { start, target, direction, bound: null };
  }
  for (const { bound, form } of BOUNDS) {
    const m = form.exec(statement);
    const target = m && matchedNumber(statement, m);
    if (target) return { start: null, target, direction: bound === "above" ? "up" : "down", bound };
  }
  for (const form of TARGET_ONLY) {
    const m = form.exec(statement);
    const target = m && matchedNumber(statement, m);
    if (target) return { start: null, target, direction: verb, bound: null };
  }
  return null;
}

function arrowRange(statement: string): { start: StatementNumber; target: StatementNumber } | null {
  const m = ARROW.exec(statement);
  if (!m) return null;
  const start = readNumber(m[1].trim(), m.index + m[0].indexOf(m[1].trim()));
  const targetText = m[2].trim();
  const target = readNumber(targetText, m.index + m[0].lastIndexOf(targetText));
  return start && target ? { start, target } : null;
}

/** Whether a written number carries a percent sign (a share: "5%" is 0.05). */
export function isPercentNumber(written: StatementNumber): boolean {
  return /[%％]/.test(written.text);
}
