// The separators Excel reads typed numbers with, so what a person types in the pane is read as Excel
// would read it in the same cell: Application.decimalSeparator and thousandsSeparator (ExcelApi
// 1.11, "based on the local Excel settings": the system culture's, or the ones set under File ›
// Options › Advanced when "Use system separators" is off). CultureInfo.numberFormat gives the
// system's only, so the Application's are the ones that match Excel's own reading.
import { EN_US_SEPARATORS, type NumberSeparators } from "../domain/reading/numbers";
import type { ExcelApi } from "./host";

/**
 * Queues the separators' load on `context`, to be read after the caller's next sync (no sync of
 * its own). Below ExcelApi 1.11 Excel does not say: en-US's, as the command line reads files.
 */
export function queueSeparators(
  context: Excel.RequestContext,
  excel: Pick<ExcelApi, "isSetSupported">
): () => NumberSeparators {
  if (!excel.isSetSupported("ExcelApi", "1.11")) return () => EN_US_SEPARATORS;
  const application = context.workbook.application;
  application.load("decimalSeparator,thousandsSeparator");
  return () => ({ decimal: application.decimalSeparator, group: application.thousandsSeparator });
}
