// Applying plans through Office.js: a plan becomes writes (batching.ts), each with what it costs in
// the request office.js sends, and the writes go in as few requests as Excel on the web's 5 MB
// allows: one round trip while they fit 4 MB, one more per 4 MB. Every member used is at or below
// the manifest's ExcelApi 1.14.
import { areaAddress, columnLetters, movingRowsR1C1 } from "../domain/reading/cellRefs";
import {
  CHART_PREFIX,
  CHART_TITLE_POINTS,
  fillFormula,
  PRINT_FOOTER,
  PRINT_MARGINS,
  printedArea,
  type Area,
  type BarColour,
  type CellFormat,
  type ChartKind,
  type PlanChart,
  type PlanValue,
  type SheetPlan,
} from "../domain/plan/types";
import { printScale, widthInPoints } from "../domain/plan/printScale";
import { EXCEL_LAST_ROW } from "../domain/plan/layout";
import { TABLE_GAP_ROWS } from "../domain/reading/tableEnd";
import type { ExcelApi } from "./host";
import { sheetGuard, type SheetProtection } from "./sheetLock";
import {
  arrayCost,
  jsonBytes,
  rangeCost,
  REQUEST_BUDGET_BYTES,
  REQUEST_COST as C,
  sendWrites,
  sheetCost,
  SLICE_CELLS,
  type Write,
  type WriteTarget,
} from "./batching";

/** What is already on a sheet that a plan rebuilds or writes into (read before planning). */
export interface SheetExtras {
  /** Names of the sheet's charts. */
  charts: string[];
  /** Names of the sheet's Excel tables. */
  tables: string[];
  /** Its protection when read (null: none, or not read); writes lift it and put it back. */
  protection?: SheetProtection;
}

/** The name prefix of our charts: defined with the plan, which both hosts write. */
export { CHART_PREFIX };

/** Excel's chart type for each kind of chart a plan draws. */
const CHART_TYPES: Record<ChartKind, Excel.ChartType> = {
  column: "ColumnClustered" as Excel.ChartType,
};

