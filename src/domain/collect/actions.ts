// The Actions sheet's part in sending out and collecting (issue 17's action plans meet issue 19's
// round trip): split sends a department the actions of its own key results; collect takes the
// returned actions of those key results in place of the master's. Other departments' actions are
// never touched, and a returned action under a key result the department does not own is reported,
// not brought in (bringing it in would repeat it on every collect of the same file).
import { readActions } from "../reading/actionsSheet";
import { idKey } from "../reading/ids";
import type { OkrSheet } from "../reading/sheet";
import type { CellValue } from "../types";
import type { CollectFinding } from "./findings";
import type { Fingerprint } from "./fingerprint";

type Rows = readonly (readonly CellValue[])[];

/** 0-based rows of an Actions sheet whose KR ID is one of `krIds` (compared as IDs are). */
export function actionRowsFor(rows: Rows, krIds: ReadonlySet<string>): number[] {
  const keys = new Set([...krIds].map(idKey));
  return readActions(rows)
    .filter((a) => keys.has(idKey(a.krId)))
    .map((a) => a.row - 1);
}

/** Where each returned action goes in the master's Actions sheet, kept in place. */
export interface ActionsPlacement {
  /** [returned row, master row], 0-based: a returned action written over one of the department's. */
  replace: [number, number][];
  /** Master rows of the department's key results left over (actions it removed): emptied. */
  clear: number[];
  /** Returned rows that go after the master's last row. */
  append: number[];
  /** KR IDs ("" for none) of returned actions under key results the department does not own: not brought in. */
  notCollected: string[];
}

/**
 * The department's actions (under `krIds`: the key results it was sent and returned) take the
 * place of the master's actions under the same key results, row by row in the master's order;
 * what is left over on either side is emptied or appended. Collecting the same file twice gives
 * the same sheet.
 */
export function placeActions(
  master: Rows,
  returned: Rows,
  krIds: ReadonlySet<string>
): ActionsPlacement {
  const mine = actionRowsFor(master, krIds);
  const keys = new Set([...krIds].map(idKey));
  const back = readActions(returned);
  const incoming = back.filter((a) => keys.has(idKey(a.krId))).map((a) => a.row - 1);
  const notCollected = [
    ...new Set(back.filter((a) => !keys.has(idKey(a.krId))).map((a) => a.krId)),
  ];
  return {
    replace: incoming.slice(0, mine.length).map((r, i) => [r, mine[i]]),
    clear: mine.slice(incoming.length),
    append: incoming.slice(mine.length),
    notCollected,
  };
}

/** The key results a returned sheet answers for: those sent, and those it has now (new ones). */
export function departmentKrIds(sent: Fingerprint, returned: OkrSheet): Set<string> {
  // An empty ID is nobody's: the master's actions without a KR ID are not one department's.
  return new Set(
    [
      ...sent.krs.map((k) => k.id),
      ...returned.objectives.flatMap((o) => o.keyResults.map((k) => k.id)),
    ].filter((id) => id !== "")
  );
}

/** The report's findings for returned actions that are not brought in. */
export function actionsNotCollected(
  file: string,
  sheet: string,
  placement: ActionsPlacement
): CollectFinding[] {
  return placement.notCollected.map((id) => ({ kind: "actions-not-collected", file, sheet, id }));
}
