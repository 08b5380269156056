// Check in the browser preview: real clicks on the real task pane, findings, and the jump to a cell.
import type { Page } from "playwright-core";
import { fixtureTables } from "../support/fixtures";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";

const preview = usePreviewPage({ width: 1400, height: 900 });
let page: Page;
let watch: PageWatch;
beforeEach(async () => {
  page = preview.page();
  watch = preview.watch();
  // The pane opens on the first place of the cycle (New sheet).
  await page.getByRole("tab", { name: "Check", exact: true }).click();
});

/** Types a fixture sheet into the emulated workbook, below a header block naming the period. */
async function addSheet(name: string, rows: string[][]) {
  await page.evaluate(
    async ({ name, rows }) => {
      const table = [["Period:", "2026-Q1"], [], ...rows];
      const width = Math.max(...table.map((r) => r.length));
      await window.okrPreview!.excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        sheet.getRange("A1").getResizedRange(table.length - 1, width - 1).values = table.map(
          (r) => [...r, ...new Array(width - r.length).fill("")]
        );
      });
    },
    { name, rows }
  );
}

describe("Check in the preview", () => {
  it("checks the active sheet, lists its findings and selects a finding's cell in the grid", async () => {
    const talent = fixtureTables().find((t) => t.name === "talent-zhtw")!;
    await addSheet("Talent", talent.rows);
    await page.getByTestId("sheet-tab").filter({ hasText: "Talent" }).click();
    await page.getByRole("button", { name: "Check this sheet" }).click();
    await page.getByTestId("check-counts").waitFor();
    const rules = await page
      .getByTestId("finding")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")));
    expect(rules).toEqual(
      expect.arrayContaining([
        "O-STARTS-WITH-VERB",
        "O-KR-COUNT",
        "KR-ACTIVITY",
        "KR-DUE-OUTSIDE-PERIOD",
        "KR-CONFIDENCE-RANGE",
        "KR-BINARY",
      ])
    );
    await screenshot(page, "check-findings");
    // the due date finding sits on T-O2-KR1: sheet row 9 (two header-block rows, the header, six rows)
    const due = page.locator('[data-testid=finding][data-rule="KR-DUE-OUTSIDE-PERIOD"]');
    expect(await due.getAttribute("data-cell")).toBe("N9");
    await due.getByRole("button").click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=name-box]")?.textContent === "N9"
    );
    expect(await page.getByTestId("grid").getAttribute("data-sheet")).toBe("Talent");
    await screenshot(page, "check-jumped-to-cell");
    expect(watch.errors).toEqual([]);
  });

  it("fixes a pasted list marker with one click: the cell is rewritten and the finding is gone", async () => {
    const talent = fixtureTables().find((t) => t.name === "talent-zhtw")!;
    const rows = talent.rows.map((r, i) =>
      i === 1 ? r.map((c, j) => (j === 3 ? `• ${c}` : c)) : r
    );
    await addSheet("Pasted", rows);
    await page.getByTestId("sheet-tab").filter({ hasText: "Pasted" }).click();
    await page.getByRole("button", { name: "Check this sheet" }).click();
    const marker = page.locator('[data-testid=finding][data-rule="TEXT-LIST-MARKER"]');
    expect(await marker.getAttribute("data-cell")).toBe("D4");
    await screenshot(page, "check-fixable-finding");
    await marker.getByRole("button", { name: "Remove the marker" }).click();
    await marker.waitFor({ state: "detached" });
    await page.getByTestId("check-counts").waitFor();
    const statement = await page.evaluate(async () =>
      window.okrPreview!.excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Pasted").getRange("D4");
        range.load("values");
        await context.sync();
        return range.values[0][0];
      })
    );
    expect(statement).toBe(rows[1][3].replace(/^• /, ""));
    await screenshot(page, "check-fixed");
    expect(watch.errors).toEqual([]);
  });

  it("reports a clean sheet positively, in the pane's language", async () => {
    await page.getByTestId("language-select").selectOption("zh-CN");
    await page.getByRole("tab", { name: "检查", exact: true }).click();
    await page.getByRole("button", { name: "检查当前工作表" }).click();
    expect(await page.getByTestId("not-okr-sheet").textContent()).toContain(
      "“Sheet1”没有 OKR 表头行"
    );
    expect(watch.errors).toEqual([]);
  });
});
