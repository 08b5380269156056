// The lenient number parser: people type "20%", "1,200", "$150", "1.5万", "１２", "−5" or "(3)" into
// Start, Target, Current, Weight and Confidence cells, and all of those are numbers.
import type { CellValue, Parsed, Problem, ProblemCode } from "../types";

/** Excel's error values as they read back from a cell (plus LibreOffice's generic "Err:nnn"). */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
]);

export function isExcelError(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim().toUpperCase();
  return EXCEL_ERRORS.has(text) || /^ERR:\d{3}$/.test(text);
}

/** Currency marks accepted before or after the number; "元" and codes are common in zh sheets. */
const CURRENCY_PREFIX = /^(?:US\$|NT\$|HK\$|RMB|CNY|USD|TWD|HKD|EUR|GBP|JPY|[$€£¥])\s*/i;
const CURRENCY_SUFFIX = /\s*(?:RMB|CNY|USD|TWD|HKD|EUR|GBP|JPY|美元|元|[$€£¥])$/i;

/**
 * Magnitude suffixes, as powers of ten. Longest first so "百万" wins over a lone "万" and "bn" over
 * "b". Either case: statements say "$1.2M", people type "1.6m" (finance writes "mn" and "mm" too).
 */
const MAGNITUDES: readonly [RegExp, number][] = [
  [/\s*(?:百万|百萬)$/, 6],
  [/\s*(?:亿|億)$/, 8],
  [/\s*(?:万|萬)$/, 4],
  [/\s*千$/, 3],
  [/\s*bn$/i, 9],
  [/\s*(?:mn|mm)$/i, 6],
  [/\s*k$/i, 3],
  [/\s*m$/i, 6],
  [/\s*b$/i, 9],
];

/**
 * The separators a number is typed with: Excel reads what a person types with its own (its
 * Application.decimalSeparator and thousandsSeparator, from the system's culture unless Excel's
 * options override them): "1,234.5" in en-US, "1.234,5" in de-DE, "1 234,5" in fr-FR.
 */
export interface NumberSeparators {
  decimal: string;
  group: string;
}

/** Excel in en-US, and the reading everywhere no culture is known (files, the command line). */
export const EN_US_SEPARATORS: NumberSeparators = { decimal: ".", group: "," };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Spaces that group digits in every culture that groups with a space (fr-FR writes U+202F). */
const SPACES = " \u00a0\u202f";

/** Digits with an optional fraction and exponent, and digits grouped by threes, in a culture. */
function patternsOf(separators: NumberSeparators) {
  const d = escape(separators.decimal);
  const groups = `[${escape(separators.group.replace(/[\s\u00a0\u202f]/g, ""))}${SPACES}]`;
  return {
    plain: new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)(?:e[+-]?\\d+)?$`, "i"),
    grouped: new RegExp(`^\\d{1,3}(?:(${groups})\\d{3})(?:\\1\\d{3})*(?:${d}\\d+)?$`),
    groupChars: new RegExp(groups, "g"),
    decimal: separators.decimal,
  };
}

const PATTERNS = new Map<string, ReturnType<typeof patternsOf>>();
function patterns(separators: NumberSeparators) {
  const key = `${separators.decimal}|${separators.group}`;
  let found = PATTERNS.get(key);
  if (!found) PATTERNS.set(key, (found = patternsOf(separators)));
  return found;
}

const SIMPLE = /^(-?\d+(?:\.\d+)?)(%?)$/;

/** Fast path for what cells mostly hold ("120", "-5", "25%"), computed exactly as parseNumber does. */
function simpleNumber(input: string): number | null {
  const simple = SIMPLE.exec(input);
  if (!simple) return null;
  // "25%" as 25e-2 is exactly 0.25, where 25 / 100 may not be.
  const parsed = simple[2] ? Number(`${simple[1]}e-2`) : Number(simple[1]);
  return parsed === 0 ? 0 : parsed;
}

function fail(code: ProblemCode, input: string): Parsed<number> {
  const problem: Problem = { code, input };
  return { ok: false, problem };
}

/**
 * Parses a cell into a number. Numbers pass through; booleans count as 1 and 0 (as Excel's N() does);
 * text is read leniently, with the separators of the culture it was typed in (en-US's unless
 * given). Percentages become fractions ("20%" → 0.2). Never throws.
 */
export function parseNumber(
  value: CellValue,
  separators: NumberSeparators = EN_US_SEPARATORS
): Parsed<number> {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value } : fail("not-a-number", String(value));
  }
  if (typeof value === "boolean") return { ok: true, value: value ? 1 : 0 };
  if (value === null || value === undefined) return fail("empty", "");
  const input = String(value);
  // The fast path reads a "." as the decimal point: only where it is one.
  const simple = separators.decimal === "." ? simpleNumber(input) : null;
  if (simple !== null) return { ok: true, value: simple };
  if (input.trim() === "") return fail("empty", input);
  if (isExcelError(input)) return fail("excel-error", input.trim());

  // Full-width digits and signs become ASCII; the typographic minus becomes "-".
  let text = input
    .normalize("NFKC")
    .trim()
    .replace(/\u2212/g, "-");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    // Accounting notation: (3) is −3.
    negative = true;
    text = paren[1].trim();
  }
  const takeSign = (): void => {
    const m = /^([+-])\s*/.exec(text);
    if (m) {
      if (m[1] === "-") negative = !negative;
      text = text.slice(m[0].length);
    }
  };
  takeSign();
  text = text.replace(CURRENCY_PREFIX, "");
  takeSign(); // "$-150" as well as "-$150"
  text = text.replace(CURRENCY_SUFFIX, "");

  let exponent = 0;
  if (text.endsWith("%")) {
    exponent -= 2;
    text = text.slice(0, -1).trimEnd();
  } else {
    for (const [suffix, power] of MAGNITUDES) {
      if (suffix.test(text)) {
        exponent += power;
        text = text.replace(suffix, "");
        break;
      }
    }
  }

  const { plain, grouped, groupChars, decimal } = patterns(separators);
  let digits: string;
  if (plain.test(text)) {
    digits = text.replace(decimal, ".");
  } else if (grouped.test(text)) {
    digits = text.replace(groupChars, "").replace(decimal, ".");
  } else if (/^[\d.,]+$/.test(text) && text.includes(decimal === "," ? "." : ",")) {
    // "1,2" in en-US, "1.5" in de-DE: the other culture's decimal mark, or a typo; guessing would
    // silently change the value (Excel in de-DE makes a date of "1.5").
    return fail("bad-grouping", input);
  } else {
    return fail("not-a-number", input);
  }
  // Scale in the decimal string, not in binary floating point: "0.07%" is exactly 0.0007.
  const [mantissa, ownExponent] = digits.toLowerCase().split("e");
  const parsed = Number(`${mantissa}e${Number(ownExponent ?? 0) + exponent}`);
  if (!Number.isFinite(parsed)) return fail("not-a-number", input);
  return { ok: true, value: negative && parsed !== 0 ? -parsed : parsed };
}

/** The number in a cell, or null when the cell is empty or not a number. */
export function numberOrNull(value: CellValue): number | null {
  // The common cases without building a Parsed result (reading 10,000 rows calls this 30,000 times).
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const simple = simpleNumber(value);
    if (simple !== null) return simple;
  }
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : null;
}
