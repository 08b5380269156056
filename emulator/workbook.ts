// The state of an emulated workbook: sheets, cells (computed by HyperFormula), formats and the
// workbook-level objects the add-in creates. The Office.js-shaped API in api/ acts on this.
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { type Area, MAX_COLS, MAX_ROWS, parseArea, splitSheet } from "./addresses";
import { conditionalStyle, dataBarOf, shiftFormula } from "./conditionalFormats";
import { formatValue, type Scalar } from "./numberFormat";
import { copyLocks, newProtection, resetLocks, type ProtectionState } from "./protection";

/** An error as Office.js reports it (OfficeExtension.Error has code, message and debugInfo). */
export class ExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
  get debugInfo() {
    return { code: this.code, message: this.message };
  }
}

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  indentLevel?: number;
  /** The colour of a continuous left edge, when the cell has one. */
  borderLeft?: string;
}

export interface TableState {
  id: string;
  name: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
}

export interface ValidationState {
  area: Area;
  rule: unknown;
}

export interface ConditionalFormatState {
  area: Area;
  type: string;
  /** The rule and format as the add-in set them (formula, colours, data bar settings…). */
  settings: Record<string, unknown>;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** The data's address, sheet included ("'Summary'!A6:B9"). */
  source: string;
  title: string;
  /**
   * The cells the chart covers, from chart.setPosition(startCell, endCell): top-left and
   * bottom-right cell addresses (null until set; Excel then places it itself).
   * https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
   */
  position: { start: string; end: string | null } | null;
  /**
   * The value axis as set through chart.axes.valueAxis (unset: Excel's automatic bounds):
   * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis
   */
  valueAxis: { minimum?: number; maximum?: number; majorUnit?: number; numberFormat?: string };
  /** chart.title.format.font.size in points, where set. */
  titleSize?: number;
  /** chart.legend.visible (Excel shows a legend on a new chart). */
  legendVisible: boolean;
  /** chart.dataLabels: https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels */
  dataLabels: { showValue: boolean; position?: string; numberFormat?: string };
  /** Each point's fill and border colour, by index, where set (series 1 only: ours have one). */
  points: { fill?: string; border?: string }[];
}

