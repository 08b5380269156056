// Excel.ConditionalFormatCollection: conditional formats recorded as the add-in sets them.
import type { Area } from "../addresses";
import { AREA, RangePart, SHEET } from "./clientObject";
import { requestBytes } from "./payload";

export class EConditionalFormatCollection extends RangePart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  /**
   * Adds a conditional format. The returned object records whatever the add-in sets on it
   * (custom.rule.formula, custom.format.fill.color, dataBar.barDirection…) as plain settings.
   */
  add(type: string): { type: string; settings: Record<string, unknown> } & Record<string, unknown> {
    const settings: Record<string, unknown> = {};
    this.ctx.enqueue(
      () =>
        this.range[SHEET]().conditionalFormats.push({ area: this.range[AREA](), type, settings }),
      { addConditionalFormat: type }
    );
    const recorder = (path: string[]): Record<string, unknown> =>
      new Proxy({} as Record<string, unknown>, {
        get: (_, name: string | symbol) =>
          typeof name !== "string"
            ? undefined
            : path.length === 0 && name === "type"
              ? type
              : path.length === 0 && name === "settings"
                ? settings
                : recorder([...path, name]),
        set: (_, name: string, value) => {
          settings[[...path, name].join(".")] = value;
          this.ctx.addRequestBytes(requestBytes(value));
          return true;
        },
      });
    return recorder([]) as { type: string; settings: Record<string, unknown> } & Record<
      string,
      unknown
    >;
  }
  clearAll(): void {
    this.ctx.enqueue(
      () => {
        const a = this.range[AREA]();
        const sheet = this.range[SHEET]();
        const inside = (b: Area) =>
          b.row >= a.row &&
          b.col >= a.col &&
          b.row + b.rows <= a.row + a.rows &&
          b.col + b.cols <= a.col + a.cols;
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !inside(cf.area));
      },
      { clearConditionalFormats: true }
    );
  }
}
