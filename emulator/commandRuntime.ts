// The runtime Office gives a ribbon's function command, as Office documents its lifecycle: the
// function receives an event, and `event.completed()` "indicates that the add-in has completed
// processing and will automatically be closed" (Office.AddinCommands.Event.completed,
// @types/office-js; learn.microsoft.com/office/dev/add-ins/design/add-in-commands). Once closed,
// nothing of the function file runs again: a dialog it opened is closed with it, and the dialog's
// messages reach no handler. Office.context.ui.displayDialogAsync and the dialog's two events follow
// learn.microsoft.com/javascript/api/office/office.ui and office.dialog.

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

interface OpenDialog {
  url: string;
  handlers: Map<string, Handler[]>;
  open: boolean;
}

export interface CommandRuntime {
  ui: Pick<Office.UI, "displayDialogAsync">;
  event: Pick<Office.AddinCommands.Event, "completed">;
  /** Whether the function's runtime is still alive (until `completed()`). */
  readonly alive: boolean;
  /** The dialogs opened, in order; `open` false once closed. */
  readonly dialogs: readonly { url: string; open: boolean }[];
  /** The page in the newest dialog sends a message (its Close button): false if nobody heard it. */
  send(message: string): boolean;
  /** The person closes the newest dialog with its X (DialogEventReceived, error 12006). */
  closeByPerson(): void;
}

/** DialogEventReceived's code when the person closed the dialog (office.dialog docs). */
const CLOSED_BY_PERSON = 12006;

export function createCommandRuntime(): CommandRuntime {
  let alive = true;
  const dialogs: OpenDialog[] = [];
  const newest = () => dialogs[dialogs.length - 1];
  const fire = (dialog: OpenDialog | undefined, type: string, args: Parameters<Handler>[0]) => {
    if (!alive || !dialog?.open) return false;
    const handlers = dialog.handlers.get(type) ?? [];
    for (const h of handlers) h(args);
    return handlers.length > 0;
  };
  const ui = {
    displayDialogAsync(
      url: string,
      _options: Office.DialogOptions,
      callback: (result: Office.AsyncResult<Office.Dialog>) => void
    ): void {
      const dialog: OpenDialog = { url, handlers: new Map(), open: alive };
      dialogs.push(dialog);
      const value = {
        addEventHandler: (type: string, handler: Handler) =>
          dialog.handlers.set(type, [...(dialog.handlers.get(type) ?? []), handler]),
        close: () => {
          dialog.open = false;
        },
      } as unknown as Office.Dialog;
      setTimeout(() =>
        callback({ status: "succeeded", value } as unknown as Office.AsyncResult<Office.Dialog>)
      );
    },
  } as Pick<Office.UI, "displayDialogAsync">;
  return {
    ui,
    event: {
      completed: () => {
        alive = false;
        // Office closes what the runtime opened with it.
        for (const d of dialogs) d.open = false;
      },
    },
    get alive() {
      return alive;
    },
    get dialogs() {
      return dialogs.map((d) => ({ url: d.url, open: d.open }));
    },
    send: (message) => fire(newest(), "dialogMessageReceived", { message, origin: undefined }),
    closeByPerson: () => {
      const dialog = newest();
      if (fire(dialog, "dialogEventReceived", { error: CLOSED_BY_PERSON }) && dialog)
        dialog.open = false;
    },
  };
}
