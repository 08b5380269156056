// What an error says, whatever was thrown (Office.js throws OfficeExtension.Error, code may throw
// anything): one place for the pane and the ribbon commands.
import type { Lang } from "../domain/types";

export function errorText(error: unknown, lang?: Lang): string {
  // An error that can say itself in the reader's language (SheetLockedError, UnknownPeriodError).
  const own = (error as { text?: unknown } | null)?.text;
  if (lang && error instanceof Error && typeof own === "function")
    return String((own as (l: Lang) => string).call(error, lang));
  return error instanceof Error ? error.message : String(error);
}
