// The file adapter of the operations' port (src/operations/host.ts): an .xlsx workbook in memory,
// read with ExcelJS into the domain's rows and written through the same plans the add-in writes.
// A caller that has read the sheets already (okr score's inputs, laid out once) hands them over,
// and the first read returns them instead of reading every cell again.
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../domain/plan/types";
import type { SheetInput } from "../domain/reading/sheet";
import type { ReadOptions } from "../domain/reading/sheet";
import type { CellEdit } from "../domain/rules/rule";
import { DEFAULT_SETTINGS, type LintSettings } from "../domain/rules/settings";
import { SETTINGS_SHEET, settingsFromRows } from "../domain/rules/settingsSheet";
import { cadenceFromRows } from "../domain/reading/cadence";
import type {
  Applied,
  ApplyOptions,
  Bring,
  ReadWhat,
  ReturnedSource,
  WorkbookHost,
  WorkbookState,
} from "../operations/host";
import { blockLabelCells, TABLE_HEADER_ROW } from "../domain/plan/layout";
import type { CellValue } from "../domain/types";
import { workbookSheets } from "./input";
import { copyWorksheet, excelCell } from "./worksheetCells";
import { LeanWorkbook, type Book } from "./leanWorkbook";
import { copyHeld, heldOf, holdsAny, withHeldViews } from "./heldSheets";
import { applyPlansToWorkbook, forgetCachedResults } from "./xlsxHost";
import { copyProtection, formulaLocked, refuseLocked } from "./sheetProtection";

export interface FileHostOptions {
  /** How the domain reads every sheet (the period and scope of sheets that name none). */
  read?: ReadOptions;
  /** The sheets as read already: the first read returns these (never read twice). */
  sheets?: SheetInput[];
  /** The thresholds, when the caller knows them (several input files: the first that has any). */
  settings?: LintSettings;
  /** The check-in cadence, when the caller knows it (several input files: the first's). */
  cadence?: number;
  /** The input file the workbook was read from, named where a write is refused. */
  file?: string;
  /** Sheets copied in from another input file (okr score's second .xlsx): named as it has them. */
  copiedFrom?: ReadonlyMap<string, { file: string; sheet: string }>;
  /**
   * False when the workbook is only scored to print (okr score --format json without -o): no file
   * is written, so no sheet is refused.
   */
  writes?: boolean;
}

