// Excel.WorksheetCollection, Excel.Worksheet and the sheet's freeze panes and protection.
import { parseArea, splitSheet } from "../addresses";
import {
  protect as protectSheet,
  unprotect as unprotectSheet,
  type ProtectionOptions,
} from "../protection";
import { ExcelError, type SheetState } from "../workbook";
import { activateSheet, activationListeners, announceActivated } from "./activation";
import { EAutoFilter } from "./autoFilter";
import { EChartCollection } from "./chart";
import {
  ClientObject,
  IDENTITY,
  type Identity,
  type LoadOption,
  must,
  notLoaded,
  queueItemsLoad,
  SHEET,
  SheetPart,
  type SheetRef,
} from "./clientObject";
import type { Context } from "./context";
import { EPageLayout } from "./pageLayout";
import { ERange } from "./range";
import { ETableCollection } from "./table";

/** The sheets in tab order (only the visible ones when asked). */
function sheetsInOrder(ctx: Context, visibleOnly?: boolean): SheetState[] {
  return ctx.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
}

export class EWorksheetCollection extends ClientObject {
  protected readonly scalarProps = ["items"] as const;
  private itemProxies: EWorksheet[] | null = null;

  protected read(): unknown {
    return null;
  }

  override load(option?: LoadOption): this {
    queueItemsLoad(
      this.ctx,
      option,
      () =>
        this.ctx.state.sheets.map(
          (s) => new EWorksheet(this.ctx, () => this.ctx.state.sheetById(s.id))
        ),
      (items) => (this.itemProxies = items)
    );
    return this;
  }

  get items(): EWorksheet[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }

  add(name?: string): EWorksheet {
    let id: string | undefined;
    this.ctx.enqueue(
      () => {
        id = this.ctx.state.addSheet(name).id;
      },
      { add: name ?? null }
    );
    return new EWorksheet(this.ctx, () => (id ? this.ctx.state.sheetById(id) : undefined));
  }

  getItem(key: string): EWorksheet {
    return new EWorksheet(
      this.ctx,
      () => this.ctx.state.findSheet(key) ?? this.ctx.state.sheetById(key)
    );
  }

  getItemOrNullObject(key: string): EWorksheet {
    return new EWorksheet(
      this.ctx,
      () => this.ctx.state.findSheet(key) ?? this.ctx.state.sheetById(key),
      true
    );
  }

  getFirst(visibleOnly?: boolean): EWorksheet {
    return new EWorksheet(this.ctx, () => sheetsInOrder(this.ctx, visibleOnly)[0]);
  }

  /**
   * "Occurs when any worksheet in the workbook is activated" (ExcelApi 1.7):
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onactivated-member
   * The handler is registered at the next sync, as Office.js does, and called asynchronously.
   */
  get onActivated(): {
    add: (handler: (args: Excel.WorksheetActivatedEventArgs) => Promise<unknown>) => {
      context: Context;
      remove: () => void;
    };
  } {
    this.ctx.requires("1.7", "worksheets.onActivated");
    const listeners = activationListeners(this.ctx.state);
    return {
      add: (handler) => {
        this.ctx.enqueue(() => listeners.add(handler), { onActivated: "add" });
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.enqueue(() => listeners.delete(handler), { onActivated: "remove" }),
        };
      },
    };
  }

  /**
   * The active worksheet. While a chart sheet is active there is none, and Excel fails the request
   * with a RichApi.Error (office-js issue 2444, desktop on Windows and Mac; the issue names no code,
   * the emulator answers GeneralException).
   */
  getActiveWorksheet(): EWorksheet {
    return new EWorksheet(this.ctx, () => {
      const state = this.ctx.state;
      if (state.activeChartSheet !== null)
        throw new ExcelError(
          "GeneralException",
          `There was an internal error while processing the request (the active sheet, '${state.activeChartSheet}', is a chart sheet).`
        );
      return state.sheetById(state.activeSheetId ?? "");
    });
  }

  getCount(): { value: number } {
    const result = { value: 0 };
    this.ctx.enqueue(
      () => {
        result.value = this.ctx.state.sheets.length;
      },
      { getCount: true }
    );
    return result;
  }
}

export class EWorksheet extends ClientObject {
  protected readonly scalarProps = ["name", "id", "position", "visibility"] as const;
  readonly freezePanes: EFreezePanes;
  readonly tables: ETableCollection;
  readonly charts: EChartCollection;
  readonly protection: EWorksheetProtection;
  readonly autoFilter: EAutoFilter;
  readonly pageLayout: EPageLayout;

  constructor(
    ctx: Context,
    private readonly ref: SheetRef,
    private readonly orNull = false
  ) {
    super(ctx);
    this.freezePanes = new EFreezePanes(ctx, () => this[SHEET]());
    this.tables = new ETableCollection(ctx, () => this[SHEET]());
    this.charts = new EChartCollection(ctx, () => this[SHEET]());
    this.protection = new EWorksheetProtection(ctx, () => this[SHEET]());
    this.autoFilter = new EAutoFilter(ctx, () => this[SHEET]());
    this.pageLayout = new EPageLayout(ctx, () => this[SHEET]());
    if (orNull) this.trackNull();
  }

  protected override isMissing(): boolean {
    return this.orNull && this.ref() === undefined;
  }

  /** The sheet this proxy stands for, or Excel's ItemNotFound. */
  [SHEET](): SheetState {
    return must(this.ref(), "worksheet");
  }

  override [IDENTITY](): Identity {
    return this[SHEET]().id;
  }

