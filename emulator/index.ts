// An emulated Excel for tests and the browser preview: `run` has the shape of `Excel.run`, and every
// run's round trips are counted. HyperFormula computes the formulas (GPLv3: never in the add-in bundle).
//
// Two ways in. Over the wire (where an office.js client is installed with `useOfficeJs`: the unit
// tests, the benchmark and the preview do): the add-in's code runs against the real office.js,
// whose requests the emulated workbook executes as a RichApi host (emulator/wire), counted in the
// bytes office.js sends and receives. Direct: the emulator's own Office.js-shaped objects
// (emulator/api), for code that runs where no office.js is installed.
import { DEFAULT_API_VERSION } from "./api/context";
import { Context, versionAtMost, type RunStats } from "./excel";
import { type OfficeJsWindow, OfficeJsClient, type RunFn } from "./wire/client";
import { type Platform, WorkbookHost } from "./wire/host";
import { WorkbookState } from "./workbook";

export { ExcelError, WorkbookState } from "./workbook";
export { GET_CELLS_LIMIT } from "./api/range";
export type { RunStats } from "./excel";
export type { RunFn } from "./wire/client";
export { WEB_PAYLOAD_LIMIT_BYTES, type Platform, type SeenRequest } from "./wire/host";

export interface EmulatedExcel {
  run: RunFn;
  state: WorkbookState;
  /** One entry per `run`, in order. */
  runs: RunStats[];
  /** `Office.context.requirements.isSetSupported`, answering for the emulated API level. */
  isSetSupported: (name: string, version?: string) => boolean;
  apiVersion: string;
  /** What `Office.context.platform` answers in this Excel ("OfficeOnline", "PC", "iOS"). */
  platform: string;
  /** "wire" when the add-in talks to the workbook through the real office.js client. */
  transport: "wire" | "direct";
  /** Over the wire: the workbook's host (its requests can be recorded with `host.recorded = []`). */
  host: WorkbookHost | null;
}

export interface EmulatorOptions {
  /** The ExcelApi level to claim (default the manifest's floor, 1.14). */
  apiVersion?: string;
  /** Sheets the workbook starts with (default one, "Sheet1"), as a new Excel workbook has. */
  sheets?: string[];
  /**
   * A workbook to act on instead of a new one: the same workbook seen at another API level, or by
   * a second person (each EmulatedExcel is its own connection, as two people co-authoring are).
   */
  state?: WorkbookState;
  /** Over the real office.js client (the default where one is installed), or direct. */
  transport?: "wire" | "direct";
  /**
   * Excel on the web (the default: 5 MB per request and per response, no chart/comment/PivotTable/
   * slicer in an inserted file), on the desktop, or on iPad (no insertWorksheetsFromBase64).
   */
  platform?: Platform;
}

/** Office.PlatformType for each emulated Excel (learn.microsoft.com/javascript/api/office/office.platformtype). */
const OFFICE_PLATFORM: Record<Platform, string> = {
  web: "OfficeOnline",
  desktop: "PC",
  ipad: "iOS",
};

type Loader = (apiVersion: string) => OfficeJsWindow | Promise<OfficeJsWindow>;

let loader: Loader | null = null;
const clients = new Map<string, Promise<OfficeJsClient>>();

/**
 * Installs the office.js client the emulator serves (a window with office.js loaded, one per
 * claimed API level, since office.js checks requirement sets against its host).
 */
export function useOfficeJs(load: Loader | null): void {
  loader = load;
  clients.clear();
}

function clientFor(apiVersion: string): Promise<OfficeJsClient> {
  let client = clients.get(apiVersion);
  if (!client) {
    const load = loader as Loader;
    client = Promise.resolve()
      .then(() => load(apiVersion))
      .then((window) => new OfficeJsClient(window, apiVersion));
    clients.set(apiVersion, client);
  }
  return client;
}

export function createEmulatedExcel(options: EmulatorOptions = {}): EmulatedExcel {
  const state = options.state ?? new WorkbookState();
  if (!options.state) for (const name of options.sheets ?? ["Sheet1"]) state.addSheet(name);
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  const runs: RunStats[] = [];
  const where = options.platform ?? "web";
  const platform = OFFICE_PLATFORM[where];
  const isSetSupported = (name: string, version = "1.1") =>
    name === "ExcelApi" && versionAtMost(version, apiVersion);
  const transport = options.transport ?? (loader ? "wire" : "direct");
  if (transport === "wire") {
    if (!loader) throw new Error("No office.js client is installed (useOfficeJs).");
    const client = clientFor(apiVersion);
    const host: WorkbookHost = new WorkbookHost(
      state,
      apiVersion,
      where,
      (entry) => void client.then((c) => c.emit(host, entry))
    );
    const connected = client.then((c) => c.connect(host, runs));
    const run: RunFn = async (batch) => (await connected)(batch);
    return { run, state, runs, isSetSupported, apiVersion, platform, transport, host };
  }
  const run: RunFn = async (batch) => {
    const context = new Context(state, apiVersion, where);
    runs.push(context.stats);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever is still queued when the batch returns: one more round trip.
    if (context.pending > 0) await context.sync();
    return result;
  };
  return { run, state, runs, isSetSupported, apiVersion, platform, transport, host: null };
}
