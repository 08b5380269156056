// The task pane's one seam to Office: what host it runs in, which Excel API level it has, the display
// language and theme. Components receive the result as data and never touch `Office` themselves.
import { langFromLocale } from "../domain/i18n";
import type { Lang } from "../domain/types";
import type { ExcelApi } from "../excel/host";

export type { ExcelApi } from "../excel/host";

export type HostInfo =
  | { kind: "outside"; lang: Lang; dark: boolean }
  | { kind: "otherHost"; host: string; lang: Lang; dark: boolean }
  | {
      kind: "excel";
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

/** The level the manifest asks for: everything above it is feature-detected. */
export const MIN_EXCEL_API = "1.1";

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
  if (info.host !== office.HostType.Excel)
    return { kind: "otherHost", host: String(info.host), lang, dark };
  const isSetSupported = (name: string, version: string) =>
    Boolean(context?.requirements?.isSetSupported(name, version));
  const excel: ExcelApi = { run: (batch) => Excel.run(batch), isSetSupported };
  return { kind: "excel", excelApi: highestExcelApi(isSetSupported), excel, lang, dark };
}
