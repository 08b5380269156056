// "Collect" in Excel (issue 19): the returned files of okr split come back into the open workbook.
// Previewing reads them and validates them with the command line's CollectValidation before
// anything of the master changes; applying replaces only the sheets the report names and merges
// their check-in history and their actions (domain/collect/actions.ts), then scores the workbook as Score does; cancelling leaves it as it was.
//
// The files come in with workbook.insertWorksheetsFromBase64 (ExcelApi 1.13, below the manifest's
// floor) into hidden temporary sheets, read and validated there, copied over the master's sheets
// on apply (Range.copyFrom "All": values, formats and formulas as the department left them) and
// deleted on apply or cancel. Where Excel cannot insert them the pane parses the files itself
// (`parse`: ExcelJS, loaded on demand) and applying writes them through plans: on iPad, which has
// no insertWorksheetsFromBase64 though it answers ExcelApi 1.13 (office-js issue 6142), and
// wherever the insertion fails — Excel on the web refuses a file holding a chart, comment,
// PivotTable or slicer (UnsupportedFeature), and has inserted files and then failed (office-js
// issues 3179, 2718); whatever came in is deleted first. Round trips, whatever the number of
// files or rows: preview 3 with insertion, 1 on iPad; where the insertion fails, 4 (the look at the
// sheets, the refused insertion, another look, the parsed path's read), 5 if something came in
// before it failed (its deletion); apply 2; cancel 2 —
// one more per 4 MB of files sent or cells read or written, and one more to read a workbook of
// over 64 tabs (readWorkbook.ts).
import { isActionsSheet } from "../domain/reading/actionsSheet";
import {
  actionsNotCollected,
  departmentKrIds,
  placeActions,
  type ActionsPlacement,
} from "../domain/collect/actions";
import { fingerprintIn, type Fingerprint } from "../domain/collect/fingerprint";
import type { CollectFinding } from "../domain/collect/findings";
import { placeHistory } from "../domain/collect/history";
import { CollectValidation } from "../domain/collect/validate";
import { isHistorySheet } from "../domain/reading/ownSheets";
import { planScore } from "../domain/score/scoreWorkbook";
import { emptyPlan, type SheetPlan } from "../domain/plan/types";
import { readSheet } from "../domain/reading/sheet";
import type { CellValue, IsoDate, Lang } from "../domain/types";
import { address, applyPlans, queueRebuild, REQUEST_LIMIT_BYTES } from "./applyPlan";
import type { ExcelApi } from "./host";
import { readAllSheets, readOptionsOf, type SheetRows } from "./readWorkbook";
import { cadenceFrom, queueSettingsRead, settingsFrom } from "./settings";

/** Office.context.platform on iPad, where Excel has no insertWorksheetsFromBase64. */
const IPAD = "iOS";

/** A file the person picked: its name and bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A cell as written back: text, number (dates as serial days), boolean or nothing. */
export type SavedValue = string | number | boolean | null;

/** One sheet of a returned file parsed in the pane. */
export interface ParsedSheet {
  name: string;
  /** As the domain reads cells (dates as ISO text, formulas by their saved result). */
  rows: CellValue[][];
  /** As saved, to write back: values and number formats, rows from 1 and columns from A. */
  values: SavedValue[][];
  formats: (string | null)[][];
}

/** Reads a returned .xlsx in the pane; throws an error saying why when it cannot. */
export type ParseXlsx = (bytes: Uint8Array) => Promise<ParsedSheet[]>;

/** Why Excel could not take a file as an .xlsx, as the error met (null: it can). */
export type CheckXlsx = (bytes: Uint8Array) => Promise<unknown>;

/** Where a returned sheet's cells wait for apply: a temporary sheet, or parsed in the pane. */
type Source = { kind: "sheet"; id: string } | { kind: "cells"; sheet: ParsedSheet };

interface FileSheet {
  name: string;
  rows: CellValue[][];
  source: Source;
}

/** A returned sheet of our own (check-in history, actions) whose rows are merged into the master's. */
interface IncomingRows {
  /** The returned sheet's name (for a master that has none yet). */
  name: string;
  rows: CellValue[][];
  source: Source;
}