/** A plan's horizontal alignment as Excel names it. */
const ALIGNMENTS: Record<NonNullable<CellFormat["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};

/** Inches in points, as Excel's page margins are given. */
const inches = (n: number) => Math.round(n * 720) / 10;

/**
 * A chart's value axis and data labels as the plan records them; no legend, as the command line's
 * charts have none. Its bars' colours are written apart (barColourWrites).
 */
function drawChart(added: Excel.Chart, chart: PlanChart): void {
  const axis = added.axes.valueAxis;
  axis.minimum = chart.axis.min;
  if (chart.axis.max !== undefined) axis.maximum = chart.axis.max;
  axis.majorUnit = chart.axis.majorUnit;
  axis.numberFormat = chart.axis.format;
  added.legend.visible = false;
  if (chart.labels) {
    added.dataLabels.showValue = true;
    added.dataLabels.position = "OutsideEnd" as Excel.ChartDataLabelPosition;
    added.dataLabels.numberFormat = chart.axis.format;
  }
}

/** An area's A1 address (one place for it: the domain's cellRefs). */
export const address = areaAddress;

/**
 * A plan value as Office.js writes it through `range.formulas`: text gets a leading apostrophe, so
 * Excel keeps it as text whatever it looks like ("=1+1", "-5", "2026-03", "TRUE" stay text).
 */
export function officeValue(value: PlanValue): unknown {
  if (value === null) return null;
  if (typeof value === "object") return value.formula;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return value;
}

/**
 * Queues emptying the product's own sheet so it can be written anew in place: its cells, formats,
 * conditional formats and our charts go, the sheet stays — so a user's formula or chart elsewhere
 * that points at it keeps pointing at it (deleting and adding the sheet would turn them to #REF!).
 */
export function queueRebuild(
  sheet: Excel.Worksheet,
  excel: ExcelApi,
  extras: SheetExtras | undefined
): void {
  const used = sheet.getUsedRange().untrack();
  used.conditionalFormats.clearAll();
  used.clear("All" as Excel.ClearApplyTo);
  for (const name of ownCharts(extras)) sheet.charts.getItem(name).delete();
}

/** Rebuilding a sheet (queueRebuild) as a write: it goes through the guard like any other. */
export function rebuildWrite(
  sheet: string,
  excel: ExcelApi,
  extras: SheetExtras | undefined
): Write {
  return {
    kind: "rebuild",
    sheet,
    cost:
      C.object +
      C.method * 2 +
      C.part +
      ownCharts(extras).reduce((n, c) => n + C.part + C.object + jsonBytes([c]) + C.method, 0),
    queue: (at) => queueRebuild(at.sheet(sheet), excel, extras),
  };
}

function ownCharts(extras: SheetExtras | undefined): string[] {
  return (extras?.charts ?? []).filter((name) => name.startsWith(CHART_PREFIX));
}

/**
 * Excel tables on a sheet that gets formula columns are turned into plain ranges first: a table
 * would fill one formula down each column, and ours differ per row (sheets made by earlier
 * versions of the add-in have one).
 */
function untableWrites(plan: SheetPlan, extras: SheetExtras): Write[] {
  if (extras.tables.length === 0) return [];
  return extras.tables.map((name) => ({
    kind: "untable",
    sheet: plan.sheet,
    cost: C.part + C.object + jsonBytes(name) + C.range,
    queue: (at) => void at.sheet(plan.sheet).tables.getItem(name).convertToRange().untrack(),
  }));
}

/** The sheets whose tables became plain ranges while writing plans. */
export interface Queued {
  untabled: string[];
}

/**
 * The most a single write may cost: larger grids are cut into bands of rows, so requests pack
 * close to the budget.
 */
const PIECE_BYTES = REQUEST_BUDGET_BYTES / 4;

/**
 * Empty cells a grid may carry between two written ones before a new range is cheaper: a `null`
 * costs five bytes ("null,"), a new range about REQUEST_COST.range.
 */
const MAX_GAP = Math.floor(C.range / 5);

/** Cells to write, by column then row (a later write of a cell replaces an earlier one). */
type Cells = Map<number, Map<number, unknown>>;

function put(cells: Cells, row: number, col: number, value: unknown): void {
  let column = cells.get(col);
  if (!column) cells.set(col, (column = new Map()));
  column.set(row, value);
}

/**
 * Cells as a few rectangles, each written as one array with null where a cell is left alone
 * (Excel: "Use null in 2-D arrays to leave specific cells unchanged",
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values): a run down a
 * column is cut where more than MAX_GAP cells are skipped, and neighbouring columns whose runs span
 * the same rows share a rectangle.
 */
export function gridsOf(cells: Cells): { area: Area; grid: unknown[][] }[] {
  const runs: { col: number; first: number; last: number }[] = [];
  for (const col of [...cells.keys()].sort((a, b) => a - b)) {
    const rows = [...(cells.get(col) as Map<number, unknown>).keys()].sort((a, b) => a - b);
    let first = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i] - rows[i - 1] - 1 > MAX_GAP) {
        runs.push({ col, first, last: rows[i - 1] });
        first = rows[i];
      }
    }
  }
  const open = new Map<string, Area>();
  const areas: Area[] = [];
  for (const run of runs) {
    const key = `${run.first}:${run.last}`;
    const area = open.get(key);
    if (area && area.col + area.cols === run.col) area.cols++;
    else {
      const next = { row: run.first, col: run.col, rows: run.last - run.first + 1, cols: 1 };
      open.set(key, next);
      areas.push(next);
    }
  }
  return areas.map((area) => ({
    area,
    grid: Array.from({ length: area.rows }, (_, r) =>
      Array.from(
        { length: area.cols },
        (_, c) => cells.get(area.col + c)?.get(area.row + r) ?? null
      )
    ),
  }));
}

/** Writes setting an array property over rectangles, each cut into pieces of at most PIECE_BYTES. */
function gridWrites(
  kind: string,
  sheet: string,
  cells: Cells,
  set: (range: Excel.Range, grid: unknown[][]) => void
): Write[] {
  const writes: Write[] = [];
  for (const { area, grid } of gridsOf(cells)) {
    const perRow = arrayCost(grid) / grid.length;
    const rows = Math.max(1, Math.floor(PIECE_BYTES / perRow));
    for (let r = 0; r < grid.length; r += rows) {
      const part = grid.slice(r, r + rows);
      const at = address({ ...area, row: area.row + r, rows: part.length });
      writes.push({
        kind,
        sheet,
        cost: rangeCost(at) + arrayCost(part),
        queue: (t) => set(t.sheet(sheet).getRange(at).untrack(), part),
      });
    }
  }
  return writes;
}

type Fill = SheetPlan["fills"][number];

