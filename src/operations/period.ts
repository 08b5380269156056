// The period an operation shows (reading/periodScope.ts): the one asked for, else the latest not
// closed. A period the workbook has no sheet of is refused with the periods it has; the command
// line says it as an unusable input, the pane beside its picker.
import {
  periodScope,
  unknownPeriodText,
  type PeriodScope,
  type ScopeResult,
} from "../domain/reading/periodScope";
import type { SheetInput } from "../domain/reading/sheet";
import type { Lang, Period } from "../domain/types";

/** A period the workbook has no OKR sheet of. */
export class UnknownPeriodError extends Error {
  constructor(readonly result: Extract<ScopeResult, { ok: false }>) {
    super(unknownPeriodText(result, "en"));
    this.name = "UnknownPeriodError";
  }

  /** The message in a reader's language. */
  text(lang: Lang): string {
    return unknownPeriodText(this.result, lang);
  }
}

/** The view of `sheets` for the period asked (null: the default); throws UnknownPeriodError. */
export function viewOf(
  sheets: readonly SheetInput[],
  asked: Period | readonly Period[] | null
): PeriodScope {
  const chosen = periodScope(sheets, asked);
  if (!chosen.ok) throw new UnknownPeriodError(chosen);
  return chosen.scope;
}
