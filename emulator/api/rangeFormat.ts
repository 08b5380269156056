// Excel.RangeFormat and its fill, font and borders: style members kept per cell.
import { checkFormat, isLocked, setLocked } from "../protection";
import type { CellStyle } from "../workbook";
import { AREA, RangePart, SHEET, STYLE, TOP_LEFT_STYLE } from "./clientObject";
import type { Context } from "./context";
import type { ERange } from "./range";

// Symbol keys: not members Office.js has (the shape check in emulator/excel.ts holds).
const READ_MEMBER = Symbol("readMember");
const WRITE_MEMBER = Symbol("writeMember");

/** A member that reads and writes one field of the cells' style, and what it reads when unset. */
type StyleMember = { field: keyof CellStyle; unset: unknown };

/**
 * Style members as a table (one entry per member) instead of a getter/setter pair each: reading
 * gives the top-left cell's field (as Excel reports a range's format), writing sets it on every cell.
 */
function styleMembers(cls: { prototype: object }, table: Record<string, StyleMember>): void {
  for (const [name, { field }] of Object.entries(table))
    Object.defineProperty(cls.prototype, name, {
      get(this: StylePart) {
        return this[READ_MEMBER](name);
      },
      set(this: StylePart, value: unknown) {
        this[WRITE_MEMBER](field, value);
      },
      configurable: true,
    });
}

abstract class StylePart extends RangePart {
  protected abstract readonly styles: Record<string, StyleMember>;
  protected read(prop: string): unknown {
    const member = this.styles[prop];
    return this.range[TOP_LEFT_STYLE]()[member.field] ?? member.unset;
  }
  [READ_MEMBER](name: string): unknown {
    return this.get(name);
  }
  [WRITE_MEMBER](field: keyof CellStyle, value: unknown): void {
    this.range[STYLE]({ [field]: value });
  }
}

const FORMAT_STYLES: Record<string, StyleMember> = {
  wrapText: { field: "wrapText", unset: false },
  horizontalAlignment: { field: "horizontalAlignment", unset: "General" },
  verticalAlignment: { field: "verticalAlignment", unset: "Bottom" },
  indentLevel: { field: "indentLevel", unset: 0 },
};

export class ERangeFormat extends StylePart {
  protected readonly scalarProps = [
    "columnWidth",
    "rowHeight",
    ...Object.keys(FORMAT_STYLES),
  ] as const;
  protected readonly styles = FORMAT_STYLES;
  readonly fill: ERangeFill;
  readonly font: ERangeFont;
  readonly borders: ERangeBorderCollection;
  readonly protection: EFormatProtection;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare indentLevel: number;

  constructor(ctx: Context, range: ERange) {
    super(ctx, range);
    this.fill = new ERangeFill(ctx, range);
    this.font = new ERangeFont(ctx, range);
    this.borders = new ERangeBorderCollection(ctx, range);
    this.protection = new EFormatProtection(ctx, range);
  }

  protected override read(prop: string): unknown {
    const a = this.range[AREA]();
    // Excel's defaults, in points: 48 wide, 15 tall (Calibri 11).
    if (prop === "columnWidth") return this.range[SHEET]().columnWidths.get(a.col) ?? 48;
    if (prop === "rowHeight") return this.range[SHEET]().rowHeights.get(a.row) ?? 15;
    return super.read(prop);
  }

  /**
   * The rows' height in points (ExcelApi 1.2):
   * https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member
   */
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(
      () => {
        const a = this.range[AREA]();
        const sheet = this.range[SHEET]();
        checkFormat(sheet, "rows");
        for (let r = a.row; r < a.row + a.rows; r++) sheet.rowHeights.set(r, points);
      },
      { rowHeight: points }
    );
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(
      () => {
        const a = this.range[AREA]();
        const sheet = this.range[SHEET]();
        checkFormat(sheet, "columns");
        for (let c = a.col; c < a.col + a.cols; c++) sheet.columnWidths.set(c, points);
      },
      { columnWidth: points }
    );
  }
  autofitColumns(): void {
    this.ctx.enqueue(() => undefined, { autofitColumns: true });
  }
}

styleMembers(ERangeFormat, FORMAT_STYLES);

const FILL_STYLES: Record<string, StyleMember> = { color: { field: "fill", unset: "#FFFFFF" } };

export class ERangeFill extends StylePart {
  protected readonly scalarProps = ["color"] as const;
  protected readonly styles = FILL_STYLES;
  declare color: string;
  clear(): void {
    this.range[STYLE]({ fill: undefined });
  }
}

styleMembers(ERangeFill, FILL_STYLES);

/** A range's borders; the emulator keeps the left edge (what the add-in draws). */
export class ERangeBorderCollection extends RangePart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  getItem(index: string): ERangeBorder {
    return new ERangeBorder(this.ctx, this.range, index);
  }
}

export class ERangeBorder extends RangePart {
  protected readonly scalarProps = ["style", "color"] as const;
  constructor(
    ctx: Context,
    range: ERange,
    private readonly side: string
  ) {
    super(ctx, range);
    if (side !== "EdgeLeft") throw new Error(`The emulator draws left edges only, not ${side}`);
  }
  protected read(prop: string): unknown {
    const left = this.range[TOP_LEFT_STYLE]().borderLeft;
    return prop === "style" ? (left ? "Continuous" : "None") : (left ?? "#000000");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.range[STYLE]({ borderLeft: value === "None" ? undefined : "#000000" });
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.range[STYLE]({ borderLeft: value });
  }
}

const FONT_STYLES: Record<string, StyleMember> = {
  bold: { field: "bold", unset: false },
  italic: { field: "italic", unset: false },
  color: { field: "fontColor", unset: "#000000" },
  size: { field: "fontSize", unset: 11 },
};

export class ERangeFont extends StylePart {
  protected readonly scalarProps = Object.keys(FONT_STYLES) as readonly string[];
  protected readonly styles = FONT_STYLES;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
}

styleMembers(ERangeFont, FONT_STYLES);

/**
 * Excel.FormatProtection (ExcelApi 1.2): whether the range's cells are locked, which counts once
 * the sheet is protected (emulator/protection.ts). Reading gives null where some are and some are
 * not, as Excel reads a format that differs across a range.
 */
export class EFormatProtection extends RangePart {
  protected readonly scalarProps = ["locked"] as const;
  protected read(): unknown {
    const a = this.range[AREA]();
    const sheet = this.range[SHEET]();
    const first = isLocked(sheet, a.row, a.col);
    // a few corners and the middle: enough for the ranges tests read (whole columns or cells)
    const probes: [number, number][] = [
      [a.row + a.rows - 1, a.col],
      [a.row, a.col + a.cols - 1],
      [a.row + a.rows - 1, a.col + a.cols - 1],
      [a.row + (a.rows >> 1), a.col + (a.cols >> 1)],
    ];
    return probes.every(([r, c]) => isLocked(sheet, r, c) === first) ? first : null;
  }
  get locked(): boolean {
    return this.get("locked");
  }
  set locked(value: boolean) {
    this.ctx.enqueue(() => setLocked(this.range[SHEET](), this.range[AREA](), Boolean(value)), {
      locked: value,
    });
  }
}