/**
 * A sheet's print setup, as Excel.PageLayout holds it:
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 */
export interface PrintState {
  orientation: "Portrait" | "Landscape";
  /** The zoom Excel applies (what `pageLayout.zoom` reads and the page prints at). */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /**
   * A fit to pages set through the API that Excel has not applied yet (office-js issue 1860, when
   * `WorkbookState.reported.fitWaitsForPageLayoutTab`): recorded, not printed, until the Page
   * Layout tab is opened (`WorkbookState.openPageLayoutTab`).
   */
  fitPending?: { horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  /** The rows repeated at the top of each page, as given ("$1:$3"). */
  titleRows: string | null;
  /** The columns repeated at the left of each page, as given ("$A:$A"). */
  titleColumns?: string | null;
  /** The first page's number: "" is automatic (on from the sheet before), as Excel has it. */
  firstPageNumber?: number | "";
  /** Margins in points, where set. */
  margins?: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  area: Area | null;
  centerFooter: string;
}

export interface SheetState {
  id: string;
  name: string;
  /** HyperFormula's id of the sheet that holds its cells. */
  hfId: number;
  numberFormats: Map<string, string>;
  styles: Map<string, CellStyle>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  tables: TableState[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  protected: boolean;
  /** What protection allows, its password, and which cells are locked (emulator/protection.ts). */
  protection: ProtectionState;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** 0-based rows hidden by the user (or by a filter). */
  hiddenRows: Set<number>;
  /** 0-based columns hidden (range.columnHidden). */
  hiddenColumns: Set<number>;
  /** Row heights set through format.rowHeight, in points, by 0-based row. */
  rowHeights: Map<number, number>;
  /** The area that has filter buttons on its first row (worksheet.autoFilter). */
  autoFilter: Area | null;
  /** Print setup set through worksheet.pageLayout (ExcelApi 1.9). */
  print: PrintState;
}

const key = (row: number, col: number) => `${row},${col}`;

/** What goes into a cell: a formula, or a plain value (text stays text). */
type Stored = { formula: string; value?: undefined } | { formula?: undefined; value: Scalar };

/** A culture's name and the separators Excel reads and shows numbers with in it. */
export interface Culture {
  name: string;
  decimalSeparator: string;
  groupSeparator: string;
}

/**
 * A culture as Windows and .NET define it (NumberFormatInfo.NumberDecimalSeparator and
 * NumberGroupSeparator), taken from the platform's Intl data (CLDR, which Windows follows for these
 * cultures): de-DE "," and ".", fr-FR "," and a narrow no-break space, en-US "." and ",".
 */
export function cultureOf(name: string): Culture {
  const parts = new Intl.NumberFormat(name).formatToParts(12345.6);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { name, decimalSeparator: part("decimal"), groupSeparator: part("group") };
}

/** Excel's rules for sheet names. */
export function sheetNameError(name: string): string | null {
  if (typeof name !== "string" || name.trim() === "") return "The sheet name is empty.";
  if (name.length > 31) return "The sheet name is longer than 31 characters.";
  if (/[[\]:*?/\\]/.test(name)) return "The sheet name contains one of []:*?/\\.";
  if (name.startsWith("'") || name.endsWith("'"))
    return "The sheet name begins or ends with an apostrophe.";
  if (name.toLowerCase() === "history") return "History is a reserved sheet name.";
  return null;
}

/** The longest formula Excel accepts, in characters (Excel specifications and limits). */
export const MAX_FORMULA_CHARS = 8192;

/** Text Excel reads as a number when it is typed (or written through `values`). */
const NUMERIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?%?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class WorkbookState {
  readonly hf: HyperFormula;
  readonly sheets: SheetState[] = [];
  activeSheetId: string | null = null;
  /**
   * The name of a chart sheet the person has open, or null. Chart sheets are not worksheets: the
   * API's worksheet collection does not hold them, and while one is active getActiveWorksheet
   * fails (emulator/api/worksheet.ts). Activating a worksheet leaves it.
   */
  activeChartSheet: string | null = null;
  selection: { sheetId: string; area: Area } | null = null;
  /**
   * Behaviours Excel's issue tracker reports for some Excels, some of the time: off unless a test
   * turns them on (docs/EXCEL-FIDELITY.md names each with its source).
   */
  readonly reported = {
    /**
     * office-js issue 1860: `pageLayout.zoom = { horizontalFitToPages: 1 }` (or a vertical fit) is
     * not applied until the Page Layout tab is opened, while `{ scale: n }`, the orientation and the
     * other page settings are.
     */
    fitWaitsForPageLayoutTab: false,
    /**
     * office-js issue 3179 (Excel on the web; Microsoft, 2024-05-21: will not fix in the short term):
     * `insertWorksheetsFromBase64` inserts the sheets and then fails its request with "There was an
     * internal error while processing the request".
     */
    insertThenFails: false,
  };
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly settings = new Map<string, unknown>();
  /**
   * The culture Excel runs in (Application.cultureInfo, ExcelApi 1.11: "based on current system
   * culture settings") and its number separators, which Application.decimalSeparator and
   * thousandsSeparator give while Excel's "Use system separators" option is on (its default).
   * en-US unless a test or the preview (`?culture=de-DE`) says otherwise.
   */
  culture: Culture = cultureOf("en-US");
  private nextId = 1;

  constructor() {
    // HyperFormula counts dates from 1899-12-30 like Excel does from March 1900 on; GPLv3 licence:
    // the emulator is for tests and the local preview only. A sheet is as big as Excel's
    // (1,048,576 rows by 16,384 columns, Excel specifications and limits), not HyperFormula's
    // default 40,000 rows.
    // Nothing undoes a write here (Excel's API has no undo either), so HyperFormula keeps no undo
    // history: with it, every write scans the history kept so far (see `batch`).
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      useArrayArithmetic: false,
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLS,
      undoLimit: 0,
    });
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  /**
   * Bumped whenever the list of sheets, their names, order or visibility change: lookups keep an
   * index for the current version, so finding a sheet costs the same with 2 sheets or 2,000
   * (Excel's own lookups do not grow with the tab count either).
   */
  private version = 0;
  private index: {
    version: number;
    byName: Map<string, SheetState>;
    byId: Map<string, SheetState>;
    position: Map<SheetState, number>;
  } | null = null;

  /**
   * The person opens the Page Layout tab: fits that were waiting (office-js issue 1860) apply, and
   * from now on a fit applies when it is set.
   */
  openPageLayoutTab(): void {
    this.reported.fitWaitsForPageLayoutTab = false;
    for (const sheet of this.sheets)
      if (sheet.print.fitPending) {
        sheet.print.zoom = { ...sheet.print.fitPending };
        sheet.print.fitPending = null;
      }
  }