export function fileHost(workbook: Book, options: FileHostOptions = {}): WorkbookHost {
  let given = options.sheets;
  const asExcelJs = () => workbook as ExcelJS.Workbook;
  // Sheets protected with a password are written by no host (sheetProtection.ts): refused whole,
  // before the first cell changes.
  const where = (sheet: string) => {
    const copied = options.copiedFrom?.get(sheet);
    const file = copied?.file ?? options.file;
    const name = copied?.sheet ?? sheet;
    return file ? `${file} [${name}]` : `[${name}]`;
  };
  const refuse = (sheets: Iterable<string>) => {
    if (options.writes !== false) refuseLocked(workbook, sheets, where);
  };
  const host: WorkbookHost = {
    async read(what: ReadWhat = {}): Promise<WorkbookState> {
      // With `links`, each Current cell's formula too (a linked key result).
      const sheets = given ?? workbookSheets(asExcelJs(), options.read ?? {}, Boolean(what.links));
      given = undefined;
      const saved = sheets.find((s) => s.sheet.name === SETTINGS_SHEET);
      return {
        sheets,
        settings: options.settings ?? settingsFromRows(saved?.rows) ?? DEFAULT_SETTINGS,
        activeSheet: null,
        cadence: options.cadence ?? cadenceFromRows(saved?.rows),
        // Written again, they are locked again (operations/score.ts withLocks), as in the pane.
        formulaLocked: workbook.worksheets.filter(formulaLocked).map((w) => w.name),
      };
    },

    async sheetNames(): Promise<string[]> {
      return workbook.worksheets.map((w) => w.name);
    },

    async apply(plans: readonly SheetPlan[], o: ApplyOptions = {}): Promise<Applied> {
      // A sheet created new holds no protection; one replaced is rebuilt where it is.
      refuse(plans.filter((p) => !p.create || p.replace).map((p) => p.sheet));
      if (o.valuesChanged) {
        const keep = new Set((o.keepResults ?? []).map((c) => `${c.sheet}!${c.row}:${c.col}`));
        const labels = labelCells(asExcelJs());
        forgetCachedResults(asExcelJs(), (ws, cell) => {
          const at = `${ws.name}!${cell.row}:${cell.col}`;
          return keep.has(at) || labels.has(at);
        });
      }
      // A held sheet's cells are written to as it holds them (heldSheets.ts).
      const skipped =
        workbook instanceof LeanWorkbook || !holdsAny(workbook)
          ? applyPlansToWorkbook(workbook, plans)
          : withHeldViews(workbook, () => applyPlansToWorkbook(workbook, plans));
      const hidden = o.hide ? workbook.getWorksheet(o.hide) : undefined;
      if (hidden) hidden.state = "veryHidden";
      // Marks are the pane's (a file has none); which sheet opens first is the file's own.
      return { skipped, untabled: [], hidden: Boolean(hidden) };
    },

    async bring(moves: Bring, plans: readonly SheetPlan[], o: ApplyOptions = {}): Promise<Applied> {
      // Sheets dropped are not written (Excel deletes a protected sheet all the same).
      refuse([
        ...moves.replace.map((m) => m.sheet),
        ...moves.rows.map((m) => m.sheet),
        ...plans.filter((p) => !p.create || p.replace).map((p) => p.sheet),
      ]);
      // The formula lock goes over every cell of its sheet: a sheet it locks is copied whole.
      const whole = new Set(plans.filter((p) => p.lockFormulas).map((p) => p.sheet));
      await bringInto(asExcelJs(), moves, whole);
      return host.apply(plans, o);
    },

    async edit(edits: readonly CellEdit[]): Promise<void> {
      const wb = asExcelJs();
      refuse(edits.map((e) => e.sheet));
      for (const edit of edits) {
        const cell = wb.getWorksheet(edit.sheet)?.getCell(edit.cell);
        if (!cell) continue;
        // ExcelJS writes a string as text, whatever it starts with: it never becomes a formula.
        cell.value = edit.value;
        // A new style object: a loaded workbook's cells of one style share theirs, and setting
        // numFmt on it would change every cell of that style.
        if (edit.numberFormat) cell.style = { ...cell.style, numFmt: edit.numberFormat };
      }
      // Fixed cells change what formulas show: results cached before would be stale.
      if (edits.length) {
        const labels = labelCells(wb);
        forgetCachedResults(wb, (ws, cell) => labels.has(`${ws.name}!${cell.row}:${cell.col}`));
      }
    },
  };
  return host;
}

/**
 * The header block's status labels of every generated sheet ("Sheet!row:col", 1-based), which keep
 * their results when values change: forgotten, they would read blank, and Score, which finds the
 * block's counts by their labels, would leave the counts unscored (plan/layout.ts blockLabelCells).
 * Only the rows above a generated sheet's table are read.
 */
function labelCells(wb: ExcelJS.Workbook): Set<string> {
  const keep = new Set<string>();
  for (const ws of wb.worksheets) {
    const rows: CellValue[][] = [];
    for (let r = 1; r <= TABLE_HEADER_ROW; r++) {
      const cells: CellValue[] = [];
      ws.getRow(r).eachCell({ includeEmpty: false }, (cell, c) => (cells[c - 1] = excelCell(cell)));
      rows.push(Array.from(cells, (c) => c ?? null));
    }
    for (const c of blockLabelCells(rows, TABLE_HEADER_ROW))
      keep.add(`${ws.name}!${c.row}:${c.col}`);
  }
  return keep;
}