/**
 * Fills down one column with the same formula, joined where the rows between them are all written
 * by the plan's blocks afterwards: one copy over the whole span, then the blocks write their cells
 * over it. (A score sheet has a run of key results between objective rows; copying each run apart
 * costs two ranges per objective.)
 */
function joinedFills(fills: readonly Fill[], blockCells: Cells): Fill[] {
  const byColumn = new Map<number, Fill[]>();
  for (const f of fills) byColumn.set(f.col, [...(byColumn.get(f.col) ?? []), f]);
  const joined: Fill[] = [];
  for (const [col, list] of byColumn) {
    const written = blockCells.get(col);
    const runs: Fill[] = [];
    for (const f of [...list].sort((a, b) => a.row - b.row)) {
      const last = runs[runs.length - 1];
      const end = last ? last.row + last.rows : -1;
      const covered =
        last !== undefined &&
        last.template === f.template &&
        f.row >= end &&
        Array.from({ length: f.row - end }, (_, i) => end + i).every(
          (row) => written?.has(row) ?? false
        );
      if (last && covered) runs[runs.length - 1] = { ...last, rows: f.row + f.rows - last.row };
      else runs.push({ ...f });
    }
    joined.push(...runs);
  }
  return joined;
}

/** A fill written as its first cell's formula, copied down. */
function fillWrite(sheet: string, f: Fill): Write {
  const top = address({ row: f.row, col: f.col, rows: 1, cols: 1 });
  const first = [[fillFormula(f.template, f.row)]];
  const rest = address({ row: f.row + 1, col: f.col, rows: f.rows - 1, cols: 1 });
  return {
    kind: "fill",
    sheet,
    cost:
      rangeCost(top) +
      arrayCost(first) +
      (f.rows > 1 ? rangeCost(rest) + C.method + jsonBytes([top, "Formulas", null, null]) : 0),
    queue: (at) => {
      const ws = at.sheet(sheet);
      ws.getRange(top).untrack().formulas = first;
      // relative references move as with paste, so 10,000 rows are not 10,000 formula strings
      if (f.rows > 1)
        ws.getRange(rest)
          .untrack()
          .copyFrom(top, "Formulas" as Excel.RangeCopyType);
    },
  };
}

/** A format entry: one range, the parts of its format it sets. */
function formatWrite(
  sheet: string,
  area: Area,
  format: SheetPlan["formats"][number]["format"]
): Write {
  const at = address(area);
  const set = (value: unknown) => C.set + jsonBytes(value);
  let cost = rangeCost(at) + C.part;
  const font = [format.bold, format.fontSize, format.fontColor].filter((v) => v !== undefined);
  if (font.length) cost += C.part + font.reduce((n: number, v) => n + set(v), 0);
  if (format.fill !== undefined) cost += C.part + set(format.fill);
  if (format.wrap !== undefined) cost += set(format.wrap);
  if (format.borderLeft !== undefined)
    cost += C.part + C.object + set("EdgeLeft") + set("Continuous") + set(format.borderLeft);
  if (format.indent !== undefined) cost += set(format.indent);
  if (format.align !== undefined) cost += set(ALIGNMENTS[format.align]);
  if (format.valign !== undefined) cost += set("Bottom");
  return {
    kind: "format",
    sheet,
    cost,
    queue: (t) => {
      const f = t.sheet(sheet).getRange(at).untrack().format;
      if (format.bold !== undefined) f.font.bold = format.bold;
      if (format.fontSize !== undefined) f.font.size = format.fontSize;
      if (format.fontColor !== undefined) f.font.color = format.fontColor;
      if (format.fill !== undefined) f.fill.color = format.fill;
      if (format.wrap !== undefined) f.wrapText = format.wrap;
      if (format.borderLeft !== undefined) {
        const edge = f.borders.getItem("EdgeLeft" as Excel.BorderIndex);
        edge.style = "Continuous" as Excel.BorderLineStyle;
        edge.color = format.borderLeft;
      }
      if (format.indent !== undefined) f.indentLevel = format.indent;
      if (format.align !== undefined) f.horizontalAlignment = ALIGNMENTS[format.align];
      if (format.valign !== undefined)
        f.verticalAlignment = (
          format.valign === "top" ? "Top" : "Bottom"
        ) as Excel.VerticalAlignment;
    },
  };
}

type Cf = SheetPlan["conditionalFormats"][number];