/** A returned sheet that will replace the master's sheet of the same name. */
export interface Incoming {
  file: string;
  sheet: string;
  rows: CellValue[][];
  source: Source;
  history: IncomingRows | null;
  actions: IncomingRows | null;
  /** The key results the returned sheet answers for (its actions replace the master's under them). */
  krIds: string[];
}

export interface CollectPreview {
  findings: CollectFinding[];
  /** The files used, with the sheet each replaces, in the order they came. */
  used: { file: string; sheet: string }[];
  via: "insert" | "parse";
  /** The temporary sheets' IDs and names, there until apply or cancel. */
  temporary: { id: string; name: string }[];
  incoming: Incoming[];
}

export interface CollectOptions {
  /** Changes to what was sent are errors (those files are not used), as `okr collect --strict`. */
  strict: boolean;
  parse: ParseXlsx;
  check: CheckXlsx;
  /** The reason for a file that cannot be read (checked or parsed), in the pane's language. */
  unreadable: (error: unknown) => string;
}

/** Base64 of bytes, in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A sheet named `name`, or the name Excel gave it beside one of the same name ("Sales (2)"). */
function sameSheet(inserted: string, name: string): boolean {
  if (inserted === name) return true;
  const m = /^(.*) \(\d+\)$/.exec(inserted);
  return m !== null && name.startsWith(m[1]);
}

/**
 * Validates the returned files against the master's sheets, one file at a time, as okr collect
 * does; the replaced check-in rows are said before anything is written.
 */
function validate(
  master: readonly SheetRows[],
  files: readonly ({ file: string; sheets: FileSheet[] } | { file: string; reason: string })[],
  strict: boolean,
  insert: boolean
): { findings: CollectFinding[]; used: CollectPreview["used"]; incoming: Incoming[] } {
  const okr = master.map((c) => readSheet(c.name, c.rows, readOptionsOf(c))).filter((s) => s.match);
  if (okr.length === 0)
    throw new Error(
      "This workbook has no OKR sheet (a header row naming ID, Level, Statement, Owner). Open the workbook the files were split from."
    );
  const masterHistory = master.find((c) => isHistorySheet(c.rows))?.rows ?? [];
  const masterActions = master.find((c) => isActionsSheet(c.rows))?.rows ?? [];
  const validation = new CollectValidation(okr, strict);
  const incoming: Incoming[] = [];
  for (const f of files) {
    if ("reason" in f) {
      validation.unreadable(f.file, f.reason);
      continue;
    }
    const sent: Fingerprint | null = fingerprintIn(f.sheets);
    const named = sent
      ? f.sheets.find((s) => (insert ? sameSheet(s.name, sent.sheet) : s.name === sent.sheet))
      : undefined;
    const returned = sent && named ? readSheet(sent.sheet, named.rows, {}) : null;
    if (!validation.check({ file: f.file, sent, returned }) || !sent || !named) continue;
    const own = (is: (rows: CellValue[][]) => boolean): IncomingRows | null => {
      const found = f.sheets.find((s) => is(s.rows.slice(0, 1)));
      return found ? { name: found.name, rows: found.rows, source: found.source } : null;
    };
    const history = own(isHistorySheet);
    const actions = own(isActionsSheet);
    const krIds = departmentKrIds(sent, returned!);
    incoming.push({
      file: f.file,
      sheet: sent.sheet,
      rows: named.rows,
      source: named.source,
      history,
      actions,
      krIds: [...krIds],
    });
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
  return { findings: validation.finish(), used: validation.used, incoming };
}

/** The files' base64 in groups of at most REQUEST_LIMIT_BYTES: each group is one round trip. */
function insertGroups(files: readonly { base64: string }[]): number[][] {
  const groups: number[][] = [];
  let size = 0;
  files.forEach((f, i) => {
    if (groups.length === 0 || size + f.base64.length > REQUEST_LIMIT_BYTES) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(i);
    size += f.base64.length;
  });
  return groups;
}

/**
 * Queues deleting a sheet Collect brought in. Every split file carries a very hidden sheet, and
 * Excel refuses to delete a very hidden sheet (office-js issue 365, by design): it is made merely
 * hidden first, in the same batch (hidden, not visible: nothing flashes on the person's screen).
 */
function drop(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden" as Excel.SheetVisibility;
  sheet.delete();
}

/** Deletes the temporary sheets (those still there). */
async function removeSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<void> {
  const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) drop(sheet);
  await context.sync();
}

