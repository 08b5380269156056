import { createEmulatedExcel } from "../../emulator";
import { officeFor } from "../../emulator/officeContext";
import { valuesOf } from "../support/emulatorRead";
import { readActiveSheetName } from "../../src/taskpane/useActiveSheet";
import {
  detectHost,
  highestExcelApi,
  isDarkColor,
  officeThemeWatch,
  watchActiveSheet,
  withProgress,
  type Phase,
} from "../../src/taskpane/office";
import { FEATURES } from "../../src/taskpane/features";

/** A stand-in for the office.js global, with just what detectHost reads. */
function fakeOffice(host: string | null, opts: { lang?: string; bg?: string; upTo?: string } = {}) {
  const order = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"];
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: async () => ({ host, platform: null }),
    context: {
      displayLanguage: opts.lang ?? "en-US",
      officeTheme: opts.bg ? { bodyBackgroundColor: opts.bg } : undefined,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "ExcelApi" &&
          opts.upTo !== undefined &&
          order.indexOf(version) <= order.indexOf(opts.upTo),
      },
    },
  } as unknown as typeof Office;
}

describe("host detection", () => {
  it("treats a missing office.js as running outside Office", async () => {
    expect((await detectHost(undefined)).kind).toBe("outside");
  });

  it("treats Office.onReady without a host (a plain browser tab) as outside", async () => {
    expect((await detectHost(fakeOffice(null))).kind).toBe("outside");
  });

  it("reports Excel with its highest API level, language and theme", async () => {
    const host = await detectHost(
      fakeOffice("Excel", { lang: "zh-HK", bg: "#1f1f1f", upTo: "1.8" })
    );
    expect(host).toMatchObject({ kind: "excel", excelApi: "1.8", lang: "zh-TW", dark: true });
    if (host.kind !== "excel") return;
    expect(host.excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(host.excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("starts on Excel on the web, whose officeTheme is undefined (office-js issue 6134), light and following nothing that is not there", async () => {
    const web = createEmulatedExcel({ platform: "web" });
    const office = officeFor(web, { dark: true });
    expect(office.context.officeTheme).toBeUndefined();
    const host = await detectHost(office);
    expect(host).toMatchObject({ kind: "excel", excelApi: "1.14", dark: false });
    if (host.kind !== "excel") return;
    expect(host.excel.platform).toBe("OfficeOnline");
    const seen: boolean[] = [];
    const target = { addEventListener: () => undefined, removeEventListener: () => undefined };
    officeThemeWatch(office, target)((dark) => seen.push(dark))();
    expect(seen).toEqual([false]);
    // The desktop tells its theme.
    const desktop = await detectHost(
      officeFor(createEmulatedExcel({ platform: "desktop" }), { dark: true })
    );
    expect(desktop).toMatchObject({ kind: "excel", dark: true });
  });

  it("reports an Excel below ExcelApi 1.1 as having no usable level", async () => {
    const host = await detectHost(fakeOffice("Excel", {}));
    expect(host).toMatchObject({ kind: "excel", excelApi: null, lang: "en", dark: false });
  });

  it("reports other Office hosts by name", async () => {
    expect(await detectHost(fakeOffice("Word", { lang: "zh-CN" }))).toEqual({
      kind: "otherHost",
      host: "Word",
      lang: "zh-CN",
      dark: false,
      watchTheme: expect.any(Function),
    });
  });

  it("finds the highest contiguous API level", () => {
    expect(highestExcelApi((_, v) => ["1.1", "1.2", "1.3"].includes(v))).toBe("1.3");
    expect(highestExcelApi(() => false)).toBeNull();
  });

  it("tells dark backgrounds from light ones", () => {
    expect(isDarkColor("#000000")).toBe(true);
    expect(isDarkColor("#1F1F1F")).toBe(true);
    expect(isDarkColor("#ffffff")).toBe(false);
    expect(isDarkColor("#f3f2f1")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });
});

describe("pane text", () => {
  it("ships no place that has no feature behind it", () => {
    for (const f of FEATURES) expect(typeof f.render).toBe("function");
  });
});

describe("following Office's theme", () => {
  it("reports the theme at once and again when the document says it changed", () => {
    let handler: (() => void) | null = null;
    const office = fakeOffice("Excel", { bg: "#ffffff", upTo: "1.1" }) as unknown as {
      context: { officeTheme: { bodyBackgroundColor: string }; document: unknown };
      EventType: unknown;
    };
    office.EventType = { OfficeThemeChanged: "officeThemeChanged" };
    office.context.document = {
      addHandlerAsync: (_: string, h: () => void) => (handler = h),
      removeHandlerAsync: () => (handler = null),
    };
    const seen: boolean[] = [];
    const stop = officeThemeWatch(
      office as unknown as typeof Office,
      undefined
    )((d) => seen.push(d));
    office.context.officeTheme = { bodyBackgroundColor: "#262626" };
    handler!();
    handler!(); // the same theme again is not a change
    expect(seen).toEqual([false, true]);
    stop();
    expect(handler).toBeNull();
  });

  it("reads the theme again when the pane regains focus, where the host raises no event", () => {
    const office = fakeOffice("Excel", { bg: "#ffffff", upTo: "1.1" }) as unknown as {
      context: { officeTheme: { bodyBackgroundColor: string } };
    };
    const target = new EventTarget();
    const seen: boolean[] = [];
    officeThemeWatch(
      office as unknown as typeof Office,
      target as unknown as Window
    )((d) => seen.push(d));
    office.context.officeTheme = { bodyBackgroundColor: "#1f1f1f" };
    target.dispatchEvent(new Event("focus"));
    expect(seen).toEqual([false, true]);
  });
});

describe("long operations through the seam", () => {
  const batch = async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").load("values");
    await context.sync();
    sheet.getRange("B1").values = [["written"]];
    await context.sync();
  };

  it("reports reading, checking and writing in order", async () => {
    const excel = createEmulatedExcel();
    const phases: Phase[] = [];
    await withProgress(excel, {
      onPhase: (p) => phases.push(p),
      signal: new AbortController().signal,
    }).run(batch);
    expect(phases).toEqual(["reading", "checking", "writing"]);
    expect(valuesOf(excel, "Sheet1")[0][1]).toBe("written");
  });

  it("writes nothing when cancelled before the write", async () => {
    const excel = createEmulatedExcel();
    const cancel = new AbortController();
    const phases: Phase[] = [];
    const run = withProgress(excel, {
      onPhase: (p) => {
        phases.push(p);
        if (p === "checking") cancel.abort();
      },
      signal: cancel.signal,
    }).run(batch);
    await expect(run).rejects.toThrow("Cancelled");
    expect(phases).toEqual(["reading", "checking"]);
    expect(excel.state.usedArea(excel.state.findSheet("Sheet1")!, false)).toBeNull();
  });
});

describe("following the active sheet", () => {
  it("hears every activation from ExcelApi 1.7 on, and stops when asked", async () => {
    const excel = createEmulatedExcel({ sheets: ["A", "B"] });
    let heard = 0;
    const stop = await watchActiveSheet(excel, () => heard++);
    expect(stop).not.toBeNull();
    const activate = (name: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      });
    await activate("B");
    await activate("B"); // already active: no event
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toBe(1);
    await stop!();
    await activate("A");
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toBe(1);
  });

  it("names the sheet that is active when Excel announces another one whose panes were frozen (office-js issue 3148)", async () => {
    const excel = createEmulatedExcel({ sheets: ["A", "B"] });
    const named: string[] = [];
    let heard = () => undefined as void;
    const told = new Promise<void>((resolve) => (heard = resolve));
    const stop = await watchActiveSheet(excel, () => {
      void readActiveSheetName(excel).then((name) => {
        named.push(name);
        heard();
      });
    });
    // as the add-in's plans do when they write a sheet: its header rows frozen
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").freezePanes.freezeRows(1);
      await context.sync();
    });
    await told;
    expect(named).toEqual(["A"]);
    await stop();
  });
});
