// A plan: what an operation writes where — values, formulas, formats, validations, conditional
// formats — as plain data. The domain makes plans; each host (Office.js, ExcelJS, the emulator
// through Office.js) applies them. Positions are 0-based rows and columns.
import type { Area } from "../reading/cellRefs";
export type { Area } from "../reading/cellRefs";

/** What a formula shows, as the reference model computes it ("" for a formula that shows nothing). */
export type Shown = string | number | boolean;

/**
 * A formula (en-US, starting with "=") and, where the planner knows it, what it shows: hosts that
 * store results (an .xlsx) keep it, so viewers that do not recalculate show numbers; Excel ignores it.
 */
export interface PlanFormula {
  formula: string;
  shows?: Shown;
}

/**
 * A cell to write: text (always stays text, whatever it starts with), a number, a boolean, a formula,
 * "" to empty the cell, or null to leave it alone.
 */
export type PlanValue = string | number | boolean | PlanFormula | null;

export interface CellFormat {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  indent?: number;
  /** A thin continuous left edge in this colour. */
  borderLeft?: string;
  /** Horizontal alignment: a header takes its numbers' ("right" over right-aligned numbers). */
  align?: "left" | "center" | "right";
  /** Vertical alignment: a table's rows read from their top line when some cells wrap. */
  valign?: "top" | "bottom";
}

export type ConditionalFormat =
  /** Applies when the formula (relative to the area's top-left cell) is true. */
  | {
      kind: "formula";
      area: Area;
      formula: string;
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    }
  | { kind: "dataBar"; area: Area; color: string };

export interface SheetPlan {
  sheet: string;
  /** Add the sheet (its name is known to be free); otherwise it exists and is written into. */
  create: boolean;
  /** The product's own sheet (Summary) exists: delete it and add it anew, so nothing stale stays. */
  replace?: boolean;
  blocks: { row: number; col: number; values: PlanValue[][] }[];
  /**
   * One formula down a column: `template` with ROW_MARK standing for each row's own number (hosts
   * write it once and copy it down where they can, which keeps large requests small). `shows`: what
   * each row's formula shows, as PlanFormula's.
   */
  fills: { row: number; col: number; rows: number; template: string; shows?: Shown[] }[];
  numberFormats: { area: Area; format: string }[];
  formats: { area: Area; format: CellFormat }[];
  columnWidths: { col: number; chars: number }[];
  validations: { area: Area; list: string[] }[];
  /** Conditional formats to remove before adding ours (so Score twice adds nothing twice). */
  clearConditionalFormats: Area[];
  conditionalFormats: ConditionalFormat[];
  freezeRows?: number;
  /**
   * The header row and the rows below it that get filter buttons. Never an Excel table: a table
   * fills one formula down each column, and ours differ per row (docs/ARCHITECTURE-TABLES.md).
   */
  filter?: Area;
  charts: PlanChart[];
  /** How the sheet prints, where it differs from one page wide with the used cells (PrintSetup). */
  print?: PrintSetup;
  /**
   * Its place among the tabs (0: first), a created sheet's counted before it is added (a new
   * period's sheet beside the last one's, the Summary first); else a new sheet goes last and an
   * existing one stays where it is.
   */
  position?: number;
  /**
   * The sheet a written file opens on. The add-in leaves the person on the sheet they work in
   * (Score's result links to the Summary); a file has nobody working in it.
   */
  activate?: boolean;
  /** Columns hidden (technical columns people need not read or print). */
  hiddenColumns?: number[];
  /** Heights of rows whose text wraps to more lines than one, in points. */
  rowHeights?: { row: number; points: number }[];
  /**
   * Lock these cells (the plan's formulas), unlock every other cell and protect the sheet with
   * FORMULA_LOCK_OPTIONS and no password (plan/protection.ts): Score's optional lock.
   */
  lockFormulas?: Area[];
}

/** The height of one line of the product's font (Calibri 11) in a row, in points. */
export const LINE_POINTS = 15;

/**
 * A sheet's print setup beyond the default (landscape, one page wide, the header rows repeated, the
 * used cells and the charts printed): more pages across with the first columns repeated on each,
 * and a last printed row (the table's, so the formats of the spare rows below it do not print).
 */
export interface PrintSetup {
  /** Pages across (fit to this many pages wide); 1 when absent. */
  pagesWide?: number;
  /** How many columns from A repeat on each page across. */
  titleColumns?: number;
  /** The rows printed, from row 1 (the used rows when absent). */
  rows?: number;
}

/** Page margins of every sheet the product prints, in inches (both hosts). */
export const PRINT_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/** The size of a chart's title, in points, in every host. */
export const CHART_TITLE_POINTS = 12;

/** The kinds of chart a plan draws (each host maps them to its own: Excel's "ColumnClustered"…). */
export type ChartKind = "column";

/**
 * A chart's value axis, as every host records it (the preview draws from the same record): its
 * bounds, the step between gridlines and the number format of its labels and data labels.
 */
export interface ChartAxis {
  min: number;
  /** Absent: the host's automatic maximum (counts). */
  max?: number;
  majorUnit: number;
  format: string;
}

