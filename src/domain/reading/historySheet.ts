// The check-in history sheet: one row per key result per check-in, append-only. A second check-in of
// the same sheet on the same date replaces that date's rows; nothing else is ever rewritten.
import type { CellValue, IsoDate } from "../types";
import { parseDate } from "./dates";
import { idKey } from "./ids";
import { tableRowCount } from "./tableEnd";

import { HISTORY_COL } from "./ownSheets";
export {
  HISTORY_COL,
  HISTORY_COLUMNS,
  HISTORY_KEYS,
  HISTORY_SHEET_NAME,
  historyHeader,
  isHistorySheet,
  type HistoryColumn,
} from "./ownSheets";

export interface HistoryEntry {
  /** 0-based row on the history sheet. */
  row: number;
  date: IsoDate;
  sheet: string;
  krId: string;
  value: CellValue;
  confidence: CellValue;
  /** The key result's definition when it was checked in (empty in rows from before they were kept). */
  target: CellValue;
  weight: CellValue;
  fingerprint: CellValue;
  /** What changed since the check-in before ("" when nothing did). */
  revised: string;
}

/**
 * The entries of a history sheet (rows without a date or KR are skipped), down to its table's end
 * (tableRowCount): nothing below a thousand empty rows is a check-in.
 */
export function readHistory(rows: readonly (readonly CellValue[])[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  const end = tableRowCount(rows);
  for (let r = 1; r < end; r++) {
    const row = rows[r] ?? [];
    const date = parseDate(row[HISTORY_COL.date]);
    const krId = String(row[HISTORY_COL.krId] ?? "").trim();
    if (!date.ok || !krId) continue;
    out.push({
      row: r,
      date: date.value,
      sheet: String(row[HISTORY_COL.sheet] ?? ""),
      krId,
      value: row[HISTORY_COL.value] ?? null,
      confidence: row[HISTORY_COL.confidence] ?? null,
      target: row[HISTORY_COL.target] ?? null,
      weight: row[HISTORY_COL.weight] ?? null,
      fingerprint: row[HISTORY_COL.fingerprint] ?? null,
      revised: String(row[HISTORY_COL.revised] ?? "").trim(),
    });
  }
  return out;
}

/** The latest earlier check-in of a key result on a sheet, before `date`. */
export function previousEntry(
  entries: readonly HistoryEntry[],
  sheet: string,
  krId: string,
  date: IsoDate
): HistoryEntry | null {
  let best: HistoryEntry | null = null;
  for (const e of entries) {
    if (e.sheet !== sheet || idKey(e.krId) !== idKey(krId) || e.date >= date) continue;
    if (!best || e.date > best.date || (e.date === best.date && e.row > best.row)) best = e;
  }
  return best;
}