/**
 * A sheet of a returned file on disk, opened when Collect copies from it (okr collect reads each
 * file to validate it, lets it go, and opens it again here: only one is held at a time).
 */
export interface FileSource extends ReturnedSource {
  kind: "file";
  /** The file, as given: the sources of one file share it. */
  file: string;
  sheet: string;
  open: () => Promise<ExcelJS.Workbook>;
}

/** Row `from` of one sheet over row `to` of another (1-based), values and styles; null empties it. */
function putRow(to: ExcelJS.Worksheet, at: number, from: ExcelJS.Worksheet | null, row: number) {
  const source = from?.getRow(row);
  const width = Math.max(to.getRow(at).cellCount, source?.cellCount ?? 0);
  for (let c = 1; c <= width; c++) {
    const cell = to.getCell(at, c);
    cell.value = source ? source.getCell(c).value : null;
    if (source) cell.style = JSON.parse(JSON.stringify(source.getCell(c).style ?? {}));
  }
}

/**
 * Collect's moves into the workbook (operations/collect.ts), the files opened one at a time. A
 * returned sheet that is held (heldSheets.ts) is copied as it is held, unless it is in `whole`;
 * a held sheet whose cells ExcelJS must have (rows merged from it) opens its file again, whole.
 */
async function bringInto(
  wb: ExcelJS.Workbook,
  moves: Bring,
  whole: ReadonlySet<string> = new Set()
): Promise<void> {
  let held: { file: string; workbook: ExcelJS.Workbook } | null = null;
  const sheetOf = async (source: ReturnedSource, cells = true): Promise<ExcelJS.Worksheet> => {
    const s = source as FileSource;
    if (held?.file !== s.file) held = { file: s.file, workbook: await s.open() };
    let ws = held.workbook.getWorksheet(s.sheet);
    if (ws && cells && heldOf(ws)) {
      held = { file: s.file, workbook: await s.open() };
      ws = held.workbook.getWorksheet(s.sheet);
    }
    if (!ws) throw new Error(`${s.file}: no sheet named ${s.sheet} any more`);
    return ws;
  };
  for (const { sheet, like } of moves.create) {
    // Laid out like the returned sheet (widths, dropdowns, styles), its rows then emptied.
    const made = copyWorksheet(await sheetOf(like), wb, sheet);
    for (let r = 1; r <= made.rowCount; r++) putRow(made, r, null, r);
  }
  // A returned sheet no later move copies rows from is emptied as it is copied (copyWorksheet).
  const rowsFrom = new Set(
    moves.rows
      .map((m) => m.source as FileSource | null)
      .map((s) => s && `${s.file}\u0000${s.sheet}`)
  );
  for (const { sheet, source } of moves.replace) {
    // ExcelJS orders sheets by orderNo, which its typings leave out: the copy takes the old place.
    type Ordered = ExcelJS.Worksheet & { orderNo: number };
    const old = wb.getWorksheet(sheet) as Ordered;
    const order = old.orderNo;
    wb.removeWorksheet(old.id);
    const s = source as FileSource;
    const emptying = !rowsFrom.has(`${s.file}\u0000${s.sheet}`);
    const from = await sheetOf(source, whole.has(sheet));
    const copy = heldOf(from)
      ? copyHeld(from, wb, sheet)
      : copyWorksheet(from, wb, sheet, { emptying });
    (copy as Ordered).orderNo = order;
    // The master's sheet keeps its protection, not the returned one's (sheetProtection.ts).
    copyProtection(old, copy);
  }
  for (const move of moves.rows) {
    const to = wb.getWorksheet(move.sheet)!;
    const from = move.source ? await sheetOf(move.source) : null;
    for (let i = 0; i < move.count; i++) putRow(to, move.to + i + 1, from, move.from + i + 1);
  }
  for (const name of moves.drop) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
}
