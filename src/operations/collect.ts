// Collect / `okr collect`: the files Split sent out come back into the master. Each host reads the
// returned files its own way (the pane inserts them as temporary sheets or parses them, the command
// line opens them) into sheets of rows with a source it can copy from; from there everything is
// decided here, once: which file is used for which sheet and what the report says (`validateReturned`,
// before anything of the master changes), then in one batch (`applyCollect`) the returned sheets
// over the master's, their check-in history in date order and their actions in place of the
// department's, the master's record of what came back (for Chase and the files still out), and the
// workbook scored as Score does — as of the date given, else today.
import {
  actionsNotCollected,
  departmentKrIds,
  placeActions,
  type ActionsPlacement,
} from "../domain/collect/actions";
import { fingerprintIn, isFingerprintSheet, type Fingerprint } from "../domain/collect/fingerprint";
import type { CollectFinding } from "../domain/collect/findings";
import { placeHistory } from "../domain/collect/history";
import { COLLECT_SHEET_FULL } from "../domain/collect/sheetFull";
import { CollectValidation } from "../domain/collect/validate";
import {
  notReturned,
  roundFromRows,
  withReturned,
  type NotReturned,
  type SentRound,
} from "../domain/chase/sentRecord";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { appendedRows } from "../domain/plan/appendedRows";
import { format } from "../domain/reading/i18n";
import { uniqueSheetName } from "../domain/reading/ids";
import { isHistorySheet } from "../domain/reading/ownSheets";
import { readSheet, type OkrSheet, type SheetInput } from "../domain/reading/sheet";
import { planScore, type ScorePlan } from "../domain/score/scoreWorkbook";
import type { CellValue, IsoDate, Lang } from "../domain/types";
import type { Applied, Bring, ReturnedSource, WorkbookHost } from "./host";
import { withLocks } from "./score";
import { sentRecordIn, sentRecordPlan } from "./sentRecord";

/** One sheet of a returned file: its name where the host holds it, its rows, where to copy from. */
export interface ReturnedSheet {
  name: string;
  rows: readonly (readonly CellValue[])[];
  source: ReturnedSource;
}

/** A returned file as its host read it, or why it could not. */
export type ReturnedWorkbook =
  { file: string; sheets: ReturnedSheet[] } | { file: string; reason: string };

/** A returned sheet of our own (check-in history, actions) whose rows are merged into the master's. */
export interface IncomingRows {
  name: string;
  rows: readonly (readonly CellValue[])[];
  source: ReturnedSource;
}

/** A returned sheet that will replace the master's sheet of the same name. */
export interface Incoming {
  file: string;
  sheet: string;
  rows: readonly (readonly CellValue[])[];
  /**
   * Its rows read as an OKR sheet, as the preview read them to check them: apply scores these very
   * rows, and reading 100,000 of them again cost half a second.
   */
  read: OkrSheet;
  source: ReturnedSource;
  history: IncomingRows | null;
  actions: IncomingRows | null;
  /** The key results the returned sheet answers for (its actions replace the master's under them). */
  krIds: string[];
}

export interface CollectPreview {
  findings: CollectFinding[];
  /** The files used, with the sheet each replaces, in the order they came. */
  used: { file: string; sheet: string }[];
  incoming: Incoming[];
  /** The rounds the used files were sent in (files split before rounds were kept carry none). */
  rounds: { sheet: string; round: SentRound }[];
  /** Sheets of the workbook that hold the returned files (the pane's temporary ones), not the master's. */
  returnedSheets: string[];
}

export interface ValidateOptions {
  /** Changes to what was sent are errors (those files are not used), as `okr collect --strict`. */
  strict: boolean;
  /** Sheets of the workbook holding the returned files: left out of the master. */
  returnedSheets?: readonly string[];
  /** Whether a returned sheet is the one sent under `sent` (default: by its name). */
  isSent?: (name: string, sent: string) => boolean;
}

