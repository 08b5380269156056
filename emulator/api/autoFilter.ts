// Excel.AutoFilter: the filter buttons of a sheet.
import { type Area, parseArea, splitSheet } from "../addresses";
import { ExcelError } from "../workbook";
import { AREA, SheetPart } from "./clientObject";
import type { ERange } from "./range";
import { a1Overlap } from "./table";

/** Filter buttons on a sheet (one AutoFilter per sheet, ExcelApi 1.9). */
export class EAutoFilter extends SheetPart {
  protected readonly scalarProps = ["enabled"] as const;
  protected read(): unknown {
    return this.sheet().autoFilter !== null;
  }
  get enabled(): boolean {
    return this.get("enabled");
  }
  apply(range: ERange | string): void {
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        const area =
          typeof range === "string" ? (parseArea(splitSheet(range).cells) as Area) : range[AREA]();
        if (sheet.tables.some((t) => a1Overlap(t.area, area)))
          throw new ExcelError("InvalidOperation", "A table already has its own filter here.");
        sheet.autoFilter = area;
      },
      { applyAutoFilter: typeof range === "string" ? range : "range" }
    );
  }
  remove(): void {
    this.ctx.enqueue(() => (this.sheet().autoFilter = null), { removeAutoFilter: true });
  }
}