  /** Tells the lookups the sheets changed (added, removed, renamed, moved, hidden or shown). */
  sheetsChanged(): void {
    this.version++;
  }

  private lookup() {
    if (this.index?.version !== this.version) {
      this.index = {
        version: this.version,
        byName: new Map(this.sheets.map((s) => [s.name.toLowerCase(), s])),
        byId: new Map(this.sheets.map((s) => [s.id, s])),
        position: new Map(this.sheets.map((s, i) => [s, i])),
      };
    }
    return this.index;
  }

  findSheet(name: string): SheetState | undefined {
    return this.lookup().byName.get(name.toLowerCase());
  }

  sheetById(id: string): SheetState | undefined {
    return this.lookup().byId.get(id);
  }

  /** The sheet's tab position (0-based), or -1. */
  positionOf(sheet: SheetState): number {
    return this.lookup().position.get(sheet) ?? -1;
  }

  addSheet(name?: string): SheetState {
    const wanted = name ?? this.defaultSheetName();
    const problem = sheetNameError(wanted);
    if (problem) throw new ExcelError("InvalidArgument", problem);
    if (this.findSheet(wanted))
      throw new ExcelError("ItemAlreadyExists", `A sheet named '${wanted}' already exists.`);
    const hfName = this.hf.addSheet(`s${this.nextId}`);
    const sheet: SheetState = {
      id: this.newId("sheet"),
      name: wanted,
      hfId: this.hf.getSheetId(hfName) as number,
      numberFormats: new Map(),
      styles: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      tables: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protected: false,
      protection: newProtection(),
      visibility: "Visible",
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      autoFilter: null,
      print: { orientation: "Portrait", zoom: {}, titleRows: null, area: null, centerFooter: "" },
    };
    this.hf.renameSheet(sheet.hfId, wanted);
    this.sheets.push(sheet);
    this.sheetsChanged();
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (name === sheet.name) return;
    const problem = sheetNameError(name);
    if (problem) throw new ExcelError("InvalidArgument", problem);
    const other = this.findSheet(name);
    if (other && other !== sheet)
      throw new ExcelError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
    this.sheetsChanged();
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length === 1)
      throw new ExcelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    this.hf.removeSheet(sheet.hfId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheetsChanged();
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
  }