/**
 * Inserts the files and validates them there; null when Excel would not insert them, with whatever
 * came in deleted again, so the caller parses them instead.
 */
async function previewByInsert(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview | null> {
  const reasons = await Promise.all(
    files.map(async (f) => {
      const error = await o.check(f.bytes);
      return error === null ? null : o.unreadable(error);
    })
  );
  const taken = files
    .filter((_, i) => reasons[i] === null)
    .map((f) => ({ file: f.name, base64: toBase64(f.bytes) }));
  return excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id");
    await context.sync();
    const before = new Set(worksheets.items.map((s) => s.id));
    // Whatever came in goes again: a file Excel refused after all, a workbook with no OKR sheet.
    const dropInserted = async () => {
      worksheets.load("items/id");
      await context.sync();
      for (const sheet of worksheets.items) if (!before.has(sheet.id)) drop(sheet);
      await context.sync();
    };
    let ids: string[][];
    try {
      const inserted: OfficeExtension.ClientResult<string[]>[] = [];
      for (const group of insertGroups(taken)) {
        for (const i of group)
          inserted[i] = context.workbook.insertWorksheetsFromBase64(taken[i].base64, {
            positionType: "End" as Excel.WorksheetPositionType,
          });
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB
        await context.sync();
      }
      ids = inserted.map((r) => r.value);
    } catch {
      // Excel would not insert them (whatever the error: the web's UnsupportedFeature, or a failure
      // after inserting, office-js issue 3179): the pane reads the files itself instead.
      await dropInserted();
      return null;
    }
    try {
      // Every sheet read as Score reads them (in 4 MB chunks where needed); the new ones hidden in
      // the same round trip: while the person reads the report they are the files, not the workbook.
      const { cells, others } = await readAllSheets(context, excel, () =>
        ids.flat().map((id) => {
          const sheet = worksheets.getItem(id);
          sheet.visibility = "Hidden" as Excel.SheetVisibility;
          sheet.load("name");
          return { id, sheet };
        })
      );
      const temporary = others.map(({ id, sheet }) => ({ id, name: sheet.name }));
      const rowsOf = new Map(cells.map((c) => [c.name, c.rows]));
      const nameOf = new Map(temporary.map((t) => [t.id, t.name]));
      const fileSheet = (id: string): FileSheet => ({
        name: nameOf.get(id)!,
        rows: rowsOf.get(nameOf.get(id)!) ?? [],
        source: { kind: "sheet", id },
      });
      const isTemporary = new Set(temporary.map((t) => t.name));
      const master = cells.filter((c) => !isTemporary.has(c.name));
      let next = 0;
      const result = validate(
        master,
        files.map((f, i) =>
          reasons[i] !== null
            ? { file: f.name, reason: reasons[i] as string }
            : { file: f.name, sheets: ids[next++].map(fileSheet) }
        ),
        o.strict,
        true
      );
      return { ...result, via: "insert", temporary };
    } catch (error) {
      await dropInserted();
      throw error;
    }
  });
}

async function previewByParsing(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview> {
  const parsed = await Promise.all(
    files.map(async (f) => {
      try {
        const sheets = await o.parse(f.bytes);
        return {
          file: f.name,
          sheets: sheets.map((s) => ({
            name: s.name,
            rows: s.rows,
            source: { kind: "cells" as const, sheet: s },
          })),
        };
      } catch (error) {
        return { file: f.name, reason: o.unreadable(error) };
      }
    })
  );
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    return { ...validate(cells, parsed, o.strict, false), via: "parse", temporary: [] };
  });
}

/** Reads and validates the returned files; nothing of the master changes. */
export async function previewCollect(
  excel: ExcelApi,
  files: readonly PickedFile[],
  o: CollectOptions
): Promise<CollectPreview> {
  const inserted = excel.platform === IPAD ? null : await previewByInsert(excel, files, o);
  return inserted ?? previewByParsing(excel, files, o);
}