/** A bar's fill, and its outline (drawn even at 0, so a bar of 0 % still shows). */
export interface BarColour {
  fill: string;
  line: string;
}

/** Progress and scores: 0 to 100 % whatever the values, so a bar's height means the same everywhere. */
export const PROGRESS_AXIS: ChartAxis = { min: 0, max: 1, majorUnit: 0.2, format: "0%" };

/** Counts of people or things: whole numbers, a gridline every `step` (at least 1). */
export function countAxis(largest: number): ChartAxis {
  return { min: 0, majorUnit: Math.max(1, Math.ceil(largest / 5)), format: "0" };
}

/**
 * A chart, host-neutral: its kind, its title, its data (`source`: a header row naming the series,
 * then categories in the first column and values in the second; on `sourceSheet` when that is not
 * the chart's own sheet), the cells it covers (`at`), its value axis, each bar's colour (by status)
 * and whether each bar carries its value as a label.
 */
export interface PlanChart {
  type: ChartKind;
  title: string;
  source: Area;
  sourceSheet?: string;
  at: Area;
  axis: ChartAxis;
  /** Each bar's fill and outline, in the source's order (absent: the product's one bar colour). */
  colours?: BarColour[];
  /** Data labels: each bar's value above it, in the axis's format. */
  labels: boolean;
}

/** A chart's ranges: the series name's cell, the categories and the values (below the header). */
export function chartRanges(chart: PlanChart): { name: Area; categories: Area; values: Area } {
  const { row, col, rows } = chart.source;
  return {
    name: area(row, col + 1),
    categories: area(row + 1, col, rows - 1),
    values: area(row + 1, col + 1, rows - 1),
  };
}

export function emptyPlan(sheet: string, create: boolean): SheetPlan {
  return {
    sheet,
    create,
    blocks: [],
    fills: [],
    numberFormats: [],
    formats: [],
    columnWidths: [],
    validations: [],
    clearConditionalFormats: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** Adds `from`'s cells, formats and conditional formats to `into` (both plans of one sheet). */
export function mergePlans(into: SheetPlan, from: SheetPlan): SheetPlan {
  into.blocks.push(...from.blocks);
  into.fills.push(...from.fills);
  into.numberFormats.push(...from.numberFormats);
  into.formats.push(...from.formats);
  into.conditionalFormats.push(...from.conditionalFormats);
  into.columnWidths.push(...from.columnWidths);
  if (from.rowHeights) into.rowHeights = [...(into.rowHeights ?? []), ...from.rowHeights];
  if (from.print) into.print = { ...into.print, ...from.print };
  return into;
}

export function area(row: number, col: number, rows = 1, cols = 1): Area {
  return { row, col, rows, cols };
}

/**
 * What a sheet prints (both hosts): its used cells from A1 and its charts, which the used range
 * leaves out (a chart is not a cell), in one area from A1.
 */
export function printedArea(used: { rows: number; cols: number }, charts: readonly Area[]): Area {
  return area(
    0,
    0,
    Math.max(used.rows, ...charts.map((a) => a.row + a.rows)),
    Math.max(used.cols, ...charts.map((a) => a.col + a.cols))
  );
}

/**
 * The footer of every sheet the product writes, in both hosts: sheet name, then "page / pages"
 * (Excel's header/footer codes &A, &P, &N, which LibreOffice reads too; no words to translate).
 */
export const PRINT_FOOTER = "&A    &P / &N";

/**
 * Charts the product draws are named with this prefix (both hosts), so a rebuild removes ours and
 * no other.
 */
export const CHART_PREFIX = "okrSheets.chart.";

/** Stands for a row's own number in a fill's formula template. */
export const ROW_MARK = "{r}";

/**
 * Each template's pieces between its row marks, cut once: a fill of 100,000 rows asks for every
 * row's formula, and cutting the template anew for each made an array and pieces per cell. A plan
 * holds a few templates per column; the bound only keeps a long-lived pane from collecting them.
 */
const templatePieces = new Map<string, string[]>();
const MAX_TEMPLATES = 1000;

/** A fill's formula for one of its rows (0-based). */
export function fillFormula(template: string, row: number): string {
  let pieces = templatePieces.get(template);
  if (pieces === undefined) {
    if (templatePieces.size >= MAX_TEMPLATES) templatePieces.clear();
    pieces = template.split(ROW_MARK);
    templatePieces.set(template, pieces);
  }
  const number = String(row + 1);
  let formula = pieces[0];
  for (let i = 1; i < pieces.length; i++) formula += number + pieces[i];
  return formula;
}

/** What a plan writes into one cell (0-based row and column): undefined where it writes nothing. */
export function cellOfPlan(plan: SheetPlan, row: number, col: number): PlanValue | undefined {
  for (const f of plan.fills)
    if (f.col === col && row >= f.row && row < f.row + f.rows)
      return { formula: fillFormula(f.template, row) };
  for (const b of plan.blocks) {
    const value = b.values[row - b.row]?.[col - b.col];
    if (value !== undefined) return value;
  }
  return undefined;
}
