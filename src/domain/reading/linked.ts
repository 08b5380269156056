// A linked key result: its Current holds a formula (finance links actuals from its model, e.g.
// ='P&L'!B1). Score reads the value the formula shows, as for any cell; a check-in records that
// value in the history and never replaces the formula unless the person asks (`okr checkin
// --unlink`); the pane shows it read-only. Hosts read the Current cells' formulas and hand them to
// the sheet reader (ReadOptions.formulaAt).

/** What a linked Current points at, as a person reads it: "'P&L'!B1" for "='P&L'!B1". */
export function linkTarget(formula: string): string {
  return formula.replace(/^=/, "").trim();
}

/** Whether a cell's formula text is one (Excel hands constants back as their value). */
export function isFormula(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("=") && value.length > 1;
}

/**
 * A reference to another workbook, outside quoted text: as a saved file holds it, by link number
 * ("[1]Budget!B2", "'[2]Q1 plan'!C3", "[1]!Rate"), or as Excel's formulas show it, by name
 * ("[Budget.xlsx]Sheet1!B2", "'C:\Plans\[Budget.xlsx]Q1 plan'!C3"). A table's structured reference
 * ("Table1[Sales]", "[@Sales]", "Table1[[#This Row],[Sales]]") is none: no sheet and "!" follow it.
 */
const OTHER_WORKBOOK = new RegExp(
  String.raw`^(?:[^"]|"[^"]*")*?` +
    String.raw`(?:'[^']*\[[^\]']+\][^']*'!|(?:^|[^\w.\]\['])\[[^\]\[]+\][^\s!'"\[\]*+\-/^&=<>,;:()]*!)`
);

/** Whether a formula (with or without its "=") refers to another workbook. */
export function linksOtherWorkbook(formula: string): boolean {
  return formula.includes("[") && OTHER_WORKBOOK.test(formula);
}
