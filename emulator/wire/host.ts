// The emulated workbook as a RichApi host: it receives each request as the text office.js sends,
// counts it, refuses it over the web's limit as Excel on the web does, executes it, and answers
// with the text office.js reads (also counted and limited). One host per connection to a workbook;
// two hosts over one WorkbookState are two people in one shared workbook.
import { utf8Length } from "../../src/domain/reading/utf8";
import type { Platform, RunStats } from "../api/context";
import { activationListeners } from "../api/activation";
import type { WorkbookState } from "../workbook";
import {
  EVENT_CATEGORY,
  EVENT_TARGET_WORKBOOK,
  EVENT_WORKSHEET_ACTIVATED,
  WEB_ERRORS,
} from "./protocol";
import { ActionType, type RequestBody } from "./protocol";
import { type EventName, RichApiSession } from "./richApi";

/**
 * Excel on the web's limit for a request and for a response: "a payload size limit for requests
 * and responses of 5MB" (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). The page does not say whether a MB
 * is 10^6 or 2^20 bytes; the emulator takes the smaller, 5,000,000 bytes of UTF-8 text.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

export type { Platform } from "../api/context";

/** What the transport hands back to office.js: the response text, or the web's failure. */
export type Answer =
  { ok: true; body: string } | { ok: false; error: { code: number; message: string } };

/** An event entry as office.js's GenericEventRegistration reads it. */
export interface EventEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

/** A request, as the host saw it (for tests that look at what office.js sent). */
export interface SeenRequest {
  bytes: number;
  body: RequestBody | null;
  /** office.js's release of kept objects after a run (`_RemoveReference` only), not a sync. */
  cleanup: boolean;
  /** The response's bytes (also when refused for its size); undefined when the request was refused. */
  responseBytes?: number;
}

let nextHost = 1;

/**
 * The workbook runs one request at a time, whoever sent it: two connections (two people) interleave
 * between their requests, never within one. Excel documents no finer interleaving for a RichApi
 * batch (docs/EXCEL-FIDELITY.md says what is documented and what the emulator assumes).
 */
const running = new WeakMap<WorkbookState, Promise<unknown>>();

function oneAtATime<T>(state: WorkbookState, work: () => Promise<T>): Promise<T> {
  const turn = (running.get(state) ?? Promise.resolve()).then(work, work);
  running.set(
    state,
    turn.catch(() => undefined)
  );
  return turn;
}

export class WorkbookHost {
  /** Names this connection in each request (office.js's X-OfficeControlId header). */
  readonly controlId = `okr-emulator-${nextHost++}`;
  readonly session: RichApiSession;
  private readonly runs = new Map<string, RunStats>();
  private nextRun = 1;
  private listening = new Set<EventName>();
  private stopActivation: (() => void) | null = null;
  /** Every request, when a test asks to see them (`record`). */
  recorded: SeenRequest[] | null = null;

  constructor(
    readonly state: WorkbookState,
    readonly apiVersion: string,
    readonly platform: Platform,
    /** Sends an event to the add-in's office.js (the client delivers it to this connection). */
    private readonly emit: (entry: EventEntry) => void
  ) {
    this.session = new RichApiSession(state, apiVersion, platform, (event, on) =>
      this.listen(event, on)
    );
  }

  /** A run (one Excel.run) whose requests are counted into `stats`; returns its id. */
  openRun(stats: RunStats): string {
    const id = String(this.nextRun++);
    this.runs.set(id, stats);
    return id;
  }

  private get limit(): number {
    return this.platform === "desktop" ? Infinity : WEB_PAYLOAD_LIMIT_BYTES;
  }

  /** One request from office.js: `runId` names the run it belongs to. */
  async handle(runId: string | undefined, text: string): Promise<Answer> {
    const stats = this.runs.get(runId ?? "");
    const bytes = utf8Length(text);
    const body = JSON.parse(text) as RequestBody;
    const cleanup =
      body.Actions.some((a) => a.Name === "_RemoveReference") &&
      body.Actions.every(
        (a) => a.ActionType === ActionType.instantiate || a.Name === "_RemoveReference"
      );
    const seen: SeenRequest = { bytes, body, cleanup };
    this.recorded?.push(seen);
    if (stats) {
      stats.requests++;
      if (!cleanup) {
        stats.syncs++;
        stats.proxies += Object.keys(body.ObjectPaths).length;
      }
      stats.payloadBytes += bytes;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    }
    if (bytes > this.limit) {
      if (stats) stats.refusedRequests++;
      return { ok: false, error: WEB_ERRORS.requestTooLarge };
    }
    const response = JSON.stringify(await oneAtATime(this.state, () => this.session.execute(body)));
    const responseBytes = utf8Length(response);
    seen.responseBytes = responseBytes;
    if (responseBytes > this.limit) {
      if (stats) stats.refusedResponses++;
      return { ok: false, error: WEB_ERRORS.responseTooLarge };
    }
    if (stats) {
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      stats.responseBytes += responseBytes;
    }
    return { ok: true, body: response };
  }

  private listen(event: EventName, on: boolean): void {
    if (on) this.listening.add(event);
    else this.listening.delete(event);
    if (this.listening.has("activated") && !this.stopActivation) {
      const listeners = activationListeners(this.state);
      const listener = async (args: Excel.WorksheetActivatedEventArgs) =>
        this.emit({
          messageCategory: EVENT_CATEGORY,
          messageType: EVENT_WORKSHEET_ACTIVATED,
          targetId: EVENT_TARGET_WORKBOOK,
          message: JSON.stringify(args),
        });
      listeners.add(listener);
      this.stopActivation = () => listeners.delete(listener);
    } else if (!this.listening.has("activated") && this.stopActivation) {
      this.stopActivation();
      this.stopActivation = null;
    }
  }
}
