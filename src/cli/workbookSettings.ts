// The thresholds a workbook carries (saved by the add-in in its settings sheet), so `okr check`
// checks a workbook against its own rules, as the add-in does.
import type { LintSettings } from "../domain/rules/lint";
import type { InputFile } from "./input";

/** The first input workbook's saved thresholds; undefined (the defaults) when none has any. */
export function workbookSettings(inputs: readonly InputFile[]): LintSettings | undefined {
  return inputs.find((i) => i.settings)?.settings;
}
