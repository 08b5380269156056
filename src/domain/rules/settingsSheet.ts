// Where a workbook keeps its own linter thresholds so that every host reads the same ones: a very
// hidden sheet holding the key and the thresholds as JSON text. The add-in writes it and reads it
// with the rest of the workbook; the command line reads it from the .xlsx (ExcelJS cannot see the
// add-in's workbook.settings, which live in the file's web-extension part).
import { mergeSettings, type LintSettings } from "./lint";
import type { CellValue } from "../types";

// The sheet's name, with the product's other own sheets (reading/ownSheets.ts).
export { SETTINGS_SHEET } from "../reading/ownSheets";

/** The key in A1; the thresholds as JSON text in B1. */
export const THRESHOLDS_KEY = "okrSheets.lintSettings";

/** The cells to write (A1:B1) for these thresholds. */
export function settingsRow(settings: LintSettings): [string, string] {
  return [THRESHOLDS_KEY, JSON.stringify(settings)];
}

/**
 * The thresholds stored in a settings sheet's rows, over the defaults; null when the rows hold
 * none (no such sheet, or not our key), so a host can look elsewhere.
 */
export function settingsFromRows(
  rows: readonly (readonly CellValue[])[] | undefined
): LintSettings | null {
  const row = rows?.find((r) => r[0] === THRESHOLDS_KEY);
  if (!row || typeof row[1] !== "string") return null;
  try {
    return mergeSettings(JSON.parse(row[1]));
  } catch {
    return null; // a hand-edited cell that is no longer JSON: the defaults, as for no sheet
  }
}
