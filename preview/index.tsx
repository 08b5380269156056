// The browser preview: the real task pane beside a rendered, emulated workbook. office.js is the npm
// package's copy (outside Office it reports no host); Excel is the emulator behind the real office.js
// client (Excel on the web's, in a frame: preview/officeJs.ts), handed to the pane through the same
// seam Excel's own `Excel.run` goes through.
import { createRoot } from "react-dom/client";
import { useEffect, useMemo, useReducer } from "react";
import { createEmulatedExcel, useOfficeJs, type EmulatedExcel } from "../emulator";
import { cultureOf } from "../emulator/workbook";
import { App } from "../src/taskpane/components/App";
import { detectHost, type HostInfo, type ThemeWatch } from "../src/taskpane/office";
import { Grid } from "./Grid";
import { loadOfficeJsFrame } from "./officeJs";

declare global {
  interface Window {
    /** For end-to-end tests and curious people: the emulated workbook behind the grid. */
    okrPreview?: {
      excel: EmulatedExcel;
      office: HostInfo["kind"];
      /** Plays Office switching its theme while the pane is open (File › Account › Office Theme). */
      setDark: (dark: boolean) => void;
    };
  }
}

/** The emulator, redrawing the grid after every batch, whoever ran it (the pane, a test, a person). */
function observed(excel: EmulatedExcel): {
  excel: EmulatedExcel;
  subscribe: (listener: () => void) => () => void;
} {
  const listeners = new Set<() => void>();
  const run: EmulatedExcel["run"] = async (batch) => {
    try {
      return await excel.run(batch);
    } finally {
      listeners.forEach((listener) => listener());
    }
  };
  return {
    excel: { ...excel, run },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The preview's stand-in for Office's theme: starts from `?theme=dark`, changes on request. */
function previewTheme(): { dark: boolean; watch: ThemeWatch; setDark: (dark: boolean) => void } {
  let dark = new URLSearchParams(location.search).get("theme") === "dark";
  const listeners = new Set<(dark: boolean) => void>();
  return {
    dark,
    watch: (onChange) => {
      listeners.add(onChange);
      onChange(dark);
      return () => listeners.delete(onChange);
    },
    setDark: (next) => {
      dark = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}

function Preview({
  workbook,
  lang,
  theme,
}: {
  workbook: ReturnType<typeof observed>;
  lang: HostInfo["lang"];
  theme: ReturnType<typeof previewTheme>;
}) {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => workbook.subscribe(refresh), [workbook]);
  const { excel } = workbook;
  // One host for the page's life: the grid redraws after every batch, and a new host each time would
  // make the pane start over (and read again, and redraw again…).
  const host: HostInfo = useMemo(
    () => ({
      kind: "excel",
      excelApi: excel.apiVersion,
      emulated: true,
      lang,
      dark: theme.dark,
      watchTheme: theme.watch,
      excel: { run: excel.run, isSetSupported: excel.isSetSupported, platform: excel.platform },
    }),
    [excel, lang, theme]
  );
  return (
    <div style={{ display: "flex", height: "100%" }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Grid state={excel.state} onChange={refresh} />
      </div>
      {/* Not an <aside>: the pane's own landmarks (banner, navigation, main) must stay top-level. */}
      <div
        data-testid="taskpane"
        style={{ width: 380, borderLeft: "1px solid #d0d0d0", overflow: "auto" }}
      >
        <App host={host} />
      </div>
    </div>
  );
}

async function main() {
  // office.js must load and answer, as it does in any browser tab; it finds no Office host here.
  const office = await detectHost();
  const params = new URLSearchParams(location.search);
  useOfficeJs(loadOfficeJsFrame);
  // ?platform=ipad or desktop: Excel on iPad (no insertWorksheetsFromBase64) or on the desktop.
  const platform = params.get("platform");
  const workbook = observed(
    createEmulatedExcel({
      apiVersion: params.get("api") ?? undefined,
      platform: platform === "ipad" || platform === "desktop" ? platform : "web",
    })
  );
  // ?culture=de-DE: Excel running in another culture (its decimal comma, as Application reports it).
  const culture = params.get("culture");
  if (culture) workbook.excel.state.culture = cultureOf(culture);
  const theme = previewTheme();
  window.okrPreview = { excel: workbook.excel, office: office.kind, setDark: theme.setDark };
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(<Preview workbook={workbook} lang={office.lang} theme={theme} />);
}

main();
