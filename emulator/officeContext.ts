// The parts of the Office global (Office.context, Office.onReady) the task pane reads at start-up,
// as each emulated Excel answers them. Office.context.officeTheme is documented for Excel, yet
// Excel on the web answers undefined (office-js issue 6134, reproduced by Microsoft, open in its
// backlog); Microsoft has said the theme is Windows-only (office-js issue 1431): the emulator gives
// it on the desktop only. Office.context.platform: learn.microsoft.com/javascript/api/office/office.platformtype.
import type { EmulatedExcel } from "./index";

/** A theme as Excel on Windows reports it with the Black Office theme. */
const DESKTOP_DARK_THEME = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#333333",
  controlForegroundColor: "#FFFFFF",
};

/** The Colorful theme's pane colours. */
const LIGHT_THEME = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

/** An Office global for an emulated Excel, with what detectHost and the theme watch read. */
export function officeFor(
  excel: Pick<EmulatedExcel, "platform" | "isSetSupported">,
  { displayLanguage = "en-US", dark = false }: { displayLanguage?: string; dark?: boolean } = {}
): typeof Office {
  const desktop = excel.platform === "PC";
  return {
    HostType: { Excel: "Excel" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    onReady: async () => ({ host: "Excel", platform: excel.platform }),
    context: {
      displayLanguage,
      platform: excel.platform,
      officeTheme: desktop ? (dark ? DESKTOP_DARK_THEME : LIGHT_THEME) : undefined,
      requirements: { isSetSupported: excel.isSetSupported },
      document: {},
    },
  } as unknown as typeof Office;
}
