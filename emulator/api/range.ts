// Excel.Range and Excel.RangeAreas: addresses, values, formulas, number formats, navigation.
import { type Area, areaAddress, parseArea, quoteSheet, r1c1ToA1, splitSheet } from "../addresses";
import { shiftFormula } from "../conditionalFormats";
import { checkContents, checkFormat } from "../protection";
import { type CellStyle, ExcelError, type SheetState } from "../workbook";
import { activateSheet } from "./activation";
import {
  AREA,
  ClientObject,
  must,
  SHEET,
  type SheetRef,
  STYLE,
  TOP_LEFT_STYLE,
} from "./clientObject";
import { EConditionalFormatCollection } from "./conditionalFormat";
import type { Context } from "./context";
import { EDataValidation } from "./dataValidation";
import { ERangeFormat } from "./rangeFormat";

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "rowHidden",
  "columnHidden",
] as const;

/**
 * A get of cell-level properties (values, formulas, number formats, text) on a range of more than
 * five million cells answers null instead of the cells, without an error: "On all platforms, a range
 * is limited to five million cells for get operations" (learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization#excel-add-ins), and "Range.values returns
 * null instead" of throwing (office-js-docs-pr #5821, docs/excel/performance.md; office-js #4783:
 * a used range of A1:BZ64103 answers null for values and text; office-js #6781: 5,001,000 cells).
 */
export const GET_CELLS_LIMIT = 5_000_000;
const CELL_PROPS = new Set(["values", "formulas", "numberFormat", "text"]);

export class ERange extends ClientObject {
  protected readonly scalarProps = RANGE_PROPS;
  readonly format: ERangeFormat;
  readonly dataValidation: EDataValidation;
  readonly conditionalFormats: EConditionalFormatCollection;

  constructor(
    ctx: Context,
    private readonly sheetRef: SheetRef,
    private readonly areaRef: () => Area | null,
    private readonly orNull = false
  ) {
    super(ctx);
    this.format = new ERangeFormat(ctx, this);
    this.dataValidation = new EDataValidation(ctx, this);
    this.conditionalFormats = new EConditionalFormatCollection(ctx, this);
    if (orNull) this.trackNull();
  }

  [SHEET](): SheetState {
    return must(this.sheetRef(), "worksheet");
  }

  protected override isMissing(): boolean {
    return this.orNull && this.areaRef() === null;
  }

  [AREA](): Area {
    const area = this.areaRef();
    if (!area)
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (range).");
    return area;
  }

  /**
   * The sheet, where protection lets this change reach the range's cells (emulator/protection.ts):
   * contents need every cell unlocked, formats the options' leave to format cells.
   */
  private writable(change: "contents" | "format" = "contents", area = this[AREA]()): SheetState {
    const sheet = this[SHEET]();
    if (change === "contents") checkContents(sheet, area);
    else checkFormat(sheet, "cells");
    return sheet;
  }

