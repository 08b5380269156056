// Reading an OKR sheet from its cells: the header block, the header row, and the table below it as
// objectives with their key results (key results follow the objective they belong to).
import { COLUMNS, type ColumnKey } from "./columns";
import { parseDate } from "./dates";
import { findHeaderRow, normaliseHeader, type HeaderMatch } from "./header";
import { numberOrNull } from "./numbers";
import { parsePeriod } from "./period";
import { ownSheetKind } from "./ownSheetRegistry";
import { TABLE_GAP_ROWS, holdsAnything, isBlankCell } from "./tableEnd";
import {
  LANGS,
  type CellValue,
  type KeyResult,
  type Lang,
  type Objective,
  type Period,
  type RowCells,
  type SheetHeader,
} from "../types";
import { COMMITMENTS, KR_TYPE_TERMS, LEVELS, SCOPES, parseTerm } from "./vocabulary";

/** A sheet as the domain reads it. Rows are 1-based sheet rows; columns 0-based indexes. */
/** A sheet to score: what the domain read, and its cells (rows from sheet row 1, columns from A). */
export interface SheetInput {
  sheet: OkrSheet;
  rows: readonly (readonly CellValue[])[];
}

export interface OkrSheet {
  name: string;
  header: SheetHeader;
  /** Null when no header row was recognised (not an OKR sheet). */
  match: HeaderMatch | null;
  /** 1-based sheet row of the header row (0 when there is none). */
  headerRow: number;
  objectives: Objective[];
  /** Key results above the first objective. */
  orphans: KeyResult[];
  /** Rows with content whose Level is neither Objective nor Key result. */
  unknownLevel: { row: number; cells: RowCells }[];
  /**
   * The last row of the table's stretch (1-based): the lowest row with anything in it above the
   * first TABLE_GAP_ROWS empty rows, or the last row read when there is no such gap; 0 without a
   * header row. Score writes the formula columns down to it, never through the gap.
   */
  tableEnd: number;
  /**
   * The first cell with something in it below that gap, in one of the table's columns: not part of
   * the table, so not checked or scored (SHEET-BELOW-TABLE says where it is). `tableRow` is the
   * table's last row (the header row when the table has none).
   */
  belowTable?: { row: number; col: number; tableRow: number };
  /** What the workbook hides (ReadOptions), so findings can say so. */
  hidden?: Pick<ReadOptions, "hiddenRows" | "hiddenSheet">;
  /**
   * Where the host read formulas (ReadOptions.formulaAt): for each of the product's formula columns
   * the sheet has, the objective and key-result rows (1-based) whose cell holds a formula
   * (CELL-FORMULA-OVERWRITTEN tells a typed number from the product's formula by it).
   */
  formulaRows?: Partial<Record<ColumnKey, ReadonlySet<number>>>;
  /**
   * The formula of any cell the host read formulas of (ReadOptions.formulaAt): CELL-FORMULA-OVERWRITTEN
   * compares the product's cells with the formulas Score would write there.
   */
  formulaAt?: (row: number, col: number) => string | null;
}

/** Every key result on a sheet: under its objectives and above the first (orphans). */
export function keyResultCount(sheet: Pick<OkrSheet, "objectives" | "orphans">): number {
  return sheet.objectives.reduce((n, o) => n + o.keyResults.length, 0) + sheet.orphans.length;
}

/** The 1-based row of a sheet's lowest table row (objective, key result or unknown level); 0 for none. */
export function tableLastRow(
  sheet: Pick<OkrSheet, "objectives" | "orphans" | "unknownLevel">
): number {
  let last = 0;
  const see = (row: number) => {
    if (row > last) last = row;
  };
  for (const k of sheet.orphans) see(k.row);
  for (const o of sheet.objectives) {
    see(o.row);
    for (const k of o.keyResults) see(k.row);
  }
  for (const u of sheet.unknownLevel) see(u.row);
  return last;
}

