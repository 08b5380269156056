// Excel.PageLayout, Excel.HeaderFooterGroup and Excel.HeaderFooter: a sheet's print setup.
import { type Area, parseArea, splitSheet } from "../addresses";
import { ExcelError, type PrintState, type SheetState } from "../workbook";
import { AREA, SheetPart } from "./clientObject";
import type { Context } from "./context";
import type { ERange } from "./range";

/** The page margins Excel.PageLayout names (leftMargin…), in points. */
const MARGINS = ["left", "right", "top", "bottom", "header", "footer"] as const;

/**
 * A sheet's print setup (ExcelApi 1.9, the members checked against @types/office-js like all others):
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout — orientation, zoom (fit to
 * pages), the first page number, the margins, setPrintTitleRows and setPrintTitleColumns,
 * setPrintArea, and headersFooters for the footer.
 */
export class EPageLayout extends SheetPart {
  protected readonly scalarProps = [
    "orientation",
    "zoom",
    "firstPageNumber",
    ...MARGINS.map((m) => `${m}Margin` as const),
  ] as const;
  readonly headersFooters: EHeaderFooterGroup;
  constructor(ctx: Context, sheet: () => SheetState) {
    super(ctx, sheet);
    this.headersFooters = new EHeaderFooterGroup(ctx, sheet);
  }
  protected read(prop: string): unknown {
    const print = this.sheet().print;
    if (prop === "orientation") return print.orientation;
    if (prop === "zoom") return { ...print.zoom };
    // Unset, the first page number is automatic (""), as in a new workbook.
    if (prop === "firstPageNumber") return print.firstPageNumber ?? "";
    // Excel's "Normal" margins: 0.7 in left and right, 0.75 top and bottom, 0.3 header and footer.
    const margin = prop.replace(/Margin$/, "") as (typeof MARGINS)[number];
    const normal = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
    return print.margins?.[margin] ?? normal[margin];
  }
  /** "" (automatic: on from the sheet before) or a number. */
  get firstPageNumber(): number | "" {
    return this.get("firstPageNumber");
  }
  set firstPageNumber(value: number | "") {
    if (value !== "" && !(Number.isInteger(value) && value >= 0))
      throw new ExcelError("InvalidArgument", `First page number '${value}' is not valid.`);
    this.ctx.enqueue(() => (this.sheet().print.firstPageNumber = value), {
      firstPageNumber: value,
    });
  }
  private setMargin(margin: (typeof MARGINS)[number], points: number): void {
    if (!(points >= 0)) throw new ExcelError("InvalidArgument", `Margin '${points}' is not valid.`);
    this.ctx.enqueue(
      () => {
        const print = this.sheet().print;
        print.margins = { ...print.margins, [margin]: points };
      },
      { [`${margin}Margin`]: points }
    );
  }
  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set leftMargin(points: number) {
    this.setMargin("left", points);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set rightMargin(points: number) {
    this.setMargin("right", points);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set topMargin(points: number) {
    this.setMargin("top", points);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set bottomMargin(points: number) {
    this.setMargin("bottom", points);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set headerMargin(points: number) {
    this.setMargin("header", points);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  set footerMargin(points: number) {
    this.setMargin("footer", points);
  }
  /** Columns to repeat at the left of each page, e.g. "$A:$A" (a column range address). */
  setPrintTitleColumns(columns: string): void {
    if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns))
      throw new ExcelError(
        "InvalidArgument",
        `Print title columns '${columns}' are not a column range.`
      );
    this.ctx.enqueue(() => (this.sheet().print.titleColumns = columns), {
      setPrintTitleColumns: columns,
    });
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(value: string) {
    if (value !== "Portrait" && value !== "Landscape")
      throw new ExcelError(
        "InvalidArgument",
        `Orientation '${value}' is not Portrait or Landscape.`
      );
    this.ctx.enqueue(() => (this.sheet().print.orientation = value), { orientation: value });
  }
  get zoom(): PrintState["zoom"] {
    return this.get("zoom");
  }
  /**
   * A scale (10 to 400, PageLayoutZoomOptions) or a fit to pages, the one replacing the other. With
   * `reported.fitWaitsForPageLayoutTab` a fit is recorded but not applied (office-js issue 1860:
   * "Scale to Fit > Width does not get set" unless the Page Layout tab is open; `{ scale: 200 }` is).
   */
  set zoom(value: PrintState["zoom"]) {
    const { scale } = value;
    if (scale !== undefined && scale !== null && !(scale >= 10 && scale <= 400))
      throw new ExcelError("InvalidArgument", `Print scale '${scale}' is not between 10 and 400.`);
    const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
    this.ctx.enqueue(
      () => {
        const print = this.sheet().print;
        if (fit && this.ctx.state.reported.fitWaitsForPageLayoutTab) {
          print.fitPending = { ...value };
          return;
        }
        print.zoom = { ...value };
        print.fitPending = null;
      },
      { zoom: value }
    );
  }
  /** Rows to repeat on each page, e.g. "$1:$3" (a row range address). */
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows))
      throw new ExcelError("InvalidArgument", `Print title rows '${rows}' are not a row range.`);
    this.ctx.enqueue(() => (this.sheet().print.titleRows = rows), { setPrintTitleRows: rows });
  }
  setPrintArea(range: ERange | string): void {
    this.ctx.enqueue(
      () => {
        this.sheet().print.area =
          typeof range === "string" ? (parseArea(splitSheet(range).cells) as Area) : range[AREA]();
      },
      { setPrintArea: typeof range === "string" ? range : "range" }
    );
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.headerfootergroup (ExcelApi 1.9). */
export class EHeaderFooterGroup extends SheetPart {
  protected readonly scalarProps = [] as const;
  readonly defaultForAllPages: EHeaderFooter;
  constructor(ctx: Context, sheet: () => SheetState) {
    super(ctx, sheet);
    this.defaultForAllPages = new EHeaderFooter(ctx, sheet);
  }
  protected read(): unknown {
    return null;
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.headerfooter (ExcelApi 1.9): the footer's middle. */
export class EHeaderFooter extends SheetPart {
  protected readonly scalarProps = ["centerFooter"] as const;
  protected read(): unknown {
    return this.sheet().print.centerFooter;
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(value: string) {
    this.ctx.enqueue(() => (this.sheet().print.centerFooter = value), { centerFooter: value });
  }
}
