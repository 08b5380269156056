// The part of the Excel JavaScript API the add-in uses, emulated in memory over WorkbookState:
// proxies queue their work, `context.sync()` runs it in order, and reading a property that was not
// loaded and synced throws as Excel does. Every run counts its syncs, proxies and request bytes.
import { type Area, areaAddress, parseArea, quoteSheet, splitSheet } from "./addresses";
import { apiSets, versionAtMost } from "./apiSets";
import { utf8Length } from "../src/domain/reading/utf8";
import { shiftFormula } from "./conditionalFormats";
import { readBase64Workbook, type SourceSheet } from "./insertSheets";
import {
  type CellStyle,
  type ChartState,
  ExcelError,
  type SheetState,
  type TableState,
  WorkbookState,
  type PrintState,
} from "./workbook";

export { versionAtMost } from "./apiSets";

export interface RunStats {
  syncs: number;
  proxies: number;
  payloadBytes: number;
  /** The largest single request (what Excel on the web limits to 5 MB). */
  maxRequestBytes: number;
  /** The largest response delivered (limited to 5 MB as well). */
  maxResponseBytes: number;
  /** Round trips whose response passed 5 MB and was refused. */
  refusedResponses: number;
}

/**
 * Excel on the web refuses a request, and fails a response, over 5 MB ("Excel add-ins: resource
 * limits and performance optimization", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). Counted as UTF-8 bytes of the JSON.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Members the emulator's objects use among themselves; symbols, so they are not part of the API shape. */
export const SHEET = Symbol("sheet");
export const AREA = Symbol("area");
const STYLE = Symbol("style");
const TOP_LEFT_STYLE = Symbol("topLeftStyle");
const PRELOAD = Symbol("preload");

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function loadList(option: LoadOption): string[] {
  const raw =
    typeof option === "object" && option !== null && !Array.isArray(option)
      ? option.select
      : option;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  return list.map((p) => p.trim()).filter(Boolean);
}

/**
 * A collection's load ("items", or "items/name, items/position"): `make` builds its items when the
 * load runs, each with the item properties asked for loaded, and `done` keeps them.
 */
function queueItemsLoad<T extends ClientObject>(
  ctx: Context,
  option: LoadOption,
  make: () => T[],
  done: (items: T[]) => void
): void {
  const list = loadList(option);
  const props = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
  ctx.enqueue(
    () => {
      const items = make();
      for (const item of items) item[PRELOAD](props.length ? props : undefined);
      done(items);
      ctx.respond(items.map((item) => item.toJSON()));
    },
    { load: list }
  );
}

/** UTF-8 length of a request's (or response's) JSON, as Excel on the web counts it. */
export function requestBytes(request: unknown): number {
  return utf8Length(JSON.stringify(request) ?? "");
}

