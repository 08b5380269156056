// Sheet protection as Excel enforces it on the API (ExcelApi 1.2): every cell is locked until
// `format.protection.locked = false` unlocks it; on a protected sheet a write of values or formulas
// that reaches a locked cell is refused whole (even where the array holds null there), formatting is
// refused unless the protection's options allow it, and a cell's lock cannot change.
// Sources beside each rule; docs/EXCEL-FIDELITY.md lists them.
import type { Area } from "./addresses";
import { ExcelError, type SheetState } from "./workbook";

/** Excel.WorksheetProtectionOptions: what people may still do on the protected sheet. */
export interface ProtectionOptions {
  allowAutoFilter?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertHyperlinks?: boolean;
  allowInsertRows?: boolean;
  allowPivotTables?: boolean;
  allowSort?: boolean;
  selectionMode?: "Normal" | "Unlocked" | "None";
}

/** Excel's options of a sheet protected with none given: nothing allowed, every cell selectable. */
export const DEFAULT_OPTIONS: Required<ProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface ProtectionState {
  options: Required<ProtectionOptions>;
  /** The password it was protected with; null for none. */
  password: string | null;
  /** `format.protection.locked` set on areas, in order (a cell not covered is locked). */
  locks: { area: Area; locked: boolean }[];
}

export function newProtection(): ProtectionState {
  return { options: { ...DEFAULT_OPTIONS }, password: null, locks: [] };
}

/**
 * Whether a cell is locked: Excel's cells are locked by default ("By default, all cells on a
 * worksheet are locked", support.microsoft.com, "Lock or unlock specific areas of a protected
 * worksheet"); the last lock set over it decides.
 */
export function isLocked(sheet: SheetState, row: number, col: number): boolean {
  const locks = sheet.protection.locks;
  for (let i = locks.length - 1; i >= 0; i--) {
    const a = locks[i].area;
    if (row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols)
      return locks[i].locked;
  }
  return true;
}

/** Whether any cell of the area is locked (without visiting each cell of a large area). */
function anyLocked(sheet: SheetState, area: Area): boolean {
  // Rows and columns where a lock area starts or ends cut the area into pieces each lock area
  // covers whole or not at all: one cell of each piece speaks for it.
  const rows = new Set([area.row]);
  const cols = new Set([area.col]);
  for (const { area: a } of sheet.protection.locks) {
    for (const r of [a.row, a.row + a.rows])
      if (r > area.row && r < area.row + area.rows) rows.add(r);
    for (const c of [a.col, a.col + a.cols])
      if (c > area.col && c < area.col + area.cols) cols.add(c);
  }
  for (const r of rows) for (const c of cols) if (isLocked(sheet, r, c)) return true;
  return false;
}

/**
 * What Excel answers a change a protected sheet forbids: `AccessDenied`, "You cannot perform the
 * requested operation." (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-
 * error-handling lists the code and its message; microsoftgraph/microsoft-graph-docs issue 4546:
 * the same answer to a write of a range holding one locked cell, null in the array there or not).
 */
function refused(sheet: SheetState, what: string): never {
  throw new ExcelError(
    "AccessDenied",
    `You cannot perform the requested operation. (${what} on the protected sheet '${sheet.name}')`
  );
}

/** Values, formulas, copies and clearing contents: refused where the range holds a locked cell. */
export function checkContents(sheet: SheetState, area: Area): void {
  if (sheet.protected && anyLocked(sheet, area)) refused(sheet, "a write to locked cells");
}

/** Number formats and cell formats: refused unless the options allow formatting cells. */
export function checkFormat(sheet: SheetState, what: "cells" | "columns" | "rows"): void {
  if (!sheet.protected) return;
  const allowed =
    what === "cells"
      ? sheet.protection.options.allowFormatCells
      : what === "columns"
        ? sheet.protection.options.allowFormatColumns
        : sheet.protection.options.allowFormatRows;
  if (!allowed) refused(sheet, `formatting ${what}`);
}