  protected read(prop: string): unknown {
    const sheet = this[SHEET]();
    switch (prop) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.ctx.state.positionOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue(() => this.ctx.state.renameSheet(this[SHEET](), value), { name: value });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.ctx.enqueue(
      () => {
        const sheets = this.ctx.state.sheets;
        const sheet = this[SHEET]();
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, sheet);
        this.ctx.state.sheetsChanged();
      },
      { position: value }
    );
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]" (Worksheet.visibility,
    // @types/office-js and learn.microsoft.com/javascript/api/excel/excel.worksheet#visibility).
    this.ctx.requires("1.2", "worksheet.visibility (set)");
    this.ctx.enqueue(
      () => {
        this[SHEET]().visibility = value;
        this.ctx.state.sheetsChanged();
      },
      { visibility: value }
    );
  }

  activate(): void {
    this.ctx.enqueue(() => activateSheet(this.ctx.state, this[SHEET]().id), { activate: true });
  }

  /**
   * Excel refuses to delete a very hidden sheet, by design: "if you want to delete a very hidden you
   * need to change its visibility to either hidden or visible and then delete it" (office-js issue
   * 365, where the error met is GeneralException; OfficeDev/office-js-docs-pr pull request 754
   * added the note to the worksheets article).
   */
  delete(): void {
    this.ctx.enqueue(
      () => {
        const sheet = this[SHEET]();
        if (sheet.visibility === "VeryHidden")
          throw new ExcelError(
            "GeneralException",
            `There was an internal error while processing the request (a very hidden sheet, '${sheet.name}', cannot be deleted: make it hidden or visible first).`
          );
        this.ctx.state.deleteSheet(sheet);
      },
      { delete: true }
    );
  }

  getRange(address?: string): ERange {
    const text = address ?? "A:XFD";
    return new ERange(
      this.ctx,
      () => this[SHEET](),
      () => {
        const { sheet, cells } = splitSheet(text);
        const area = parseArea(cells);
        if (!area || (sheet !== null && sheet.toLowerCase() !== this[SHEET]().name.toLowerCase())) {
          throw new ExcelError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format (address '${text}').`
          );
        }
        return area;
      }
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): ERange {
    return new ERange(
      this.ctx,
      () => this[SHEET](),
      () => {
        const area = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
        if (
          [startRow, startColumn].some((n) => !Number.isInteger(n) || n < 0) ||
          rowCount < 1 ||
          columnCount < 1
        ) {
          throw new ExcelError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format (indexes)."
          );
        }
        return area;
      }
    );
  }

  getCell(row: number, column: number): ERange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): ERange {
    if (valuesOnly !== undefined) this.ctx.requires("1.2", "getUsedRange(valuesOnly)");
    // An empty sheet's used range is A1.
    return new ERange(
      this.ctx,
      () => this[SHEET](),
      () =>
        this.ctx.state.usedArea(this[SHEET](), Boolean(valuesOnly)) ?? {
          row: 0,
          col: 0,
          rows: 1,
          cols: 1,
        }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): ERange {
    return new ERange(
      this.ctx,
      () => this[SHEET](),
      () => {
        // On a null worksheet the range is a null object too, as in Office.js.
        const sheet = this.ref();
        return sheet ? this.ctx.state.usedArea(sheet, Boolean(valuesOnly)) : null;
      },
      true
    );
  }

  getNextOrNullObject(visibleOnly?: boolean): EWorksheet {
    return new EWorksheet(
      this.ctx,
      () => {
        const sheet = this.ref();
        if (!sheet) return undefined;
        // by position, not by searching the tab list: a walk over many tabs stays linear
        const sheets = this.ctx.state.sheets;
        for (let i = this.ctx.state.positionOf(sheet) + 1; i < sheets.length; i++)
          if (!visibleOnly || sheets[i].visibility === "Visible") return sheets[i];
        return undefined;
      },
      true
    );
  }
}

/**
 * Sets a sheet's frozen rows and columns. On a sheet that is not the active one Excel raises that
 * sheet's activated event (announceActivated; office-js issue 3148).
 */
function freeze(ctx: Context, sheet: () => SheetState, rows: number, columns: number): void {
  const s = sheet();
  s.frozenRows = rows;
  s.frozenColumns = columns;
  if (ctx.state.activeSheetId !== s.id) announceActivated(ctx.state, s.id);
}

export class EFreezePanes extends SheetPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  freezeRows(count = 1): void {
    this.ctx.enqueue(() => freeze(this.ctx, this.sheet, count, 0), { freezeRows: count });
  }
  freezeColumns(count = 1): void {
    this.ctx.enqueue(() => freeze(this.ctx, this.sheet, 0, count), { freezeColumns: count });
  }
  unfreeze(): void {
    this.ctx.enqueue(() => freeze(this.ctx, this.sheet, 0, 0), { unfreeze: true });
  }
}

/**
 * Excel.WorksheetProtection (ExcelApi 1.2; a password from 1.7): emulator/protection.ts holds
 * what protecting allows and refuses.
 */
export class EWorksheetProtection extends SheetPart {
  protected readonly scalarProps = ["protected", "options"] as const;
  protected read(prop: string): unknown {
    const sheet = this.sheet();
    return prop === "options" ? { ...sheet.protection.options } : sheet.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): ProtectionOptions {
    return this.get("options");
  }
  protect(options?: ProtectionOptions, password?: string): void {
    this.ctx.enqueue(() => protectSheet(this.sheet(), options, password), {
      protect: [options ?? null, password ?? null],
    });
  }
  unprotect(password?: string): void {
    this.ctx.enqueue(() => unprotectSheet(this.sheet(), password), {
      unprotect: [password ?? null],
    });
  }
}
