// Excel.Workbook and Excel.Application, and inserting the worksheets of another workbook.
import { ExcelError, type SheetState, WorkbookState } from "../workbook";
import { readBase64Workbook, type SourceSheet, type SourceWorkbook } from "../insertSheets";
import { ClientObject, must, notLoaded, SHEET } from "./clientObject";
import type { Context } from "./context";
import { ENamedItemCollection } from "./namedItem";
import { ERange } from "./range";
import { ESettingCollection } from "./setting";
import { ETableCollection } from "./table";
import { EWorksheetCollection, type EWorksheet } from "./worksheet";

export class EWorkbook extends ClientObject {
  protected readonly scalarProps = ["name"] as const;
  readonly worksheets: EWorksheetCollection;
  readonly tables: ETableCollection;
  readonly names: ENamedItemCollection;
  readonly settings: ESettingCollection;
  readonly application: EApplication;

  constructor(ctx: Context) {
    super(ctx);
    this.worksheets = new EWorksheetCollection(ctx);
    this.tables = new ETableCollection(ctx, () => undefined, true);
    this.names = new ENamedItemCollection(ctx);
    this.settings = new ESettingCollection(ctx);
    this.application = new EApplication(ctx);
  }

  protected read(): unknown {
    return "Book1";
  }

  get name(): string {
    return this.get("name");
  }

  insertWorksheetsFromBase64(
    base64File: string,
    options: InsertWorksheetOptions = {}
  ): { readonly value: string[] } {
    return insertWorksheets(this.ctx, base64File, options);
  }

  getSelectedRange(): ERange {
    const state = this.ctx.state;
    return new ERange(
      this.ctx,
      () =>
        state.selection
          ? state.sheetById(state.selection.sheetId)
          : state.sheetById(state.activeSheetId ?? ""),
      () => state.selection?.area ?? { row: 0, col: 0, rows: 1, cols: 1 }
    );
  }
}

export class EApplication extends ClientObject {
  protected readonly scalarProps = [
    "calculationMode",
    "decimalSeparator",
    "thousandsSeparator",
    "useSystemSeparators",
  ] as const;
  readonly cultureInfo: ECultureInfo;

  constructor(ctx: Context) {
    super(ctx);
    this.cultureInfo = new ECultureInfo(ctx);
  }

  /**
   * Application.decimalSeparator and thousandsSeparator (ExcelApi 1.11): "based on the local Excel
   * settings" (learn.microsoft.com/javascript/api/excel/excel.application). The emulated Excel keeps
   * "Use system separators" on, so they are the culture's own.
   */
  protected read(prop: string): unknown {
    const culture = this.ctx.state.culture;
    if (prop === "decimalSeparator") return culture.decimalSeparator;
    if (prop === "thousandsSeparator") return culture.groupSeparator;
    if (prop === "useSystemSeparators") return true;
    return "Automatic";
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  get decimalSeparator(): string {
    return this.get("decimalSeparator");
  }
  get thousandsSeparator(): string {
    return this.get("thousandsSeparator");
  }
  get useSystemSeparators(): boolean {
    return this.get("useSystemSeparators");
  }
  /** HyperFormula recalculates on every change, so an explicit recalculation has nothing to do. */
  calculate(): void {
    this.ctx.enqueue(() => undefined, { calculate: true });
  }
}

/**
 * Excel.CultureInfo (ExcelApi 1.11): the system culture's name and number format
 * (learn.microsoft.com/javascript/api/excel/excel.cultureinfo).
 */
export class ECultureInfo extends ClientObject {
  protected readonly scalarProps = ["name"] as const;
  readonly numberFormat: ENumberFormatInfo;

