// Action plans in the browser preview: New sheet adds the Actions sheet, Check-in adds an action
// under a key result, and after Score the OKR sheet counts it (open, and overdue as of the date).
import type { Page } from "playwright-core";
import { createSalesAndCompany, gridCell, scoreAsOf, sheetTab } from "./support/flows";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

const preview = usePreviewPage({ width: 1500, height: 900 });
let page: Page;
let watch: PageWatch;
beforeEach(() => {
  page = preview.page();
  watch = preview.watch();
});

const cell = (address: string) => gridCell(page, address);
const tab = (name: string) => sheetTab(page, name);

describe("Action plans in the preview", () => {
  it("adds an action under a key result from Check-in, and the sheet counts it", async () => {
    await createSalesAndCompany(page);
    await tab("Sales 2026-Q1").click();
    await page.getByRole("tab", { name: "Check-in" }).click();
    const kr1 = page.getByTestId("kr-actions-SALES-O1-KR1");
    await kr1.waitFor();
    expect(await kr1.textContent()).toContain("No actions yet");
    await kr1.getByRole("button", { name: "Add action" }).click();
    await page.locator("#action-text-SALES-O1-KR1").fill("Weekly bookings report from the CRM");
    await page.locator("#action-owner-SALES-O1-KR1").fill("Dana");
    await page.locator("#action-due-SALES-O1-KR1").fill("2026-02-01");
    await kr1.getByRole("checkbox").check();
    await kr1.getByRole("button", { name: "Add action" }).click();
    expect(await kr1.getByTestId("action-added").textContent()).toContain("Actions");
    await kr1.getByText(/Weekly bookings report from the CRM/).waitFor();
    expect(await kr1.textContent()).toContain(
      "Dana · due 2026-02-01 · Not started · measures the KR"
    );
    await screenshot(page, "checkin-actions");

    await tab("Actions").click();
    const shows = (addresses: string[]) => Promise.all(addresses.map((a) => cell(a).textContent()));
    expect(await shows(["A2", "B2", "E2", "H2"])).toEqual([
      "SALES-O1-KR1",
      "Weekly bookings report from the CRM",
      "Not started",
      "Yes",
    ]);

    await scoreAsOf(page, "2026-02-15");
    await tab("Sales 2026-Q1").click();
    expect(await shows(["V6", "W6", "X6"])).toEqual([
      "Actions open",
      "Actions done",
      "Actions overdue",
    ]);
    // KR1: one open, none done, one overdue (due 2026-02-01, not done, as of 2026-02-15); KR2 none.
    expect(await shows(["V8", "W8", "X8", "V9"])).toEqual(["1", "0", "1", "0"]);
    expect(watch.errors).toEqual([]);
  });
});