function notLoaded(prop: string): ExcelError {
  return new ExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export class Context {
  readonly stats: RunStats = {
    syncs: 0,
    proxies: 0,
    payloadBytes: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    refusedResponses: 0,
  };
  /** What the queued loads return, counted after they run: the response of this sync. */
  private responses: unknown[] = [];
  /** Request bytes queued since the last sync. */
  private pendingBytes = 0;
  private countBytes(bytes: number): void {
    this.stats.payloadBytes += bytes;
    this.pendingBytes += bytes;
  }
  private queue: (() => void)[] = [];
  /** Work a queued call started at once (reading a file) that its op needs when the sync runs. */
  private started: Promise<unknown>[] = [];
  readonly workbook: EWorkbook;
  /** Office.js lets code keep objects across syncs with trackedObjects; nothing to do in memory. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly state: WorkbookState,
    readonly apiVersion = "1.12"
  ) {
    this.workbook = new EWorkbook(this);
  }

  /** Office.js throws ApiNotFound when code calls a member its host's ExcelApi level lacks. */
  requires(version: string, member: string): void {
    if (!versionAtMost(version, this.apiVersion)) {
      throw new ExcelError(
        "ApiNotFound",
        `${member} needs ExcelApi ${version}; this host has ${this.apiVersion}.`
      );
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Lets the next sync wait for work a call started (its queued op then uses the outcome). */
  startWork(work: Promise<unknown>): void {
    this.started.push(work);
  }

  enqueue(op: () => void, request: unknown): void {
    this.queue.push(op);
    // The request Office.js would send for this call, as JSON; large writes dominate it.
    this.countBytes(requestBytes(request));
  }

  /** Bytes a proxy adds to the request being built (settings recorded outside `enqueue`). */
  addRequestBytes(bytes: number): void {
    this.countBytes(bytes);
  }

  /** A loaded value, part of the response of the sync being run. */
  respond(payload: unknown): void {
    this.responses.push(payload);
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    const request = this.pendingBytes;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    this.pendingBytes = 0;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip is asynchronous, even in memory
    const started = this.started;
    this.started = [];
    await Promise.allSettled(started);
    if (request > PAYLOAD_LIMIT_BYTES) {
      throw new ExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${request} bytes).`
      );
    }
    this.responses = [];
    // Excel runs a batch in order and stops at the first failure; earlier work stays done.
    for (const op of ops) op();
    const response = requestBytes(this.responses);
    this.responses = [];
    if (response > PAYLOAD_LIMIT_BYTES) {
      this.stats.refusedResponses++;
      throw new ExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${response} bytes).`
      );
    }
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
  }
}

/** The Excel class an emulator class stands for, where it is not its own name without the "E". */
const EXCEL_CLASS: Record<string, string> = { EFreezePanes: "WorksheetFreezePanes" };

/**
 * Wraps a proxy so every member the add-in reads, calls, sets or loads is checked against the
 * requirement set @types/office-js names for it: above the host's level, Office.js throws
 * ApiNotFound. Own data fields (the emulator's bookkeeping, and child objects being set up) pass.
 */
function guarded<T extends ClientObject>(target: T, ctx: Context): T {
  const table = apiSets();
  if (!table) return target;
  const klass = EXCEL_CLASS[target.constructor.name] ?? target.constructor.name.slice(1);
  const check = (prop: string | symbol, how: "get" | "set") => {
    if (typeof prop !== "string") return;
    const level = table.get(`${klass}.${prop}`);
    if (level) ctx.requires(level[how], `${klass}.${prop}${how === "set" ? " (set)" : ""}`);
  };
  return new Proxy(target, {
    get(t, prop, receiver) {
      check(prop, "get");
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      if (!Object.prototype.hasOwnProperty.call(t, prop)) check(prop, "set");
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

/** Base of every proxy: counted on creation, with Excel's load/sync discipline for properties. */
abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  protected abstract readonly scalarProps: readonly string[];

  constructor(protected readonly ctx: Context) {
    ctx.stats.proxies++;
    // A constructor may return another object: every subclass then builds on the guarded one.
    return guarded(this, ctx);
  }

  /** Used by collections: load properties as part of the collection's own load. */
  [PRELOAD](props?: string[]): void {
    for (const p of props ?? this.scalarProps) {
      this.checkMember(p);
      this.loaded.set(p, this.read(p));
    }
  }

  /** The requirement-set check of one member, for members reached other than by name (loads). */
  protected checkMember(prop: string): void {
    const table = apiSets();
    const klass = EXCEL_CLASS[this.constructor.name] ?? this.constructor.name.slice(1);
    const level = table?.get(`${klass}.${prop}`);
    if (level) this.ctx.requires(level.get, `${klass}.${prop}`);
  }

  get context(): Context {
    return this.ctx;
  }

  /** Reads a property's current value from the workbook (when the queued load runs). */
  protected abstract read(prop: string): unknown;

  load(option?: LoadOption): this {
    const requested = loadList(option);
    const props = requested.length ? requested : [...this.scalarProps];
    for (const p of props) {
      if (!this.scalarProps.includes(p))
        throw new ExcelError("InvalidArgument", `Cannot load '${p}': no such property.`);
      this.checkMember(p);
    }
    // A null object (from a getXOrNullObject call) loads without error; its properties are null.
    this.ctx.enqueue(
      () => {
        for (const p of props) this.loaded.set(p, this.isMissing() ? null : this.read(p));
        this.ctx.respond(Object.fromEntries(props.map((p) => [p, this.loaded.get(p)])));
      },
      { load: props }
    );
    return this;
  }

  private nullState: boolean | null = null;

  /** For *OrNullObject proxies: Office.js fills isNullObject at the next sync, without a load. */
  protected trackNull(): void {
    this.ctx.enqueue(() => (this.nullState = this.isMissing()), { nullCheck: true });
  }

  /** `isNullObject` as Office.js gives it: false for a plain proxy, known after a sync otherwise. */
  protected nullObject(orNull: boolean): boolean {
    if (!orNull) return false;
    if (this.nullState === null) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Whether this proxy is a null object whose target does not exist (overridden where possible). */
  protected isMissing(): boolean {
    return false;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A part of a range (its fill, font, validation…), acting on the range's cells. */
abstract class RangePart extends ClientObject {
  constructor(
    ctx: Context,
    protected readonly range: ERange
  ) {
    super(ctx);
  }
}

/** A part of a worksheet (freeze panes, protection, charts), acting on the sheet it belongs to. */
abstract class SheetPart extends ClientObject {
  constructor(
    ctx: Context,
    protected readonly sheet: () => SheetState
  ) {
    super(ctx);
  }
}

/** Resolves a sheet when the queued work runs, not when the proxy is made (as Office.js does). */
type SheetRef = () => SheetState | undefined;

function must(sheet: SheetState | undefined, what: string): SheetState {
  if (!sheet)
    throw new ExcelError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
  return sheet;
}

// ——— Workbook ———

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
  protected readonly scalarProps = ["calculationMode"] as const;
  protected read(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  /** HyperFormula recalculates on every change, so an explicit recalculation has nothing to do. */
  calculate(): void {
    this.ctx.enqueue(() => undefined, { calculate: true });
  }
}

// ——— Inserting the worksheets of another workbook ———

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
  const outcome: { sheets?: SourceSheet[]; error?: unknown } = {};
  ctx.startWork(
    readBase64Workbook(base64File).then(
      (sheets) => (outcome.sheets = sheets),
      (error: unknown) => (outcome.error = error)
    )
  );
  const position = options.positionType ?? "End";
  const relativeTo = options.relativeTo;
  ctx.enqueue(
    () => {
      if (outcome.error) throw outcome.error;
      const state = ctx.state;
      const source = outcome.sheets ?? [];
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

// ——— Worksheets ———

/** The sheets in tab order (only the visible ones when asked). */
function sheetsInOrder(ctx: Context, visibleOnly?: boolean): SheetState[] {
  return ctx.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
}

type ActivationListener = (args: Excel.WorksheetActivatedEventArgs) => Promise<unknown>;
const ACTIVATION_LISTENERS = new WeakMap<WorkbookState, Set<ActivationListener>>();

function activationListeners(state: WorkbookState): Set<ActivationListener> {
  let listeners = ACTIVATION_LISTENERS.get(state);
  if (!listeners) ACTIVATION_LISTENERS.set(state, (listeners = new Set()));
  return listeners;
}

/** Makes a sheet the active one; when that changes which sheet is active, onActivated handlers run. */
export function activateSheet(state: WorkbookState, sheetId: string): void {
  if (state.activeSheetId === sheetId) return;
  state.activeSheetId = sheetId;
  for (const listener of activationListeners(state))
    setTimeout(
      () =>
        void listener({
          type: "WorksheetActivated",
          worksheetId: sheetId,
          source: "Local",
        } as Excel.WorksheetActivatedEventArgs),
      0
    );
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

  getActiveWorksheet(): EWorksheet {
    return new EWorksheet(this.ctx, () =>
      this.ctx.state.sheetById(this.ctx.state.activeSheetId ?? "")
    );
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

  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.deleteSheet(this[SHEET]()), { delete: true });
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

export class EFreezePanes extends SheetPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  freezeRows(count = 1): void {
    this.ctx.enqueue(
      () => {
        const s = this.sheet();
        s.frozenRows = count;
        s.frozenColumns = 0;
      },
      { freezeRows: count }
    );
  }
  freezeColumns(count = 1): void {
    this.ctx.enqueue(
      () => {
        const s = this.sheet();
        s.frozenColumns = count;
        s.frozenRows = 0;
      },
      { freezeColumns: count }
    );
  }
  unfreeze(): void {
    this.ctx.enqueue(
      () => {
        const s = this.sheet();
        s.frozenRows = 0;
        s.frozenColumns = 0;
      },
      { unfreeze: true }
    );
  }
}

export class EWorksheetProtection extends SheetPart {
  protected readonly scalarProps = ["protected"] as const;
  protected read(): unknown {
    return this.sheet().protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(): void {
    this.ctx.enqueue(
      () => {
        this.sheet().protected = true;
      },
      { protect: true }
    );
  }
  unprotect(): void {
    this.ctx.enqueue(
      () => {
        this.sheet().protected = false;
      },
      { unprotect: true }
    );
  }
}

// ——— Ranges ———

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

  private writable(): SheetState {
    const sheet = this[SHEET]();
    if (sheet.protected)
      throw new ExcelError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
    return sheet;
  }

  protected read(prop: string): unknown {
    const sheet = this[SHEET]();
    const area = this[AREA]();
    const state = this.ctx.state;
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
          this.ctx.state.copyAll(from.sheet, from.area, this.writable(), to);
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
        this.ctx.state.writeFormulas(this.writable(), to, data);
      },
      { copyFrom: typeof source === "string" ? source : "range", copyType }
    );
  }

  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }

  set numberFormat(data: any[][]) {
    this.ctx.enqueue(() => this.ctx.state.writeNumberFormats(this.writable(), this[AREA](), data), {
      numberFormat: data,
    });
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
      const b =
        typeof anotherRange === "string"
          ? (parseArea(splitSheet(anotherRange).cells) as Area)
          : anotherRange[AREA]();
      const row = Math.max(a.row, b.row);
      const col = Math.max(a.col, b.col);
      const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
      const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
      if (rows <= 0 || cols <= 0)
        throw new ExcelError(
          "ItemNotFound",
          "The requested resource doesn't exist (intersection)."
        );
      return { row, col, rows, cols };
    });
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
    this.ctx.enqueue(() => this.ctx.state.clear(this.writable(), this[AREA](), applyTo), {
      clear: applyTo,
    });
  }

  /** For the format objects: apply a style patch to every cell of the range. */
  [STYLE](patch: CellStyle): void {
    this.ctx.enqueue(() => this.ctx.state.style(this.writable(), this[AREA](), patch), {
      format: patch,
    });
  }

  [TOP_LEFT_STYLE](): CellStyle {
    const a = this[AREA]();
    return this.ctx.state.cellStyle(this[SHEET](), a.row, a.col);
  }
}

// Symbol keys: not members Office.js has (the shape check at the end of this file holds).
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
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare indentLevel: number;

  constructor(ctx: Context, range: ERange) {
    super(ctx, range);
    this.fill = new ERangeFill(ctx, range);
    this.font = new ERangeFont(ctx, range);
    this.borders = new ERangeBorderCollection(ctx, range);
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

export class EDataValidation extends RangePart {
  protected readonly scalarProps = ["rule"] as const;
  protected read(): unknown {
    const a = this.range[AREA]();
    return (
      this.range[SHEET]().validations.find((v) => v.area.row === a.row && v.area.col === a.col)
        ?.rule ?? {}
    );
  }
  get rule(): unknown {
    return this.get("rule");
  }
  set rule(rule: unknown) {
    this.ctx.enqueue(
      () => this.range[SHEET]().validations.push({ area: this.range[AREA](), rule }),
      { rule }
    );
  }
  clear(): void {
    this.ctx.enqueue(
      () => {
        const a = this.range[AREA]();
        const sheet = this.range[SHEET]();
        sheet.validations = sheet.validations.filter(
          (v) => !(v.area.row === a.row && v.area.col === a.col)
        );
      },
      { clearValidation: true }
    );
  }
}

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
        get: (_, name: string) =>
          path.length === 0 && name === "type"
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

// ——— Tables, names, settings, charts ———

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

function a1Overlap(a: Area, b: Area): boolean {
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

export class ENamedItemCollection extends ClientObject {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  add(name: string, reference: string | ERange, comment?: string): ENamedItem {
    this.ctx.enqueue(
      () => {
        const names = this.ctx.state.names;
        if (
          !/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ||
          /^[A-Za-z]{1,3}\d+$/.test(name)
        ) {
          throw new ExcelError("InvalidArgument", `'${name}' is not a valid name.`);
        }
        if (names.has(name.toLowerCase()))
          throw new ExcelError("ItemAlreadyExists", `The name '${name}' already exists.`);
        const formula =
          typeof reference === "string"
            ? reference
            : `=${quoteSheet(reference[SHEET]().name)}!${areaAddress(reference[AREA]()).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        names.set(name.toLowerCase(), { name, formula });
      },
      { addName: name, reference: typeof reference === "string" ? reference : "range", comment }
    );
    return new ENamedItem(this.ctx, name, false);
  }
  getItemOrNullObject(name: string): ENamedItem {
    return new ENamedItem(this.ctx, name, true);
  }
}

export class ENamedItem extends ClientObject {
  protected readonly scalarProps = ["name", "formula"] as const;
  constructor(
    ctx: Context,
    private readonly key: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }
  protected override isMissing(): boolean {
    return this.orNull && !this.ctx.state.names.has(this.key.toLowerCase());
  }
  protected read(prop: string): unknown {
    const item = this.ctx.state.names.get(this.key.toLowerCase());
    if (!item) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (name).");
    return prop === "name" ? item.name : item.formula;
  }
  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.names.delete(this.key.toLowerCase()), {
      deleteName: this.key,
    });
  }
}

export class ESettingCollection extends ClientObject {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  add(key: string, value: unknown): ESetting {
    this.ctx.enqueue(() => this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value))), {
      addSetting: key,
      value,
    });
    return new ESetting(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): ESetting {
    return new ESetting(this.ctx, key, true);
  }
}

export class ESetting extends ClientObject {
  protected readonly scalarProps = ["key", "value"] as const;
  constructor(
    ctx: Context,
    private readonly settingKey: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }
  protected override isMissing(): boolean {
    return this.orNull && !this.ctx.state.settings.has(this.settingKey);
  }
  protected read(prop: string): unknown {
    if (!this.ctx.state.settings.has(this.settingKey))
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (setting).");
    return prop === "key" ? this.settingKey : this.ctx.state.settings.get(this.settingKey);
  }
  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
}

export class EChartCollection extends SheetPart {
  protected readonly scalarProps = ["items"] as const;
  private itemProxies: EChart[] | null = null;
  protected read(): unknown {
    return null;
  }
  override load(option?: LoadOption): this {
    queueItemsLoad(
      this.ctx,
      option,
      () => {
        let charts: ChartState[] = [];
        try {
          charts = this.sheet().charts;
        } catch {
          charts = []; // a null worksheet has no charts
        }
        return charts.map((c) => new EChart(this.ctx, this.sheet, () => c));
      },
      (items) => (this.itemProxies = items)
    );
    return this;
  }
  get items(): EChart[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }
  getItem(name: string): EChart {
    return new EChart(this.ctx, this.sheet, () => {
      const chart = this.sheet().charts.find((c) => c.name === name);
      if (!chart)
        throw new ExcelError("ItemNotFound", `The requested resource doesn't exist (chart).`);
      return chart;
    });
  }
  add(type: string, sourceData: ERange): EChart {
    const chart: ChartState = {
      id: "",
      name: "",
      type,
      source: "",
      title: "",
      position: null,
      valueAxis: {},
      legendVisible: true,
      dataLabels: { showValue: false },
      points: [],
    };
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        chart.id = this.ctx.state.newId("chart");
        chart.name = `Chart ${sheet.charts.length + 1}`;
        chart.source = `${quoteSheet(sourceData[SHEET]().name)}!${areaAddress(sourceData[AREA]())}`;
        sheet.charts.push(chart);
      },
      { addChart: type }
    );
    return new EChart(this.ctx, this.sheet, () => chart);
  }
}

export class EChart extends SheetPart {
  protected readonly scalarProps = ["name", "id"] as const;
  readonly title: EChartTitle;
  readonly axes: EChartAxes;
  readonly legend: EChartLegend;
  readonly dataLabels: EChartDataLabels;
  readonly series: EChartSeriesCollection;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
    this.title = new EChartTitle(ctx, sheet, chart);
    this.axes = new EChartAxes(ctx, sheet, chart);
    this.legend = new EChartLegend(ctx, sheet, chart);
    this.dataLabels = new EChartDataLabels(ctx, sheet, chart);
    this.series = new EChartSeriesCollection(ctx, sheet, chart);
  }
  protected read(prop: string): unknown {
    return prop === "name" ? this.chart().name : this.chart().id;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue(() => (this.chart().name = value), { name: value });
  }
  get id(): string {
    return this.get("id");
  }
  /** Both cells must be single cells of the chart's sheet (Excel: InvalidArgument otherwise). */
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue(
      () => {
        for (const cell of end === undefined ? [start] : [start, end]) {
          const a = parseArea(cell);
          if (!a || a.rows !== 1 || a.cols !== 1)
            throw new ExcelError(
              "InvalidArgument",
              `The argument is invalid (chart position ${cell}).`
            );
        }
        this.chart().position = { start, end: end ?? null };
      },
      { setPosition: [start, end] }
    );
  }
  delete(): void {
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        const chart = this.chart();
        sheet.charts = sheet.charts.filter((c) => c !== chart);
      },
      { deleteChart: true }
    );
  }
}

