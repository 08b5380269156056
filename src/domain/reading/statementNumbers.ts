// The numbers a key result's statement gives for its start and target, in the forms the templates
// write and people commonly write: "from $1.2M to $2M", "from 75 days to 55 days", "从120万美元增长到
// 200万美元", "從18%提升到25%", "由 80 分提升至 90 分". Carrying a key result into the next period
// moves its Start; the statement's start number moves with it, written in the statement's own style
// ($1.6M, 160万美元, 20%), so the sheet never says "$1.2M" beside a Start of 1,600,000.
import { parseNumber } from "./numbers";

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

/** "from A to B" (a unit word may follow A); 从/從/由 A … 到/至 B, a verb between. */
const FORMS: readonly RegExp[] = [
  new RegExp(String.raw`\b[Ff]rom\s+(${EN_NUMBER})((?:\s+[A-Za-z]+)?\s+)to\s+(${EN_NUMBER})`, "u"),
  new RegExp(String.raw`[从從由]\s*(${ZH_NUMBER})([^\d$€£¥]{0,8}?)(?:到|至)\s*(${ZH_NUMBER})`, "u"),
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
