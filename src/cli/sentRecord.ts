// The master's record of what Split sent and what came back (domain/chase/sentRecord.ts), read
// from and written to its very hidden sheet in an .xlsx. Collect marks what it brought back and
// names every file still out; Chase reads it.
import type ExcelJS from "exceljs";
import {
  isSentRecordSheet,
  notReturned,
  SENT_RECORD_SHEET,
  sentRecordFromRows,
  sentRecordRows,
  withReturned,
  type NotReturned,
  type SentRecord,
  type SentRound,
} from "../domain/chase/sentRecord";
import type { IsoDate, Lang, Localized } from "../domain/types";
import { format } from "../domain/reading/i18n";
import { worksheetRows } from "./input";
import { ownSheet } from "./worksheetCells";

/** The record a workbook holds, or null. */
export function readSentRecord(wb: ExcelJS.Workbook): SentRecord | null {
  const ws = ownSheet(wb, isSentRecordSheet);
  return ws ? sentRecordFromRows(worksheetRows(ws)) : null;
}

/** Writes the record into the workbook's own very hidden sheet (replacing the one it had). */
export function writeSentRecord(wb: ExcelJS.Workbook, record: SentRecord): void {
  const old = ownSheet(wb, isSentRecordSheet);
  const name = old?.name ?? SENT_RECORD_SHEET;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  for (const row of sentRecordRows(record)) ws.addRow(row);
  ws.state = "veryHidden";
}

/**
 * Marks the sheets collected from files of a round as returned on `on`, and says which files of
 * the latest round are still out. A master without rounds (files split before they were kept)
 * is left as it was.
 */
export function recordReturns(
  wb: ExcelJS.Workbook,
  collected: readonly { sheet: string; round: SentRound }[],
  on: IsoDate
): NotReturned[] {
  let record = readSentRecord(wb);
  if (!record && collected.length === 0) return [];
  for (const { sheet, round } of collected) record = withReturned(record, round, sheet, on);
  writeSentRecord(wb, record!);
  return notReturned(record);
}

const STILL_OUT: Localized = {
  en: "Not returned yet: {file} (sheet {sheet}, sent {sentOn})",
  "zh-CN": "尚未收回：{file}（工作表 {sheet}，{sentOn} 发出）",
  "zh-TW": "尚未收回：{file}（工作表 {sheet}，{sentOn} 發出）",
};

/** One line per file still out. */
export function notReturnedText(files: readonly NotReturned[], lang: Lang): string {
  return files.map((f) => `${format(STILL_OUT[lang], { ...f })}\n`).join("");
}
