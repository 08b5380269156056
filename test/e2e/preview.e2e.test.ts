// The browser preview in a real Chromium: the task pane beside an emulated workbook.
import type { Page } from "playwright-core";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

const preview = usePreviewPage();
let page: Page;
let watch: PageWatch;
beforeEach(() => {
  page = preview.page();
  watch = preview.watch();
});

describe("browser preview", () => {
  it("shows the task pane and an empty workbook, with no page errors", async () => {
    await screenshot(page, "preview-empty-workbook");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("OKR Sheets");
    expect(await page.getByTestId("host-notice").getAttribute("data-host")).toBe("emulated");
    expect(await page.getByTestId("sheet-tab").allTextContents()).toEqual(["Sheet1"]);
    expect(await page.locator("[data-cell=A1]").textContent()).toBe("");
    expect(watch.errors).toEqual([]);
  });

  it("lets nothing out: office.js's attempt to frame Microsoft's telemetry is blocked by the CSP", async () => {
    const requests: string[] = [];
    page.on("request", (req) => requests.push(req.url()));
    await page.reload();
    await page.getByTestId("host-notice").waitFor();
    // Until the page has made no request for 500 ms (the places' code loads in the background
    // after the first): a fixed pause would end before a late request on a loaded machine.
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => !url.startsWith(preview.url()))).toEqual([]);
    for (const blocked of watch.blocked) expect(blocked).not.toContain(preview.url());
  });

  it("loads office.js from the npm package, which finds no Office host in a plain tab", async () => {
    const office = await page.evaluate(() => window.okrPreview?.office);
    expect(office).toBe("outside");
    const loaded = await page.evaluate(
      () => typeof (window as unknown as { Office?: unknown }).Office
    );
    expect(loaded).toBe("object");
  });

  it("runs the pane through Excel on the web's own office.js client, counted in the bytes it sends", async () => {
    const before = await page.evaluate(() => window.okrPreview!.excel.runs.length);
    // the pane read the active sheet's name when it opened; Check reads the workbook
    await page.getByRole("tab", { name: "Check", exact: true }).click();
    await page.getByRole("button", { name: "Check this sheet" }).click();
    await page.getByTestId("not-okr-sheet").waitFor();
    const wire = await page.evaluate((from) => {
      const excel = window.okrPreview!.excel;
      const frame = document.querySelector<HTMLIFrameElement>("iframe[title='office.js']");
      const client = frame?.contentWindow as unknown as { Excel?: unknown; OSF?: unknown };
      const runs = excel.runs.slice(from);
      return {
        transport: excel.transport,
        client: typeof client?.Excel === "object" && typeof client?.OSF === "object",
        requests: runs.reduce((n, r) => n + r.requests, 0),
        bytes: runs.reduce((n, r) => n + r.payloadBytes, 0),
      };
    }, before);
    expect(wire.transport).toBe("wire");
    expect(wire.client).toBe(true);
    expect(wire.requests).toBeGreaterThan(0);
    expect(wire.bytes).toBeGreaterThan(1000);
    expect(watch.errors).toEqual([]);
  });

  it("renders what is written to the emulated workbook through Excel.run, computed", async () => {
    await page.evaluate(async () => {
      const excel = window.okrPreview!.excel;
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B2").formulas = [
          ["Target", 200],
          ["Half", "=B1/2"],
        ];
        sheet.getRange("B3").values = [[0.62]];
        sheet.getRange("B3").numberFormat = [["0%"]];
        sheet.getRange("A1").format.fill.color = "#C6EFCE";
        sheet.getRange("A1").format.font.bold = true;
        const cf = sheet
          .getRange("B3")
          .conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = "=B3<0.7";
        cf.custom.format.fill.color = "#FFEB9C";
        context.workbook.worksheets.add("Sales 2026-Q1");
      });
    });
    // The grid redraws when it is told to; click a cell to select it (which redraws too).
    await page.locator("[data-cell=B2]").click();
    expect(await page.locator("[data-cell=B2]").textContent()).toBe("100");
    expect(await page.getByTestId("formula").inputValue()).toBe("=B1/2");
    expect(await page.getByTestId("name-box").textContent()).toBe("B2");
    expect(await page.locator("[data-cell=B3]").textContent()).toBe("62%");
    // the conditional format's colour shows, as in Excel
    expect(
      await page.locator("[data-cell=B3]").evaluate((el) => getComputedStyle(el).backgroundColor)
    ).toBe("rgb(255, 235, 156)");
    const a1 = page.locator("[data-cell=A1]");
    expect(await a1.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgb(198, 239, 206)"
    );
    expect(await a1.evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
    await page.getByTestId("sheet-tab").filter({ hasText: "Sales 2026-Q1" }).click();
    expect(await page.getByTestId("grid").getAttribute("data-sheet")).toBe("Sales 2026-Q1");
    await screenshot(page, "preview-computed-cells");
    expect(watch.errors).toEqual([]);
  });

  it("switches the pane's language with real clicks", async () => {
    await page.getByTestId("language-select").selectOption("zh-TW");
    expect(await page.getByTestId("host-notice").textContent()).toContain("預覽：模擬的 Excel");
    await page.getByTestId("language-select").selectOption("zh-CN");
    expect(await page.getByTestId("host-notice").textContent()).toContain("预览：模拟的 Excel");
    await screenshot(page, "preview-zh-CN");
    expect(watch.errors).toEqual([]);
  });
});
