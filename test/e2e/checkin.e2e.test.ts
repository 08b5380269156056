// Check-in in the browser preview: the form lists the active sheet's key results; saving updates the
// sheet and the history, which the grid shows.
import type { Page } from "playwright-core";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

const preview = usePreviewPage({ width: 1500, height: 900 });
let page: Page;
let watch: PageWatch;
beforeEach(() => {
  page = preview.page();
  watch = preview.watch();
});

const cell = (address: string) => page.locator(`[data-testid=grid] td[data-cell="${address}"]`);
const field = (kr: string, name: string) =>
  page.locator(`[data-kr="${kr}"] [data-field="${name}"]`);

describe("Check-in in the preview", () => {
  it("saves a check-in from the pane and shows it in the sheet and the history", async () => {
    await page.getByTestId("template-company").getByRole("checkbox").uncheck();
    await page.getByTestId("template-sales").getByRole("checkbox").check();
    await page.getByTestId("period").fill("2026-Q1");
    await page.getByRole("button", { name: "Create sheets" }).click();
    await page.getByTestId("created").waitFor();
    await page.getByRole("tab", { name: "Check-in" }).click();
    await page.getByTestId("checkin-list").waitFor();
    expect(await page.getByTestId("checkin-list").getByRole("listitem").count()).toBe(7);
    await page.getByTestId("checkin-date").fill("2026-02-03");
    await field("SALES-O1-KR1", "value").fill("1,600,000");
    await field("SALES-O1-KR1", "confidence").fill("80%");
    await field("SALES-O1-KR1", "comment").fill("Two enterprise deals signed");
    await page.getByRole("button", { name: "Save check-in" }).click();
    // Only the key result given a value is recorded (issue 27): one history row, not seven.
    expect(await page.getByTestId("checkin-saved").textContent()).toContain(
      "Checked in 1 key result on 2026-02-03"
    );
    expect(await cell("K8").textContent()).toBe("$1,600,000"); // a USD key result shows dollars
    expect(await cell("O8").textContent()).toBe("50%"); // progress follows at once
    expect(await cell("H3").textContent()).toBe("2026-02-03"); // last check-in
    await screenshot(page, "checkin-pane");
    await page.getByTestId("sheet-tab").filter({ hasText: "Check-ins" }).click();
    expect(await cell("C2").textContent()).toBe("SALES-O1-KR1");
    expect(await cell("F2").textContent()).toBe("Two enterprise deals signed");
    expect(await cell("J2").textContent()).toBe("$400,000"); // since start, in the key result's unit
    await screenshot(page, "checkin-history");
    expect(watch.errors).toEqual([]);
  });
});
