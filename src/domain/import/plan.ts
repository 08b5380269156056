// Imported tables as new OKR sheets of a workbook: the sheet names (never one the workbook has),
// the period, and each sheet laid out as a CSV sheet is (contractGrid) with its formula columns
// and action counts, as New sheet writes its sheets. The pane's Import writes these plans; the
// command line's `okr import` lays the same tables out through `okr score`'s path.
import { columnHeader } from "../reading/columns";
import { uniqueSheetName } from "../reading/ids";
import { parsePeriod } from "../reading/period";
import { readSheet } from "../reading/sheet";
import { layOut } from "../plan/sheetLayout";
import type { SheetPlan } from "../plan/types";
import type { CellValue, IsoDate, Lang, Period, Scope } from "../types";
import { contractGrid } from "../newSheet/contractGrid";
import { asShown, planOwnSheets, type OwnSheet } from "../newSheet/generate";
import { PRODUCT_FIELDS } from "./fields";
import { productCells, type ImportedTable } from "./importTable";

/** The period the sheets are for: the one given, else the one every source that names one agrees on. */
export function importPeriod(
  tables: readonly ImportedTable[],
  given: Period | null
): Period | null {
  if (given) return given;
  const named = [...new Set(tables.map((t) => t.period).filter((p): p is string => !!p))];
  if (named.length !== 1) return null;
  const parsed = parsePeriod(named[0]);
  return parsed.ok ? parsed.value : null;
}

/** An imported table as CSV rows in the contract's columns: header row, then its rows. */
export function importedGrid(table: ImportedTable, lang: Lang): CellValue[][] {
  return [PRODUCT_FIELDS.map((f) => columnHeader(f, lang)), ...table.rows.map(productCells)];
}

export interface ImportPlanOptions {
  lang: Lang;
  period: Period | null;
  scope: Scope;
  asOf: IsoDate;
  /** Names of the sheets the workbook has now: none of them is written. */
  existingSheets: readonly string[];
  /** The locale typed dates of the source are read in. */
  locale?: string;
}

export interface ImportPlan {
  plans: SheetPlan[];
  /** The new OKR sheets, one per table, in order. */
  sheets: string[];
  actionsSheet: string;
}

/** The new sheets of imported tables, each beside what the workbook has. */
export function planImport(tables: readonly ImportedTable[], o: ImportPlanOptions): ImportPlan {
  const taken = [...o.existingSheets];
  const made: OwnSheet[] = tables.map((t) => {
    const name = uniqueSheetName(t.name, taken);
    taken.push(name);
    const csv = importedGrid(t, o.lang);
    const { grid, shareRows } = contractGrid(readSheet(name, csv, { period: o.period }), csv, o);
    // Read as it will be shown: share rows percent-formatted (as the command line lays CSV out).
    const shown = asShown(grid, shareRows);
    const sheet = readSheet(name, shown, { period: o.period, scope: o.scope });
    return { name, grid, shareRows, laid: layOut({ sheet, rows: shown }, o.lang) };
  });
  const { plans, actionsSheet } = planOwnSheets(made, { ...o, taken });
  return { plans, sheets: made.map((m) => m.name), actionsSheet };
}
