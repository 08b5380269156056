// The master's record of what Split sent and what came back (domain/chase/sentRecord.ts), read
// from its very hidden sheet in an .xlsx for okr chase, and the files still out as the command line
// says them. Collect (operations/collect.ts) writes it.
import type ExcelJS from "exceljs";
import {
  isSentRecordSheet,
  sentRecordFromRows,
  type NotReturned,
  type SentRecord,
} from "../domain/chase/sentRecord";
import type { Lang, Localized } from "../domain/types";
import { format } from "../domain/reading/i18n";
import { worksheetRows } from "./input";
import { ownSheet } from "./worksheetCells";

/** The record a workbook holds, or null. */
export function readSentRecord(wb: ExcelJS.Workbook): SentRecord | null {
  const ws = ownSheet(wb, isSentRecordSheet);
  return ws ? sentRecordFromRows(worksheetRows(ws)) : null;
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
