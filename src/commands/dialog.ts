// A ribbon button's result, shown in a small dialog, and the button's lifecycle around it.
// `event.completed()` "indicates that the add-in has completed processing and will automatically be
// closed" (Office.AddinCommands.Event, @types/office-js): called as soon as the dialog opened, it
// lets Office close the function file's runtime while the dialog is still up, and the dialog's
// Close button then has nobody to answer it. So the command completes when the dialog has closed.

/** What a command needs of Office.context.ui. */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

/** Office.EventType's two dialog events, by their values (no Office global needed to name them). */
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

/**
 * Shows `url` in a small dialog; resolves once it is closed — by its own Close button (a message,
 * upon which the dialog is closed here) or by the person (DialogEventReceived) — or failed to open.
 */
export function showDialog(ui: DialogUi, url: string): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (opened) => {
      if (String(opened.status) !== "succeeded") return resolve();
      const dialog = opened.value;
      dialog.addEventHandler(MESSAGE_RECEIVED, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(EVENT_RECEIVED, () => resolve());
    });
  });
}

/**
 * Runs a ribbon command: its work gives the result page's URL (or, when it throws, `failed` gives
 * the page saying why), shown in a dialog; the event completes when that dialog has closed.
 */
export async function runCommand(
  event: Pick<Office.AddinCommands.Event, "completed">,
  ui: DialogUi,
  work: () => Promise<string>,
  failed: (error: unknown) => string
): Promise<void> {
  let url: string;
  try {
    url = await work();
  } catch (error) {
    url = failed(error);
  }
  try {
    await showDialog(ui, url);
  } finally {
    event.completed();
  }
}