function conditionalFormatWrite(sheet: string, cf: Cf): Write {
  const at = address(cf.area);
  const set = (value: unknown) => C.set + jsonBytes(value);
  if (cf.kind === "dataBar") {
    // Bars from 0 to 100 %, not from the lowest to the highest value shown (Excel's default), so
    // a bar means the same in every sheet and in the command line's files.
    // https://learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat
    const lower = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "0" };
    const upper = { type: "Number" as Excel.ConditionalFormatRuleType, formula: "1" };
    return {
      kind: "conditional format",
      sheet,
      cost:
        rangeCost(at) +
        C.part +
        C.object +
        jsonBytes(["DataBar"]) +
        C.part +
        set(lower) +
        set(upper) +
        C.part +
        set(cf.color),
      queue: (t) => {
        const bar = t
          .sheet(sheet)
          .getRange(at)
          .untrack()
          .conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
        bar.dataBar.lowerBoundRule = lower;
        bar.dataBar.upperBoundRule = upper;
        bar.dataBar.positiveFormat.fillColor = cf.color;
      },
    };
  }
  return {
    kind: "conditional format",
    sheet,
    cost:
      rangeCost(at) +
      C.part * 4 +
      C.object +
      jsonBytes(["Custom"]) +
      set(cf.formula) +
      (cf.fill ? C.part + set(cf.fill) : 0) +
      (cf.fontColor || cf.bold ? C.part : 0) +
      (cf.fontColor ? set(cf.fontColor) : 0) +
      (cf.bold ? set(true) : 0),
    queue: (t) => {
      const custom = t
        .sheet(sheet)
        .getRange(at)
        .untrack()
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom;
      custom.rule.formula = cf.formula;
      if (cf.fill) custom.format.fill.color = cf.fill;
      if (cf.fontColor) custom.format.font.color = cf.fontColor;
      if (cf.bold) custom.format.font.bold = true;
    },
  };
}

/**
 * New rows written where Excel finds the sheet's end when the write runs, not at a row number read
 * earlier: in a shared workbook another person's rows may have arrived since (Excel synchronises
 * content between coauthors, not what an add-in read: learn.microsoft.com/office/dev/add-ins/excel/
 * co-authoring-in-excel-add-ins). The rows from `from` down are taken out of `formats` and `values`
 * and written below the last row with a value above the first TABLE_GAP_ROWS empty rows below
 * the rows the plan expected (Range's getUsedRange(valuesOnly), getLastRow, getOffsetRange:
 * ExcelApi 1.2), their formulas in R1C1 notation (formulasR1C1), so references to their own rows
 * move with them and references to rows above stay. The sheet's first column must be column A
 * (the history's is).
 */
/** Excel's columns, A to XFD (Microsoft, "Excel specifications and limits"). */
const EXCEL_COLUMNS = 16_384;