export class EChartTitle extends SheetPart {
  protected readonly scalarProps = ["text"] as const;
  readonly format: EChartTitleFormat;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
    this.format = new EChartTitleFormat(ctx, sheet, chart);
  }
  protected read(): unknown {
    return this.chart().title;
  }
  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.ctx.enqueue(() => (this.chart().title = value), { title: value });
  }
}

/** A part of a chart: reads and writes the chart's record when the queued work runs. */
abstract class ChartPart extends SheetPart {
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    protected readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
  }
  /** Queues a change to the chart's record. */
  protected change(what: Record<string, unknown>, apply: (chart: ChartState) => void): void {
    this.ctx.enqueue(() => apply(this.chart()), what);
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.charttitleformat: its font (ExcelApi 1.1). */
export class EChartTitleFormat extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly font: EChartFont;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState) {
    super(ctx, sheet, chart);
    this.font = new EChartFont(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
}

/** A chart title's font size in points (ExcelApi 1.1); unset, Excel's default (14). */
export class EChartFont extends ChartPart {
  protected readonly scalarProps = ["size"] as const;
  protected read(): unknown {
    return this.chart().titleSize ?? 14;
  }
  get size(): number {
    return this.get("size");
  }
  set size(points: number) {
    if (!(points > 0))
      throw new ExcelError("InvalidArgument", `Font size '${points}' is not valid.`);
    this.change({ size: points }, (chart) => (chart.titleSize = points));
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.chartaxes: the value axis only. */
export class EChartAxes extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly valueAxis: EChartAxis;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState) {
    super(ctx, sheet, chart);
    this.valueAxis = new EChartAxis(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
}

/**
 * A chart's value axis (https://learn.microsoft.com/javascript/api/excel/excel.chartaxis):
 * minimum, maximum and majorUnit (ExcelApi 1.1; unset they are Excel's automatic ones, read as
 * undefined here) and the labels' numberFormat (1.8). A minimum at or above the maximum is refused,
 * as Excel refuses it.
 */
export class EChartAxis extends ChartPart {
  protected readonly scalarProps = ["minimum", "maximum", "majorUnit", "numberFormat"] as const;
  protected read(prop: string): unknown {
    return this.chart().valueAxis[prop as keyof ChartState["valueAxis"]];
  }
  private setBound(prop: "minimum" | "maximum" | "majorUnit", value: number): void {
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new ExcelError("InvalidArgument", `The axis ${prop} '${value}' is not a number.`);
    this.change({ [prop]: value }, (chart) => {
      const next = { ...chart.valueAxis, [prop]: value };
      if (prop === "majorUnit" && value <= 0)
        throw new ExcelError("InvalidArgument", "The axis major unit must be above 0.");
      if (next.minimum !== undefined && next.maximum !== undefined && next.minimum >= next.maximum)
        throw new ExcelError("InvalidArgument", "The axis minimum must be below its maximum.");
      chart.valueAxis = next;
    });
  }
  get minimum(): number {
    return this.get("minimum");
  }
  set minimum(value: number) {
    this.setBound("minimum", value);
  }
  get maximum(): number {
    return this.get("maximum");
  }
  set maximum(value: number) {
    this.setBound("maximum", value);
  }
  get majorUnit(): number {
    return this.get("majorUnit");
  }
  set majorUnit(value: number) {
    this.setBound("majorUnit", value);
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(value: string) {
    this.change({ numberFormat: value }, (chart) => (chart.valueAxis.numberFormat = value));
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.chartlegend: shown or not (ExcelApi 1.1). */
export class EChartLegend extends ChartPart {
  protected readonly scalarProps = ["visible"] as const;
  protected read(): unknown {
    return this.chart().legendVisible;
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.change({ legendVisible: value }, (chart) => (chart.legendVisible = value));
  }
}

/**
 * The chart's data labels (https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels):
 * showValue and position (ExcelApi 1.1), numberFormat (1.8).
 */
export class EChartDataLabels extends ChartPart {
  protected readonly scalarProps = ["showValue", "position", "numberFormat"] as const;
  protected read(prop: string): unknown {
    return this.chart().dataLabels[prop as keyof ChartState["dataLabels"]];
  }
  get showValue(): boolean {
    return this.get("showValue");
  }
  set showValue(value: boolean) {
    this.change({ showValue: value }, (chart) => (chart.dataLabels.showValue = value));
  }
  get position(): string {
    return this.get("position");
  }
  set position(value: string) {
    this.change({ position: value }, (chart) => (chart.dataLabels.position = value));
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(value: string) {
    this.change({ numberFormat: value }, (chart) => (chart.dataLabels.numberFormat = value));
  }
}

/** A chart's series (ExcelApi 1.1): the product's charts have one, from their source's column. */
export class EChartSeriesCollection extends ChartPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  getItemAt(index: number): EChartSeries {
    return new EChartSeries(this.ctx, this.sheet, this.chart, index);
  }
}

export class EChartSeries extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly points: EChartPointsCollection;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    this.points = new EChartPointsCollection(ctx, sheet, () => {
      if (index !== 0)
        throw new ExcelError(
          "ItemNotFound",
          `The requested resource doesn't exist (series ${index}).`
        );
      return chart();
    });
  }
  protected read(): unknown {
    return null;
  }
}

/** A series' points (ExcelApi 1.1); a point past the last category does not exist. */
export class EChartPointsCollection extends ChartPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  getItemAt(index: number): EChartPoint {
    return new EChartPoint(this.ctx, this.sheet, this.chart, index);
  }
}

export class EChartPoint extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly format: EChartPointFormat;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    this.format = new EChartPointFormat(ctx, sheet, chart, index);
  }
  protected read(): unknown {
    return null;
  }
}

/** A point's fill (ExcelApi 1.1) and border (1.7). */
export class EChartPointFormat extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly fill: EChartFill;
  readonly border: EChartBorder;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    const point = (c: ChartState) => {
      const data = this.ctx.state.chartData(c);
      if (!data || index < 0 || index >= data.points.length)
        throw new ExcelError(
          "ItemNotFound",
          `The requested resource doesn't exist (point ${index}).`
        );
      return (c.points[index] ??= {});
    };
    this.fill = new EChartFill(ctx, sheet, chart, point);
    this.border = new EChartBorder(ctx, sheet, chart, point);
  }
  protected read(): unknown {
    return null;
  }
}