/** Removes the temporary sheets a preview brought in: the workbook is as it was. */
export async function cancelCollect(excel: ExcelApi, preview: CollectPreview): Promise<void> {
  if (preview.temporary.length === 0) return;
  await excel.run((context) =>
    removeSheets(
      context,
      preview.temporary.map((t) => t.id)
    )
  );
}

export interface CollectApplied {
  /** The sheets replaced, in order. */
  replaced: string[];
  summarySheet: string;
}

/** How many columns wide a grid is. */
const widthOf = (rows: readonly (readonly unknown[])[]) =>
  rows.reduce((w, r) => Math.max(w, r.length), 0);

/** Saved cells written back through a plan: text stays text, numbers keep their formats. */
function putSaved(plan: SheetPlan, sheet: ParsedSheet, from: number, to: number, count: number) {
  const cols = widthOf(sheet.values.slice(from, from + count));
  if (cols === 0) return;
  const values = Array.from({ length: count }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.values[from + r]?.[c] ?? null)
  );
  plan.blocks.push({ row: to, col: 0, values });
  for (let r = 0; r < count; r++)
    (sheet.formats[from + r] ?? []).forEach((format, c) => {
      if (format && format !== "General")
        plan.numberFormats.push({ area: { row: to + r, col: c, rows: 1, cols: 1 }, format });
    });
}

/** Queues rows of a source over rows of a sheet: copied from a temporary sheet, or planned. */
function copyRows(
  context: Excel.RequestContext,
  source: Source,
  rows: readonly CellValue[][],
  target: { sheet: string; plan: SheetPlan },
  from: number,
  to: number,
  count: number
): void {
  if (source.kind === "cells") return putSaved(target.plan, source.sheet, from, to, count);
  const cols = widthOf(rows.slice(from, from + count));
  if (cols === 0) return;
  const at = (row: number) => address({ row, col: 0, rows: count, cols });
  context.workbook.worksheets
    .getItem(target.sheet)
    .getRange(at(to))
    .copyFrom(
      context.workbook.worksheets.getItem(source.id).getRange(at(from)),
      "All" as Excel.RangeCopyType
    );
}

/** One of our own sheets (history, actions) as it will be after apply: its rows and its writes. */
interface Merged {
  /** The master's sheet, if it has one. */
  cells: SheetRows | undefined;
  name: string;
  rows: CellValue[][];
  plan: SheetPlan;
}

function merged(
  master: readonly SheetRows[],
  is: (rows: CellValue[][]) => boolean,
  incoming: (IncomingRows | null)[]
): Merged {
  const cells = master.find((c) => is(c.rows));
  const first = incoming.find((i) => i !== null);
  const name = cells?.name ?? first?.name ?? "";
  const plan = emptyPlan(name, false);
  if (!cells && first) plan.create = true;
  return { cells, name, rows: [...(cells?.rows ?? [])], plan };
}

/**
 * Queues a returned sheet's rows into one of our own sheets by a placement (history: replace and
 * append; actions also clear), keeping `into.rows` as the sheet will read after apply.
 */
function mergeRows(
  context: Excel.RequestContext,
  into: Merged,
  back: IncomingRows,
  placement: (rows: CellValue[][]) => Pick<ActionsPlacement, "replace" | "append"> & {
    clear?: number[];
  },
  copies: (() => void)[]
): void {
  const target = { sheet: into.name, plan: into.plan };
  if (into.rows.length === 0) {
    into.rows.push(back.rows[0]);
    copies.push(() => copyRows(context, back.source, back.rows, target, 0, 0, 1));
  }
  const { replace, append, clear = [] } = placement(into.rows);
  for (const [from, to] of replace) {
    into.rows[to] = back.rows[from];
    copies.push(() => copyRows(context, back.source, back.rows, target, from, to, 1));
  }
  for (const at of clear) {
    const cols = into.rows[at]?.length ?? 0;
    into.rows[at] = [];
    if (cols)
      copies.push(() =>
        context.workbook.worksheets
          .getItem(into.name)
          .getRange(address({ row: at, col: 0, rows: 1, cols }))
          .clear("Contents" as Excel.ClearApplyTo)
      );
  }
  for (const from of append) {
    const to = into.rows.length;
    into.rows.push(back.rows[from]);
    copies.push(() => copyRows(context, back.source, back.rows, target, from, to, 1));
  }
}

