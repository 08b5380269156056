// What a key result's own values say about it: its unit (percent, a currency, plain) and its type.
// Only what the values show is taken; a guess is said as one (the dry-run report lists it), and no
// Start, Target or Current is ever made up.
import { parseNumber } from "../reading/numbers";
import { KR_TYPE_TERMS, parseTerm } from "../reading/vocabulary";
import type { CellValue, KrType } from "../types";

/** Currency marks in values → the unit written (ISO codes, as the templates write them). */
const CURRENCIES: readonly [RegExp, string][] = [
  [/US\$|USD|^\s*\$|\$\s*$/i, "USD"],
  [/NT\$|TWD/i, "TWD"],
  [/HK\$|HKD/i, "HKD"],
  [/€|EUR/i, "EUR"],
  [/£|GBP/i, "GBP"],
  [/RMB|CNY|¥|￥|元/i, "CNY"],
];

const text = (v: CellValue) => (v === null || v === undefined ? "" : String(v).trim());

/** The unit the values are written in, or null when they name none. */
export function unitOfValues(values: readonly CellValue[]): string | null {
  const texts = values.map(text).filter(Boolean);
  if (texts.some((t) => /%\s*$/.test(t))) return "%";
  for (const [mark, unit] of CURRENCIES) if (texts.some((t) => mark.test(t))) return unit;
  return null;
}

/** A value as the sheet gets it: currency marks dropped once the unit says them, percent kept. */
export function valueForUnit(value: CellValue, unit: string | null): CellValue {
  const t = text(value);
  if (!t) return null;
  if (unit === "%") return t;
  const parsed = parseNumber(t.replace(/元$/, ""));
  return parsed.ok ? parsed.value : t;
}

const YES_NO = /^(yes|no|true|false|done|not done|achieved|not achieved|是|否|完成|未完成)$/i;
const KEEP = /\b(keep|maintain|stay|hold)\b|保持|维持|維持|控制在/i;
const BELOW =
  /\b(below|under|less than|at most|no more than)\b|低于|低於|以下|不超过|不超過|以内|以內/i;
const ABOVE = /\b(above|over|at least|no less than)\b|高于|高於|以上|不低于|不低於/i;

/** Source words for a key result's type that are not ours ("Increase to", "Percent complete"). */
const TYPE_WORDS: readonly [RegExp, KrType][] = [
  [
    /^(increase|decrease|increase to|decrease to|number|numeric|currency|percentage|percent)$/i,
    "metric",
  ],
  [/^(percent complete|milestones?|% complete)$/i, "milestone"],
  [/^(achieved or not|complete or incomplete|yes\/no|boolean)$/i, "binary"],
  [/^(stay above|maintain above|at least)$/i, "keepAbove"],
  [/^(stay below|maintain below|at most)$/i, "keepBelow"],
];

/** A KR type named by the source (ours in any language, or another tool's word). */
export function namedKrType(value: CellValue): KrType | null {
  const t = text(value);
  if (!t) return null;
  return parseTerm(KR_TYPE_TERMS, t) ?? TYPE_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

export interface TypeGuess {
  type: KrType;
  /** Why, for the report: the statement's words, yes/no values, progress only, start and target. */
  because: "statement" | "yesNo" | "progressOnly" | "values";
}

/**
 * The type a key result's statement and values point to. Keep above/below when the statement says
 * to hold a level; Binary when the values are yes/no; Milestone when a progress is all there is;
 * else Metric (a Metric without Start or Target is what Check names, not something to fill in).
 */
export function guessKrType(o: {
  statement: string;
  start: CellValue;
  target: CellValue;
  current: CellValue;
  progress: CellValue;
}): TypeGuess {
  if (KEEP.test(o.statement)) {
    if (BELOW.test(o.statement)) return { type: "keepBelow", because: "statement" };
    if (ABOVE.test(o.statement)) return { type: "keepAbove", because: "statement" };
  }
  const given = [o.start, o.target, o.current].map(text).filter(Boolean);
  if (given.length > 0 && given.every((t) => YES_NO.test(t)))
    return { type: "binary", because: "yesNo" };
  if (given.length === 0 && text(o.progress)) return { type: "milestone", because: "progressOnly" };
  return { type: "metric", because: "values" };
}

/** A yes/no word as a Binary key result's value (1 done, 0 not). */
export function binaryValue(value: CellValue): CellValue {
  const t = text(value);
  if (!t) return null;
  if (/^(yes|true|done|achieved|是|完成)$/i.test(t)) return 1;
  if (/^(no|false|not done|not achieved|否|未完成)$/i.test(t)) return 0;
  return value;
}
