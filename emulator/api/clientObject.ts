// The base of every emulated proxy (OfficeExtension.ClientObject): counted on creation, checked
// against the requirement sets @types/office-js names, and reading a property that was not loaded
// and synced throws as Excel does.
import { apiSets } from "../apiSets";
import { ExcelError, type SheetState } from "../workbook";
import type { Context } from "./context";
import type { ERange } from "./range";

/** Members the emulator's objects use among themselves; symbols, so they are not part of the API shape. */
export const SHEET = Symbol("sheet");
export const AREA = Symbol("area");
export const STYLE = Symbol("style");
export const TOP_LEFT_STYLE = Symbol("topLeftStyle");
export const PRELOAD = Symbol("preload");
/** What the wire host (emulator/wire) asks of a proxy: whether it is null, and how it is addressed. */
export const IS_NULL = Symbol("isNull");
export const IDENTITY = Symbol("identity");
const NULLABLE = Symbol("nullable");

/**
 * The id office.js reads from a host's answer to address an object again in a later request
 * (CommonUtility.tryGetObjectIdFromLoadOrRetrieveResult reads "Id", "id" or "_Id").
 */
export type Identity = string;

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function loadList(option: LoadOption): string[] {
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
export function queueItemsLoad<T extends ClientObject>(
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

export function notLoaded(prop: string): ExcelError {
  return new ExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
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
export abstract class ClientObject {
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
  private [NULLABLE] = false;

  /** For *OrNullObject proxies: Office.js fills isNullObject at the next sync, without a load. */
  protected trackNull(): void {
    this[NULLABLE] = true;
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

  /** For the wire host: whether this null-able proxy is a null object now; undefined if not null-able. */
  [IS_NULL](): boolean | undefined {
    return this[NULLABLE] ? this.isMissing() : undefined;
  }

  /** For the wire host: the object's id, where Excel addresses it by one (sheets, tables, charts…). */
  [IDENTITY](): Identity | null {
    return null;
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
export abstract class RangePart extends ClientObject {
  constructor(
    ctx: Context,
    protected readonly range: ERange
  ) {
    super(ctx);
  }
}

/** A part of a worksheet (freeze panes, protection, charts), acting on the sheet it belongs to. */
export abstract class SheetPart extends ClientObject {
  constructor(
    ctx: Context,
    protected readonly sheet: () => SheetState
  ) {
    super(ctx);
  }
}

/** Resolves a sheet when the queued work runs, not when the proxy is made (as Office.js does). */
export type SheetRef = () => SheetState | undefined;

export function must(sheet: SheetState | undefined, what: string): SheetState {
  if (!sheet)
    throw new ExcelError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
  return sheet;
}
