// The host's side of a RichApi request: the object paths and actions office.js sent, executed in
// order against the emulated workbook, answered in the form office.js reads. Each path is reached
// through the emulator's own Office.js-shaped objects (emulator/api), by the member office.js names
// (CommonUtility.normalizeName: "GetRange" → getRange), so the emulator's checks (requirement sets,
// sheet and range rules, null objects) decide what Excel would.
import { Context, type Platform } from "../api/context";
import { AREA, IDENTITY, IS_NULL } from "../api/clientObject";
import { EChartCollection } from "../api/chart";
import type { ERange } from "../api/range";
import { ETableCollection } from "../api/table";
import { EWorksheetCollection } from "../api/worksheet";
import { ExcelError, type WorkbookState } from "../workbook";
import {
  type ActionInfo,
  type ActionResult,
  ActionType,
  type ArgumentInfo,
  Keys,
  memberName,
  type ObjectPathInfo,
  PathType,
  type RequestBody,
  type ResponseBody,
  wireName,
} from "./protocol";

/** What a path resolves to when the host found no object (a *OrNullObject miss, or a null path). */
const NULL = Symbol("null");

type Target = Record<string | symbol, unknown>;

/** Excel's HTTP status for an error code (the RichApi error carries one; office.js keeps it). */
const STATUS: Record<string, number> = {
  ItemNotFound: 404,
  ApiNotFound: 404,
  AccessDenied: 403,
  ItemAlreadyExists: 409,
  NotImplemented: 501,
  GeneralException: 500,
};

/** Events a request can register for, by the method office.js calls on the collection. */
export type EventName = "activated";
const EVENT_METHODS: Record<string, { event: EventName; on: boolean }> = {
  _RegisterActivatedEvent: { event: "activated", on: true },
  _UnregisterActivatedEvent: { event: "activated", on: false },
};

/** What one connection (one add-in's context on one workbook) keeps between its requests. */
export class RichApiSession {
  /** The emulator's request context on the host side; its proxies stand for the paths. */
  readonly context: Context;
  /** Objects kept by reference (`_KeepReference`), by reference id, until `_RemoveReference`. */
  private readonly references = new Map<string, unknown>();
  private nextReference = 1;

  constructor(
    state: WorkbookState,
    apiVersion: string,
    platform: Platform,
    /** Called when a request registers (true) or unregisters (false) an event. */
    private readonly onEvent: (event: EventName, on: boolean) => void = () => undefined
  ) {
    this.context = new Context(state, apiVersion, platform);
  }

  /** How many objects are kept by reference now (office.js releases them after each run). */
  get referenceCount(): number {
    return this.references.size;
  }

  /** Executes one request, in order, stopping at the first failing action as Excel does. */
  async execute(body: RequestBody): Promise<ResponseBody> {
    const request = new Request(this, body);
    const results: ActionResult[] = [];
    const traces: number[] = [];
    const state = this.context.state;
    try {
      for (const [index, action] of body.Actions.entries()) {
        // writes recalculate once, when something reads or the request ends
        if (action.ActionType !== ActionType.query) state.suspend();
        try {
          const value = await request.perform(action, traces);
          if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
        } catch (error) {
          return { Results: results, TraceIds: traces, Error: errorOf(error, index, request) };
        }
      }
      return { Results: results, TraceIds: traces };
    } finally {
      state.settle();
    }
  }

  keep(target: unknown): string {
    const id = `{R${this.nextReference++}}`;
    this.references.set(id, target);
    return id;
  }

  referenced(id: string): unknown {
    if (!this.references.has(id))
      throw new ExcelError("InvalidObjectPath", `The reference '${id}' is not kept.`);
    return this.references.get(id);
  }

  release(id: string): void {
    this.references.delete(id);
  }

  event(name: string): boolean {
    const known = EVENT_METHODS[name];
    if (!known) return false;
    this.onEvent(known.event, known.on);
    return true;
  }
}

const NO_RESULT = Symbol("noResult");

/** One request being executed: its paths resolved once each, in the order its actions need them. */
class Request {
  private readonly resolved = new Map<number, unknown>();
  /** Paths given a reference by `_KeepReference` in this request: their next Instantiate says which. */
  private readonly kept = new Map<number, string>();
  /** The member being worked on, for the error's location. */
  location = "";

  constructor(
    private readonly session: RichApiSession,
    private readonly body: RequestBody
  ) {}

