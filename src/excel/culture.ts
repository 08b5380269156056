// The separators Excel reads typed numbers with, so what a person types in the pane is read as Excel
// would read it in the same cell: Application.decimalSeparator and thousandsSeparator (ExcelApi
// 1.11, "based on the local Excel settings": the system culture's, or the ones set under File ›
// Options › Advanced when "Use system separators" is off). CultureInfo.numberFormat gives the
// system's only, so the Application's are the ones that match Excel's own reading.
import type { NumberSeparators } from "../domain/reading/numbers";

/**
 * Queues the separators' load on `context`, to be read after the caller's next sync (no sync of
 * its own). ExcelApi 1.11 is below the manifest's floor (1.14), so every host the add-in runs in
 * answers: no fallback.
 */
export function queueSeparators(context: Excel.RequestContext): () => NumberSeparators {
  const application = context.workbook.application;
  application.load("decimalSeparator,thousandsSeparator");
  return () => ({ decimal: application.decimalSeparator, group: application.thousandsSeparator });
}
