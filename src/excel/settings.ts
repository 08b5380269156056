// The linter's thresholds, saved with the workbook where every host reads them: a very hidden
// sheet (src/domain/rules/settingsSheet.ts) that the command line reads too. A copy also goes to
// workbook.settings, which earlier versions of the add-in read, and a workbook saved by them is
// still read from there.
import { mergeSettings, type LintSettings } from "../domain/rules/lint";
import { SETTINGS_SHEET, settingsFromRows, settingsRow } from "../domain/rules/settingsSheet";
import type { CellValue } from "../domain/types";
import { CADENCE_ROW, cadenceFromRows, cadenceRow } from "../domain/reading/cadence";
import { officeValue } from "./applyPlan";
import type { ExcelApi } from "./host";

export const SETTINGS_KEY = "okrSheets.lintSettings";

/** Queues a read of the copy in workbook.settings; see `settingsFrom`. */
export function queueSettingsRead(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return item;
}

/**
 * The thresholds: from the settings sheet among the sheets read, else from a synced
 * `queueSettingsRead` (a workbook saved by an earlier version), over the defaults.
 */
export function settingsFrom(
  item: Excel.Setting | null,
  sheets: readonly { name: string; rows: CellValue[][] }[] = []
): LintSettings {
  const stored = settingsFromRows(sheets.find((s) => s.name === SETTINGS_SHEET)?.rows);
  return stored ?? mergeSettings(item && !item.isNullObject ? item.value : undefined);
}

/** Saves thresholds into the workbook (two syncs). */
export async function saveSettings(excel: ExcelApi, settings: LintSettings): Promise<void> {
  await writeSettingsRow(excel, "A1:B1", settingsRow(settings), (context) =>
    context.workbook.settings.add(SETTINGS_KEY, settings)
  );
}

/**
 * Writes one row of the very hidden settings sheet, adding the sheet where the workbook has none
 * (two syncs), with whatever else `also` queues in the same batch.
 */
async function writeSettingsRow(
  excel: ExcelApi,
  address: string,
  values: readonly Parameters<typeof officeValue>[0][],
  also?: (context: Excel.RequestContext) => void
): Promise<void> {
  await excel.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    const sheet = existing.isNullObject
      ? context.workbook.worksheets.add(SETTINGS_SHEET)
      : context.workbook.worksheets.getItem(SETTINGS_SHEET);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
    sheet.getRange(address).formulas = [values.map(officeValue)];
    also?.(context);
    await context.sync();
  });
}

/**
 * Reads the thresholds saved with the workbook, over the defaults: one sync, and a second only
 * when the workbook has a settings sheet (its cells are read by name, never through a null sheet).
 */
export async function readSettings(excel: ExcelApi): Promise<LintSettings> {
  return excel.run(async (context) => {
    const saved = queueSettingsRead(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    if (!worksheets.items.some((s) => s.name === SETTINGS_SHEET)) return settingsFrom(saved);
    const cells = worksheets.getItem(SETTINGS_SHEET).getRange("A1:B1");
    cells.load("values");
    await context.sync();
    return settingsFrom(saved, [{ name: SETTINGS_SHEET, rows: cells.values as CellValue[][] }]);
  });
}

/**
 * Saves the check-in cadence (days) on the settings sheet, beside the thresholds (A2:B2), where
 * the command line reads it too (reading/cadence.ts). Two syncs.
 */
export async function saveCadence(excel: ExcelApi, days: number): Promise<void> {
  const row = CADENCE_ROW + 1;
  await writeSettingsRow(excel, `A${row}:B${row}`, cadenceRow(days));
}

/** The cadence the settings sheet among the sheets read holds, else the default. */
export function cadenceFrom(sheets: readonly { name: string; rows: CellValue[][] }[]): number {
  return cadenceFromRows(sheets.find((s) => s.name === SETTINGS_SHEET)?.rows);
}