  private get context(): Context {
    return this.session.context;
  }

  private path(id: number): ObjectPathInfo {
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new ExcelError("InvalidObjectPath", `The request has no object path ${id}.`);
    return path;
  }

  /** The object a path stands for, made the first time an action needs it. */
  resolve(id: number): unknown {
    if (this.resolved.has(id)) return this.resolved.get(id);
    const path = this.path(id);
    const target = this.make(path);
    this.resolved.set(id, target);
    return target;
  }

  private make(path: ObjectPathInfo): unknown {
    switch (path.ObjectPathType) {
      case PathType.global:
        return this.context.workbook;
      case PathType.referenceId:
        return this.session.referenced(path.Name);
      case PathType.nullObject:
        return NULL;
    }
    const parent = this.resolve(path.ParentObjectPathId ?? 0);
    if (parent === NULL) return NULL;
    const args = this.args(path.ArgumentInfo);
    switch (path.ObjectPathType) {
      case PathType.property:
        return this.member(parent, path.Name);
      case PathType.method:
        return this.call(parent, path.Name, args);
      case PathType.indexer:
        return this.call(parent, "GetItem", args);
      default:
        throw new ExcelError(
          "NotImplemented",
          `Object path type ${path.ObjectPathType} is not served by the emulator.`
        );
    }
  }

  /** Arguments as the method takes them: referenced paths as their objects, JSON's null as absent. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const values = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return values.map((value, i) => {
      const ref = refs[i];
      if (typeof ref === "number" && ref > 0) return this.resolve(ref);
      if (Array.isArray(ref))
        throw new ExcelError("NotImplemented", "Arrays of objects as arguments.");
      return value === null ? undefined : value;
    });
  }

  private member(target: unknown, wire: string): unknown {
    const name = memberName(wire);
    this.location = `${className(target)}.${name}`;
    const value = (target as Target)[name];
    if (value === undefined)
      throw new ExcelError("NotImplemented", `${this.location} is not served by the emulator.`);
    return value;
  }

  private call(target: unknown, wire: string, args: unknown[]): unknown {
    const name = memberName(wire);
    this.location = `${className(target)}.${name}`;
    const method = (target as Target)[name];
    if (typeof method !== "function")
      throw new ExcelError("NotImplemented", `${this.location} is not served by the emulator.`);
    return method.apply(target, args);
  }

  async perform(action: ActionInfo, traces: number[]): Promise<unknown> {
    this.location = "";
    switch (action.ActionType) {
      case ActionType.trace:
        // a trace that ran is named in TraceIds (EventHandlers) and answered (a trace marker's
        // callback, which registers a GenericEventHandlers handler, runs on its result)
        traces.push(action.Id);
        return null;
      case ActionType.instantiate:
        return this.instantiate(action.ObjectPathId);
      case ActionType.query:
        return this.query(action);
      case ActionType.setProperty: {
        const target = this.live(action.ObjectPathId);
        const name = memberName(action.Name);
        this.location = `${className(target)}.${name}`;
        (target as Target)[name] = this.args(action.ArgumentInfo)[0];
        await this.context.runQueued();
        return NO_RESULT;
      }
      case ActionType.method:
        return this.method(action);
      default:
        throw new ExcelError(
          "NotImplemented",
          `Action type ${action.ActionType} is not served by the emulator.`
        );
    }
  }

  /** A path's object for an action that acts on it: a null object cannot be acted on. */
  private live(id: number): unknown {
    const target = this.resolve(id);
    if (target === NULL)
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (null object).");
    return target;
  }

  /**
   * Office.js instantiates every path before using it and reads the answer with `_handleIdResult`:
   * null makes the object a null object, `_ReferenceId` keeps it for later requests, an id
   * addresses it again. The emulator answers where office.js needs one: null-able paths (so
   * `isNullObject` is known), kept objects, and objects an `Add…` method made (their path is
   * invalid after the request, office.js re-addresses them by id).
   */
  private async instantiate(id: number): Promise<unknown> {
    const target = this.resolve(id);
    await this.context.runQueued();
    if (target === NULL) return null;
    const reference = this.kept.get(id);
    if (reference) return { [Keys.referenceId]: reference };
    const isNull = (target as Target)[IS_NULL] as (() => boolean | undefined) | undefined;
    const nullNow = typeof isNull === "function" ? isNull.call(target) : undefined;
    if (nullNow === true) {
      this.resolved.set(id, NULL);
      return null;
    }
    const path = this.path(id);
    const added = path.ObjectPathType === PathType.method && path.Name.startsWith("Add");
    if (nullNow === undefined && !added) return NO_RESULT;
    const identity = (target as Target)[IDENTITY] as (() => string | null) | undefined;
    const key = typeof identity === "function" ? identity.call(target) : null;
    return key === null ? {} : { [Keys.idPrivate]: key };
  }

