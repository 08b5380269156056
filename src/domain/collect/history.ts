// Merging a returned file's check-in history into the master's: the returned rows of its sheet
// come in; a master row for the same sheet, KR and date gives way to the returned one.
import { readHistory } from "../reading/historySheet";
import { idKey } from "../reading/ids";
import type { CellValue } from "../types";

export interface HistoryMerge {
  /** 0-based master history rows to remove (replaced by a returned row). */
  drop: number[];
  /** 0-based rows of the returned history to append. */
  add: number[];
}

/** Where each returned row goes in a master history kept in place (the pane's Collect). */
export interface HistoryPlacement {
  /** [returned row, master row]: a returned row taking the place of the master's for the same KR and date. */
  replace: [number, number][];
  /** Returned rows that go after the master's last row. */
  append: number[];
}

/**
 * The same merge as mergeHistory, with the master's rows left where they are: a returned row for
 * the same KR and date is written over the master's row, the others after the last one.
 */
export function placeHistory(
  master: readonly (readonly CellValue[])[],
  returned: readonly (readonly CellValue[])[],
  sheet: string
): HistoryPlacement {
  const { drop, add } = mergeHistory(master, returned, sheet);
  const dropped = new Set(drop);
  const masterRow = new Map(
    readHistory(master)
      .filter((e) => dropped.has(e.row))
      .map((e) => [key(e.krId, e.date), e.row])
  );
  const incoming = new Map(readHistory(returned).map((e) => [e.row, key(e.krId, e.date)]));
  const placement: HistoryPlacement = { replace: [], append: [] };
  for (const row of add) {
    const at = masterRow.get(incoming.get(row)!);
    if (at === undefined) placement.append.push(row);
    else placement.replace.push([row, at]);
  }
  return placement;
}

const key = (krId: string, date: string) => `${idKey(krId)}\u0000${date}`;

export function mergeHistory(
  master: readonly (readonly CellValue[])[],
  returned: readonly (readonly CellValue[])[],
  sheet: string
): HistoryMerge {
  const incoming = readHistory(returned).filter((e) => e.sheet === sheet);
  const keys = new Set(incoming.map((e) => key(e.krId, e.date)));
  const drop = readHistory(master)
    .filter((e) => e.sheet === sheet && keys.has(key(e.krId, e.date)))
    .map((e) => e.row);
  return { drop, add: incoming.map((e) => e.row) };
}
