/**
 * @jest-environment jsdom
 */
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { lazyPlace, type PaneFeature } from "../../src/taskpane/features";
import type { HostInfo } from "../../src/taskpane/office";

const outside: HostInfo = { kind: "outside", lang: "en", dark: false };
const excel = (
  excelApi: string | null,
  lang: HostInfo["lang"] = "en",
  emulated = false
): HostInfo => ({
  kind: "excel",
  excelApi,
  excel: {
    run: () => Promise.reject(new Error("no workbook in this test")),
    isSetSupported: () => true,
  },
  emulated,
  lang,
  dark: false,
});

beforeEach(() => localStorage.clear());

// Each test renders Fluent UI and runs whole operations against the emulator (HyperFormula): about a
// second alone, several on a busy 2-core machine. A generous budget, not a speed test (bench/ is);
// findBy… waits as long (its default is one second).
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

describe("task pane shell", () => {
  it("says plainly that it runs outside Excel, and offers no actions", () => {
    render(<App host={outside} />);
    const notice = screen.getByTestId("host-notice");
    expect(notice.getAttribute("data-host")).toBe("outside");
    expect(notice.textContent).toContain("Running outside Excel");
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows the product name and switches language, remembering the choice", () => {
    const { unmount } = render(<App host={outside} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("OKR Sheets");
    fireEvent.change(screen.getByTestId("language-select"), { target: { value: "zh-CN" } });
    expect(screen.getByTestId("host-notice").textContent).toContain("当前不在 Excel 中运行");
    expect(screen.getByText("语言")).toBeTruthy();
    fireEvent.change(screen.getByTestId("language-select"), { target: { value: "zh-TW" } });
    expect(screen.getByTestId("host-notice").textContent).toContain("目前不在 Excel 中執行");
    unmount();
    render(<App host={outside} />);
    expect((screen.getByTestId("language-select") as HTMLSelectElement).value).toBe("zh-TW");
  });

  it("offers the three languages in a labelled native select, each option named in its own language", () => {
    render(<App host={outside} />);
    const select = screen.getByRole("combobox", { name: "Language" }) as HTMLSelectElement;
    expect(select.tagName).toBe("SELECT");
    expect([...select.options].map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ["en", "en", "English"],
      ["zh-CN", "zh-CN", "简体中文"],
      ["zh-TW", "zh-TW", "繁體中文"],
    ]);
  });

  it("starts in the host's display language", () => {
    render(<App host={excel("1.8", "zh-TW")} />);
    expect(screen.getByTestId("host-notice").textContent).toContain("已連線 Excel");
    expect(screen.getByTestId("host-notice").textContent).toContain("1.8");
  });

  it("says when the workbook is the preview's emulation", () => {
    render(<App host={excel("1.12", "zh-CN", true)} />);
    expect(screen.getByTestId("host-notice").getAttribute("data-host")).toBe("emulated");
    expect(screen.getByTestId("host-notice").textContent).toContain("模拟");
  });

  it("in Excel with no features built, says so instead of showing empty places", () => {
    render(<App host={excel("1.1")} features={[]} />);
    expect(screen.getByTestId("nothing-yet").textContent).toContain("No OKR actions are available");
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("refuses politely in another Office host and in an Excel without ExcelApi 1.1", () => {
    const { unmount } = render(
      <App host={{ kind: "otherHost", host: "Word", lang: "en", dark: false }} />
    );
    expect(screen.getByTestId("host-notice").textContent).toContain("(Word) is not supported");
    unmount();
    render(<App host={excel(null)} />);
    expect(screen.getByTestId("host-notice").getAttribute("data-host")).toBe("old-excel");
    expect(screen.queryByTestId("nothing-yet")).toBeNull();
  });

  it("ships New sheet, Check, Score and Check-in in cycle order, shown only when a workbook can be reached", async () => {
    const { unmount } = render(<App host={excel("1.8")} />);
    const tablist = within(screen.getByRole("tablist"));
    const tabs = tablist.getAllByRole("tab");
    expect(
      ["New sheet", "Check", "Score", "Check-in"].map((name) =>
        tabs.indexOf(tablist.getByRole("tab", { name }))
      )
    ).toEqual([0, 1, 2, 3]);
    // Each place's code loads on demand (features.tsx): it appears once its chunk is in.
    expect(await screen.findByRole("button", { name: "Create sheets" })).toBeTruthy();
    fireEvent.click(within(screen.getByRole("tablist")).getByRole("tab", { name: "Check" }));
    expect(await screen.findByRole("button", { name: "Check this sheet" })).toBeTruthy();
    unmount();
    render(<App host={outside} />);
    expect(screen.queryByRole("button", { name: "Check this sheet" })).toBeNull();
  });

  it("lists the places that exist in the order of the OKR cycle and shows the selected one", () => {
    const place = (key: PaneFeature["key"], en: string): PaneFeature => ({
      key,
      label: { en, "zh-CN": en, "zh-TW": en },
      render: () => <p>{`${en} screen`}</p>,
    });
    render(
      <App
        host={excel("1.8")}
        features={[place("score", "Score"), place("newSheet", "New sheet")]}
      />
    );
    const tablist = screen.getByRole("tablist");
    expect(within(tablist).getAllByRole("tab")).toHaveLength(2);
    const newSheet = within(tablist).getByRole("tab", { name: "New sheet" });
    const score = within(tablist).getByRole("tab", { name: "Score" });
    // New sheet comes before Score in the cycle, whatever order the features were given in.
    expect(newSheet.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText("New sheet screen")).toBeTruthy();
    fireEvent.click(score);
    expect(screen.getByText("Score screen")).toBeTruthy();
    expect(screen.queryByTestId("nothing-yet")).toBeNull();
  });

  describe("places loaded on demand", () => {
    const label = (en: string) => ({ en, "zh-CN": en, "zh-TW": en });
    /** A place whose code arrives when the test says so. */
    const deferred = () => {
      let arrive!: () => void;
      let fail!: (error: Error) => void;
      const loaded = new Promise<() => JSX.Element>((resolve, reject) => {
        arrive = () => resolve(() => <p>Score screen</p>);
        fail = reject;
      });
      return { loaded, arrive, fail };
    };

    it("says it is loading until the place's code is in, then shows the place", async () => {
      const code = deferred();
      const load = jest.fn(() => code.loaded);
      render(<App host={excel("1.8")} features={[lazyPlace("score", label("Score"), load)]} />);
      expect((await screen.findByTestId("place-loading")).textContent).toBe("Loading…");
      expect(screen.queryByText("Score screen")).toBeNull();
      code.arrive();
      expect(await screen.findByText("Score screen")).toBeTruthy();
      expect(screen.queryByTestId("place-loading")).toBeNull();
      expect(load).toHaveBeenCalledTimes(1); // preloading and showing share one load
    });

    it("fetches the other places' code once the first place's is in, before anyone opens them", async () => {
      const first = deferred();
      const other = jest.fn(() => new Promise<() => JSX.Element>(() => undefined));
      render(
        <App
          host={excel("1.8")}
          features={[
            lazyPlace("newSheet", label("New sheet"), () => first.loaded),
            lazyPlace("check", label("Check"), other),
          ]}
        />
      );
      await screen.findByTestId("place-loading");
      expect(other).not.toHaveBeenCalled();
      first.arrive();
      await screen.findByText("Score screen");
      expect(other).toHaveBeenCalledTimes(1);
    });

    it("shows a located error, in the pane's language, when a place's code cannot load; other places still open", async () => {
      const broken = deferred();
      // React reports an error caught by a boundary on the console; the boundary's message is the test
      const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
      render(
        <App
          host={excel("1.8", "zh-TW")}
          features={[
            lazyPlace("newSheet", label("New sheet"), () => broken.loaded),
            lazyPlace("score", label("Score"), () => Promise.resolve(() => <p>Score screen</p>)),
          ]}
        />
      );
      broken.fail(new Error("Loading chunk 443 failed"));
      const failed = await screen.findByTestId("place-failed");
      expect(failed.textContent).toContain("窗格的這一部分未能載入");
      expect(failed.textContent).toContain("Loading chunk 443 failed");
      fireEvent.click(within(screen.getByRole("tablist")).getByRole("tab", { name: "Score" }));
      expect(await screen.findByText("Score screen")).toBeTruthy();
      expect(screen.queryByTestId("place-failed")).toBeNull();
      quiet.mockRestore();
    });
  });
});
