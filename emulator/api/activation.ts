// Which sheet is active, and the worksheets.onActivated handlers told when that changes.
import type { WorkbookState } from "../workbook";

type ActivationListener = (args: Excel.WorksheetActivatedEventArgs) => Promise<unknown>;

const ACTIVATION_LISTENERS = new WeakMap<WorkbookState, Set<ActivationListener>>();

export function activationListeners(state: WorkbookState): Set<ActivationListener> {
  let listeners = ACTIVATION_LISTENERS.get(state);
  if (!listeners) ACTIVATION_LISTENERS.set(state, (listeners = new Set()));
  return listeners;
}

/** Makes a sheet the active one; when that changes which sheet is active, onActivated handlers run. */
export function activateSheet(state: WorkbookState, sheetId: string): void {
  const fromChartSheet = state.activeChartSheet !== null;
  state.activeChartSheet = null;
  if (state.activeSheetId === sheetId && !fromChartSheet) return;
  state.activeSheetId = sheetId;
  announceActivated(state, sheetId);
}

/**
 * Tells the onActivated handlers that a sheet was activated, asynchronously as Office.js delivers
 * events. Also called where Excel raises the event without the sheet becoming active: freezing
 * panes on another sheet (office-js issue 3148, Windows and Mac: the event names the other sheet
 * while the one on screen stays active).
 */
export function announceActivated(state: WorkbookState, sheetId: string): void {
  for (const listener of activationListeners(state))
    setTimeout(
      () =>
        void listener({
          type: "WorksheetActivated",
          worksheetId: sheetId,
          source: "Local",
        } as Excel.WorksheetActivatedEventArgs),
      0
    );
}
