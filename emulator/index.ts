// An emulated Excel for tests and the browser preview: `run` has the shape of `Excel.run`, and every
// run's round trips are counted. HyperFormula computes the formulas (GPLv3: never in the add-in bundle).
import { Context, versionAtMost, type RunStats } from "./excel";
import { WorkbookState } from "./workbook";

export { ExcelError, WorkbookState } from "./workbook";
export type { RunStats } from "./excel";

/** `Excel.run` as the add-in calls it. */
export type RunFn = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface EmulatedExcel {
  run: RunFn;
  state: WorkbookState;
  /** One entry per `run`, in order. */
  runs: RunStats[];
  /** `Office.context.requirements.isSetSupported`, answering for the emulated API level. */
  isSetSupported: (name: string, version?: string) => boolean;
  apiVersion: string;
}

export interface EmulatorOptions {
  /** The ExcelApi level to claim (default 1.12): lower it to test graceful degradation. */
  apiVersion?: string;
  /** Sheets the workbook starts with (default one, "Sheet1"), as a new Excel workbook has. */
  sheets?: string[];
  /** A workbook to act on instead of a new one (the same workbook seen at another API level). */
  state?: WorkbookState;
}

export function createEmulatedExcel(options: EmulatorOptions = {}): EmulatedExcel {
  const state = options.state ?? new WorkbookState();
  if (!options.state) for (const name of options.sheets ?? ["Sheet1"]) state.addSheet(name);
  const apiVersion = options.apiVersion ?? "1.12";
  const runs: RunStats[] = [];
  const run: RunFn = async (batch) => {
    const context = new Context(state, apiVersion);
    runs.push(context.stats);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever is still queued when the batch returns: one more round trip.
    if (context.pending > 0) await context.sync();
    return result;
  };
  const isSetSupported = (name: string, version = "1.1") =>
    name === "ExcelApi" && versionAtMost(version, apiVersion);
  return { run, state, runs, isSetSupported, apiVersion };
}