  private async query(action: ActionInfo): Promise<unknown> {
    const target = this.resolve(action.ObjectPathId);
    if (target === NULL) return null;
    const info = action.QueryInfo ?? {};
    if (info.Expand?.length || info.Skip !== undefined || info.Top !== undefined)
      throw new ExcelError("NotImplemented", "Queries with expand, skip or top.");
    const select = info.Select?.length ? info.Select : undefined;
    const object = target as Target & { load: (select?: string[]) => void; items?: unknown[] };
    this.location = `${className(target)}.load`;
    if (isCollection(target)) {
      object.load(select ? select.map((p) => `items/${p}`) : ["items"]);
      await this.context.runQueued();
      const items = object.items as Target[];
      return {
        [Keys.items]: items.map((item) => ({
          ...wireValue((item as { toJSON: () => Record<string, unknown> }).toJSON()),
          [Keys.idPrivate]: (item[IDENTITY] as () => string | null).call(item) ?? undefined,
        })),
      };
    }
    object.load(select);
    const [answer] = await this.context.runQueued();
    const isNull = (target as Target)[IS_NULL] as (() => boolean | undefined) | undefined;
    if (typeof isNull === "function" && isNull.call(target) === true) return null;
    return wireValue(answer as Record<string, unknown>);
  }

  private async method(action: ActionInfo): Promise<unknown> {
    const args = this.args(action.ArgumentInfo);
    // Office.js's own bookkeeping, which Excel serves beside the API: references and events.
    if (action.Name === "_KeepReference") {
      const target = this.resolve(action.ObjectPathId);
      // a null object has nothing to keep; its next Instantiate says null again
      if (target !== NULL) this.kept.set(action.ObjectPathId, this.session.keep(target));
      return NO_RESULT;
    }
    if (action.Name === "_RemoveReference") {
      this.session.release(String(args[0]));
      return NO_RESULT;
    }
    if (this.session.event(action.Name)) return NO_RESULT;
    const target = this.live(action.ObjectPathId);
    if (action.Name === "_ValidateArraySize") {
      // office.js writes an array of more than 1,500 cells in slices of rows
      // (setRangePropertiesInBulk), after asking the host whether the whole array fits the range
      this.location = "Range._ValidateArraySize";
      const area = (target as ERange)[AREA]();
      if (area.rows !== args[0] || area.cols !== args[1])
        throw new ExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`
        );
      return NO_RESULT;
    }
    const returned = this.call(target, action.Name, args) as { value?: unknown } | undefined;
    await this.context.runQueued();
    return returned && typeof returned === "object" && "value" in returned
      ? returned.value
      : NO_RESULT;
  }
}

/** The emulator's collections, whose load answers with `_Items`. */
function isCollection(target: unknown): boolean {
  return (
    target instanceof EWorksheetCollection ||
    target instanceof ETableCollection ||
    target instanceof EChartCollection
  );
}

/** The Excel class an emulator object stands for ("ERange" → "Range"), for error locations. */
function className(target: unknown): string {
  const type = (target as { constructor?: unknown } | null)?.constructor;
  const name = typeof type === "function" ? type.name : "";
  return /^E[A-Z]/.test(name) ? name.slice(1) : name || "object";
}

/** Loaded properties under the names office.js reads them by ("values" → "Values"). */
function wireValue(loaded: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(loaded).map(([k, v]) => [wireName(k), v]));
}

function errorOf(
  error: unknown,
  index: number,
  request: Request
): NonNullable<ResponseBody["Error"]> {
  const code =
    error instanceof ExcelError
      ? error.code
      : ((error as { code?: string })?.code ?? "GeneralException");
  return {
    Code: code,
    Message: error instanceof Error ? error.message : String(error),
    HttpStatusCode: STATUS[code] ?? 400,
    Location: request.location || undefined,
    ActionIndex: index,
  };
}