/**
 * Replaces the master's sheets with the returned ones, merges their check-in history and actions, and scores
 * the workbook, in one batch; the temporary sheets go in the same batch.
 */
export async function applyCollect(
  excel: ExcelApi,
  preview: CollectPreview,
  o: { lang: Lang; today: IsoDate; asOf?: IsoDate }
): Promise<CollectApplied> {
  return excel.run(async (context) => {
    const { cells, others } = await readAllSheets(context, excel, () => ({
      saved: queueSettingsRead(context),
    }));
    const names = new Set(cells.map((c) => c.name));
    const gone = [
      ...preview.incoming.map((i) => i.sheet),
      ...preview.temporary.map((t) => t.name),
    ].filter((n) => !names.has(n));
    if (gone.length)
      throw new Error(
        `These sheets are no longer in the workbook: ${gone.join(", ")}. Nothing was changed; pick the files again.`
      );
    const temporary = new Set(preview.temporary.map((t) => t.name));
    const master = cells.filter((c) => !temporary.has(c.name));
    const extras = new Map(master.map((c) => [c.name, c.extras]));
    const history = merged(
      master,
      isHistorySheet,
      preview.incoming.map((i) => i.history)
    );
    const actions = merged(
      master,
      isActionsSheet,
      preview.incoming.map((i) => i.actions)
    );

    // What is queued, in order: each replaced sheet emptied, then filled; the history and action rows;
    // then Score's plans over the result; the temporary sheets deleted last.
    const writes: SheetPlan[] = [];
    const copies: (() => void)[] = [];
    for (const i of preview.incoming) {
      const plan = { ...emptyPlan(i.sheet, false), replace: true };
      writes.push(plan);
      copies.push(() =>
        copyRows(context, i.source, i.rows, { sheet: i.sheet, plan }, 0, 0, i.rows.length)
      );
      const { history: backHistory, actions: backActions } = i;
      if (backHistory)
        mergeRows(
          context,
          history,
          backHistory,
          (rows) => placeHistory(rows, backHistory.rows, i.sheet),
          copies
        );
      if (backActions)
        mergeRows(
          context,
          actions,
          backActions,
          (rows) => placeActions(rows, backActions.rows, new Set(i.krIds)),
          copies
        );
    }
    const incoming = new Map(preview.incoming.map((i) => [i.sheet, i.rows]));
    const own = [history, actions];
    const inputs = master.map((c) => {
      const rows = own.find((m) => m.cells === c)?.rows ?? incoming.get(c.name) ?? c.rows;
      return { sheet: readSheet(c.name, rows, readOptionsOf(c)), rows };
    });
    for (const m of own)
      if (m.plan.create) inputs.push({ sheet: readSheet(m.name, m.rows), rows: m.rows });
    // As of the date given, else today, as okr collect scores (not the master's old As-of date).
    const asOf = o.asOf ?? o.today;
    const score = planScore(inputs, {
      asOf,
      checkedOn: o.today,
      lang: o.lang,
      settings: settingsFrom(others.saved, master),
      // The workbook's check-in cadence, as okr collect reads it from the settings sheet.
      cadence: cadenceFrom(master),
    });
    let plans: SheetPlan[];
    if (preview.via === "insert") {
      // New own sheets first (the copies need them), the replaced sheets emptied, then copied.
      for (const m of own) if (m.plan.create) context.workbook.worksheets.add(m.name);
      for (const w of writes)
        queueRebuild(context.workbook.worksheets.getItem(w.sheet), excel, extras.get(w.sheet));
      for (const copy of copies) copy();
      plans = score.plans;
    } else {
      for (const copy of copies) copy();
      const ownPlans = own.filter((m) => m.plan.blocks.length || m.plan.create).map((m) => m.plan);
      plans = [...writes, ...ownPlans, ...score.plans];
    }
    await applyPlans(context, excel, plans, {
      extras,
      last: () => {
        for (const t of preview.temporary) drop(context.workbook.worksheets.getItem(t.id));
      },
    });
    return {
      replaced: preview.incoming.map((i) => i.sheet),
      summarySheet: score.summarySheet,
    };
  });
}
