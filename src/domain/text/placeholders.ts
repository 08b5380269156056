// Placeholders where a number belongs: "N₀ MAU", "X%", "XX万美元", "从？%提升到？%", "达到某万元",
// "____". They are no number: a key result that holds one must have it filled in (KR-PLACEHOLDER),
// and it does not make a statement measurable (KR-NO-NUMBER).
/** A year still to fill in (20__年) is a period marker, not a missing number. */
const YEAR_BLANK = /20[_＿]+\s*年/g;

const UNIT = "(?:\\s*(?:[%％‰]|[万萬亿億千百]|[kKmM](?![A-Za-z])))?";
// No lookbehind (WebKit before Safari 16.4 cannot parse a script holding one): what must come
// before a placeholder is matched as the group "pre" and kept; the placeholder itself is the group
// "ph" where there is a "pre", else the whole match.
const PLACEHOLDERS: readonly RegExp[] = [
  // X, XX, XXX, xx, N, N₀ (a number hidden behind a footnote), x% / n%
  new RegExp(
    `(?<pre>^|[^A-Za-z0-9])(?<ph>(?:X{1,3}|x{2,3}|N[₀-₉]*|[xn](?=\\s*[%％万萬亿億]))(?![A-Za-z0-9])${UNIT})`,
    "g"
  ),
  // ？% and 到？: a question mark where the number goes
  /[?？]+\s*(?=[%％万萬亿億千百个個家名位天元倍])[%％]?|(?<pre>(?:从|從|到|至|达到|達到|达|達)\s*)(?<ph>[?？]+\s*[%％]?)/g,
  // 某 in place of an amount: 某%, 某万, 达到某…
  /某[%％万萬亿億千百倍]|(?<pre>(?:从|從|到|至|达到|達到|提升|提高|增长|增長|增加|降低|减少|減少)\s*)(?<ph>某[%％万萬亿億千百倍]?)/g,
  // a blank to fill in: ____
  /[_＿]{2,}/g,
];

/** A character every placeholder holds: most statements have none and are not searched further. */
const MAY_HOLD = /[XN?？某_＿]|[xn]\s*[%％万萬亿億]/;

/** The last statement asked about and its answer (rules ask about the same statement in turn). */
let last = { text: "", placeholder: null as string | null };

/** The first placeholder in the text (period markers such as 20__年 aside), or null. */
export function placeholderIn(text: string): string | null {
  if (!MAY_HOLD.test(text)) return null;
  if (last.text !== text) last = { text, placeholder: findPlaceholder(text) };
  return last.placeholder;
}

function findPlaceholder(text: string): string | null {
  const rest = text.replace(YEAR_BLANK, " ");
  for (const pattern of PLACEHOLDERS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(rest);
    if (match) return (match.groups?.ph ?? match[0]).trim();
  }
  return null;
}

/** The text with its placeholders (and the unit each carries, X% → "") taken out. */
export function withoutPlaceholders(text: string): string {
  let out = text;
  for (const pattern of PLACEHOLDERS)
    out = out.replace(pattern, (...args) => {
      const groups = args[args.length - 1] as Record<string, string | undefined> | undefined;
      return `${groups?.pre ?? ""} `;
    });
  return out;
}