export interface ReadOptions {
  /** The period to use when the header block names none (CSV input, --period). */
  period?: Period | null;
  scope?: SheetHeader["scope"];
  /** 1-based sheet rows hidden by the user: still checked and scored, findings say so. */
  hiddenRows?: ReadonlySet<number>;
  /** The whole sheet is hidden (or very hidden). */
  hiddenSheet?: boolean;
  /**
   * The formula a cell holds (1-based sheet row, 0-based column), where the host can tell: a
   * Current holding one is a linked key result (reading/linked.ts).
   */
  formulaAt?: (row: number, col: number) => string | null;
}

const HEADER_LABELS: Record<Exclude<keyof SheetHeader, "title">, readonly string[]> = {
  department: ["Department", "Team", "部门", "部門", "团队", "團隊"],
  scope: ["Scope", "范围", "範圍", "层级范围"],
  period: ["Period", "周期", "週期", "期间", "期間", "考核周期"],
  asOf: ["As of", "As-of date", "截至", "截至日期", "数据截至", "資料截至"],
  lang: ["Language", "语言", "語言"],
};

const LABEL_INDEX = new Map<string, keyof typeof HEADER_LABELS>(
  Object.entries(HEADER_LABELS).flatMap(([key, labels]) =>
    labels.map((l) => [normaliseHeader(l), key as keyof typeof HEADER_LABELS])
  )
);

/** The languages as a header block names them ("zh-CN", "ZH CN"), normalised once. */
const LANG_BY_LABEL = new Map<string, Lang>(LANGS.map((l) => [normaliseHeader(l), l]));

