// Check-in: this week's values, confidence and comments for key results, one history row each.
// The pane checks in the sheet it shows; the command line every sheet a values file names (or, with
// none, every key result as its sheet holds it). Every entry is checked before anything is written;
// a problem is a code (domain/checkins/messages.ts says it in the reader's language).
import { planCheckin, type CheckinEntry, type CheckinProblem } from "../domain/checkins/plan";
import { isHistorySheet } from "../domain/reading/historySheet";
import { idKey } from "../domain/reading/ids";
import type { SheetInput } from "../domain/plan/sheetLayout";
import type { IsoDate, KeyResult, Lang } from "../domain/types";
import type { Applied, WorkbookHost, WorkbookState } from "./host";

export interface CheckinOptions {
  date: IsoDate;
  lang: Lang;
  /** The values reported, by key-result ID; null records every key result as its sheet holds it. */
  entries: readonly CheckinEntry[] | null;
  /** Only this sheet (the one the pane's form was read from); else every sheet an entry names. */
  sheet?: string;
}

export interface CheckedIn extends Applied {
  problems: CheckinProblem[];
  /** The sheets checked in, in order. */
  sheets: string[];
  recorded: number;
  historySheet: string;
}

const keyResultsOf = (s: SheetInput): KeyResult[] => [
  ...s.sheet.orphans,
  ...s.sheet.objectives.flatMap((o) => o.keyResults),
];

/** One sheet's check-in planned against the workbook as it is now. */
function planOn(
  state: WorkbookState,
  name: string,
  entries: readonly CheckinEntry[],
  o: CheckinOptions
) {
  const target = state.sheets.find((s) => s.sheet.name === name && s.sheet.match)!;
  const history = state.sheets.find((s) => isHistorySheet(s.rows));
  return planCheckin({
    sheet: target,
    history: history ? { name: history.sheet.name, rows: history.rows } : null,
    existingSheets: state.sheets.map((s) => s.sheet.name),
    date: o.date,
    entries,
    lang: o.lang,
  });
}

export async function checkin(host: WorkbookHost, o: CheckinOptions): Promise<CheckedIn> {
  let state = await host.read();
  const okr = state.sheets.filter((s) => s.sheet.match);
  const refused = (problems: CheckinProblem[]): CheckedIn => ({
    problems,
    sheets: [],
    recorded: 0,
    historySheet: "",
    skipped: [],
    untabled: [],
    hidden: false,
  });
  if (o.sheet !== undefined && !okr.some((s) => s.sheet.name === o.sheet))
    return refused([{ kind: "not-okr-sheet", sheet: o.sheet }]);
  if (okr.length === 0) return refused([{ kind: "no-okr-sheet" }]);

  // Which sheet each entry is for: the pane's sheet, or the one holding its key result.
  const sheetOf = new Map<string, string>();
  for (const s of okr) for (const kr of keyResultsOf(s)) sheetOf.set(idKey(kr.id), s.sheet.name);
  const entries = o.entries ?? [];
  const named = o.sheet === undefined ? entries.filter((e) => !sheetOf.has(idKey(e.id))) : [];
  if (named.length) return refused(named.map((e) => ({ kind: "unknown-id", id: e.id })));
  const targets =
    o.sheet !== undefined
      ? [o.sheet]
      : o.entries === null
        ? okr.map((s) => s.sheet.name)
        : okr
            .map((s) => s.sheet.name)
            .filter((n) => entries.some((e) => sheetOf.get(idKey(e.id)) === n));
  const entriesFor = (name: string) =>
    o.sheet !== undefined ? entries : entries.filter((e) => sheetOf.get(idKey(e.id)) === name);

  // Every entry is checked before the first write.
  const problems = targets.flatMap((name) => planOn(state, name, entriesFor(name), o).problems);
  if (problems.length) return refused(problems);

  const done: CheckedIn = { ...refused([]), sheets: targets };
  for (const [i, name] of targets.entries()) {
    // Each sheet's history rows follow the ones the sheet before it added.
    if (i > 0) state = await host.read();
    const plan = planOn(state, name, entriesFor(name), o);
    const applied = await host.apply(plan.plans, { valuesChanged: i === 0 });
    done.recorded += plan.recorded;
    done.historySheet = plan.historySheet;
    done.skipped = [...new Set([...done.skipped, ...applied.skipped])];
  }
  return done;
}
