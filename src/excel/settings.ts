// The linter's thresholds, saved with the workbook (workbook.settings, ExcelApi 1.4) so everyone who
// opens the workbook checks against the same rules.
import { mergeSettings, type LintSettings } from "../domain/lint";
import type { ExcelApi } from "../taskpane/office";

export const SETTINGS_KEY = "okrSheets.lintSettings";
export const SETTINGS_API = "1.4";

/** Queues a read of the saved settings; call `value()` after the next sync. */
export function loadSettings(context: Excel.RequestContext, excel: ExcelApi): () => LintSettings {
  if (!excel.isSetSupported("ExcelApi", SETTINGS_API)) return () => mergeSettings(undefined);
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return () => mergeSettings(item.isNullObject ? undefined : item.value);
}

/** Saves thresholds into the workbook (one sync). False where the host cannot store settings. */
export async function saveSettings(excel: ExcelApi, settings: LintSettings): Promise<boolean> {
  if (!excel.isSetSupported("ExcelApi", SETTINGS_API)) return false;
  await excel.run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, settings);
    await context.sync();
  });
  return true;
}
