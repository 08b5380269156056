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
