// Who owes an update (the pane's "Who owes" place; `okr chase` reads the file the same way): the
// period's OKR sheets, the check-in history, the Actions sheet and the record of what Split sent,
// read in one read, and the domain's chase over them. Nothing is written, nothing is sent.
import { chase, type Chase } from "../domain/chase/owing";
import { isSentRecordSheet, sentRecordFromRows } from "../domain/chase/sentRecord";
import { isActionsSheet, readActions } from "../domain/reading/actionsSheet";
import { readHistory } from "../domain/reading/historySheet";
import { isHistorySheet } from "../domain/reading/ownSheets";
import type { IsoDate, Lang, Period } from "../domain/types";
import type { WorkbookHost } from "./host";
import { viewOf } from "./period";

export interface Chased extends Chase {
  /** Each OKR sheet's language (its header block's), for mail in the sheet's language. */
  sheetLangs: Record<string, Lang>;
}

/** Throws UnknownPeriodError (operations/period.ts) for a period the workbook lacks. */
export async function whoOwes(
  host: WorkbookHost,
  o: { asOf: IsoDate; period?: Period | null }
): Promise<Chased> {
  const state = await host.read();
  const view = viewOf(state.sheets, o.period ?? null);
  const sheets = state.sheets.filter((s) => s.sheet.match && view.shown.has(s.sheet.name));
  const history = state.sheets.find((s) => isHistorySheet(s.rows));
  const actions = state.sheets.find((s) => isActionsSheet(s.rows));
  const record = state.sheets.find((s) => isSentRecordSheet(s.rows));
  const result = chase({
    sheets: sheets.map((s) => s.sheet),
    history: history ? readHistory(history.rows) : [],
    actions: actions ? readActions(actions.rows) : [],
    cadence: state.cadence,
    asOf: o.asOf,
    period: view.period,
    record: record ? sentRecordFromRows(record.rows) : null,
  });
  const sheetLangs: Record<string, Lang> = {};
  for (const { sheet } of sheets) if (sheet.header.lang) sheetLangs[sheet.name] = sheet.header.lang;
  return { ...result, sheetLangs };
}
