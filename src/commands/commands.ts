// The ribbon's function file: buttons that act without opening the task pane.
import { langFromLocale } from "../domain/reading/i18n";
import type { ExcelApi } from "../taskpane/office";
import { todayIso } from "../domain/reading/dates";
import { errorText } from "../taskpane/errorText";
import { checkActiveSheet, resultUrl, scoreFromRibbon } from "./checkCommand";

function excelApi(): ExcelApi {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Shows the result page in a small dialog; it closes itself when the person clicks Close. */
function showDialog(url: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 25, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status === Office.AsyncResultStatus.Succeeded) {
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        }
        resolve();
      }
    );
  });
}

/** "Check sheet": lint the active sheet and report the counts. */
async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromLocale(Office.context.displayLanguage);
  const base = new URL(".", window.location.href).href;
  try {
    await showDialog(resultUrl(base, lang, await checkActiveSheet(excelApi())));
  } catch (error) {
    await showDialog(resultUrl(base, lang, { error: errorText(error) }));
  } finally {
    event.completed();
  }
}

/** "Score workbook": write the scoring formulas and the Summary as of today. */
async function scoreWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromLocale(Office.context.displayLanguage);
  const base = new URL(".", window.location.href).href;
  try {
    await showDialog(resultUrl(base, lang, await scoreFromRibbon(excelApi(), lang, todayIso())));
  } catch (error) {
    await showDialog(
      resultUrl(base, lang, {
        kind: "score",
        error: errorText(error),
      })
    );
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkSheet", checkSheet);
  Office.actions.associate("scoreWorkbook", scoreWorkbook);
});
