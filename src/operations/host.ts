// The port every operation runs over: what it needs of a workbook, whichever host holds it. Two
// adapters implement it — Office.js in src/excel/officeHost.ts (the open workbook, a fixed number of
// round trips), files in src/cli/fileHost.ts (an .xlsx in memory) — so an operation is written once
// and both hosts do the same to the same workbook: test/operations/parity.test.ts runs every
// operation through both on one workbook and compares them cell by cell.
import type { SheetPlan } from "../domain/plan/types";
import type { SheetInput } from "../domain/reading/sheet";
import type { CellEdit } from "../domain/rules/rule";
import type { LintSettings } from "../domain/rules/settings";

/** The workbook as an operation reads it. */
export interface WorkbookState {
  /** Every sheet in tab order, read by the domain (match null where it is no OKR sheet). */
  sheets: SheetInput[];
  /** The thresholds the workbook keeps (the defaults where it keeps none). */
  settings: LintSettings;
  /** The sheet the person has open, where the host has one (the pane); null for a file. */
  activeSheet: string | null;
  /** Days between check-ins, from the settings sheet (reading/cadence.ts: the default without). */
  cadence: number;
  /**
   * Sheets protected with exactly the formula lock's options (plan/protection.ts isFormulaLock):
   * writes keep them locked as Score locks them (score.ts withLocks). Absent where the host does
   * not read protection.
   */
  formulaLocked?: string[];
}

export interface ReadWhat {
  /**
   * The Current cells' formulas too: a key result whose Current holds one is linked
   * (reading/linked.ts). Check and Check-in ask; Score reads values only, in both hosts.
   */
  links?: boolean;
  /**
   * Take away the colours an earlier Check put on cells, riding with the read's round trips (Check
   * writes nothing else).
   */
  clearMarks?: boolean;
}

export interface ApplyOptions {
  /**
   * The plans change values people typed (a check-in's Current): results a file carries for the
   * formulas that read them are stale, and go (the plans' own formulas carry theirs).
   */
  valuesChanged?: boolean;
  /**
   * With `valuesChanged`, cells whose results stay (1-based row and column): a linked Current
   * reads another sheet, which the plans do not change.
   */
  keepResults?: readonly { sheet: string; row: number; col: number }[];
  /** Take away the colours an earlier Check put on cells (what Score writes leaves none stale). */
  clearMarks?: boolean;
  /** The sheet to open once written (New sheet opens the first it made). */
  activate?: string;
  /** A sheet to hide from people as well as from the tab bar (very hidden). */
  hide?: string;
  /**
   * New rows of `sheet`, from 0-based row `from` down (the rows the read ended at): where others
   * may write the same workbook at once (Excel on the web's co-authoring), they are written below
   * the last row the sheet has when the write runs, not at `from`; a file has one writer, and
   * writes them where planned.
   */
  append?: { sheet: string; from: number };
}

/** What a host wrote, and what it could not. */
export interface Applied {
  /** Features it left out: charts in a file (Excel writes every one at the manifest's floor). */
  skipped: string[];
  /** OKR sheets whose Excel table (an earlier version's) became a plain range to be scored. */
  untabled: string[];
  /** Whether `hide` was done. */
  hidden: boolean;
}

/**
 * Where a returned file's sheet is, as the host that read it knows it: a temporary sheet of the
 * open workbook, cells parsed in the pane, a sheet of a file on disk. Collect hands it back to the
 * same host to copy from; only that host looks inside.
 */
export interface ReturnedSource {
  readonly kind: string;
}

/**
 * What Collect brings into the workbook before its plans, in this order: the own sheets the master
 * lacks added (laid out like the returned one), the returned sheets over the master's, and single
 * rows over rows of our own sheets (check-in history, actions). Rows are 0-based.
 */
export interface Bring {
  /** Own sheets to add, each laid out like a returned sheet (its header row comes as a row copy). */
  create: { sheet: string; like: ReturnedSource }[];
  /** A master's sheet emptied and filled with a returned sheet whole: values, formulas, formats. */
  replace: { sheet: string; source: ReturnedSource; rows: number; cols: number }[];
  /** `count` rows of a returned sheet from `from` over rows of `sheet` from `to`; null empties them. */
  rows: {
    sheet: string;
    source: ReturnedSource | null;
    from: number;
    to: number;
    count: number;
    cols: number;
  }[];
  /** Sheets of the workbook that held the returned files (the pane's temporary ones): deleted last. */
  drop: string[];
}

export interface WorkbookHost {
  /** Every sheet, as the domain reads it, in one read (one more round trip for `links`). */
  read(what?: ReadWhat): Promise<WorkbookState>;
  /** Only the sheets' names, in tab order (a new sheet needs no cell of the others). */
  sheetNames(): Promise<string[]>;
  /** Writes plans (the product's own cells and sheets) in one batch. */
  apply(plans: readonly SheetPlan[], options?: ApplyOptions): Promise<Applied>;
  /**
   * Writes input cells a quick fix names (text as text, never a formula), nothing else of their
   * sheets; what formulas showed from the old values is stale.
   */
  edit(cells: readonly CellEdit[]): Promise<void>;
  /** Collect: brings returned sheets and rows in, then writes the plans, in one batch. */
  bring(moves: Bring, plans: readonly SheetPlan[], options?: ApplyOptions): Promise<Applied>;
}