function appendWrites(sheet: string, from: number, formats: Cells, values: Cells): Write[] {
  const take = (cells: Cells) => {
    const taken: Cells = new Map();
    for (const [col, rows] of cells)
      for (const [row, value] of rows)
        if (row >= from) {
          put(taken, row - from, col, value);
          rows.delete(row);
        }
    return taken;
  };
  const movedFormats = take(formats);
  const moved = take(values);
  const all = [...moved, ...movedFormats];
  // counted in a loop: spreading every moved cell's row into Math.max overflows the stack at
  // 10,000 key results
  let width = 0;
  let height = 0;
  for (const [col, rows] of all) {
    width = Math.max(width, col + 1);
    for (const row of rows.keys()) height = Math.max(height, row + 1);
  }
  if (height === 0) return [];
  const gridOf = (cells: Cells, cell: (value: unknown, row: number, col: number) => unknown) =>
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const value = cells.get(c)?.get(r);
        return value === undefined ? null : cell(value, r, c);
      })
    );
  const numberFormats = gridOf(movedFormats, (v) => v);
  const formulas = gridOf(moved, (v, r, c) =>
    typeof v === "string" && v.startsWith("=")
      ? movingRowsR1C1(v, { row: from + r, col: c }, from)
      : v
  );
  const perRow = (arrayCost(numberFormats) + arrayCost(formulas)) / height;
  // Each piece at most one of office.js's slices (SLICE_CELLS): a larger array is sent as slices
  // written through sub-ranges of the target, and the target is "below the last row", which the
  // first slice moves. When Excel resolves that range for each slice is not documented, so no
  // piece depends on it.
  const rows = Math.max(
    1,
    Math.min(Math.floor(PIECE_BYTES / perRow), Math.floor(SLICE_CELLS / width))
  );
  // Where the sheet ends is looked for from the sheet's first row down to TABLE_GAP_ROWS rows
  // below the rows the plan expected to be there, the rule every table ends by
  // (domain/reading/tableEnd.ts): a stray value far below is not the end, and rows after it would
  // pass Excel's last row. Each piece's window reaches that far below the rows the pieces before
  // it added, not below `from`: else once those pass the window's bottom, every later piece would
  // find its last row and write over them. The window starts at the sheet's first row (the
  // header), so it is never empty when a coauthor has deleted the last records since the read
  // (getUsedRange would throw ItemNotFound): the rows then follow the records left, as they did
  // when the whole sheet was looked at.
  const windowRows = (added: number) => Math.min(from + added + TABLE_GAP_ROWS, EXCEL_LAST_ROW);
  const writes: Write[] = [];
  for (let r = 0; r < height; r += rows) {
    const nf = numberFormats.slice(r, r + rows);
    const grid = formulas.slice(r, r + rows);
    const reach = windowRows(r);
    writes.push({
      kind: "append",
      sheet,
      cost: 5 * C.object + arrayCost(nf) + arrayCost(grid),
      queue: (at) => {
        const window = at.sheet(sheet).getRangeByIndexes(0, 0, reach, EXCEL_COLUMNS).untrack();
        // from column A, wherever the window's values start (a header whose A1 was cleared)
        const end = window
          .getCell(0, 0)
          .untrack()
          .getBoundingRect(window.getUsedRange(true).untrack())
          .untrack()
          .getLastRow()
          .untrack();
        const target = end
          .getOffsetRange(1, 0)
          .untrack()
          .getCell(0, 0)
          .untrack()
          .getResizedRange(grid.length - 1, width - 1)
          .untrack();
        target.numberFormat = nf;
        target.formulasR1C1 = grid;
      },
    });
  }
  return writes;
}