/** Thrown when the master has no OKR sheet: nothing can be collected into it. */
export class NoMasterError extends Error {
  constructor() {
    super(
      "This workbook has no OKR sheet (a header row naming ID, Level, Statement, Owner). Open the workbook the files were split from."
    );
  }
}

/** Thrown at apply when a sheet the preview counted on is gone: nothing was changed. */
export class SheetsGoneError extends Error {
  constructor(readonly sheets: string[]) {
    super(
      `These sheets are no longer in the workbook: ${sheets.join(", ")}. Nothing was changed; pick the files again.`
    );
  }
}

/**
 * Thrown at apply, nothing changed, when the rows a returned file adds to the master's check-in
 * history or Actions sheet would pass Excel's last row (a file saved with them is damaged).
 */
export class SheetFullError extends Error {
  constructor(
    /** The master's sheet, the 1-based row of its last record, the returned file, its new rows. */
    readonly sheet: string,
    readonly row: number,
    readonly file: string,
    readonly count: number
  ) {
    super(format(COLLECT_SHEET_FULL.en, { sheet, row, file, count }));
    this.name = "SheetFullError";
  }

  /** The message in a reader's language. */
  text(lang: Lang): string {
    const { sheet, row, file, count } = this;
    return format(COLLECT_SHEET_FULL[lang], { sheet, row, file, count });
  }
}

/**
 * Validates the returned files against the master's sheets, one file at a time, into one report;
 * the check-in rows a file replaces and the actions it cannot bring are said before anything is
 * written.
 */
export function validateReturned(
  sheets: readonly SheetInput[],
  files: readonly ReturnedWorkbook[],
  o: ValidateOptions
): CollectPreview {
  const returnedSheets = [...(o.returnedSheets ?? [])];
  const returned = new Set(returnedSheets);
  const master = sheets.filter((s) => !returned.has(s.sheet.name));
  const okr = master.filter((s) => s.sheet.match).map((s) => s.sheet);
  if (okr.length === 0) throw new NoMasterError();
  const isSent = o.isSent ?? ((name, sent) => name === sent);
  const masterHistory = master.find((s) => isHistorySheet(s.rows))?.rows ?? [];
  const masterActions = master.find((s) => isActionsSheet(s.rows))?.rows ?? [];
  const validation = new CollectValidation(okr, o.strict);
  const incoming: Incoming[] = [];
  const rounds: CollectPreview["rounds"] = [];
  for (const f of files) {
    if ("reason" in f) {
      validation.unreadable(f.file, f.reason);
      continue;
    }
    const sent: Fingerprint | null = fingerprintIn(f.sheets);
    const named = sent ? f.sheets.find((s) => isSent(s.name, sent.sheet)) : undefined;
    const back = sent && named ? readSheet(sent.sheet, named.rows, {}) : null;
    if (!validation.check({ file: f.file, sent, returned: back }) || !sent || !named || !back)
      continue;
    const own = (is: (rows: readonly (readonly CellValue[])[]) => boolean): IncomingRows | null => {
      const found = f.sheets.find((s) => is(s.rows.slice(0, 1)));
      return found ? { name: found.name, rows: found.rows, source: found.source } : null;
    };
    const history = own(isHistorySheet);
    const actions = own(isActionsSheet);
    const krIds = departmentKrIds(sent, back);
    incoming.push({
      file: f.file,
      sheet: sent.sheet,
      rows: named.rows,
      read: back,
      source: named.source,
      history,
      actions,
      krIds: [...krIds],
    });
    const round = roundFromRows(f.sheets.find((s) => isFingerprintSheet(s.rows))?.rows);
    if (round) rounds.push({ sheet: sent.sheet, round });
    if (actions)
      validation.findings.push(
        ...actionsNotCollected(f.file, sent.sheet, placeActions(masterActions, actions.rows, krIds))
      );
    const replaced = history
      ? placeHistory(masterHistory, history.rows, sent.sheet).replace.length
      : 0;
    if (replaced)
      validation.findings.push({
        kind: "history-replaced",
        file: f.file,
        sheet: sent.sheet,
        detail: String(replaced),
      });
  }
  return { findings: validation.finish(), used: validation.used, incoming, rounds, returnedSheets };
}

