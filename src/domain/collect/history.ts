// Merging a returned file's check-in history into the master's: the returned rows of its sheet
// come in; a master row for the same sheet, KR and date gives way to the returned one.
import { readHistory } from "../checkins/history";
import { idKey } from "../ids";
import type { CellValue } from "../types";

export interface HistoryMerge {
  /** 0-based master history rows to remove (replaced by a returned row). */
  drop: number[];
  /** 0-based rows of the returned history to append. */
  add: number[];
}

export function mergeHistory(
  master: readonly (readonly CellValue[])[],
  returned: readonly (readonly CellValue[])[],
  sheet: string
): HistoryMerge {
  const key = (krId: string, date: string) => `${idKey(krId)}\u0000${date}`;
  const incoming = readHistory(returned).filter((e) => e.sheet === sheet);
  const keys = new Set(incoming.map((e) => key(e.krId, e.date)));
  const drop = readHistory(master)
    .filter((e) => e.sheet === sheet && keys.has(key(e.krId, e.date)))
    .map((e) => e.row);
  return { drop, add: incoming.map((e) => e.row) };
}
