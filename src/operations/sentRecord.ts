// The master's record of what Split sent and what came back (domain/chase/sentRecord.ts) as the
// operations keep it: one very hidden sheet, rebuilt in place (or added) whenever Split in the pane
// sends a round or Collect brings files back. Chase reads it; the input file of `okr split` is
// never written, so a round the command line sent reaches the master when its files are collected.
import {
  isSentRecordSheet,
  SENT_RECORD_SHEET,
  sentRecordFromRows,
  sentRecordRows,
  type SentRecord,
} from "../domain/chase/sentRecord";
import { emptyPlan, type SheetPlan } from "../domain/plan/types";
import { uniqueSheetName } from "../domain/reading/ids";
import type { SheetInput } from "../domain/reading/sheet";

/** The record a workbook holds (null: none yet), and the name its sheet has or will have. */
export function sentRecordIn(sheets: readonly SheetInput[]): {
  record: SentRecord | null;
  sheet: string;
  exists: boolean;
} {
  const found = sheets.find((s) => isSentRecordSheet(s.rows));
  return {
    record: found ? sentRecordFromRows(found.rows) : null,
    sheet:
      found?.sheet.name ??
      uniqueSheetName(
        SENT_RECORD_SHEET,
        sheets.map((s) => s.sheet.name)
      ),
    exists: Boolean(found),
  };
}

/** The record's sheet rebuilt in place (or added): one block of keys and JSON pieces. */
export function sentRecordPlan(sheet: string, exists: boolean, record: SentRecord): SheetPlan {
  const plan = { ...emptyPlan(sheet, !exists), replace: exists };
  plan.blocks.push({ row: 0, col: 0, values: sentRecordRows(record) });
  return plan;
}