/** Locking or unlocking cells: Excel keeps a protected sheet's locks as they are. */
export function setLocked(sheet: SheetState, area: Area, locked: boolean): void {
  if (sheet.protected) refused(sheet, "changing which cells are locked");
  putLock(sheet, area, locked);
}

/**
 * Clearing an area's formats (Range.clear "Formats" or "All": "Clear range values and formatting",
 * the method's description in @types/office-js) locks its cells again: clearing formats puts cells
 * back to the workbook's Normal style (support.microsoft.com, "Clear cells of contents or
 * formats"), whose Protection is Locked (Home › Cell Styles › Normal › Modify lists "Protection:
 * Locked"; "By default, all cells on a worksheet are locked", support.microsoft.com, "Lock or
 * unlock specific areas of a protected worksheet"). Whether the sheet allows the clear is checked
 * where it is asked.
 */
export function resetLocks(sheet: SheetState, area: Area): void {
  putLock(sheet, area, true);
}

/**
 * Copying an area with its formats (Range.copyFrom "All": "Copies cell data or formatting from
 * the source range", @types/office-js; "When you copy a cell, you copy both its contents and its
 * formatting", as Paste does) copies each cell's lock, one of a cell's formats (Format Cells ›
 * Protection): the target's cells end locked exactly where the source's are (a returned file's
 * cells are locked by default). `into` is the same size as `area`.
 */
export function copyLocks(from: SheetState, area: Area, to: SheetState, into: Area): void {
  const dr = into.row - area.row;
  const dc = into.col - area.col;
  const pieces: { area: Area; locked: boolean }[] = [];
  for (const { area: a, locked } of from.protection.locks) {
    const row = Math.max(a.row, area.row);
    const col = Math.max(a.col, area.col);
    const rows = Math.min(a.row + a.rows, area.row + area.rows) - row;
    const cols = Math.min(a.col + a.cols, area.col + area.cols) - col;
    if (rows > 0 && cols > 0)
      pieces.push({ area: { row: row + dr, col: col + dc, rows, cols }, locked });
  }
  // the source's default (locked) first, then its locks over the area in their order
  putLock(to, into, true);
  for (const p of pieces) putLock(to, p.area, p.locked);
}

function putLock(sheet: SheetState, area: Area, locked: boolean): void {
  sheet.protection.locks.push({ area: { ...area }, locked });
  // A lock over the whole sheet makes every earlier one moot.
  if (area.row === 0 && area.col === 0 && area.rows >= 1_048_576 && area.cols >= 16_384)
    sheet.protection.locks = [sheet.protection.locks[sheet.protection.locks.length - 1]];
}

/**
 * `protection.protect(options, password)`: "Fails if the worksheet has already been protected"
 * (the method's remarks in @types/office-js; the code is not documented: InvalidOperation here).
 */
export function protect(sheet: SheetState, options?: ProtectionOptions, password?: string): void {
  if (sheet.protected)
    throw new ExcelError("InvalidOperation", `The sheet '${sheet.name}' is already protected.`);
  sheet.protected = true;
  sheet.protection.options = { ...DEFAULT_OPTIONS, ...(options ?? {}) };
  sheet.protection.password = password ? password : null;
}

/**
 * `protection.unprotect(password)`: without the password a sheet was protected with, refused with
 * `InvalidArgument`, as `pauseProtection` documents for an incorrect password (unprotect's own
 * answer is not documented); a sheet not protected stays as it is.
 */
export function unprotect(sheet: SheetState, password?: string): void {
  if (!sheet.protected) return;
  const given = password ? password : null;
  if (sheet.protection.password !== null && given !== sheet.protection.password)
    throw new ExcelError("InvalidArgument", "The password is incorrect.");
  sheet.protected = false;
  sheet.protection.password = null;
}
