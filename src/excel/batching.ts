// Writes sent to Excel in requests sized by what office.js actually sends. Excel on the web refuses a
// request over 5 MB, and office.js's request is several times the JSON of what the add-in passes:
// every getRange, format and fill is an object path and an "Instantiate" action, an array of more
// than 1,500 cells is sent in slices of rows, each slice three more paths. Each write carries its
// cost, from the model below (calibrated against office.js itself by test/excel/requestCost.test.ts);
// writes are packed in order into requests of at most REQUEST_BUDGET_BYTES, so an operation takes
// one round trip per 4 MB of real request, and a request Excel refuses for its size anyway is sent
// again once, in halves, before anything is reported.
import { utf8Length } from "../domain/reading/utf8";

/** What a request may hold: 4 MiB, under Excel on the web's 5 MB with room for the model's error. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Bytes office.js adds to a request, per part, at the ids of a large run (six digits): measured
 * with @microsoft/office-js 1.1.110's excel-web-16.00 client, and checked against it by
 * test/excel/requestCost.test.ts (every estimate at least what office.js sends, at most 35 % more).
 */
export const REQUEST_COST = {
  /** `worksheets.getItem(name)` (or `add`): its object path and instantiation, besides the name. */
  sheet: 200,
  /** `getRange(address).untrack()`: path, two instantiations, the untracked mark; besides the address. */
  range: 290,
  /** A navigation property (format, fill, font, borders, dataValidation…): path and instantiation. */
  part: 150,
  /** Setting a property: the action, besides the value's JSON. */
  set: 120,
  /** Calling a method: the action, besides the arguments' JSON. */
  method: 145,
  /** A method that returns an object (an Add, getUsedRange, getItem): path and instantiation. */
  object: 190,
  /** Each slice of rows office.js sends an array of more than 1,500 cells in (setRangePropertiesInBulk). */
  slice: 860,
} as const;

/** office.js writes an array of more than this many cells in slices of about this many. */
export const SLICE_CELLS = 1500;

/** The JSON bytes of a value as office.js puts it in the request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** Setting an array property (values, formulas, numberFormat) of a range: the set and its slices. */
export function arrayCost(grid: readonly (readonly unknown[])[]): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  const slices = cells > SLICE_CELLS ? Math.ceil(cells / SLICE_CELLS) + 1 : 0;
  return REQUEST_COST.set + jsonBytes(grid) + slices * REQUEST_COST.slice;
}

/** A range made to be written (and untracked): what it costs before anything is set on it. */
export function rangeCost(address: string): number {
  return REQUEST_COST.range + utf8Length(address);
}

/** Where a write is queued: the request context and the sheets reached in the current request. */
export interface WriteTarget {
  context: Excel.RequestContext;
  /** The sheet named `name`, reached once per request (by name; added ones by their Add). */
  sheet: (name: string) => Excel.Worksheet;
  /** Records the sheet a write added, for the writes after it in the same request. */
  added: (name: string, sheet: Excel.Worksheet) => void;
}

/** One write of an operation, with what it costs in office.js's request. */
export interface Write {
  /** What kind of write it is (the cost model is checked per kind). */
  kind: string;
  /** The sheet it writes on, reached by name in each request (null: the workbook). */
  sheet: string | null;
  cost: number;
  queue: (at: WriteTarget) => void;
}

/** Whether Excel refused a request for its size (RequestPayloadSizeLimitExceeded). */
export function isRequestTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "RequestPayloadSizeLimitExceeded";
}

/** The writes in requests of at most `budget` bytes, in order (each write in one request). */
export function packWrites(writes: readonly Write[], budget = REQUEST_BUDGET_BYTES): Write[][] {
  const requests: Write[][] = [];
  let size = 0;
  let sheets = new Set<string>();
  const cost = (write: Write) =>
    write.cost + (write.sheet !== null && !sheets.has(write.sheet) ? sheetCost(write.sheet) : 0);
  for (const write of writes) {
    if (requests.length === 0 || (size > 0 && size + cost(write) > budget)) {
      requests.push([]);
      size = 0;
      sheets = new Set();
    }
    requests[requests.length - 1].push(write);
    size += cost(write);
    if (write.sheet !== null) sheets.add(write.sheet);
  }
  return requests;
}

