// New sheet and Score in the browser preview: real clicks on the real pane, read back from the grid.
import { createSalesAndCompany, scoreAsOf, typeValue } from "./support/flows";
import type { Page } from "playwright-core";
import { COLUMNS } from "../../src/domain/reading/columns";
import { krRowsSheet } from "../support/bigSheet";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

const preview = usePreviewPage({ width: 1500, height: 900 });
let page: Page;
let watch: PageWatch;
beforeEach(() => {
  page = preview.page();
  watch = preview.watch();
});

const cell = (address: string) => page.locator(`[data-testid=grid] td[data-cell="${address}"]`);
/** A sheet's tab, by its whole name ("Summary" is not "Summary details"). */
const tab = (name: string) =>
  page
    .getByTestId("sheet-tab")
    .filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });

describe("New sheet and Score in the preview", () => {
  it("generates Company and Sales sheets and shows them in the grid", async () => {
    await createSalesAndCompany(page);
    expect(await page.getByTestId("created").textContent()).toContain("Created 2 sheets");
    expect(await page.getByTestId("grid").getAttribute("data-sheet")).toBe("Company 2026-Q1");
    expect(await cell("A1").textContent()).toBe("Company OKRs — 2026-Q1");
    expect(await cell("A6").textContent()).toBe("ID");
    expect(await cell("A7").textContent()).toBe("CO-O1");
    expect(await cell("D8").textContent()).toBe("Grow annual recurring revenue from $8M to $10M");
    expect(await cell("L8").textContent()).toBe("50%");
    await screenshot(page, "new-sheet-company");
    await tab("Sales 2026-Q1").click();
    expect(await cell("C7").textContent()).toBe("CO-O1");
    expect(watch.errors).toEqual([]);
  });

  it("scores the workbook: the pane's scores are the grid's, and the Summary appears", async () => {
    await createSalesAndCompany(page);
    // A person updates a key result: Sales KR1 bookings reached $1.6M of the $2M target.
    await typeValue(page, "Sales 2026-Q1", "K8", 1_600_000);
    await scoreAsOf(page, "2026-02-15");
    const scores = await page.getByTestId("sheet-scores").getByRole("listitem").allTextContents();
    expect(scores).toHaveLength(2);
    await tab("Sales 2026-Q1").click();
    expect(await cell("O8").textContent()).toBe("50%"); // (1.6M − 1.2M) / (2M − 1.2M)
    expect(await cell("S8").textContent()).toBe("At risk"); // behind 51 % pace, within the band
    expect(await cell("F3").textContent()).toBe("2026-02-15");
    const sheetScore = await cell("B4").textContent();
    expect(sheetScore).toMatch(/^\d+%$/);
    expect(scores[1]).toContain(`Sales 2026-Q1${sheetScore}`);
    await screenshot(page, "score-sales");
    // The Summary is the first tab, and Score shows it.
    expect((await page.getByTestId("sheet-tab").allTextContents()).slice(0, 2)).toEqual([
      "Summary",
      "Summary details",
    ]);
    await tab("Summary").click();
    expect(await cell("A1").textContent()).toBe("OKR summary — 2026-Q1");
    // The headline: one date, named as such.
    expect(await cell("A3").textContent()).toBe("As of");
    expect(await cell("B3").textContent()).toBe("2026-02-15");
    // Both charts are drawn beside the key figures, in view without scrolling: a column per
    // sheet / objective, on the axis, labels and colours the workbook records.
    const charts = page.getByTestId("chart");
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(0).getAttribute("aria-label")).toBe("Sheet scores");
    expect(await charts.nth(0).locator("rect").count()).toBe(2);
    expect(await charts.nth(1).getAttribute("aria-label")).toBe("Objective progress");
    expect(await charts.nth(1).locator("rect").count()).toBe(6);
    const recorded = await page.evaluate(() => {
      const state = window.okrPreview!.excel.state;
      return state.findSheet("Summary")!.charts.map((c) => ({
        axis: c.valueAxis,
        fills: c.points.map((p) => p.fill),
      }));
    });
    for (const [i, chart] of recorded.entries()) {
      const drawn = charts.nth(i);
      // The value axis as the workbook records it: 0 to 100 % whatever the scores.
      expect(chart.axis).toMatchObject({ minimum: 0, maximum: 1 });
      expect(await drawn.getAttribute("data-axis-min")).toBe("0");
      expect(await drawn.getAttribute("data-axis-max")).toBe("1");
      expect(await drawn.locator("[data-tick]").allTextContents()).toEqual([
        "0%",
        "20%",
        "40%",
        "60%",
        "80%",
        "100%",
      ]);
      // Each bar in its recorded colour, each with its value, 0 % too.
      const fills = await drawn
        .locator("g[data-fill]")
        .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-fill")));
      expect(fills).toEqual(chart.fills);
      expect(await drawn.getByTestId("data-label").count()).toBe(chart.fills.length);
    }
    const box = await charts.nth(1).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1500);
    await screenshot(page, "score-summary");
    // Every sheet's score is in the details sheet's Sheets table.
    await tab("Summary details").click();
    const salesRow = page.locator("[data-testid=grid] tr", {
      has: page.locator('td[data-cell^="A"]', { hasText: /^Sales 2026-Q1$/ }),
    });
    expect(await salesRow.first().locator("td").nth(1).textContent()).toBe(sheetScore);
    await screenshot(page, "score-summary-details");
    expect(watch.errors).toEqual([]);
  });

  it("scores a sheet of 10,000 key results in the preview", async () => {
    const rows = krRowsSheet(10_000);
    // The workbook as a person left it: typed into the emulated workbook directly (a single write
    // of 10,000 rows through office.js would itself exceed Excel on the web's 5 MB).
    await page.evaluate(async (table) => {
      const { state } = window.okrPreview!.excel;
      const big = state.addSheet("Big");
      state.writeValues(big, { row: 0, col: 0, rows: table.length, cols: table[0].length }, table);
      await window.okrPreview!.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").activate();
        context.workbook.worksheets.getItem("Sheet1").visibility =
          "Hidden" as Excel.SheetVisibility;
      });
    }, rows);
    // a hidden sheet has no tab, as in Excel
    await tab("Big").waitFor();
    expect(await page.getByTestId("sheet-tab").allTextContents()).toEqual(["Big"]);
    await page.getByRole("tab", { name: "Score" }).click();
    await page.getByTestId("as-of").fill("2026-02-15");
    // The scoring runs on the page's one thread, so even the click's acknowledgement waits for the
    // first part of the work: as generous a budget as the wait below.
    await page.getByRole("button", { name: "Score workbook" }).click({ timeout: 480_000 });
    // about 13 s on an idle 2-core machine; generous for a busy one (a benchmark measures speed)
    await page.getByTestId("scored").waitFor({ timeout: 480_000 });
    const scores = await page.getByTestId("sheet-scores").getByRole("listitem").allTextContents();
    expect(scores).toHaveLength(1);
    expect(scores[0]).toMatch(/^Big\d+%/);
    // the last key result's row, scored: progress of 120 → 124 of 200 is 5 %
    const last = rows.length;
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const stats = await page.evaluate(
      ([row, col]) => {
        const excel = window.okrPreview!.excel;
        const sheet = excel.state.findSheet("Big")!;
        const value = excel.state.readValues(sheet, { row, col, rows: 1, cols: 1 })[0][0];
        // every run since the click: the pane's reads and Score's own
        const runs = excel.runs;
        return {
          value,
          transport: excel.transport,
          refused: runs.reduce((n, r) => n + r.refusedRequests + r.refusedResponses, 0),
          response: Math.max(...runs.map((r) => r.maxResponseBytes)),
          request: Math.max(...runs.map((r) => r.maxRequestBytes)),
        };
      },
      [last - 1, progress]
    );
    expect(stats.value).toBeCloseTo(0.05, 9);
    // counted in the bytes office.js sent and received, under Excel on the web's 5 MB
    expect(stats.transport).toBe("wire");
    expect(stats.refused).toBe(0);
    expect(stats.response).toBeLessThan(5_000_000);
    expect(stats.request).toBeLessThan(5_000_000);
    expect(watch.errors).toEqual([]);
  }, 600_000);
});