/** Reads the master and validates the returned files against it; nothing of the master changes. */
export async function previewCollect(
  host: WorkbookHost,
  files: readonly ReturnedWorkbook[],
  o: ValidateOptions
): Promise<CollectPreview> {
  const { sheets } = await host.read();
  return validateReturned(sheets, files, o);
}

export interface CollectApplyOptions {
  lang: Lang;
  today: IsoDate;
  /** The date scores are as of, and collected files are marked returned on (default: today). */
  asOf?: IsoDate;
}

export interface Collected extends Applied {
  /** The sheets replaced, in order. */
  replaced: string[];
  summarySheet: string;
  /** Score's plan over the collected workbook (its refused sheets were not scored). */
  plan: ScorePlan;
  /** The files of the latest round Split sent that have still not come back. */
  notReturned: NotReturned[];
}

/** How many columns wide a grid is. */
const widthOf = (rows: readonly (readonly unknown[])[]) =>
  rows.reduce((w, r) => Math.max(w, r.length), 0);

/** One of our own sheets (history, actions) as it will be after apply: its rows, its name. */
interface Merged {
  /** The master's sheet, if it has one. */
  input: SheetInput | undefined;
  name: string;
  rows: (readonly CellValue[])[];
  /** False when it cannot be made: the master has a sheet of its own under that name. */
  usable: boolean;
}

function merged(
  master: readonly SheetInput[],
  is: (rows: readonly (readonly CellValue[])[]) => boolean,
  incoming: readonly (IncomingRows | null)[],
  bring: Bring,
  fresh: "unique" | "refuse"
): Merged {
  const input = master.find((s) => is(s.rows));
  const first = incoming.find((i) => i !== null);
  if (input || !first)
    return { input, name: input?.sheet.name ?? "", rows: [...(input?.rows ?? [])], usable: true };
  const names = master.map((s) => s.sheet.name);
  // A sheet of the master's own under that name is never replaced: the actions stay out, said;
  // history, which every returned row needs, takes the next free name.
  if (fresh === "refuse" && names.includes(first.name))
    return { input, name: first.name, rows: [], usable: false };
  const name = uniqueSheetName(first.name, names);
  bring.create.push({ sheet: name, like: first.source });
  return { input, name, rows: [], usable: true };
}

/**
 * A returned sheet's rows into one of our own sheets by a placement (history: replace and append;
 * actions also clear), keeping `into.rows` as the sheet will read after apply. Appended rows go
 * right below the sheet's last record (tableRowCount, as a check-in or a new action does), never
 * below a stray value far down; SheetFullError when they would pass Excel's last row.
 */
function mergeRows(
  into: Merged,
  back: IncomingRows,
  file: string,
  placement: (rows: readonly (readonly CellValue[])[]) => Pick<
    ActionsPlacement,
    "replace" | "append"
  > & {
    clear?: number[];
  },
  bring: Bring
): void {
  const copy = (from: number, to: number) =>
    bring.rows.push({
      sheet: into.name,
      source: back.source,
      from,
      to,
      count: 1,
      cols: back.rows[from]?.length ?? 0,
    });
  if (into.rows.length === 0) {
    into.rows.push(back.rows[0]);
    copy(0, 0);
  }
  const { replace, append, clear = [] } = placement(into.rows);
  for (const [from, to] of replace) {
    into.rows[to] = back.rows[from];
    copy(from, to);
  }
  for (const at of clear) {
    const cols = into.rows[at]?.length ?? 0;
    into.rows[at] = [];
    if (cols) bring.rows.push({ sheet: into.name, source: null, from: 0, to: at, count: 1, cols });
  }
  // Rows enough to reach a stray value below go around it: it is kept, never written over.
  const { end, rows } = appendedRows(into.rows, append.length);
  if (!rows) throw new SheetFullError(into.name, end, file, append.length);
  append.forEach((from, i) => {
    into.rows[rows[i]] = back.rows[from];
    copy(from, rows[i]);
  });
}

