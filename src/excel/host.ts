// The seam between the operations in src/excel and whatever runs them: office.js's own `Excel.run`
// and `isSetSupported` in Excel, the emulator's in the browser preview and in tests.

/** What the operations need from Excel: `Excel.run` and feature detection. */
export interface ExcelApi {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  isSetSupported: (name: string, version: string) => boolean;
  /**
   * `Office.context.platform` where known ("iOS" on iPad, "OfficeOnline" on the web, "PC", "Mac"):
   * only for what a requirement set cannot tell (iPad answers ExcelApi 1.13 yet has no
   * insertWorksheetsFromBase64).
   */
  platform?: string;
}