type PointOf = (chart: ChartState) => ChartState["points"][number];

export class EChartFill extends ChartPart {
  protected readonly scalarProps = [] as const;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    chart: () => ChartState,
    private readonly point: PointOf
  ) {
    super(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
  setSolidColor(color: string): void {
    this.change({ setSolidColor: color }, (chart) => (this.point(chart).fill = color));
  }
}

export class EChartBorder extends ChartPart {
  protected readonly scalarProps = ["color"] as const;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    chart: () => ChartState,
    private readonly point: PointOf
  ) {
    super(ctx, sheet, chart);
  }
  protected read(): unknown {
    return this.point(this.chart()).border ?? null;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.change({ borderColor: value }, (chart) => (this.point(chart).border = value));
  }
}

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

// ——— Compile-time guard: every member the emulator offers exists, by that name, in @types/office-js.
type Extra<Mine, Real> = Exclude<keyof Mine & string, keyof Real>;
type MustBeEmpty<T extends never> = T;
export type EmulatorShapeChecks = [
  MustBeEmpty<Extra<ERange, Excel.Range>>,
  MustBeEmpty<Extra<EWorksheet, Excel.Worksheet>>,
  MustBeEmpty<Extra<EWorksheetCollection, Excel.WorksheetCollection>>,
  MustBeEmpty<Extra<EWorkbook, Excel.Workbook>>,
  MustBeEmpty<Extra<ERangeFormat, Excel.RangeFormat>>,
  MustBeEmpty<Extra<ERangeFill, Excel.RangeFill>>,
  MustBeEmpty<Extra<ERangeFont, Excel.RangeFont>>,
  MustBeEmpty<Extra<ERangeBorderCollection, Excel.RangeBorderCollection>>,
  MustBeEmpty<Extra<ERangeBorder, Excel.RangeBorder>>,
  MustBeEmpty<Extra<EDataValidation, Excel.DataValidation>>,
  // Excel's freeze panes object has no properties and so no load(); ours inherits an unused one.
  MustBeEmpty<Exclude<Extra<EFreezePanes, Excel.WorksheetFreezePanes>, "load">>,
  MustBeEmpty<Extra<ETable, Excel.Table>>,
  MustBeEmpty<Extra<ENamedItem, Excel.NamedItem>>,
  MustBeEmpty<Extra<ESetting, Excel.Setting>>,
  MustBeEmpty<Extra<ETableCollection, Excel.TableCollection>>,
  MustBeEmpty<Extra<EChartCollection, Excel.ChartCollection>>,
  MustBeEmpty<Extra<EChart, Excel.Chart>>,
  MustBeEmpty<Extra<EChartTitle, Excel.ChartTitle>>,
  MustBeEmpty<Extra<EChartAxes, Excel.ChartAxes>>,
  MustBeEmpty<Extra<EChartTitleFormat, Excel.ChartTitleFormat>>,
  MustBeEmpty<Extra<EChartFont, Excel.ChartFont>>,
  MustBeEmpty<Extra<EChartAxis, Excel.ChartAxis>>,
  MustBeEmpty<Extra<EChartLegend, Excel.ChartLegend>>,
  MustBeEmpty<Extra<EChartDataLabels, Excel.ChartDataLabels>>,
  MustBeEmpty<Extra<EChartSeriesCollection, Excel.ChartSeriesCollection>>,
  MustBeEmpty<Extra<EChartSeries, Excel.ChartSeries>>,
  MustBeEmpty<Extra<EChartPointsCollection, Excel.ChartPointsCollection>>,
  MustBeEmpty<Extra<EChartPoint, Excel.ChartPoint>>,
  MustBeEmpty<Extra<EChartPointFormat, Excel.ChartPointFormat>>,
  // Excel's chart fill has no properties and so no load(); ours inherits an unused one.
  MustBeEmpty<Exclude<Extra<EChartFill, Excel.ChartFill>, "load">>,
  MustBeEmpty<Extra<EChartBorder, Excel.ChartBorder>>,
  MustBeEmpty<Extra<EPageLayout, Excel.PageLayout>>,
  MustBeEmpty<Extra<EAutoFilter, Excel.AutoFilter>>,
  MustBeEmpty<Extra<ERangeAreas, Excel.RangeAreas>>,
];
