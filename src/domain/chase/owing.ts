// Who owes an update (seed 003: the weekly check-in; the most-cited reason spreadsheet OKRs fail is
// that updates stop and someone must chase every owner). Per owner: the key results without a real
// check-in within the cadence, and the actions overdue; then the objectives nobody owns and the
// files Split sent that have not come back. Everything is read from the workbook; nothing is sent.
import { beforeFirstCheckin, staleDays } from "../reading/cadence";
import { dayNumber } from "../reading/dates";
import { idKey } from "../reading/ids";
import { isOverdue, type Action } from "../reading/actionsSheet";
import type { HistoryEntry } from "../reading/historySheet";
import type { OkrSheet } from "../reading/sheet";
import type { IsoDate, Period } from "../types";
import { ownerOfKr } from "./mine";
import { notReturned, type NotReturned, type SentRecord } from "./sentRecord";

export interface OwedKr {
  sheet: string;
  id: string;
  statement: string;
  /** The last real check-in's date, or null when there has been none this period. */
  last: IsoDate | null;
  /** Days since the last check-in (since the period began, when none), at the as-of date. */
  days: number;
}

export interface OverdueAction {
  krId: string;
  action: string;
  due: IsoDate;
  /** 1-based row on the Actions sheet. */
  row: number;
}

export interface OwnerDue {
  /** The owner as written ("" for key results and actions nobody owns). */
  owner: string;
  krs: OwedKr[];
  actions: OverdueAction[];
}

export interface Chase {
  asOf: IsoDate;
  cadence: number;
  period: string | null;
  owners: OwnerDue[];
  noOwner: { sheet: string; id: string; statement: string; row: number }[];
  notReturned: NotReturned[];
}

export interface ChaseInput {
  /** The OKR sheets of the period shown. */
  sheets: readonly OkrSheet[];
  history: readonly HistoryEntry[];
  actions: readonly Action[];
  cadence: number;
  asOf: IsoDate;
  period: Period | null;
  record: SentRecord | null;
}

/** Who owes what at the as-of date. */
export function chase(input: ChaseInput): Chase {
  const { asOf, cadence, period } = input;
  // A key result's last check-in: the latest history entry for its sheet and ID, up to the as-of
  // date and, with a period, inside it (last quarter's check-ins do not count for this one).
  const last = new Map<string, IsoDate>();
  for (const e of input.history) {
    if (e.date > asOf || (period && e.date < period.start)) continue;
    const key = `${e.sheet}\u0000${idKey(e.krId)}`;
    if ((last.get(key) ?? "") < e.date) last.set(key, e.date);
  }
  const owners = new Map<string, OwnerDue>();
  const ownerOf = (name: string) => {
    const key = name.trim();
    let due = owners.get(key.toLowerCase());
    if (!due) owners.set(key.toLowerCase(), (due = { owner: key, krs: [], actions: [] }));
    return due;
  };
  const noOwner: Chase["noOwner"] = [];
  const krOwner = new Map<string, string>();
  for (const sheet of input.sheets) {
    const sheetPeriod = sheet.header.period ?? period;
    // Before the first check-in is due, a key result without one is "Not started", not late.
    const early = beforeFirstCheckin(sheetPeriod, asOf, cadence);
    for (const o of sheet.objectives) {
      if (!o.owner.trim())
        noOwner.push({ sheet: sheet.name, id: o.id, statement: o.statement, row: o.row });
      for (const kr of o.keyResults) {
        const owner = ownerOfKr(kr, o.owner);
        krOwner.set(idKey(kr.id), owner);
        const lastDate = last.get(`${sheet.name}\u0000${idKey(kr.id)}`) ?? null;
        if (lastDate) {
          const days = staleDays(lastDate, asOf, cadence);
          if (days !== null)
            ownerOf(owner).krs.push({
              sheet: sheet.name,
              id: kr.id,
              statement: kr.statement,
              last: lastDate,
              days,
            });
          continue;
        }
        if (early) continue;
        const since = sheetPeriod ? dayNumber(asOf) - dayNumber(sheetPeriod.start) + 1 : 0;
        ownerOf(owner).krs.push({
          sheet: sheet.name,
          id: kr.id,
          statement: kr.statement,
          last: null,
          days: since,
        });
      }
    }
  }
  for (const a of input.actions) {
    if (!isOverdue(a, asOf) || !a.due) continue;
    // An action nobody owns is its key result's owner's to chase.
    // Only the period's key results' actions; one nobody owns is its key result's owner's.
    if (!krOwner.has(idKey(a.krId))) continue;
    const owner = a.owner || krOwner.get(idKey(a.krId)) || "";
    ownerOf(owner).actions.push({ krId: a.krId, action: a.action, due: a.due, row: a.row });
  }
  const list = [...owners.values()]
    .filter((o) => o.krs.length || o.actions.length)
    .sort((a, b) => (a.owner === "" ? 1 : b.owner === "" ? -1 : a.owner.localeCompare(b.owner)));
  return {
    asOf,
    cadence,
    period: period?.label ?? null,
    owners: list,
    noOwner,
    notReturned: notReturned(input.record),
  };
}
