// Excel.TableCollection and Excel.Table.
import { type Area, parseArea, splitSheet } from "../addresses";
import { ExcelError, type SheetState, type TableState } from "../workbook";
import {
  AREA,
  ClientObject,
  IDENTITY,
  type Identity,
  type LoadOption,
  must,
  notLoaded,
  queueItemsLoad,
  SHEET,
} from "./clientObject";
import type { Context } from "./context";
import { ERange } from "./range";

/** The tables of one sheet (or, for the workbook's collection, of every sheet), in order. */
function tablesOf(ctx: Context, sheet: SheetState | undefined | null): TableState[] {
  return sheet === null ? ctx.state.sheets.flatMap((s) => s.tables) : (sheet?.tables ?? []);
}

export class ETableCollection extends ClientObject {
  protected readonly scalarProps = ["items"] as const;
  private itemProxies: ETable[] | null = null;
  constructor(
    ctx: Context,
    /** The sheet, or undefined for the workbook's own collection. */
    private readonly sheet: () => SheetState | undefined,
    private readonly workbookWide = false
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return null;
  }
  override load(option?: LoadOption): this {
    // A null worksheet's collection is empty, as its used range is a null object.
    queueItemsLoad(
      this.ctx,
      option,
      () =>
        tablesOf(this.ctx, this.workbookWide ? null : this.sheetOrNone()).map((t) =>
          this.proxyFor(() => t.id)
        ),
      (items) => (this.itemProxies = items)
    );
    return this;
  }
  private sheetOrNone(): SheetState | undefined {
    try {
      return this.sheet();
    } catch {
      return undefined;
    }
  }
  private proxyFor(id: () => string | undefined): ETable {
    return new ETable(this.ctx, () => {
      for (const s of this.ctx.state.sheets) {
        const t = s.tables.find((x) => x.id === id());
        if (t) return { sheet: s, table: t };
      }
      return undefined;
    });
  }
  get items(): ETable[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }
  getItem(key: string): ETable {
    return new ETable(this.ctx, () => {
      for (const s of this.ctx.state.sheets) {
        if (!this.workbookWide && s !== this.sheetOrNone()) continue;
        const t = s.tables.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
        if (t) return { sheet: s, table: t };
      }
      return undefined;
    });
  }
  add(address: string | ERange, hasHeaders: boolean): ETable {
    let id: string | undefined;
    this.ctx.enqueue(
      () => {
        const state = this.ctx.state;
        let sheet: SheetState;
        let area: Area;
        if (typeof address === "string") {
          const { sheet: name, cells } = splitSheet(address);
          sheet = must(name ? state.findSheet(name) : this.sheet(), "worksheet");
          const parsed = parseArea(cells);
          if (!parsed)
            throw new ExcelError("InvalidArgument", `Invalid table address '${address}'.`);
          area = parsed;
        } else {
          sheet = address[SHEET]();
          area = address[AREA]();
        }
        const overlaps = (b: Area) => a1Overlap(area, b);
        if (sheet.tables.some((t) => overlaps(t.area)))
          throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
        const all = state.sheets.flatMap((s) => s.tables);
        let n = all.length + 1;
        while (all.some((t) => t.name === `Table${n}`)) n++;
        id = state.newId("table");
        sheet.tables.push({ id, name: `Table${n}`, area, hasHeaders, style: "TableStyleMedium2" });
      },
      { addTable: typeof address === "string" ? address : "range", hasHeaders }
    );
    return this.proxyFor(() => id);
  }
}

export function a1Overlap(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

type TableRef = () => { sheet: SheetState; table: SheetState["tables"][number] } | undefined;

export class ETable extends ClientObject {
  protected readonly scalarProps = ["name", "id", "style"] as const;
  constructor(
    ctx: Context,
    private readonly ref: TableRef
  ) {
    super(ctx);
  }
  private found() {
    const f = this.ref();
    if (!f) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (table).");
    return f;
  }
  override [IDENTITY](): Identity {
    return this.found().table.id;
  }
  protected read(prop: string): unknown {
    const { table } = this.found();
    return prop === "name" ? table.name : prop === "id" ? table.id : table.style;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue(
      () => {
        if (!/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(value) || value.length > 255) {
          throw new ExcelError("InvalidArgument", `'${value}' is not a valid table name.`);
        }
        const clash = this.ctx.state.sheets
          .flatMap((s) => s.tables)
          .find((t) => t.name.toLowerCase() === value.toLowerCase());
        const { table } = this.found();
        if (clash && clash !== table)
          throw new ExcelError("InvalidArgument", `A table named '${value}' already exists.`);
        table.name = value;
      },
      { name: value }
    );
  }
  get id(): string {
    return this.get("id");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.ctx.enqueue(
      () => {
        this.found().table.style = value;
      },
      { style: value }
    );
  }
  getRange(): ERange {
    return new ERange(
      this.ctx,
      () => this.found().sheet,
      () => this.found().table.area
    );
  }
  /** The table goes; its cells, values, formulas and formats stay as a plain range. */
  convertToRange(): ERange {
    let area: Area | null = null;
    let sheet: SheetState | undefined;
    this.ctx.enqueue(
      () => {
        const found = this.found();
        area = found.table.area;
        sheet = found.sheet;
        found.sheet.tables = found.sheet.tables.filter((t) => t !== found.table);
      },
      { convertToRange: true }
    );
    return new ERange(
      this.ctx,
      () => sheet,
      () => area
    );
  }
}
