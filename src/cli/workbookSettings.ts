// The thresholds a workbook carries (saved by the add-in in its settings sheet), so `okr check`
// checks a workbook against its own rules, as the add-in does.
import type { LintSettings } from "../domain/lint";
import { SETTINGS_SHEET, settingsFromRows } from "../domain/settingsSheet";
import { worksheetRows, type InputFile } from "./input";

/** The first input workbook's saved thresholds; undefined (the defaults) when none has any. */
export function workbookSettings(inputs: readonly InputFile[]): LintSettings | undefined {
  for (const { workbook } of inputs) {
    const sheet = workbook?.getWorksheet(SETTINGS_SHEET);
    const settings = sheet ? settingsFromRows(worksheetRows(sheet)) : null;
    if (settings) return settings;
  }
  return undefined;
}