  private checkShape(area: Area, data: unknown, what: string): unknown[][] | "scalar" {
    if (!Array.isArray(data)) return "scalar";
    if (
      data.length !== area.rows ||
      data.some((row) => !Array.isArray(row) || row.length !== area.cols)
    ) {
      throw new ExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`
      );
    }
    return data as unknown[][];
  }

  private forEachCell(
    area: Area,
    data: unknown,
    what: string,
    fn: (row: number, col: number, value: unknown) => void
  ): void {
    const grid = this.checkShape(area, data, what);
    for (let r = 0; r < area.rows; r++) {
      for (let c = 0; c < area.cols; c++)
        fn(area.row + r, area.col + c, grid === "scalar" ? data : grid[r][c]);
    }
  }

  /** HyperFormula's content for a formula or a value; text is always stored as text. */
  private raw(sheet: SheetState, content: Stored): RawCellContent {
    if (content.formula !== undefined) {
      // "Length of formula contents: 8,192 characters" (Excel specifications and limits,
      // support.microsoft.com): Excel refuses a longer one.
      if (content.formula.length > MAX_FORMULA_CHARS) {
        throw new ExcelError(
          "InvalidArgument",
          `A formula in ${sheet.name} is ${content.formula.length} characters long; Excel allows ${MAX_FORMULA_CHARS}.`
        );
      }
      // Excel refuses a formula it cannot parse; so does the emulator (at sync, as Excel does).
      if (!this.hf.validateFormula(content.formula)) {
        throw new ExcelError(
          "InvalidArgument",
          `The formula ${content.formula} in ${sheet.name} contains an error.`
        );
      }
      return content.formula;
    }
    const value = content.value;
    // A leading apostrophe tells HyperFormula the content is text, whatever it looks like.
    return value === "" ? null : typeof value === "string" ? `'${value}` : value;
  }

  /**
   * Writes a grid: each cell through `toStored` (null leaves the cell as it is). The whole write is
   * checked before anything is stored, and stored in as few calls as the nulls allow: cell-by-cell
   * writes make HyperFormula quadratic on large sheets.
   */
  private store(
    sheet: SheetState,
    area: Area,
    data: unknown,
    what: string,
    toStored: (row: number, col: number, value: unknown) => Stored | null
  ): void {
    const grid: (RawCellContent | undefined)[][] = [];
    let holes = false;
    this.forEachCell(area, data, what, (row, col, value) => {
      const r = row - area.row;
      grid[r] ??= [];
      const stored = value === null || value === undefined ? null : toStored(row, col, value);
      if (stored === null) holes = true;
      grid[r][col - area.col] = stored === null ? undefined : this.raw(sheet, stored);
    });
    this.batch(() => {
      if (!holes) {
        this.hf.setCellContents(
          { sheet: sheet.hfId, row: area.row, col: area.col },
          grid as RawCellContent[][]
        );
        return;
      }
      grid.forEach((line, r) => {
        let c = 0;
        while (c < line.length) {
          if (line[c] === undefined) {
            c++;
            continue;
          }
          const from = c;
          while (c < line.length && line[c] !== undefined) c++;
          const run = [line.slice(from, c) as RawCellContent[]];
          this.hf.setCellContents(
            { sheet: sheet.hfId, row: area.row + r, col: area.col + from },
            run
          );
        }
      });
    });
  }

  /** Writes through `range.values`, reading strings the way Excel reads typed text. */
  writeValues(sheet: SheetState, area: Area, data: unknown): void {
    this.store(sheet, area, data, "values", (row, col, value) =>
      this.typed(value, sheet.numberFormats.get(key(row, col)), sheet, row, col)
    );
    this.calculatedColumns(sheet, area, data);
  }

  /** What Excel stores when a value is typed into a cell with a given number format. */
  private typed(
    value: unknown,
    format: string | undefined,
    sheet: SheetState,
    row: number,
    col: number
  ): Stored {
    if (typeof value === "number" || typeof value === "boolean") return { value };
    const text = String(value);
    if (format === "@") return { value: text };
    if (text.startsWith("'")) return { value: text.slice(1) };
    if (text === "") return { value: "" };
    if (/^[=+\-@]/.test(text) && !NUMERIC.test(text.replace(/^\+/, ""))) {
      // Excel parses =…, +…, -… and @… as a formula: the reason user text must never go through
      // `values` unescaped.
      return { formula: text.startsWith("=") ? text : `=${text}` };
    }
    if (NUMERIC.test(text) && /\d/.test(text)) {
      const percent = text.endsWith("%");
      const n = Number(text.replace(/[,%]/g, ""));
      if (percent && !format) sheet.numberFormats.set(key(row, col), "0%");
      return { value: percent ? n / 100 : n };
    }
    if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
    const iso = ISO_DATE.exec(text);
    if (iso) {
      const serial = Math.round(
        (Date.UTC(+iso[1], +iso[2] - 1, +iso[3]) - Date.UTC(1899, 11, 30)) / 86_400_000
      );
      if (!format) sheet.numberFormats.set(key(row, col), "yyyy-mm-dd");
      return { value: serial };
    }
    return { value: text };
  }

  /** Writes through `range.formulas`: strings starting with "=" are formulas, the rest as `values`. */
  writeFormulas(sheet: SheetState, area: Area, data: unknown): void {
    this.store(sheet, area, data, "formulas", (row, col, value) =>
      typeof value === "string" && value.startsWith("=")
        ? { formula: value }
        : this.typed(value, sheet.numberFormats.get(key(row, col)), sheet, row, col)
    );
    this.calculatedColumns(sheet, area, data);
  }

  /**
   * Excel's AutoCorrect "Fill formulas in tables to create calculated columns", modelled as the
   * office-js issue tracker reports it, pessimistically: a formula written by code into a table
   * column's data fills the whole column with that one formula (the last one written, moved to
   * each row: issues 2093 "by design", 1916, 6745), and "" written into a column that holds a
   * formula gets the column's formula back (issue 5909). A table can never hold different
   * formulas per row in one column.
   */
  private calculatedColumns(sheet: SheetState, area: Area, data: unknown): void {
    for (const table of sheet.tables) {
      const end = table.area.row + table.area.rows;
      const across =
        area.col < table.area.col + table.area.cols && table.area.col < area.col + area.cols;
      if (across && area.row <= end && area.row + area.rows > end) {
        // AutoExpansion: a row written just below the table joins it, and its calculated columns
        // get their formula (issue 6745).
        const added = area.row + area.rows - end;
        table.area = { ...table.area, rows: table.area.rows + added };
        for (let c = table.area.col; c < table.area.col + table.area.cols; c++) {
          const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row: end - 1, col: c });
          if (!formula) continue;
          for (let r = end; r < end + added; r++) {
            const value = Array.isArray(data)
              ? (data as unknown[][])[r - area.row]?.[c - area.col]
              : data;
            if (
              c >= area.col &&
              c < area.col + area.cols &&
              value !== "" &&
              value !== null &&
              value !== undefined
            )
              continue;
            this.batch(() =>
              this.hf.setCellContents(
                { sheet: sheet.hfId, row: r, col: c },
                shiftFormula(formula, r - end + 1, 0)
              )
            );
          }
        }
      }
      const body = { ...table.area, row: table.area.row + 1, rows: table.area.rows - 1 };
      if (body.rows < 1) continue;
      for (
        let c = Math.max(area.col, body.col);
        c < Math.min(area.col + area.cols, body.col + body.cols);
        c++
      ) {
        const written = (r: number): unknown =>
          Array.isArray(data) ? (data as unknown[][])[r - area.row]?.[c - area.col] : data;
        let source: { row: number; formula: string } | null = null;
        let blanked = false;
        for (
          let r = Math.max(area.row, body.row);
          r < Math.min(area.row + area.rows, body.row + body.rows);
          r++
        ) {
          const value = written(r);
          if (typeof value === "string" && value.startsWith("="))
            source = { row: r, formula: value };
          else if (value === "") blanked = true;
        }
        if (!source && blanked) {
          // a blank written into a calculated column: the column's formula comes back
          for (let r = body.row; r < body.row + body.rows && !source; r++) {
            const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row: r, col: c });
            if (formula) source = { row: r, formula };
          }
        }
        if (!source) continue;
        const { row, formula } = source;
        const column = Array.from({ length: body.rows }, (_, i) => [
          shiftFormula(formula, body.row + i - row, 0) as RawCellContent,
        ]);
        this.batch(() =>
          this.hf.setCellContents({ sheet: sheet.hfId, row: body.row, col: c }, column)
        );
      }
    }
  }

  writeNumberFormats(sheet: SheetState, area: Area, data: unknown): void {
    this.forEachCell(area, data, "numberFormat", (row, col, value) => {
      if (value === null || value === undefined) return;
      sheet.numberFormats.set(key(row, col), String(value));
    });
  }

  style(sheet: SheetState, area: Area, patch: CellStyle): void {
    if (area.rows * area.cols > 5_000_000) {
      // Whole columns or rows: Excel formats them without touching each cell; so do we, lazily.
      throw new ExcelError(
        "InvalidArgument",
        "Formatting whole rows or columns is not emulated; format the table range."
      );
    }
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        sheet.styles.set(key(r, c), { ...sheet.styles.get(key(r, c)), ...patch });
      }
    }
  }

  cellStyle(sheet: SheetState, row: number, col: number): CellStyle {
    return sheet.styles.get(key(row, col)) ?? {};
  }

  /** The cell's own style with its conditional formats drawn over it, as a person sees the cell. */
  displayStyle(sheet: SheetState, row: number, col: number): CellStyle {
    const own = this.cellStyle(sheet, row, col);
    if (sheet.conditionalFormats.length === 0) return own;
    this.settle();
    const evaluate = (formula: string) => {
      const result = this.hf.calculateFormula(formula, sheet.hfId);
      return result instanceof DetailedCellError || Array.isArray(result) ? null : result;
    };
    const extra = conditionalStyle(
      sheet.conditionalFormats,
      row,
      col,
      this.cell(sheet, row, col),
      evaluate
    );
    return extra ? { ...own, ...extra } : own;
  }

  /** The data bar a cell shows, if any (see dataBarOf). */
  dataBar(sheet: SheetState, row: number, col: number): { color: string; fraction: number } | null {
    if (sheet.conditionalFormats.length === 0) return null;
    return dataBarOf(sheet.conditionalFormats, row, col, this.cell(sheet, row, col), (a) =>
      this.readValues(sheet, a)
        .flat()
        .filter((v): v is number => typeof v === "number")
    );
  }

  /**
   * How many points a chart's one series has: a row of its source each, below the header; null
   * when the source cannot be read (as chartData, without reading the cells: a colour set on each
   * of thousands of bars asks it each time).
   */
  chartPointCount(chart: ChartState): number | null {
    const { sheet: name, cells } = splitSheet(chart.source);
    const a = parseArea(cells);
    if (name === null || !this.findSheet(name) || !a || a.cols < 2) return null;
    return a.rows - 1;
  }

  /**
   * A chart's data as the preview draws it: its source's categories (first column) and values
   * (second), below the header row, and the series name; null when the source cannot be read.
   */
  chartData(
    chart: ChartState
  ): { series: string; points: { category: string; value: number | null }[] } | null {
    const { sheet: name, cells } = splitSheet(chart.source);
    const sheet = name === null ? undefined : this.findSheet(name);
    const a = parseArea(cells);
    if (!sheet || !a || a.cols < 2) return null;
    const text = this.readText(sheet, a);
    const values = this.readValues(sheet, a);
    return {
      series: text[0][1],
      points: values.slice(1).map((line, i) => ({
        category: text[i + 1][0],
        value: typeof line[1] === "number" ? line[1] : null,
      })),
    };
  }

  numberFormat(sheet: SheetState, row: number, col: number): string {
    return sheet.numberFormats.get(key(row, col)) ?? "General";
  }

  clear(sheet: SheetState, area: Area, what: "All" | "Contents" | "Formats"): void {
    const bounded = this.clip(sheet, area);
    if (what !== "Formats" && bounded) {
      // one write of empty cells for the whole area, not one per cell
      const empty = Array.from({ length: bounded.rows }, () =>
        new Array<RawCellContent>(bounded.cols).fill(null)
      );
      this.batch(() =>
        this.hf.setCellContents({ sheet: sheet.hfId, row: bounded.row, col: bounded.col }, empty)
      );
    }
    if (what !== "Contents") {
      resetLocks(sheet, area);
      for (const map of [sheet.styles, sheet.numberFormats] as Map<string, unknown>[]) {
        for (const k of [...map.keys()]) {
          const [r, c] = k.split(",").map(Number);
          if (
            r >= area.row &&
            r < area.row + area.rows &&
            c >= area.col &&
            c < area.col + area.cols
          )
            map.delete(k);
        }
      }
    }
  }

  /**
   * Puts recalculation off while a request writes: its writes then cost one recalculation, made
   * when something reads a value or the request ends (`settle`). Excel shows every value as
   * recalculated when it is read; so does this.
   */
  suspend(): void {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  /** Recalculates what `suspend` put off. */
  settle(): void {
    if (this.hf.isEvaluationSuspended()) this.hf.resumeEvaluation();
  }

  /**
   * Runs many cell changes with one recalculation. Not HyperFormula's own `batch`: that also
   * gathers the writes into one undo entry, and HyperFormula 3.5 scans that entry's every write
   * again before each new one (UndoRedo.clearRedoStack), so a batch of n writes costs n² —
   * clearing a sheet of 10,000 key results cell by cell took minutes.
   */
  batch(fn: () => void): void {
    if (this.hf.isEvaluationSuspended()) {
      fn(); // already one recalculation for all, when the request settles
      return;
    }
    this.hf.suspendEvaluation();
    try {
      fn();
    } finally {
      // what was written before a failure stays written, as in Excel; then the failure is reported
      this.hf.resumeEvaluation();
    }
  }

  private cell(sheet: SheetState, row: number, col: number): Scalar {
    this.settle();
    const value = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
    if (value instanceof DetailedCellError) return value.value;
    return value;
  }

  /**
   * The part of an area that holds anything (whole-column clears stay small). The sheet's extent
   * needs no recalculation, so a request's writes still recalculate once, at its end.
   */
  private clip(sheet: SheetState, area: Area): Area | null {
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    const rows = Math.min(area.row + area.rows, height) - area.row;
    const cols = Math.min(area.col + area.cols, width) - area.col;
    return rows > 0 && cols > 0 ? { ...area, rows, cols } : null;
  }

  private grid<T>(area: Area, fn: (row: number, col: number) => T): T[][] {
    if (area.rows * area.cols > 2_000_000) {
      throw new ExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    const out: T[][] = [];
    for (let r = 0; r < area.rows; r++) {
      const line: T[] = [];
      for (let c = 0; c < area.cols; c++) line.push(fn(area.row + r, area.col + c));
      out.push(line);
    }
    return out;
  }

  readValues(sheet: SheetState, area: Area): Scalar[][] {
    return this.grid(area, (r, c) => this.cell(sheet, r, c) ?? "");
  }

  readFormulas(sheet: SheetState, area: Area): Scalar[][] {
    return this.grid(area, (r, c) => {
      const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row: r, col: c });
      return formula ?? this.cell(sheet, r, c) ?? "";
    });
  }

  /**
   * Copies everything of a same-sized area (Range.copyFrom "All"): formulas (their relative
   * references moved), values (text stays text), number formats, cell formats and locks.
   */
  copyAll(from: SheetState, area: Area, to: SheetState, into: Area): void {
    if (area.rows !== into.rows || area.cols !== into.cols)
      throw new ExcelError("InvalidArgument", "The emulator copies between same-sized areas only.");
    const dr = into.row - area.row;
    const dc = into.col - area.col;
    const data = this.grid(area, (r, c) => {
      const formula = this.hf.getCellFormula({ sheet: from.hfId, row: r, col: c });
      if (formula) return shiftFormula(formula, dr, dc);
      const value = this.cell(from, r, c);
      return typeof value === "string" ? `'${value}` : (value ?? "");
    });
    for (let r = 0; r < area.rows; r++)
      for (let c = 0; c < area.cols; c++) {
        const at = key(into.row + r, into.col + c);
        const format = from.numberFormats.get(key(area.row + r, area.col + c));
        const style = from.styles.get(key(area.row + r, area.col + c));
        if (format) to.numberFormats.set(at, format);
        else to.numberFormats.delete(at);
        if (style) to.styles.set(at, { ...style });
        else to.styles.delete(at);
      }
    copyLocks(from, area, to, into);
    this.writeFormulas(to, into, data);
  }

  readNumberFormats(sheet: SheetState, area: Area): string[][] {
    return this.grid(area, (r, c) => this.numberFormat(sheet, r, c));
  }

  readText(sheet: SheetState, area: Area): string[][] {
    return this.grid(area, (r, c) =>
      formatValue(this.cell(sheet, r, c), this.numberFormat(sheet, r, c))
    );
  }

  /**
   * The smallest area holding every non-empty cell (and, unless valuesOnly, every formatted one),
   * of the whole sheet or of the cells `within` an area.
   */
  usedArea(sheet: SheetState, valuesOnly: boolean, within?: Area): Area | null {
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      if (within && !inside(within, r, c)) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    this.settle();
    const { height, width } = this.hf.getSheetDimensions(sheet.hfId);
    const row = within?.row ?? 0;
    const col = within?.col ?? 0;
    const bottomRow = Math.min(height, within ? within.row + within.rows : height) - 1;
    const rightCol = Math.min(width, within ? within.col + within.cols : width) - 1;
    if (bottomRow >= row && rightCol >= col) {
      // Each edge found by scanning inwards from it, stopping at the first value: the pane asks
      // for the used range of a window holding a whole history, once per piece it appends, and
      // reading every cell each time made a 10,000-row check-in's emulation three times slower.
      const filled = (r: number, c: number) => {
        const v = this.hf.getCellValue({ sheet: sheet.hfId, row: r, col: c });
        return v !== null && v !== "";
      };
      const rowFilled = (r: number) => {
        for (let c = col; c <= rightCol; c++) if (filled(r, c)) return true;
        return false;
      };
      let last = bottomRow;
      while (last >= row && !rowFilled(last)) last--;
      if (last >= row) {
        let first = row;
        while (!rowFilled(first)) first++;
        const columnFilled = (c: number) => {
          for (let r = first; r <= last; r++) if (filled(r, c)) return true;
          return false;
        };
        let leftmost = col;
        while (!columnFilled(leftmost)) leftmost++;
        let rightmost = rightCol;
        while (!columnFilled(rightmost)) rightmost--;
        take(first, leftmost);
        take(last, rightmost);
      }
    }
    if (!valuesOnly) {
      for (const k of [...sheet.styles.keys(), ...sheet.numberFormats.keys()]) {
        const [r, c] = k.split(",").map(Number);
        take(r, c);
      }
    }
    return bottom < 0
      ? null
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

function inside(area: Area, r: number, c: number): boolean {
  return r >= area.row && r < area.row + area.rows && c >= area.col && c < area.col + area.cols;
}