/** The writes of one plan, in order; sheets whose tables become plain ranges are added to `untabled`. */
export function planWrites(
  plan: SheetPlan,
  excel: ExcelApi,
  extras: SheetExtras | undefined,
  left: { untabled: string[] },
  /** Rows from here down are new rows, appended where Excel finds the sheet's end (appendWrites). */
  appendFrom?: number
): Write[] {
  const name = plan.sheet;
  const writes: Write[] = [];
  const write = (
    kind: string,
    cost: number,
    queue: (ws: Excel.Worksheet, at: WriteTarget) => void
  ) => writes.push({ kind, sheet: name, cost, queue: (at) => queue(at.sheet(name), at) });
  const set = (value: unknown) => C.set + jsonBytes(value);

  if (plan.create && !plan.replace)
    writes.push({
      kind: "add sheet",
      sheet: null,
      cost: C.part + C.object + jsonBytes([name]),
      queue: (at) => at.added(name, at.context.workbook.worksheets.add(name)),
    });
  if (plan.replace) writes.push(rebuildWrite(name, excel, extras));
  else if (!plan.create && extras) {
    const untable = untableWrites(plan, extras);
    if (untable.length) left.untabled.push(name);
    writes.push(...untable);
  }

  const formats: Cells = new Map();
  for (const { area, format } of plan.numberFormats)
    for (let r = area.row; r < area.row + area.rows; r++)
      for (let c = area.col; c < area.col + area.cols; c++) put(formats, r, c, format);

  const values: Cells = new Map();
  for (const block of plan.blocks)
    block.values.forEach((line, r) =>
      line.forEach(
        (v, c) => v !== null && put(values, block.row + r, block.col + c, officeValue(v))
      )
    );
  // A fill is copied down where that is cheaper than writing each row's formula; fills go first,
  // since a joined fill copies over rows the blocks then write. Appended rows are written whole.
  const appending = appendFrom !== undefined;
  const copied = appending ? [] : joinedFills(plan.fills, values);
  const written: Fill[] = copied.length ? [] : [...plan.fills];
  for (const f of copied) {
    const copy = fillWrite(name, f);
    const own = plan.fills.filter(
      (p) => p.col === f.col && p.row >= f.row && p.row < f.row + f.rows
    );
    const perRow = own.reduce((n, p) => n + p.rows * (jsonBytes(p.template) + 4), 0);
    if (copy.cost < perRow) writes.push(copy);
    else written.push(...own);
  }
  for (const f of written)
    for (let i = 0; i < f.rows; i++)
      put(values, f.row + i, f.col, fillFormula(f.template, f.row + i));
  // Rows appended where Excel finds room take their cells (and number formats) with them.
  const appended = appending ? appendWrites(name, appendFrom, formats, values) : [];
  // Number formats before values, so a typed value is read in its column's format (the copied
  // fills before them copy formulas only).
  writes.push(
    ...gridWrites("number formats", name, formats, (range, grid) => (range.numberFormat = grid))
  );
  writes.push(...gridWrites("values", name, values, (range, grid) => (range.formulas = grid)));
  writes.push(...appended);

  for (const { area, format } of plan.formats) writes.push(formatWrite(name, area, format));
  // Row heights and hidden columns are the sheet's layout, as its widths are.
  for (const { row, points } of plan.rowHeights ?? []) {
    const at = `${row + 1}:${row + 1}`;
    write("row height", rangeCost(at) + C.part + set(points), (ws) => {
      ws.getRange(at).untrack().format.rowHeight = points;
    });
  }
  for (const col of plan.hiddenColumns ?? []) {
    const letter = columnLetters(col);
    const at = `${letter}:${letter}`;
    // a property of the range itself, yet office.js sends about a part's more (requestCost.test.ts)
    write("hidden column", rangeCost(at) + C.part + set(true), (ws) => {
      ws.getRange(at).untrack().columnHidden = true;
    });
  }
  for (const { col, chars } of plan.columnWidths) {
    const letter = columnLetters(col);
    const points = widthInPoints(chars);
    write("column width", rangeCost(`${letter}:${letter}`) + C.part + set(points), (ws) => {
      ws.getRange(`${letter}:${letter}`).untrack().format.columnWidth = points;
    });
  }
  for (const v of plan.validations) {
    const rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
    const at = address(v.area);
    write("dropdown", rangeCost(at) + C.part + set(rule), (ws) => {
      ws.getRange(at).untrack().dataValidation.rule = rule;
    });
  }
  for (const a of plan.clearConditionalFormats) {
    const at = address(a);
    write("conditional format", rangeCost(at) + C.part + C.method, (ws) =>
      ws.getRange(at).untrack().conditionalFormats.clearAll()
    );
  }
  for (const cf of plan.conditionalFormats) writes.push(conditionalFormatWrite(name, cf));
  if (plan.freezeRows) {
    const rows = plan.freezeRows;
    write("freeze", C.part + C.method + jsonBytes([rows]), (ws) => ws.freezePanes.freezeRows(rows));
  }
  if (plan.filter) {
    // Filter buttons, not an Excel table (docs/ARCHITECTURE-TABLES.md).
    const at = address(plan.filter);
    write("filter", C.part + rangeCost(at) + C.method + jsonBytes([0, null, null]), (ws) =>
      ws.autoFilter.apply(ws.getRange(at).untrack())
    );
  }
  if (plan.lockFormulas) writes.push(...lockWrites(name, plan.lockFormulas));
  writes.push(printWrite(plan));
  for (const [i, chart] of plan.charts.entries()) writes.push(...chartWrites(name, chart, i));
  // Its place among the tabs (the Summary first, a new period's sheet beside the last one's); not
  // activated (plan.activate is for files): the person stays where they work, and Score's result
  // links to the Summary.
  const position = plan.position;
  if (position !== undefined)
    // a worksheet's property: about half a set more than a range's (requestCost.test.ts)
    write("position", set(position) + C.set / 2, (ws) => {
      ws.position = position;
    });
  return writes;
}

/**
 * The formula lock's cells (plan/protection.ts): every cell of the sheet unlocked, then the plan's
 * formula cells locked (`format.protection.locked`, ExcelApi 1.2; the whole sheet is one range,
 * `getRange()`, as office-js issue 143's workaround does). The sheet is protected by the request's
 * guard (sheetLock.ts), after every write of it.
 */
function lockWrites(sheet: string, locked: readonly Area[]): Write[] {
  const lock = (at: string | null, value: boolean): Write => ({
    kind: "lock",
    sheet,
    cost: (at ? rangeCost(at) : C.range) + C.part * 2 + C.set + jsonBytes(value),
    queue: (t) => {
      const ws = t.sheet(sheet);
      (at ? ws.getRange(at) : ws.getRange()).untrack().format.protection.locked = value;
    },
  });
  return [lock(null, false), ...locked.map((a) => lock(address(a), true))];
}

