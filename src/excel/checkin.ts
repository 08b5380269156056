// "Check-in" in Excel (src/operations/checkin.ts): the form reads the workbook (two round trips:
// the cells, then the Current columns' formulas, for linked key results); saving reads it again and
// writes the new values, the history rows and the highlights in one batch (two round trips, one
// more per 4 MB of request), whatever the number of key results. The save knows the linked key
// results from the form it saves. New history rows are appended where Excel finds the history's
// end when they are written (officeHost → applyPlan's appendWrites), so two people saving at once
// both keep theirs.
import type { CheckinEntry, CheckinProblem } from "../domain/checkins/plan";
import type { IsoDate, KeyResult, Lang } from "../domain/types";
import { checkin } from "../operations/checkin";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface CheckinForm {
  /** The active sheet, and whether it is an OKR sheet. */
  sheet: string;
  okrSheet: boolean;
  keyResults: KeyResult[];
}

export async function readCheckinForm(excel: ExcelApi): Promise<CheckinForm> {
  // The Current column's formulas too: a linked key result is shown read-only.
  const state = await excel.run((context) => officeHost(context, excel).read({ links: true }));
  const active = state.activeSheet ?? "";
  const okr = state.sheets.find((s) => s.sheet.name === active && s.sheet.match)?.sheet;
  return {
    sheet: active,
    okrSheet: okr !== undefined,
    keyResults: okr ? [...okr.orphans, ...okr.objectives.flatMap((o) => o.keyResults)] : [],
  };
}

export interface CheckinResult {
  historySheet: string;
  recorded: number;
  problems: CheckinProblem[];
}

/** Whether Excel refused adding a sheet because one of that name exists already. */
function isNameTaken(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ItemAlreadyExists";
}

/**
 * Saves a check-in of the sheet `sheet` (the one the form was read from). In a shared workbook two
 * people may save at once: the history rows go below the last row Excel finds when they are written
 * (not at a row read before), so neither overwrites the other's; and when the other made the
 * history sheet first, the save starts over once, reading it.
 */
export async function saveCheckin(
  excel: ExcelApi,
  o: {
    sheet: string;
    date: IsoDate;
    entries: readonly CheckinEntry[];
    lang: Lang;
    /** The form's linked key results (ID → formula): their Current is never written. */
    linked?: Readonly<Record<string, string>>;
  }
): Promise<CheckinResult> {
  const save = () =>
    excel.run((context) =>
      // The pane shows a linked Current read-only: a value for it is never sent.
      checkin(officeHost(context, excel), { ...o, linked: o.linked ?? {}, unlink: false })
    );
  let done;
  try {
    done = await save();
  } catch (error) {
    // the other person made the history sheet first: start over once, reading it
    if (!isNameTaken(error)) throw error;
    done = await save();
  }
  return { historySheet: done.historySheet, recorded: done.recorded, problems: done.problems };
}
