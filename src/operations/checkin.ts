// Check-in: what people said this week — values, confidence and comments — for key results of one
// period, one history row each for only the key results something was said about. The pane checks
// in the sheet it shows; the command line every sheet of the period its values file names. A
// linked key result (its Current a formula, reading/linked.ts) keeps its formula: a value typed
// for it is refused unless `unlink`. Every entry is checked before anything is written; a problem
// is a code (domain/checkins/messages.ts says it in the reader's language).
import {
  planCheckin,
  saysSomething,
  type CheckinEntry,
  type CheckinProblem,
} from "../domain/checkins/plan";
import { isHistorySheet } from "../domain/reading/historySheet";
import { idKey } from "../domain/reading/ids";
import type { PeriodScope } from "../domain/reading/periodScope";
import type { SheetInput } from "../domain/reading/sheet";
import type { IsoDate, KeyResult, Lang, Period } from "../domain/types";
import type { Applied, WorkbookHost, WorkbookState } from "./host";
import { viewOf } from "./period";

export interface CheckinOptions {
  date: IsoDate;
  lang: Lang;
  /** What people said, by key-result ID (entries that say nothing are not recorded). */
  entries: readonly CheckinEntry[];
  /** Only this sheet (the one the pane's form was read from); else every sheet an entry names. */
  sheet?: string;
  /** The period checked in (the command line's --period); default: the latest not closed. */
  period?: Period | null;
  /** Replace a linked Current's formula with the value given (the command line's --unlink). */
  unlink?: boolean;
  /**
   * The linked key results as the form read them (ID → formula): the save then reads values only,
   * one round trip fewer (the pane shows a linked Current read-only and never sends a value).
   */
  linked?: Readonly<Record<string, string>>;
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

/** The workbook as read, with the form's linked key results marked where the read had none. */
function withLinks(state: WorkbookState, o: CheckinOptions): WorkbookState {
  if (!o.linked) return state;
  for (const s of state.sheets)
    if (s.sheet.match)
      for (const kr of keyResultsOf(s)) if (o.linked[kr.id]) kr.link = o.linked[kr.id];
  return state;
}

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
    unlink: Boolean(o.unlink),
    cadence: state.cadence,
  });
}

/** Checks in; throws UnknownPeriodError (operations/period.ts) for a period the workbook lacks. */
export async function checkin(host: WorkbookHost, o: CheckinOptions): Promise<CheckedIn> {
  const read = async () => withLinks(await host.read({ links: !o.linked }), o);
  let state = await read();
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
  const sheetOf = new Map<string, SheetInput>();
  for (const s of okr) for (const kr of keyResultsOf(s)) sheetOf.set(idKey(kr.id), s);
  const byValues = o.sheet === undefined;
  if (byValues) {
    const unknown = o.entries.filter((e) => !sheetOf.has(idKey(e.id)));
    if (unknown.length) return refused(unknown.map((e) => ({ kind: "unknown-id", id: e.id })));
    // A check-in is of one period: a key result of another is named with the option reaching it.
    const view: PeriodScope = viewOf(state.sheets, o.period ?? null);
    const elsewhere = o.entries.filter(
      (e) => !view.shown.has(sheetOf.get(idKey(e.id))!.sheet.name)
    );
    if (elsewhere.length)
      return refused(
        elsewhere.map((e) => {
          const { sheet } = sheetOf.get(idKey(e.id))!;
          return {
            kind: "other-period",
            id: e.id,
            sheet: sheet.name,
            period: sheet.header.period?.label ?? "",
            checking: view.period?.label ?? "",
          };
        })
      );
  }
  const said = byValues ? o.entries.filter(saysSomething) : o.entries;
  if (byValues && said.length === 0) return refused([{ kind: "nothing-said" }]);
  const targets = byValues
    ? okr
        .map((s) => s.sheet.name)
        .filter((n) => said.some((e) => sheetOf.get(idKey(e.id))?.sheet.name === n))
    : [o.sheet as string];
  const entriesFor = (name: string) =>
    byValues ? said.filter((e) => sheetOf.get(idKey(e.id))?.sheet.name === name) : said;

  // Every entry is checked before the first write.
  const problems = targets.flatMap((name) => planOn(state, name, entriesFor(name), o).problems);
  if (problems.length) return refused(problems);

  // A linked Current keeps the result a file holds for it: it reads another sheet, which a
  // check-in does not change (unless unlinked, when the value replaces it).
  const linkedCells = o.unlink
    ? []
    : okr.flatMap((s) =>
        keyResultsOf(s)
          .filter((kr) => kr.link)
          .map((kr) => ({
            sheet: s.sheet.name,
            row: kr.row,
            col: (s.sheet.match?.columns.current ?? 0) + 1,
          }))
      );
  const done: CheckedIn = { ...refused([]), sheets: targets };
  for (const [i, name] of targets.entries()) {
    // Each sheet's history rows follow the ones the sheet before it added.
    if (i > 0) state = await read();
    const plan = planOn(state, name, entriesFor(name), o);
    // The history rows below its last record are new: in a shared workbook another person's may
    // have arrived since the read, so the host appends them where the history ends when it writes.
    if (plan.problems.length) return refused(plan.problems);
    const applied = await host.apply(plan.plans, {
      valuesChanged: i === 0,
      keepResults: linkedCells,
      append: { sheet: plan.historySheet, from: plan.appendFrom },
    });
    done.recorded += plan.recorded;
    done.historySheet = plan.historySheet;
    done.skipped = [...new Set([...done.skipped, ...applied.skipped])];
  }
  return done;
}