/**
 * Print setup (as the command line's files have it): landscape, as many pages wide as the plan
 * says with its first columns repeated, the header rows on each page, the used cells (down to the
 * plan's last printed row) as print area, sheet name and page number in the footer, pages
 * numbered on from the sheet before ("" is Excel's automatic first page number).
 */
function printWrite(plan: SheetPlan): Write {
  const set = (value: unknown) => C.set + jsonBytes(value);
  const print = plan.print ?? {};
  const titleRows = plan.freezeRows ? `$1:$${plan.freezeRows}` : null;
  const titleColumns = print.titleColumns ? `$A:$${columnLetters(print.titleColumns - 1)}` : null;
  // The used range leaves the charts out (they are not cells): the area reaches them too,
  // without a round trip to learn the used range's size.
  const reach = plan.charts.length
    ? address(
        printedArea(
          { rows: 1, cols: 1 },
          plan.charts.map((c) => c.at)
        )
      )
    : null;
  const down = print.rows ? `1:${print.rows}` : null;
  const zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
  // A scale first, then the fit: Excel may leave the fit unapplied until the Page Layout tab is
  // opened (office-js issue 1860) and then prints at this scale, which fits the plan's columns
  // (src/domain/plan/printScale.ts); where the fit applies it replaces the scale.
  const scale = printScale(plan);
  const margins = Object.values(PRINT_MARGINS).map(inches);
  return {
    kind: "print setup",
    sheet: plan.sheet,
    cost:
      C.part +
      set("Landscape") +
      set({ scale }) +
      set(zoom) +
      set("") +
      margins.reduce((n: number, m) => n + set(m), 0) +
      (titleRows ? C.method + jsonBytes([titleRows]) : 0) +
      (titleColumns ? C.method + jsonBytes([titleColumns]) : 0) +
      C.range +
      (reach ? C.range + jsonBytes([reach]) : 0) +
      (down ? C.range + jsonBytes([down]) : 0) +
      C.method +
      C.part * 2 +
      set(PRINT_FOOTER),
    queue: (at) => {
      const ws = at.sheet(plan.sheet);
      const page = ws.pageLayout;
      page.orientation = "Landscape" as Excel.PageOrientation;
      page.zoom = { scale };
      page.zoom = zoom;
      page.firstPageNumber = "";
      page.leftMargin = inches(PRINT_MARGINS.left);
      page.rightMargin = inches(PRINT_MARGINS.right);
      page.topMargin = inches(PRINT_MARGINS.top);
      page.bottomMargin = inches(PRINT_MARGINS.bottom);
      page.headerMargin = inches(PRINT_MARGINS.header);
      page.footerMargin = inches(PRINT_MARGINS.footer);
      if (titleRows) page.setPrintTitleRows(titleRows);
      if (titleColumns) page.setPrintTitleColumns(titleColumns);
      const used = ws.getUsedRange().untrack();
      const covered = reach ? used.getBoundingRect(reach).untrack() : used;
      page.setPrintArea(down ? covered.getIntersection(down).untrack() : covered);
      page.headersFooters.defaultForAllPages.centerFooter = PRINT_FOOTER;
    },
  };
}

/**
 * A chart: its data (on its own sheet or another), title, axis, labels and position; then its
 * bars' colours.
 */
function chartWrites(sheet: string, chart: PlanChart, i: number): Write[] {
  const set = (value: unknown) => C.set + jsonBytes(value);
  const source = address(chart.source);
  const start = address({ ...chart.at, rows: 1, cols: 1 });
  const end = address({
    ...chart.at,
    row: chart.at.row + chart.at.rows - 1,
    col: chart.at.col + chart.at.cols - 1,
    rows: 1,
    cols: 1,
  });
  const axis = chart.axis;
  const cost =
    C.part +
    rangeCost(source) +
    (chart.sourceSheet && chart.sourceSheet !== sheet ? sheetCost(chart.sourceSheet) : 0) +
    C.object +
    jsonBytes([CHART_TYPES[chart.type], 0, "Columns"]) +
    set(`${CHART_PREFIX}${i + 1}`) +
    C.part +
    set(chart.title) +
    C.part * 2 +
    set(CHART_TITLE_POINTS) +
    // the value axis
    C.part * 2 +
    set(axis.min) +
    (axis.max !== undefined ? set(axis.max) : 0) +
    set(axis.majorUnit) +
    set(axis.format) +
    // no legend; the data labels
    C.part +
    set(false) +
    (chart.labels ? C.part + set(true) + set("OutsideEnd") + set(axis.format) : 0) +
    C.method +
    jsonBytes([start, end]);
  const name = `${CHART_PREFIX}${i + 1}`;
  const added: Write = {
    kind: "chart",
    sheet,
    cost,
    queue: (at) => {
      const ws = at.sheet(sheet);
      const data = chart.sourceSheet ? at.sheet(chart.sourceSheet) : ws;
      const added = ws.charts.add(
        CHART_TYPES[chart.type],
        data.getRange(source).untrack(),
        "Columns" as Excel.ChartSeriesBy
      );
      added.name = name;
      added.title.text = chart.title;
      added.title.format.font.size = CHART_TITLE_POINTS;
      drawChart(added, chart);
      added.setPosition(start, end);
    },
  };
  return [added, ...barColourWrites(sheet, name, chart.colours ?? [])];
}

