// The linter's thresholds, saved with the workbook (workbook.settings, ExcelApi 1.4) so everyone who
// opens the workbook checks against the same rules.
import { mergeSettings, type LintSettings } from "../domain/lint";
import type { ExcelApi } from "./host";

export const SETTINGS_KEY = "okrSheets.lintSettings";
export const SETTINGS_API = "1.4";

/** Queues a read of the saved settings (null where the host cannot store any); see `settingsFrom`. */
export function queueSettingsRead(
  context: Excel.RequestContext,
  excel: ExcelApi
): Excel.Setting | null {
  if (!excel.isSetSupported("ExcelApi", SETTINGS_API)) return null;
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return item;
}

/** The thresholds from a synced `queueSettingsRead`, over the defaults. */
export function settingsFrom(item: Excel.Setting | null): LintSettings {
  return mergeSettings(item && !item.isNullObject ? item.value : undefined);
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

/** Reads the thresholds saved with the workbook (one sync), over the defaults. */
export async function readSettings(excel: ExcelApi): Promise<LintSettings> {
  return excel.run(async (context) => {
    const saved = queueSettingsRead(context, excel);
    await context.sync();
    return settingsFrom(saved);
  });
}
