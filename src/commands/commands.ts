// The ribbon's function file: buttons that act without opening the task pane.
import { langFromLocale } from "../domain/reading/i18n";
import type { ExcelApi } from "../taskpane/office";
import { todayIso } from "../domain/reading/dates";
import { errorText } from "../taskpane/errorText";
import { checkActiveSheet, resultUrl, scoreFromRibbon } from "./checkCommand";
import { runCommand } from "./dialog";

function excelApi(): ExcelApi {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** "Check sheet": lint the active sheet and report the counts. */
function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromLocale(Office.context.displayLanguage);
  const base = new URL(".", window.location.href).href;
  return runCommand(
    event,
    Office.context.ui,
    async () => resultUrl(base, lang, await checkActiveSheet(excelApi())),
    (error) => resultUrl(base, lang, { error: errorText(error, lang) })
  );
}

/** "Score workbook": write the scoring formulas and the Summary as of today. */
function scoreWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromLocale(Office.context.displayLanguage);
  const base = new URL(".", window.location.href).href;
  return runCommand(
    event,
    Office.context.ui,
    async () => resultUrl(base, lang, await scoreFromRibbon(excelApi(), lang, todayIso())),
    (error) => resultUrl(base, lang, { kind: "score", error: errorText(error, lang) })
  );
}

Office.onReady(() => {
  Office.actions.associate("checkSheet", checkSheet);
  Office.actions.associate("scoreWorkbook", scoreWorkbook);
});