/**
 * Replaces the master's sheets with the returned ones, merges their check-in history and actions,
 * records what came back, and scores the workbook, in one batch (the returned files' own sheets in
 * the workbook go in the same batch). Throws SheetsGoneError, changing nothing, when a sheet the
 * preview counted on has gone since, and SheetFullError, changing nothing, when merged rows would
 * pass Excel's last row.
 */
export async function applyCollect(
  host: WorkbookHost,
  preview: CollectPreview,
  o: CollectApplyOptions
): Promise<Collected> {
  const state = await host.read();
  const names = new Set(state.sheets.map((s) => s.sheet.name));
  const gone = [...preview.incoming.map((i) => i.sheet), ...preview.returnedSheets].filter(
    (n) => !names.has(n)
  );
  if (gone.length) throw new SheetsGoneError(gone);
  const returnedSheets = new Set(preview.returnedSheets);
  const master = state.sheets.filter((s) => !returnedSheets.has(s.sheet.name));

  const bring: Bring = { create: [], replace: [], rows: [], drop: [...preview.returnedSheets] };
  for (const i of preview.incoming)
    bring.replace.push({
      sheet: i.sheet,
      source: i.source,
      rows: i.rows.length,
      cols: widthOf(i.rows),
    });
  const history = merged(
    master,
    isHistorySheet,
    preview.incoming.map((i) => i.history),
    bring,
    "unique"
  );
  const actions = merged(
    master,
    isActionsSheet,
    preview.incoming.map((i) => i.actions),
    bring,
    "refuse"
  );
  for (const i of preview.incoming) {
    const { history: backHistory, actions: backActions } = i;
    if (backHistory)
      mergeRows(
        history,
        backHistory,
        i.file,
        (rows) => placeHistory(rows, backHistory.rows, i.sheet),
        bring
      );
    if (backActions && actions.usable)
      mergeRows(
        actions,
        backActions,
        i.file,
        (rows) => placeActions(rows, backActions.rows, new Set(i.krIds)),
        bring
      );
  }

  // The workbook as it will read after the moves, scored as Score scores it.
  const incoming = new Map(preview.incoming.map((i) => [i.sheet, i]));
  const own = [history, actions].filter((m) => m.usable && m.name);
  const inputs: SheetInput[] = master.map((s) => {
    const mine = own.find((m) => m.input === s);
    if (mine) return { sheet: readSheet(s.sheet.name, mine.rows), rows: mine.rows };
    const back = incoming.get(s.sheet.name);
    return back ? { sheet: back.read, rows: back.rows } : s;
  });
  for (const m of own)
    if (!m.input) inputs.push({ sheet: readSheet(m.name, m.rows), rows: m.rows });
  const asOf = o.asOf ?? o.today;
  const plan = planScore(inputs, {
    asOf,
    checkedOn: o.today,
    lang: o.lang,
    settings: state.settings,
    cadence: state.cadence,
  });

  // What came back, in the master's very hidden record: Chase and the next Collect name the rest.
  const kept = sentRecordIn(master);
  let record = kept.record;
  // The formula lock kept where the master had it (a copy over a sheet locks every cell).
  const plans = withLocks(plan, false, state.formulaLocked);
  let hide: string | undefined;
  if (record || preview.rounds.length) {
    for (const { sheet, round } of preview.rounds)
      record = withReturned(record, round, sheet, asOf);
    hide = kept.sheet;
    plans.push(sentRecordPlan(kept.sheet, kept.exists, record!));
  }
  const applied = await host.bring(bring, plans, hide ? { hide } : {});
  return {
    ...applied,
    replaced: preview.incoming.map((i) => i.sheet),
    summarySheet: plan.summarySheet,
    plan,
    notReturned: notReturned(record),
  };
}
