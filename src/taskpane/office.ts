// The task pane's one seam to Office: what host it runs in, which Excel API level it has, the display
// language and theme. Components receive the result as data and never touch `Office` themselves.
import { langFromLocale } from "../domain/reading/i18n";
import type { Lang } from "../domain/types";
import type { ExcelApi } from "../excel/host";

export type { ExcelApi } from "../excel/host";

/** Calls back with "is the theme dark?" whenever Office's theme changes; returns the unsubscribe. */
export type ThemeWatch = (onChange: (dark: boolean) => void) => () => void;

export type HostInfo =
  | { kind: "outside"; lang: Lang; dark: boolean; watchTheme?: ThemeWatch }
  | { kind: "otherHost"; host: string; lang: Lang; dark: boolean; watchTheme?: ThemeWatch }
  | {
      kind: "excel";
      /** Follows Office's theme while the pane is open, where the host can tell. */
      watchTheme?: ThemeWatch;
      /** The highest ExcelApi level supported; null below 1.1. */
      excelApi: string | null;
      excel: ExcelApi;
      /** True in the browser preview, where the workbook is an in-page emulation. */
      emulated?: boolean;
      lang: Lang;
      dark: boolean;
    };

/** The Excel API levels we know of, newest last; the highest supported one is reported. */
export const EXCEL_API_LEVELS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
  "1.17",
  "1.18",
  "1.19",
  "1.20",
] as const;

/** The level the manifest asks for (manifest.xml says why); the add-in needs nothing above it. */
export const MIN_EXCEL_API = "1.14";

/** Whether a background colour (#rrggbb) is dark enough that the pane should use its dark theme. */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The highest Excel API level the host supports, given its `isSetSupported`. */
export function highestExcelApi(
  isSetSupported: (name: string, version: string) => boolean
): string | null {
  let best: string | null = null;
  for (const level of EXCEL_API_LEVELS) {
    if (!isSetSupported("ExcelApi", level)) break;
    best = level;
  }
  return best;
}

function browserLang(): Lang {
  return langFromLocale(typeof navigator === "undefined" ? "en" : navigator.language);
}

/**
 * Waits for office.js and describes the host. Outside Office (a plain browser tab, or office.js not
 * loaded at all) this resolves to "outside" instead of failing.
 */
export async function detectHost(
  office: typeof Office | undefined = globalThis.Office
): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function")
    return { kind: "outside", lang: browserLang(), dark: false };
  const info = await office.onReady();
  if (!info || !info.host) return { kind: "outside", lang: browserLang(), dark: false };
  const context = office.context;
  const lang = langFromLocale(context?.displayLanguage);
  const dark = isDarkColor(context?.officeTheme?.bodyBackgroundColor);
  const watchTheme = officeThemeWatch(office);
  if (info.host !== office.HostType.Excel)
    return { kind: "otherHost", host: String(info.host), lang, dark, watchTheme };
  const isSetSupported = (name: string, version: string) =>
    Boolean(context?.requirements?.isSetSupported(name, version));
  const excel: ExcelApi = {
    run: (batch) => Excel.run(batch),
    isSetSupported,
    platform: context?.platform ? String(context.platform) : undefined,
  };
  return {
    kind: "excel",
    excelApi: highestExcelApi(isSetSupported),
    excel,
    lang,
    dark,
    watchTheme,
  };
}

/**
 * Office's theme while the pane is open. Hosts that raise `OfficeThemeChanged` on the document tell us
 * (https://learn.microsoft.com/javascript/api/office/office.eventtype); Excel does not raise it on every
 * platform, so the theme is also read again whenever the pane regains focus or becomes visible — the
 * moments after a person has been to File › Account › Office Theme.
 */
export function officeThemeWatch(
  office: typeof Office,
  target: Pick<Window, "addEventListener" | "removeEventListener"> | undefined = globalThis.window
): ThemeWatch {
  return (onChange) => {
    let last: boolean | null = null;
    const read = () => {
      const dark = isDarkColor(office.context?.officeTheme?.bodyBackgroundColor);
      if (dark !== last) onChange(dark);
      last = dark;
    };
    read();
    const eventType = office.EventType?.OfficeThemeChanged;
    const document = office.context?.document as
      (Office.Document & { addHandlerAsync?: Office.Document["addHandlerAsync"] }) | undefined;
    if (eventType && typeof document?.addHandlerAsync === "function") {
      try {
        document.addHandlerAsync(eventType, read);
      } catch {
        // This host has no such event for documents: focus and visibility still catch the change.
      }
    }
    target?.addEventListener("focus", read);
    target?.addEventListener("visibilitychange", read);
    return () => {
      target?.removeEventListener("focus", read);
      target?.removeEventListener("visibilitychange", read);
      if (eventType && typeof document?.removeHandlerAsync === "function") {
        try {
          document.removeHandlerAsync(eventType, { handler: read });
        } catch {
          // nothing registered
        }
      }
    };
  };
}

/** The phases of a long operation, in order: Office reads, the domain checks and plans, Office writes. */
export const PHASES = ["reading", "checking", "writing"] as const;
export type Phase = (typeof PHASES)[number];

/** What a long operation reports to the pane, and how the pane asks it to stop before it writes. */
export interface Progress {
  onPhase: (phase: Phase) => void;
  signal: AbortSignal;
}

/** Stops the operation when Cancel was pressed (not `throwIfAborted`: jsdom and older WebViews lack it). */
function stopIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new Error("Cancelled");
}

/** Lets the browser paint the phase just reported (and take a click on Cancel) before work goes on. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The operations in src/excel read in their first round trip, plan, then write. Until they report
 * their phases themselves (`progress` as their last argument), this adapter infers the phases from
 * the round trips: "reading" until the first sync returns, "checking" while the domain plans, and
 * "writing" from the next sync on — and before that next sync it honours Cancel by throwing, so the
 * queued writes are never sent (Excel.run sends nothing of a batch that throws).
 */
export function withProgress(excel: ExcelApi, progress: Progress): ExcelApi {
  return {
    ...excel,
    run: (batch) =>
      excel.run(async (context) => {
        let syncs = 0;
        const sync = async () => {
          if (syncs > 0) {
            stopIfCancelled(progress.signal);
            progress.onPhase("writing");
          }
          await context.sync();
          if (syncs++ === 0) {
            progress.onPhase("checking");
            await breathe();
          }
        };
        stopIfCancelled(progress.signal);
        progress.onPhase("reading");
        const tracked = new Proxy(context, {
          get: (target, key) => (key === "sync" ? sync : Reflect.get(target, key, target)),
        });
        return batch(tracked);
      }),
  };
}

/**
 * Calls `onActivated` whenever a worksheet is activated (`worksheets.onActivated`:
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onactivated-member).
 * Resolves to the function that stops listening.
 */
export async function watchActiveSheet(
  excel: ExcelApi,
  onActivated: () => void
): Promise<() => Promise<void>> {
  const registration = await excel.run(async (context) => {
    const handler = context.workbook.worksheets.onActivated.add(async () => onActivated());
    await context.sync();
    return handler;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
