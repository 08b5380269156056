import { detectHost, highestExcelApi, isDarkColor } from "../../src/taskpane/office";
import { STRINGS, LANGUAGE_NAMES } from "../../src/taskpane/strings";
import { FEATURES } from "../../src/taskpane/features";
import { LANGS } from "../../src/domain/types";

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
  it("has every string in every language, the Chinese ones in Chinese", () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      for (const lang of LANGS) expect(`${key}:${text[lang].trim()}`).not.toBe(`${key}:`);
      expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(text["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.values(LANGUAGE_NAMES)).toEqual(["English", "简体中文", "繁體中文"]);
  });

  it("ships no place that has no feature behind it", () => {
    for (const f of FEATURES) expect(typeof f.render).toBe("function");
  });
});
