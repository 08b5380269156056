// The Office.js adapter of the operations' port (src/operations/host.ts), inside one `Excel.run`:
// a read is one round trip (readWorkbook.ts: more past 64 tabs, and one per 4 MB of cells the first
// round trip's heads do not hold, readBands.ts), applying plans one
// more (applyPlan.ts: more only past 4 MB), fixing cells one. The settings, the marks an earlier
// Check left and the active sheet come with the read; clearing those marks rides with the write.
import { readSheet, type ReadOptions } from "../domain/reading/sheet";
import type { SheetPlan } from "../domain/plan/types";
import type { CellEdit } from "../domain/rules/rule";
import type {
  Applied,
  ApplyOptions,
  Bring,
  ReadWhat,
  WorkbookHost,
  WorkbookState,
} from "../operations/host";
import { isFormulaLock } from "../domain/plan/protection";
import { applyPlans, officeValue, type SheetExtras } from "./applyPlan";
import { drop, bringWrites } from "./bring";
import { arrayCost, rangeCost, sendWrites, type Write } from "./batching";
import type { ExcelApi } from "./host";
import { sheetGuard } from "./sheetLock";
import { marksFrom, queueMarksRead, unmarkWith, unmarkWrites, type Mark } from "./marks";
import { queueLinks } from "./links";
import { readAllSheetsWithActive, readOptionsOf } from "./readWorkbook";
import { cadenceFrom, queueSettingsRead, settingsFrom } from "./settings";

/** Quick-fix edits as writes: text through `formulas` with a leading apostrophe, never a formula. */
export function editWrites(edits: readonly CellEdit[]): Write[] {
  return edits.map((edit) => {
    const value = [[officeValue(edit.value)]];
    const format = edit.numberFormat ? [[edit.numberFormat]] : null;
    return {
      kind: "edit",
      sheet: edit.sheet,
      cost: rangeCost(edit.cell) + arrayCost(value) + (format ? arrayCost(format) : 0),
      queue: (at) => {
        const range = at.sheet(edit.sheet).getRange(edit.cell).untrack();
        if (format) range.numberFormat = format;
        range.formulas = value;
      },
    };
  });
}

export interface OfficeHostOptions {
  /** How the domain reads every sheet (the period a sheet without one is taken for). */
  read?: ReadOptions;
  /** Queued with every read's first round trip (Collect hides and names the sheets it inserted). */
  withRead?: () => void;
}

export function officeHost(
  context: Excel.RequestContext,
  excel: ExcelApi,
  options: OfficeHostOptions = {}
): WorkbookHost {
  // What the last read saw that a write needs: each sheet's tables and charts, and the marks.
  let extras = new Map<string, SheetExtras>();
  let marks: Mark[] = [];
  let names: string[] = [];
  // The sheets protected, with their options: every write lifts and restores their protection
  // (sheetLock.ts), in the same requests, and keeps this up to date.
  const protectedNow = new Map<string, Excel.WorksheetProtectionOptions>();
  return {
    async read(what: ReadWhat = {}): Promise<WorkbookState> {
      const { cells, others, active } = await readAllSheetsWithActive(context, excel, () => ({
        saved: queueSettingsRead(context),
        marks: queueMarksRead(context),
        more: options.withRead?.(),
      }));
      extras = new Map(cells.map((c) => [c.name, c.extras]));
      protectedNow.clear();
      for (const c of cells)
        if (c.extras.protection) protectedNow.set(c.name, c.extras.protection.options);
      marks = marksFrom(others.marks);
      names = cells.map((c) => c.name);
      const formulaLocked = [...protectedNow]
        .filter(([, o]) => isFormulaLock(o as Record<string, unknown>))
        .map(([name]) => name);
      // Linked key results: the Current columns' formulas, in one more round trip (none without
      // key results), which the old marks' clearing rides with.
      let links = null as ReturnType<typeof queueLinks> | null;
      await unmarkWith(
        context,
        what.clearMarks ? marks : [],
        names,
        () => {
          links = what.links ? queueLinks(context, cells, options.read) : null;
          return Boolean(links?.queued);
        },
        (error) => Boolean(links?.refused(error))
      );
      if (what.clearMarks) marks = [];
      const read = links
        ? await links.sheets()
        : cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options.read)));
      return {
        sheets: cells.map((c, i) => ({ sheet: read[i], rows: c.rows })),
        settings: settingsFrom(others.saved, cells),
        activeSheet: active,
        cadence: cadenceFrom(cells),
        formulaLocked,
      };
    },

    async sheetNames(): Promise<string[]> {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((s) => s.name);
    },

    async apply(plans: readonly SheetPlan[], o: ApplyOptions = {}): Promise<Applied> {
      const unmark = o.clearMarks && marks.length > 0;
      if (plans.length === 0 && !unmark && !o.activate && !o.hide)
        return { skipped: [], untabled: [], hidden: false };
      const before = unmark ? unmarkWrites(marks, names) : [];
      marks = o.clearMarks ? [] : marks;
      const { untabled } = await applyPlans(context, excel, plans, {
        extras,
        before,
        append: o.append,
        protectedNow,
        last: () => {
          const sheets = context.workbook.worksheets;
          if (o.hide) sheets.getItem(o.hide).visibility = "VeryHidden" as Excel.SheetVisibility;
          if (o.activate) sheets.getItem(o.activate).activate();
        },
      });
      return { skipped: [], untabled, hidden: Boolean(o.hide) };
    },

    async bring(moves: Bring, plans: readonly SheetPlan[], o: ApplyOptions = {}): Promise<Applied> {
      // Copies from temporary sheets written first; parsed cells are plans before the others.
      const brought = bringWrites(excel, moves, extras);
      const { untabled } = await applyPlans(context, excel, [...brought.plans, ...plans], {
        extras,
        before: brought.writes,
        protectedNow,
        last: () => {
          const sheets = context.workbook.worksheets;
          for (const name of moves.drop) drop(sheets.getItem(name));
          if (o.hide) sheets.getItem(o.hide).visibility = "VeryHidden" as Excel.SheetVisibility;
        },
      });
      return { skipped: [], untabled, hidden: Boolean(o.hide) };
    },

    async edit(edits: readonly CellEdit[]): Promise<void> {
      if (edits.length === 0) return;
      await sendWrites(context, editWrites(edits), { guard: sheetGuard(protectedNow) });
    },
  };
}
