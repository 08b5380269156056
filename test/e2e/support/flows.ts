// Steps several e2e tests take in the preview, written once: create the Sales sheet (beside the
// Company one), type a Current value into a sheet, and score as of a date.
import type { Page } from "playwright-core";

/** New sheet: Sales (Company stays ticked) for 2026-Q1; waits for the sheets to be made. */
export async function createSalesAndCompany(page: Page): Promise<void> {
  await page.getByTestId("template-sales").getByRole("checkbox").check();
  await page.getByTestId("period").fill("2026-Q1");
  await page.getByRole("button", { name: "Create sheets" }).click();
  await page.getByTestId("created").waitFor();
}

/** A person types a value into a cell of a sheet (through the preview's emulated Excel). */
export async function typeValue(page: Page, sheet: string, cell: string, value: number) {
  await page.evaluate(
    async ([name, address, v]) => {
      await window.okrPreview!.excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).getRange(address).values = [[v]];
      });
    },
    [sheet, cell, value] as const
  );
}

/** Score: the as-of date, the button, and the result. */
export async function scoreAsOf(page: Page, asOf: string): Promise<void> {
  await page.getByRole("tab", { name: "Score" }).click();
  await page.getByTestId("as-of").fill(asOf);
  await page.getByRole("button", { name: "Score workbook" }).click();
  await page.getByTestId("scored").waitFor();
}

/** A cell of the preview's grid, by A1 address (the active sheet's). */
export const gridCell = (page: Page, address: string) =>
  page.locator(`[data-testid=grid] td[data-cell="${address}"]`);

/** A sheet's tab under the preview's grid. */
export const sheetTab = (page: Page, name: string) =>
  page.getByTestId("sheet-tab").filter({ hasText: name });