function text(value: CellValue): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Reads "Label: value" cells, or a label cell followed by its value cell, above the table. */
export function readHeaderBlock(
  rows: readonly (readonly CellValue[])[],
  options: ReadOptions = {}
): SheetHeader {
  const header: SheetHeader = {
    title: "",
    department: "",
    scope: options.scope ?? null,
    period: null,
    asOf: null,
    lang: null,
  };
  const found: Partial<Record<keyof typeof HEADER_LABELS, string>> = {};
  for (const row of rows) {
    const cells = row.map(text);
    if (!header.title) header.title = cells.find((c) => c !== "") ?? "";
    cells.forEach((cell, i) => {
      const colon = cell.search(/[:：]/);
      const label = normaliseHeader(colon >= 0 ? cell.slice(0, colon) : cell);
      const key = LABEL_INDEX.get(label);
      if (!key || found[key] !== undefined) return;
      const inline = colon >= 0 ? cell.slice(colon + 1).trim() : "";
      // The value is the cell right of the label; failing that, the next cell that is no label
      // (a value such as "Team" can also be a label, so the adjacent cell wins).
      const value =
        inline ||
        cells[i + 1] ||
        cells
          .slice(i + 1)
          .find((c) => c !== "" && !LABEL_INDEX.has(normaliseHeader(c.replace(/[:：].*$/, "")))) ||
        "";
      if (value) found[key] = value;
      // Dates may arrive as serials from a spreadsheet.
      if (key === "asOf" && !inline && typeof row[i + 1] === "number")
        found.asOf = String(row[i + 1]);
    });
  }
  header.department = found.department ?? "";
  const scope = parseTerm(SCOPES, found.scope);
  if (scope) header.scope = scope;
  if (found.period) {
    const parsed = parsePeriod(found.period.replace(/[（(].*$/, "").trim());
    if (parsed.ok) header.period = parsed.value;
  }
  header.period ??= options.period ?? null;
  if (found.asOf) {
    const raw = /^\d+(\.\d+)?$/.test(found.asOf) ? Number(found.asOf) : found.asOf;
    const parsed = parseDate(raw);
    if (parsed.ok) header.asOf = parsed.value;
  }
  header.lang = found.lang ? (LANG_BY_LABEL.get(normaliseHeader(found.lang)) ?? null) : null;
  return header;
}

/**
 * A row's cells object with every column of the sheet, as a copy of this one (made once per sheet).
 * Built key by key, an object of 20 columns falls back to a hash table in V8, eight times the size:
 * 200 MB of a 100,000-row `okr score`. A copy of one built whole keeps the compact layout.
 */
function blankCells(columns: readonly [ColumnKey, number][]): RowCells {
  return Object.fromEntries(columns.map(([key]) => [key, undefined]));
}

/** The first of the table's columns holding something on this row, or -1 when none does. */
function firstFilledColumn(row: readonly CellValue[], columns: readonly [ColumnKey, number][]) {
  let first = -1;
  for (const [, index] of columns)
    if (!isBlankCell(row[index]) && (first < 0 || index < first)) first = index;
  return first;
}

/**
 * The row's cells by column, or null when every one of them is blank (looked at before a copy is
 * made: the empty rows of a gap cost nothing).
 */
function cellsOf(
  row: readonly CellValue[],
  columns: readonly [ColumnKey, number][],
  shape: RowCells
): RowCells | null {
  if (firstFilledColumn(row, columns) < 0) return null;
  const cells: RowCells = { ...shape };
  for (const [key, index] of columns) cells[key] = row[index];
  return cells;
}

export { TABLE_GAP_ROWS, isBlankCell, tableRowCount } from "./tableEnd";

/**
 * The cells of a row that holds none, shared by every such row a reader hands the domain: a sheet
 * whose last cell is a stray value in A1000000 has a million of them, each its own array was tens
 * of megabytes. Frozen: a row read is never written to.
 */
export const NO_CELLS = Object.freeze([]) as unknown as CellValue[];

function dateOrNull(value: CellValue): string | null {
  const parsed = parseDate(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * A percent-formatted cell holds a fraction (1.2 shows as 120%). The domain reads a bare 1.2 in a
 * Weight or Confidence column as 1.2 %, so hosts hand such cells over as the text a person sees.
 */
export function asDisplayed(value: CellValue, numberFormat: string | undefined): CellValue {
  if (typeof value === "number" && numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ""))) {
    return `${Number((value * 100).toPrecision(15))}%`;
  }
  return value;
}

/**
 * Weight and Confidence: "40%" is 0.4, and so is 40 (people type percentage points). A host that
 * knows a cell is percent-formatted passes its value as "120%" text so 1.2 is not read as 1.2 %.
 */
export function parseShare(value: CellValue): number | null {
  const parsed = numberOrNull(value);
  if (parsed === null) return null;
  const hasPercent = typeof value === "string" && /[%％]/.test(value);
  return !hasPercent && Math.abs(parsed) > 1 ? parsed / 100 : parsed;
}

function objectiveFrom(row: number, cells: RowCells): Objective {
  return {
    row,
    cells,
    id: text(cells.id),
    parent: text(cells.parent),
    statement: text(cells.statement),
    owner: text(cells.owner),
    commitment: parseTerm(COMMITMENTS, cells.commitment),
    weight: parseShare(cells.weight),
    due: dateOrNull(cells.due),
    notes: text(cells.notes),
    keyResults: [],
  };
}

function keyResultFrom(row: number, cells: RowCells): KeyResult {
  return {
    row,
    cells,
    id: text(cells.id),
    statement: text(cells.statement),
    owner: text(cells.owner),
    krType: parseTerm(KR_TYPE_TERMS, cells.krType),
    unit: text(cells.unit),
    start: numberOrNull(cells.start),
    target: numberOrNull(cells.target),
    current: numberOrNull(cells.current),
    weight: parseShare(cells.weight),
    confidence: parseShare(cells.confidence),
    due: dateOrNull(cells.due),
    notes: text(cells.notes),
  };
}

/**
 * Reads a sheet from its used range. `rows[0]` is sheet row `firstRow` (1 unless the used range
 * starts lower). Never throws: a sheet without a header row comes back with `match` null.
 */
export function readSheet(
  name: string,
  rows: readonly (readonly CellValue[])[],
  options: ReadOptions = {},
  firstRow = 1
): OkrSheet {
  // The product's own sheets (the Summary, the check-in history, the reviews, the Actions sheet…)
  // have tables too; not OKR sheets.
  const match = ownSheetKind(rows, name) ? null : findHeaderRow(rows);
  const sheet: OkrSheet = {
    name,
    header: readHeaderBlock(match ? rows.slice(0, match.rowIndex) : [], options),
    match,
    headerRow: match ? match.rowIndex + firstRow : 0,
    objectives: [],
    orphans: [],
    unknownLevel: [],
    tableEnd: match ? rows.length - 1 + firstRow : 0,
    ...(options.hiddenRows?.size || options.hiddenSheet
      ? { hidden: { hiddenRows: options.hiddenRows, hiddenSheet: options.hiddenSheet } }
      : {}),
  };
  if (!match) return sheet;
  const columns = Object.entries(match.columns) as [ColumnKey, number][];
  const shape = blankCells(columns);
  const currentCol = match.columns.current;
  // 0-based indexes of the table's last row, and of the last row holding anything at all.
  let lastTable = match.rowIndex;
  let lastAny = match.rowIndex;
  for (let i = match.rowIndex + 1; i < rows.length; i++) {
    if (i - lastTable > TABLE_GAP_ROWS) {
      sheet.tableEnd = lastAny + firstRow;
      const below = belowGap(rows, i, columns);
      if (below)
        sheet.belowTable = {
          row: below.index + firstRow,
          col: below.col,
          tableRow: lastTable + firstRow,
        };
      break;
    }
    const line = rows[i] ?? NO_CELLS;
    const cells = cellsOf(line, columns, shape);
    if (!cells) {
      if (holdsAnything(line)) lastAny = i;
      continue;
    }
    lastTable = lastAny = i;
    const row = i + firstRow;
    const level = parseTerm(LEVELS, cells.level);
    if (level === "objective") sheet.objectives.push(objectiveFrom(row, cells));
    else if (level === "keyResult") {
      const kr = keyResultFrom(row, cells);
      const link =
        options.formulaAt && currentCol !== undefined ? options.formulaAt(row, currentCol) : null;
      if (link) kr.link = link;
      const current = sheet.objectives[sheet.objectives.length - 1];
      if (current) current.keyResults.push(kr);
      else sheet.orphans.push(kr);
    } else sheet.unknownLevel.push({ row, cells });
  }
  if (options.formulaAt) {
    sheet.formulaRows = formulaRowsOf(sheet, options.formulaAt);
    sheet.formulaAt = options.formulaAt;
  }
  return sheet;
}

/**
 * Whether a row below a table's gap is one readSheet names (SHEET-BELOW-TABLE, belowGap): a cell
 * not blank (isBlankCell) in the columns of the header `rows` holds (the sheet's rows read so far,
 * columns counted as in them), or in any column for a sheet with no OKR header. A host that looks
 * below the gap without reading every row keeps looking past rows this says no to, so it names
 * the cell the command line, which reads every row, names.
 */
export function namedBelowTable(
  name: string,
  rows: readonly (readonly CellValue[])[]
): (line: readonly CellValue[]) => boolean {
  const match = ownSheetKind(rows, name) ? null : findHeaderRow(rows);
  if (!match) return holdsAnything;
  const columns = Object.values(match.columns);
  return (line) => columns.some((c) => !isBlankCell(line[c]));
}

/** The first row from `from` (0-based) holding something in the table's columns, and its column. */
function belowGap(
  rows: readonly (readonly CellValue[])[],
  from: number,
  columns: readonly [ColumnKey, number][]
): { index: number; col: number } | null {
  for (let i = from; i < rows.length; i++) {
    const line = rows[i];
    const col = line && line.length > 0 ? firstFilledColumn(line, columns) : -1;
    if (col >= 0) return { index: i, col };
  }
  return null;
}

/** The product's formula columns (Progress, Gap, Expected, Status, Alignment gap). */
const FORMULA_COLUMNS = COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key);

/** The OKR rows whose cell of each formula column the sheet has holds a formula. */
function formulaRowsOf(
  sheet: OkrSheet,
  formulaAt: NonNullable<ReadOptions["formulaAt"]>
): Partial<Record<ColumnKey, ReadonlySet<number>>> {
  const rows = [...sheet.orphans, ...sheet.objectives.flatMap((o) => [o, ...o.keyResults])].map(
    (item) => item.row
  );
  const out: Partial<Record<ColumnKey, ReadonlySet<number>>> = {};
  for (const key of FORMULA_COLUMNS) {
    const col = sheet.match?.columns[key];
    if (col !== undefined) out[key] = new Set(rows.filter((row) => formulaAt(row, col) !== null));
  }
  return out;
}
