// The Office.js adapter of the operations' port (src/operations/host.ts), inside one `Excel.run`:
// a read is one round trip (readWorkbook.ts: more only past 64 tabs or 5 MB), applying plans one
// more (applyPlan.ts: more only past 4 MB), fixing cells one. The settings, the marks an earlier
// Check left and the active sheet come with the read; clearing those marks rides with the write.
import { readSheet, type ReadOptions } from "../domain/reading/sheet";
import type { SheetPlan } from "../domain/plan/types";
import type { CellEdit } from "../domain/rules/rule";
import type { Applied, ApplyOptions, WorkbookHost, WorkbookState } from "../operations/host";
import { applyPlans, officeValue, type SheetExtras } from "./applyPlan";
import type { ExcelApi } from "./host";
import { marksFrom, queueMarksRead, queueUnmark, type Mark } from "./marks";
import { readAllSheets, readOptionsOf } from "./readWorkbook";
import { queueSettingsRead, settingsFrom } from "./settings";

/** Setting `worksheet.visibility` needs ExcelApi 1.2 (@types/office-js, Worksheet.visibility). */
export const HIDE_SHEET_API = "1.2";

/** Queues quick-fix edits: text through `formulas` with a leading apostrophe, never a formula. */
export function queueEdits(context: Excel.RequestContext, edits: readonly CellEdit[]): void {
  const sheets = context.workbook.worksheets;
  for (const edit of edits) {
    const range = sheets.getItem(edit.sheet).getRange(edit.cell);
    if (edit.numberFormat) range.numberFormat = [[edit.numberFormat]];
    range.formulas = [[officeValue(edit.value)]];
  }
}

export interface OfficeHostOptions {
  /** How the domain reads every sheet (the period a sheet without one is taken for). */
  read?: ReadOptions;
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
  return {
    async read(): Promise<WorkbookState> {
      const { cells, others } = await readAllSheets(context, excel, () => {
        const active = context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
        return {
          active,
          saved: queueSettingsRead(context, excel),
          marks: queueMarksRead(context, excel),
        };
      });
      extras = new Map(cells.map((c) => [c.name, c.extras]));
      marks = marksFrom(others.marks);
      names = cells.map((c) => c.name);
      return {
        sheets: cells.map((c) => ({
          sheet: readSheet(c.name, c.rows, readOptionsOf(c, options.read)),
          rows: c.rows,
        })),
        settings: settingsFrom(others.saved, cells),
        activeSheet: others.active.name,
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
      const canHide = excel.isSetSupported("ExcelApi", HIDE_SHEET_API);
      if (plans.length === 0 && !unmark && !o.activate && !o.hide)
        return { skipped: [], untabled: [], hidden: false };
      if (unmark) queueUnmark(context, marks, names);
      marks = o.clearMarks ? [] : marks;
      const { skipped, untabled } = await applyPlans(context, excel, plans, {
        extras,
        last: () => {
          const sheets = context.workbook.worksheets;
          if (o.hide && canHide)
            sheets.getItem(o.hide).visibility = "VeryHidden" as Excel.SheetVisibility;
          if (o.activate) sheets.getItem(o.activate).activate();
        },
      });
      return { skipped, untabled, hidden: Boolean(o.hide && canHide) };
    },

    async edit(edits: readonly CellEdit[]): Promise<void> {
      if (edits.length === 0) return;
      queueEdits(context, edits);
      await context.sync();
    },
  };
}
