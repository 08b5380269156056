// Import in Excel (src/operations/import.ts): the dry run reads the workbook once (its sheet names
// and IDs); the import reads it again and writes every new sheet in one batch.
import {
  importSheets,
  previewImport,
  type Imported,
  type ImportOptions,
  type ImportRead,
  type ImportWriteOptions,
  type SourceTable,
} from "../operations/import";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export function readImport(
  excel: ExcelApi,
  sources: readonly SourceTable[],
  o: ImportOptions
): Promise<ImportRead> {
  return excel.run((context) => previewImport(officeHost(context, excel), sources, o));
}

export function writeImport(
  excel: ExcelApi,
  sources: readonly SourceTable[],
  o: ImportWriteOptions
): Promise<Imported> {
  return excel.run((context) => importSheets(officeHost(context, excel), sources, o));
}