/**
 * Each bar's fill and outline, in bands of bars of at most PIECE_BYTES, each band reaching the
 * chart by its name (set when it was added, in this request or an earlier one): every bar is an
 * object path and three actions in office.js's request, about 900 bytes, so the objectives' chart
 * of a sheet of 50,000 key results (12,500 bars) would be some 10 MB in one request, twice what
 * Excel on the web takes.
 */
function barColourWrites(sheet: string, chart: string, colours: readonly BarColour[]): Write[] {
  // reaching the points: charts.getItem(name), series.getItemAt(0), points
  const reach =
    C.part + C.object + jsonBytes([chart]) + C.part + C.object + jsonBytes([0]) + C.part;
  const bar = (c: BarColour) =>
    C.object +
    jsonBytes([colours.length]) +
    C.part * 2 +
    C.method +
    jsonBytes([c.fill]) +
    C.part +
    C.set +
    jsonBytes(c.line);
  const writes: Write[] = [];
  let from = 0;
  while (from < colours.length) {
    let cost = reach;
    let to = from;
    while (to < colours.length && (to === from || cost + bar(colours[to]) <= PIECE_BYTES))
      cost += bar(colours[to++]);
    const first = from;
    const band = colours.slice(from, to);
    writes.push({
      kind: "bar colours",
      sheet,
      cost,
      queue: (at) => {
        const points = at.sheet(sheet).charts.getItem(chart).series.getItemAt(0).points;
        band.forEach((colour, j) => {
          const point = points.getItemAt(first + j);
          point.format.fill.setSolidColor(colour.fill);
          point.format.border.color = colour.line;
        });
      },
    });
    from = to;
  }
  return writes;
}

/**
 * Excel on the web refuses a request over 5 MB; requests are filled to at most this many bytes of
 * what office.js sends (batching.ts).
 */
export const REQUEST_LIMIT_BYTES = REQUEST_BUDGET_BYTES;

/**
 * Writes plans: one round trip while they fit one request, one more per 4 MB of what office.js
 * sends. `before` is written first (other writes of the same operation), `last` is queued into the
 * final request.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  excel: ExcelApi,
  plans: readonly SheetPlan[],
  {
    last,
    extras,
    before = [],
    append,
    protectedNow,
  }: {
    last?: () => void;
    extras?: ReadonlyMap<string, SheetExtras>;
    before?: readonly Write[];
    /** A sheet whose rows from `from` down are appended where Excel finds its end (appendWrites). */
    append?: { sheet: string; from: number };
    /**
     * The sheets protected now, with their options (from the read): their protection is lifted
     * and put back around each request (sheetLock.ts), and updated as the plans lock sheets.
     */
    protectedNow?: Map<string, Excel.WorksheetProtectionOptions>;
  } = {}
): Promise<Queued> {
  const left = { untabled: [] as string[] };
  const writes = [
    ...before,
    ...plans.flatMap((plan) =>
      planWrites(
        plan,
        excel,
        extras?.get(plan.sheet),
        left,
        append?.sheet === plan.sheet ? append.from : undefined
      )
    ),
  ];
  // Each locked sheet with the last write of its lock's cells (lockWrites: at least one each).
  const lock = new Map<string, Write>();
  for (const plan of plans)
    if (plan.lockFormulas)
      lock.set(
        plan.sheet,
        writes.filter((w) => w.kind === "lock" && w.sheet === plan.sheet).pop()!
      );
  const guard = protectedNow || lock.size ? sheetGuard(protectedNow ?? new Map(), lock) : undefined;
  await sendWrites(context, writes, { last, guard });
  return { untabled: left.untabled };
}
