// The spreadsheet functions our formulas may use: each computes the same in Excel 2016+, Excel on the
// web, LibreOffice Calc 7.4 and HyperFormula. Nothing volatile (TODAY, NOW, OFFSET, INDIRECT, RAND)
// and nothing dynamic-array (LET, LAMBDA, XLOOKUP, FILTER). Every formula the product writes is
// tested against this list.
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  "IF",
  "AND",
  "OR",
  "ISNUMBER",
  "ISLOGICAL",
  "NOT",
  "MAX",
  "MIN",
  "ABS",
  "N",
  "SUM",
  "COUNT",
  "AVERAGE",
  "COUNTIF",
  "COUNTIFS",
  "SUMIF",
  "SUMIFS",
  "SUMPRODUCT",
  // Text folding and exact comparison for a milestone step's name (formulas.ts stepShareFormula):
  // plain text functions every engine has computed alike for decades.
  "LOWER",
  "SUBSTITUTE",
  "EXACT",
]);

/** The function names a formula calls (text inside string literals is not a call). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\s*\(/gi)].map((m) => m[1].toUpperCase());
}

/** Functions a formula calls that are not allowed (empty when the formula is fine). */
export function disallowedFunctions(formula: string): string[] {
  return functionsIn(formula).filter((f) => !ALLOWED_FUNCTIONS.has(f));
}

/** Excel refuses a formula longer than this many characters. */
export const MAX_FORMULA_LENGTH = 8192;
