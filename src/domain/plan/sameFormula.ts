// Whether a cell's formula is the one the product writes there, as hosts hand formulas back: Excel
// and ExcelJS spell the same formula differently (a leading "=", spaces, letter case, "$" anchors,
// "0.50" for 0.5, the "_xlfn." prefix a file keeps for newer functions). Text inside quotes ("On
// track", a sheet's name) is compared as it is.
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|[^"']+/g;

/** A formula's text in one spelling: what two spellings of the same formula share. */
export function formulaKey(formula: string): string {
  const text = formula.trim().replace(/^=/, "");
  return (text.match(TOKENS) ?? [])
    .map((part) =>
      part.startsWith('"') || part.startsWith("'")
        ? part
        : part
            .replace(/\s+/g, "")
            .replace(/\$/g, "")
            .replace(/_xlfn\./gi, "")
            .toUpperCase()
            // A number not part of a name or a cell reference: its value (0.50 → 0.5, .5 → 0.5).
            .replace(
              /(^|[^A-Z0-9_.])(\d*\.?\d+(?:E[+-]?\d+)?)/g,
              (_, before: string, n: string) => `${before}${Number(n)}`
            )
    )
    .join("");
}

/** Whether two formulas are the same, whichever host spelled them. */
export function sameFormula(a: string, b: string): boolean {
  return formulaKey(a) === formulaKey(b);
}