  protected read(prop: string): unknown {
    const sheet = this[SHEET]();
    const area = this[AREA]();
    const state = this.ctx.state;
    if (CELL_PROPS.has(prop) && area.rows * area.cols > GET_CELLS_LIMIT) return null;
    switch (prop) {
      case "address":
      case "addressLocal":
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      case "values":
        return state.readValues(sheet, area);
      case "formulas":
        return state.readFormulas(sheet, area);
      case "numberFormat":
        return state.readNumberFormats(sheet, area);
      case "text":
        return state.readText(sheet, area);
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "rowHidden": {
        const hidden = sheet.hiddenRows;
        let count = 0;
        for (let r = area.row; r < area.row + area.rows; r++) if (hidden.has(r)) count++;
        return count === 0 ? false : count === area.rows ? true : null;
      }
      case "columnHidden": {
        const hidden = sheet.hiddenColumns;
        let count = 0;
        for (let c = area.col; c < area.col + area.cols; c++) if (hidden.has(c)) count++;
        return count === 0 ? false : count === area.cols ? true : null;
      }
      default:
        return area.rows * area.cols;
    }
  }

  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): any[][] {
    return this.get("values");
  }

  set values(data: any[][]) {
    this.ctx.enqueue(() => this.ctx.state.writeValues(this.writable(), this[AREA](), data), {
      values: data,
    });
  }

  get formulas(): any[][] {
    return this.get("formulas");
  }

  set formulas(data: any[][]) {
    this.ctx.enqueue(() => this.ctx.state.writeFormulas(this.writable(), this[AREA](), data), {
      formulas: data,
    });
  }

  /**
   * Copies another range's formulas (or values) here, as paste does: a smaller source repeats to
   * fill the destination, and relative references move with each copy (ExcelApi 1.9).
   */
  copyFrom(source: string | ERange, copyType: "All" | "Formulas" | "Values" = "All"): void {
    if (copyType === "Values")
      throw new Error(`The emulator copies formulas, or everything, not "${copyType}"`);
    this.ctx.enqueue(
      () => {
        const from =
          typeof source === "string"
            ? { sheet: this[SHEET](), area: parseArea(splitSheet(source).cells) as Area }
            : { sheet: source[SHEET](), area: source[AREA]() };
        const to = this[AREA]();
        // "All": values, formulas, number formats and cell formats, from any sheet (ExcelApi 1.9,
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)).
        if (copyType === "All") {
          this.ctx.state.copyAll(from.sheet, from.area, this.writable("contents", to), to);
          return;
        }
        const read = this.ctx.state.readFormulas(from.sheet, from.area);
        const data = Array.from({ length: to.rows }, (_, r) =>
          Array.from({ length: to.cols }, (_, c) => {
            const value = read[r % from.area.rows][c % from.area.cols];
            const dr = to.row + r - (from.area.row + (r % from.area.rows));
            const dc = to.col + c - (from.area.col + (c % from.area.cols));
            return typeof value === "string" && value.startsWith("=")
              ? shiftFormula(value, dr, dc)
              : value;
          })
        );
        this.ctx.state.writeFormulas(this.writable("contents", to), to, data);
      },
      { copyFrom: typeof source === "string" ? source : "range", copyType }
    );
  }

  /**
   * Formulas in R1C1 notation (ExcelApi 1.2): each cell's references read from that cell, so one
   * array written wherever the range turns out to be means the same formulas there.
   */
  set formulasR1C1(data: any[][]) {
    this.ctx.enqueue(
      () => {
        const area = this[AREA]();
        const a1 = Array.isArray(data)
          ? data.map((line, r) =>
              line.map((v: unknown, c: number) =>
                typeof v === "string" && v.startsWith("=")
                  ? r1c1ToA1(v, { row: area.row + r, col: area.col + c })
                  : v
              )
            )
          : data;
        this.ctx.state.writeFormulas(this.writable("contents", area), area, a1);
      },
      { formulasR1C1: data }
    );
  }

  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }

  set numberFormat(data: any[][]) {
    this.ctx.enqueue(
      () => this.ctx.state.writeNumberFormats(this.writable("format"), this[AREA](), data),
      {
        numberFormat: data,
      }
    );
  }

  private derived(fn: (a: Area) => Area): ERange {
    return new ERange(this.ctx, this.sheetRef, () => {
      const next = fn(this[AREA]());
      if (next.row < 0 || next.col < 0 || next.rows < 1 || next.cols < 1) {
        throw new ExcelError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format (range outside the sheet)."
        );
      }
      return next;
    });
  }

  getCell(row: number, column: number): ERange {
    return this.derived((a) => ({ row: a.row + row, col: a.col + column, rows: 1, cols: 1 }));
  }
  /**
   * The smallest range holding this one and another (ExcelApi 1.1): "the GetBoundingRect of
   * 'B2:C5' and 'D10:E15' is 'B2:E15'",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getboundingrect-member(1)
   */
  getBoundingRect(anotherRange: ERange | string): ERange {
    return this.derived((a) => {
      const b =
        typeof anotherRange === "string"
          ? (parseArea(splitSheet(anotherRange).cells) as Area)
          : anotherRange[AREA]();
      const row = Math.min(a.row, b.row);
      const col = Math.min(a.col, b.col);
      return {
        row,
        col,
        rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
        cols: Math.max(a.col + a.cols, b.col + b.cols) - col,
      };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): ERange {
    return this.derived((a) => ({ ...a, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): ERange {
    return this.derived((a) => ({ ...a, row: a.row + rowOffset, col: a.col + columnOffset }));
  }
  /** The last row of the range (ExcelApi 1.1). */
  getLastRow(): ERange {
    return this.derived((a) => ({ ...a, row: a.row + a.rows - 1, rows: 1 }));
  }
  getRow(row: number): ERange {
    return this.derived((a) => ({ ...a, row: a.row + row, rows: 1 }));
  }
  getColumn(column: number): ERange {
    return this.derived((a) => ({ ...a, col: a.col + column, cols: 1 }));
  }

  /** Whether every row of the range is hidden (null when some are and some are not). */
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.ctx.enqueue(
      () => {
        const a = this[AREA]();
        // Hiding rows is formatting rows: "Format rows — … including changing row height or
        // hiding rows" (support.microsoft.com, "Protect a worksheet"); columns alike.
        checkFormat(this[SHEET](), "rows");
        const hidden = this[SHEET]().hiddenRows;
        for (let r = a.row; r < a.row + a.rows; r++)
          if (value) hidden.add(r);
          else hidden.delete(r);
      },
      { rowHidden: value }
    );
  }

  /**
   * Whether every column of the range is hidden (null when some are and some are not), ExcelApi
   * 1.2: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
   */
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.ctx.enqueue(
      () => {
        const a = this[AREA]();
        checkFormat(this[SHEET](), "columns");
        const hidden = this[SHEET]().hiddenColumns;
        for (let c = a.col; c < a.col + a.cols; c++)
          if (value) hidden.add(c);
          else hidden.delete(c);
      },
      { columnHidden: value }
    );
  }

  /**
   * The rectangle both ranges cover (ExcelApi 1.1); none is an error, as in Excel ("If no
   * intersection is found, will throw an error"):
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersection-member(1)
   */
  getIntersection(anotherRange: ERange | string): ERange {
    return this.derived((a) => {
      const shared = intersection(a, anotherRange);
      if (!shared)
        throw new ExcelError(
          "ItemNotFound",
          "The requested resource doesn't exist (intersection)."
        );
      return shared;
    });
  }

  /**
   * The rectangle both ranges cover, or a null object when they share no cell or this range is a
   * null object (ExcelApi 1.4): "If no intersection is found, then this method returns an object
   * with its isNullObject property set to true",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)
   */
  getIntersectionOrNullObject(anotherRange: ERange | string): ERange {
    return new ERange(
      this.ctx,
      this.sheetRef,
      () => {
        const a = this.areaRef();
        return a ? intersection(a, anotherRange) : null;
      },
      true
    );
  }

  /**
   * The used range within this range (ExcelApi 1.1; valuesOnly 1.2): "If there are no used cells
   * within the range, this function will throw an ItemNotFound error",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)
   */
  getUsedRange(valuesOnly?: boolean): ERange {
    if (valuesOnly !== undefined) this.ctx.requires("1.2", "getUsedRange(valuesOnly)");
    return new ERange(this.ctx, this.sheetRef, () => {
      const a = this.areaRef();
      return a ? this.ctx.state.usedArea(this[SHEET](), Boolean(valuesOnly), a) : null;
    });
  }

  /**
   * The used range within this range, or a null object when none of its cells is used (ExcelApi
   * 1.4): "Returns the used range of the given range object. If there are no used cells within the
   * range, then this method returns an object with its isNullObject property set to true",
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): ERange {
    return new ERange(
      this.ctx,
      this.sheetRef,
      () => {
        const a = this.areaRef();
        return a ? this.ctx.state.usedArea(this[SHEET](), Boolean(valuesOnly), a) : null;
      },
      true
    );
  }

  /**
   * The range's visible cells ("Visible" is the only kind emulated): one area per run of rows
   * that are not hidden; a null object when every row is hidden, as Excel has no cell to give.
   */
  getSpecialCellsOrNullObject(cellType: string): ERangeAreas {
    if (cellType !== "Visible")
      throw new Error(`The emulator finds visible cells only, not ${cellType}`);
    return new ERangeAreas(
      this.ctx,
      () => this[SHEET](),
      () => {
        const area = this.areaRef();
        if (!area) return null;
        const hidden = this[SHEET]().hiddenRows;
        const runs: Area[] = [];
        for (let r = area.row; r < area.row + area.rows; r++) {
          if (hidden.has(r)) continue;
          const last = runs[runs.length - 1];
          if (last && last.row + last.rows === r) last.rows++;
          else runs.push({ row: r, col: area.col, rows: 1, cols: area.cols });
        }
        return runs;
      }
    );
  }

  select(): void {
    this.ctx.enqueue(
      () => {
        const sheet = this[SHEET]();
        activateSheet(this.ctx.state, sheet.id);
        this.ctx.state.selection = { sheetId: sheet.id, area: this[AREA]() };
      },
      { select: true }
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.ctx.enqueue(
      () =>
        this.ctx.state.clear(
          this.writable(applyTo === "Formats" ? "format" : "contents"),
          this[AREA](),
          applyTo
        ),
      {
        clear: applyTo,
      }
    );
  }

  /** For the format objects: apply a style patch to every cell of the range. */
  [STYLE](patch: CellStyle): void {
    this.ctx.enqueue(() => this.ctx.state.style(this.writable("format"), this[AREA](), patch), {
      format: patch,
    });
  }

  [TOP_LEFT_STYLE](): CellStyle {
    const a = this[AREA]();
    return this.ctx.state.cellStyle(this[SHEET](), a.row, a.col);
  }
}

/** The visible cells of a range, as Excel lists them: one area per run of visible rows. */
export class ERangeAreas extends ClientObject {
  protected readonly scalarProps = ["address", "areaCount"] as const;
  constructor(
    ctx: Context,
    private readonly sheet: () => SheetState,
    private readonly areas: () => Area[] | null
  ) {
    super(ctx);
    this.trackNull();
  }
  protected override isMissing(): boolean {
    return (this.areas()?.length ?? 0) === 0;
  }
  protected read(prop: string): unknown {
    const areas = this.areas() ?? [];
    if (prop === "areaCount") return areas.length;
    const name = quoteSheet(this.sheet().name);
    return areas.map((a) => `${name}!${areaAddress(a)}`).join(",");
  }
  get isNullObject(): boolean {
    return this.nullObject(true);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** The cells `a` and another range (or its A1 address) share; null when they share none. */
function intersection(a: Area, anotherRange: ERange | string): Area | null {
  const b =
    typeof anotherRange === "string"
      ? (parseArea(splitSheet(anotherRange).cells) as Area)
      : anotherRange[AREA]();
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}