/** Reaching a sheet by name in a request. */
export function sheetCost(name: string): number {
  return REQUEST_COST.sheet + utf8Length(name);
}

/** What a group of writes is estimated to cost in one request (sheets reached once). */
export function requestCost(writes: readonly Write[]): number {
  const sheets = new Set(writes.flatMap((w) => (w.sheet === null ? [] : [w.sheet])));
  return writes.reduce((n, w) => n + w.cost, 0) + [...sheets].reduce((n, s) => n + sheetCost(s), 0);
}

/**
 * What wraps each request around the sheets its writes reach (sheetLock.ts: lifting a sheet's
 * protection first and putting it back last, so a sheet is never left unprotected between
 * requests). Its few actions per sheet are not counted: the budget leaves 0.8 MB under the limit.
 */
export interface RequestGuard {
  /** Queued before the request's writes. */
  before: (at: WriteTarget, sheets: readonly string[]) => void;
  /** Queued after them (before `last`), knowing the request's writes. */
  after: (at: WriteTarget, sheets: readonly string[], writes: readonly Write[]) => void;
  /** The request ran. */
  synced: (sheets: readonly string[]) => void;
  /**
   * The request failed: puts back what it must (round trips of its own, on this path only) and
   * returns the error to throw instead (the same one where it has nothing to add).
   */
  failed: (context: Excel.RequestContext, error: unknown) => Promise<unknown>;
}

/** Queues writes into the context's next request, reaching each sheet once. */
function queueAll(
  context: Excel.RequestContext,
  writes: readonly Write[],
  guard?: RequestGuard
): string[] {
  const handles = new Map<string, Excel.Worksheet>();
  const target: WriteTarget = {
    context,
    sheet: (name) => {
      let handle = handles.get(name);
      if (!handle) handles.set(name, (handle = context.workbook.worksheets.getItem(name)));
      return handle;
    },
    added: (name, sheet) => handles.set(name, sheet),
  };
  const sheets = [...new Set(writes.flatMap((w) => (w.sheet === null ? [] : [w.sheet])))];
  guard?.before(target, sheets);
  for (const write of writes) write.queue(target);
  guard?.after(target, sheets, writes);
  return sheets;
}

/**
 * Sends writes in as few requests as their cost allows (one per 4 MB), `last` queued into the
 * final one. A request Excel refuses for its size is sent again once, in two halves; nothing in a
 * refused request ran, so nothing is written twice. Returns how many requests were sent.
 */
export async function sendWrites(
  context: Excel.RequestContext,
  writes: readonly Write[],
  {
    last,
    budget = REQUEST_BUDGET_BYTES,
    guard,
  }: { last?: () => void; budget?: number; guard?: RequestGuard } = {}
): Promise<number> {
  const requests = packWrites(writes, budget);
  if (requests.length === 0) requests.push([]);
  let sent = 0;
  const send = async (group: readonly Write[], withLast: boolean) => {
    const sheets = queueAll(context, group, guard);
    if (withLast) last?.();
    sent++;
    try {
      // one round trip per 4 MB (the loop below)
      await context.sync();
    } catch (error) {
      throw guard ? await guard.failed(context, error) : error;
    }
    guard?.synced(sheets);
  };
  for (const [i, group] of requests.entries()) {
    const final = i === requests.length - 1;
    try {
      await send(group, final);
    } catch (error) {
      if (!isRequestTooLarge(error) || group.length < 2) throw error;
      const half = Math.ceil(group.length / 2);
      // the refused request, halved
      await send(group.slice(0, half), false);
      await send(group.slice(half), final);
    }
  }
  return sent;
}