  constructor(ctx: Context) {
    super(ctx);
    this.numberFormat = new ENumberFormatInfo(ctx);
  }
  protected read(): unknown {
    return this.ctx.state.culture.name;
  }
  get name(): string {
    return this.get("name");
  }
}

/**
 * Excel.NumberFormatInfo (ExcelApi 1.11): numberDecimalSeparator and numberGroupSeparator, "based
 * on current system settings" (learn.microsoft.com/javascript/api/excel/excel.numberformatinfo).
 */
export class ENumberFormatInfo extends ClientObject {
  protected readonly scalarProps = ["numberDecimalSeparator", "numberGroupSeparator"] as const;
  protected read(prop: string): unknown {
    const culture = this.ctx.state.culture;
    return prop === "numberDecimalSeparator" ? culture.decimalSeparator : culture.groupSeparator;
  }
  get numberDecimalSeparator(): string {
    return this.get("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this.get("numberGroupSeparator");
  }
}

interface InsertWorksheetOptions {
  sheetNamesToInsert?: string[];
  positionType?: "None" | "Before" | "After" | "Beginning" | "End";
  relativeTo?: string | EWorksheet;
}

/**
 * Excel names a sheet that arrives beside one of the same name as its Move or Copy does: "Sales (2)",
 * "Sales (3)"… (the insertWorksheetsFromBase64 page does not say; the code reading the result
 * must go by the returned IDs, never by names).
 */
function freeName(state: WorkbookState, name: string): string {
  if (!state.findSheet(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!state.findSheet(candidate)) return candidate;
  }
}

/**
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13, checked by the requirement-set guard):
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 * and Excel.InsertWorksheetOptions
 * (https://learn.microsoft.com/javascript/api/excel/excel.insertworksheetoptions). As documented:
 * the base64 of an .xlsx only; `sheetNamesToInsert` empty or left out inserts every sheet; the
 * default position is "End"; "Before"/"After" go by `relativeTo` (a sheet or its name or ID), and
 * without it at the start or the end; the result is the new sheets' IDs, readable after the sync.
 * Stricter where the page is silent: a name in `sheetNamesToInsert` the file lacks, a `relativeTo`
 * sheet that does not exist, and "None" are refused. The base64 text counts towards the 5 MB request.
 */
function insertWorksheets(
  ctx: Context,
  base64File: string,
  options: InsertWorksheetOptions
): { readonly value: string[] } {
  let ids: string[] | null = null;
  const outcome: { source?: SourceWorkbook; error?: unknown } = {};
  ctx.startWork(
    readBase64Workbook(base64File).then(
      (source) => (outcome.source = source),
      (error: unknown) => (outcome.error = error)
    )
  );
  const position = options.positionType ?? "End";
  const relativeTo = options.relativeTo;
  ctx.enqueue(
    () => {
      refuseOnPlatform(ctx, outcome.source);
      if (outcome.error) throw outcome.error;
      const state = ctx.state;
      const source = outcome.source?.sheets ?? [];
      const wanted = options.sheetNamesToInsert ?? [];
      for (const name of wanted)
        if (!source.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new ExcelError("ItemNotFound", `The source workbook has no sheet '${name}'.`);
      if (position === "None")
        throw new ExcelError("InvalidArgument", "positionType None does not place the sheets.");
      const anchor =
        relativeTo === undefined || relativeTo === null
          ? null
          : typeof relativeTo === "string"
            ? must(state.findSheet(relativeTo) ?? state.sheetById(relativeTo), "relativeTo")
            : relativeTo[SHEET]();
      let at =
        position === "Beginning" || (position === "Before" && !anchor)
          ? 0
          : position === "Before" && anchor
            ? state.positionOf(anchor)
            : position === "After" && anchor
              ? state.positionOf(anchor) + 1
              : state.sheets.length;
      const chosen = wanted.length
        ? source.filter((s) => wanted.some((n) => n.toLowerCase() === s.name.toLowerCase()))
        : source;
      ids = chosen.map((from) => {
        const sheet = state.addSheet(freeName(state, from.name));
        state.sheets.splice(state.sheets.indexOf(sheet), 1);
        state.sheets.splice(at++, 0, sheet);
        sheet.visibility = from.visibility;
        state.sheetsChanged();
        putCells(state, sheet, from);
        return sheet.id;
      });
      // office-js issue 3179: the sheets are in, and then the request fails.
      if (state.reported.insertThenFails)
        throw new ExcelError(
          "GeneralException",
          "There was an internal error while processing the request."
        );
      ctx.respond(ids);
    },
    { insertWorksheetsFromBase64: base64File, options: { ...options, relativeTo: undefined } }
  );
  return {
    get value(): string[] {
      if (!ids) throw notLoaded("value");
      return ids;
    },
  };
}

/**
 * What the platform refuses before anything is inserted. iPad: "This API is currently only supported
 * for Office on Windows, Mac, and the web" (the method's remarks in @types/office-js and on
 * learn.microsoft.com), while isSetSupported("ExcelApi", "1.13") answers true there (office-js
 * issue 6142); what iPad answers is not documented, so the emulator refuses with NotImplemented.
 * The web: "In Excel on the web, this API doesn't support inserting charts, comments, PivotTables,
 * or slicers" (same remarks); the error is UnsupportedFeature with the text office-js issue 4518
 * quotes, and nothing is inserted. Excel on the web has also been seen to insert a file and then
 * fail (office-js issues 3179, 2718): `state.reported.insertThenFails` does that (insertWorksheets).
 */
function refuseOnPlatform(ctx: Context, source: SourceWorkbook | undefined): void {
  if (ctx.platform === "ipad")
    throw new ExcelError(
      "NotImplemented",
      "insertWorksheetsFromBase64 is not implemented in Excel on iPad."
    );
  if (ctx.platform === "web" && source && source.unsupported.length)
    throw new ExcelError(
      "UnsupportedFeature",
      `The operation failed because the source contains one or more unsupported features. Features currently unsupported on this platform are Comment, Slicer, Chart, and PivotTable. (This file holds: ${source.unsupported.join(", ")}.)`
    );
}

/** A source sheet's cells, written as one grid: text stays text, numbers keep their formats. */
function putCells(state: WorkbookState, sheet: SheetState, from: SourceSheet): void {
  if (from.cells.length === 0) return;
  const rows = Math.max(...from.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...from.cells.map((c) => c.col)) + 1;
  const area = { row: 0, col: 0, rows, cols };
  const empty = <T>() => Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  const formats = empty<string>();
  const values = empty<string | number | boolean>();
  for (const cell of from.cells) {
    if (cell.numberFormat) formats[cell.row][cell.col] = cell.numberFormat;
    values[cell.row][cell.col] = typeof cell.value === "string" ? `'${cell.value}` : cell.value;
  }
  state.writeNumberFormats(sheet, area, formats);
  state.writeFormulas(sheet, area, values);
}
