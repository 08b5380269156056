// The request context of the emulated Excel JavaScript API: proxies queue their work, `sync()` runs
// it in order, and every run counts its syncs, proxies and request bytes.
import { versionAtMost } from "../apiSets";
import { ExcelError, WorkbookState } from "../workbook";
import { PAYLOAD_LIMIT_BYTES, requestBytes } from "./payload";
import { EWorkbook } from "./workbook";

/**
 * Which Excel the workbook is open in. Excel on the web limits payloads and refuses to insert a
 * file holding a chart, comment, PivotTable or slicer; Excel on the desktop does neither; Excel on
 * iPad has no insertWorksheetsFromBase64 at all, though it answers ExcelApi 1.13 (emulator/insertSheets.ts).
 * Microsoft documents no payload limit for iPad: the emulator applies the web's, the stricter choice.
 */
export type Platform = "web" | "desktop" | "ipad";

/** The ExcelApi level the emulator claims unless told otherwise: the manifest's floor (manifest.xml). */
export const DEFAULT_API_VERSION = "1.14";

export interface RunStats {
  /** Round trips the add-in waited for (its `context.sync()` calls, and Excel.run's last one). */
  syncs: number;
  /** Every request sent, office.js's release of kept objects after the run included. */
  requests: number;
  proxies: number;
  payloadBytes: number;
  /** The largest single request (what Excel on the web limits to 5 MB). */
  maxRequestBytes: number;
  /** The largest response delivered (limited to 5 MB as well). */
  maxResponseBytes: number;
  /** Every response delivered, together: what the add-in waited to download. */
  responseBytes: number;
  /** Round trips whose response passed 5 MB and was refused. */
  refusedResponses: number;
  /** Requests over 5 MB, refused before anything in them ran. */
  refusedRequests: number;
}

export function emptyStats(): RunStats {
  return {
    syncs: 0,
    requests: 0,
    proxies: 0,
    payloadBytes: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    responseBytes: 0,
    refusedResponses: 0,
    refusedRequests: 0,
  };
}

export class Context {
  readonly stats: RunStats = emptyStats();
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
    readonly apiVersion = DEFAULT_API_VERSION,
    readonly platform: Platform = "web"
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

  /**
   * Runs what is queued, in order, and returns what the loads among it answered: the host's side
   * of a request (emulator/wire runs each action of a RichApi request this way). Stops at the first
   * failure; what ran before stays done.
   */
  async runQueued(): Promise<unknown[]> {
    const ops = this.queue;
    this.queue = [];
    this.pendingBytes = 0;
    const started = this.started;
    this.started = [];
    await Promise.allSettled(started);
    this.responses = [];
    try {
      for (const op of ops) op();
      return this.responses;
    } finally {
      this.responses = [];
    }
  }

  async sync(): Promise<void> {
    this.stats.syncs++;
    this.stats.requests++;
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
      this.stats.refusedRequests++;
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
    this.stats.responseBytes += response;
  }
}
