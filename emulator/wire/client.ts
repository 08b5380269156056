// The real office.js client in front of the emulator. office.js (@microsoft/office-js's
// excel-web-16.00 build, the file Excel on the web loads) builds every request itself; it hands
// each to the web's transport, `OSF.DDA.RichApi.executeRichApiRequestAsync`, which Office's
// host facade defines once the add-in is initialised in Excel on the web
// (OSF.InitializationHelper.loadAppSpecificScriptAndCreateOM). Outside Office nothing defines it;
// here it is the emulated workbook's host. Everything above it (proxies, load/sync, the request's
// object paths and actions, reading the response, errors, events) is office.js's own code.
import { versionAtMost } from "../apiSets";
import { emptyStats, type RunStats } from "../api/context";
import { CONTROL_ID_HEADER } from "./protocol";
import type { EventEntry, WorkbookHost } from "./host";

/** The globals the office.js client defines in the window it was loaded into. */
export interface OfficeJsWindow {
  Excel: typeof Excel & { RequestContext: new () => Excel.RequestContext };
  OfficeExtension: {
    GenericEventRegistration: {
      getGenericEventRegistration: (controlId: string) => {
        _handleRichApiMessage: (message: { entries: EventEntry[] }) => void;
      };
    };
  };
  OSF: { DDA: { RichApi: Record<string, unknown> }; _OfficeAppFactory?: unknown };
}

/** Excel.run as the add-in calls it. */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The custom header that tells the host which run a request belongs to (for its counts). */
const RUN_HEADER = "X-OkrEmulatorRun";

/** The web transport's answer, as OSF's asynchronous calls give it. */
type AsyncResult =
  | { status: "succeeded"; value: { data: [number, string[], string] } }
  | { status: "failed"; error: { code: number; message: string } };

/** office.js loaded in one window, claiming one ExcelApi level, serving any number of workbooks. */
export class OfficeJsClient {
  /**
   * The workbooks it serves, by connection. Held weakly: one client serves every workbook a test
   * file or the benchmark makes, and a workbook nobody holds any more (its EmulatedExcel gone) must
   * not stay in memory for the client's sake.
   */
  private readonly hosts = new Map<string, WeakRef<WorkbookHost>>();
  private readonly forget = new FinalizationRegistry<string>((id) => this.hosts.delete(id));

  constructor(
    readonly window: OfficeJsWindow,
    readonly apiVersion: string
  ) {
    const richApi = window.OSF.DDA.RichApi;
    richApi.executeRichApiRequestAsync = (data: unknown[], callback: (r: AsyncResult) => void) =>
      void this.send(data).then(callback);
    // Events reach office.js through its GenericEventRegistration (see `emit`); registering the
    // web's message handler has nothing more to do.
    richApi.richApiMessageManager = {
      register: () => Promise.resolve(),
      removeHandlerAsync: (_type: unknown, _options: unknown, done?: (r: unknown) => void) =>
        done?.({ status: "succeeded" }),
    };
    // office.js checks each member's requirement set before it queues it (throwIfApiNotSupported),
    // asking Office.context.requirements, as in Excel. Office.context is what the loader
    // (office.js's OSF._OfficeAppFactory) made when Office initialised the add-in; here it holds
    // only the requirements.
    const requirements = {
      isSetSupported: (name: string, version?: string) =>
        name === "ExcelApi" && versionAtMost(version ?? "1.1", apiVersion),
    };
    window.OSF._OfficeAppFactory ??= { getContext: () => ({ requirements }) };
  }

  /** The request as the web transport receives it: [customData, method, path, headers, body, …]. */
  private async send(data: unknown[]): Promise<AsyncResult> {
    const headers = headerMap(data[3]);
    const host = this.hosts.get(headers[CONTROL_ID_HEADER] ?? "")?.deref();
    await Promise.resolve(); // a round trip is asynchronous, even in memory
    if (!host)
      return {
        status: "failed",
        error: { code: 5001, message: "No workbook answers this request." },
      };
    const answer = await host.handle(headers[RUN_HEADER], String(data[4]));
    return answer.ok
      ? { status: "succeeded", value: { data: [200, [], answer.body] } }
      : { status: "failed", error: answer.error };
  }

  /** Delivers a host's event to office.js for that connection (as its host-bridge session does). */
  emit(host: WorkbookHost, entry: EventEntry): void {
    const registration =
      this.window.OfficeExtension.GenericEventRegistration.getGenericEventRegistration(
        host.controlId
      );
    registration._handleRichApiMessage({ entries: [entry] });
  }

  /** `Excel.run` against `host`'s workbook; each run's requests are counted into `runs`. */
  connect(host: WorkbookHost, runs: RunStats[]): RunFn {
    this.hosts.set(host.controlId, new WeakRef(host));
    this.forget.register(host, host.controlId);
    const { Excel: excel } = this.window;
    return async (batch) => {
      const stats = emptyStats();
      runs.push(stats);
      const context = new excel.RequestContext();
      context.requestHeaders[CONTROL_ID_HEADER] = host.controlId;
      context.requestHeaders[RUN_HEADER] = host.openRun(stats);
      return excel.run(context, batch);
    };
  }
}

function headerMap(list: unknown): Record<string, string> {
  const map: Record<string, string> = {};
  if (Array.isArray(list)) for (let i = 0; i + 1 < list.length; i += 2) map[list[i]] = list[i + 1];
  return map;
}
