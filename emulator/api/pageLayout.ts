// Excel.PageLayout, Excel.HeaderFooterGroup and Excel.HeaderFooter: a sheet's print setup.
import { type Area, parseArea, splitSheet } from "../addresses";
import { ExcelError, type PrintState, type SheetState } from "../workbook";
import { AREA, SheetPart } from "./clientObject";
import type { Context } from "./context";
import type { ERange } from "./range";

/**
 * A sheet's print setup (ExcelApi 1.9, the members checked against @types/office-js like all others):
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout — orientation, zoom (fit to
 * pages), setPrintTitleRows, setPrintArea, and headersFooters for the footer.
 */
export class EPageLayout extends SheetPart {
  protected readonly scalarProps = ["orientation", "zoom"] as const;
  readonly headersFooters: EHeaderFooterGroup;
  constructor(ctx: Context, sheet: () => SheetState) {
    super(ctx, sheet);
    this.headersFooters = new EHeaderFooterGroup(ctx, sheet);
  }
  protected read(prop: string): unknown {
    const print = this.sheet().print;
    return prop === "orientation" ? print.orientation : { ...print.zoom };
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
  set zoom(value: PrintState["zoom"]) {
    this.ctx.enqueue(() => (this.sheet().print.zoom = { ...value }), { zoom: value });
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
