// Steps several e2e tests take in the preview, written once: create the Sales sheet (beside the
// Company one), type a Current value into a sheet, and score as of a date.
import type { Page } from "playwright-core";
import type { Lang } from "../../../src/domain/types";
import { NEW_SHEET_MESSAGES } from "../../../src/taskpane/messages/newSheet";
import { SCORE_MESSAGES } from "../../../src/taskpane/messages/score";
import { SHELL_MESSAGES } from "../../../src/taskpane/messages/shell";

/**
 * New sheet: Sales (Company stays ticked) for 2026-Q1; waits for the sheets to be made. `lang` is
 * the pane's language (its button's words).
 */
export async function createSalesAndCompany(page: Page, lang: Lang = "en"): Promise<void> {
  await page.getByTestId("template-sales").getByRole("checkbox").check();
  await page.getByTestId("period").fill("2026-Q1");
  await page.getByRole("button", { name: NEW_SHEET_MESSAGES.createSheets[lang] }).click();
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

/** Score: the as-of date, the button, and the result (`lang`: the pane's language). */
export async function scoreAsOf(page: Page, asOf: string, lang: Lang = "en"): Promise<void> {
  await page.getByRole("tab", { name: SHELL_MESSAGES.scoreTab[lang], exact: true }).click();
  await page.getByTestId("as-of").fill(asOf);
  await page.getByRole("button", { name: SCORE_MESSAGES.scoreButton[lang] }).click();
  await page.getByTestId("scored").waitFor();
}

/** A cell of the preview's grid, by A1 address (the active sheet's). */
export const gridCell = (page: Page, address: string) =>
  page.locator(`[data-testid=grid] td[data-cell="${address}"]`);

/** A sheet's tab under the preview's grid, by its exact name ("Summary", not "Summary details"). */
export const sheetTab = (page: Page, name: string) =>
  page.locator(`[data-testid="sheet-tab"][data-name="${name}"]`);

/** The workbook's sheet names, in tab order, read through the preview's emulated Excel. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    window.okrPreview!.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    })
  );
}

/** A sheet's values from A1 to its last used cell, read through the preview's emulated Excel. */
export async function sheetValues(page: Page, sheet: string): Promise<unknown[][]> {
  return page.evaluate(
    async (name) =>
      window.okrPreview!.excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(name);
        const used = ws.getUsedRange();
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        const all = ws.getRangeByIndexes(
          0,
          0,
          used.rowIndex + used.rowCount,
          used.columnIndex + used.columnCount
        );
        all.load("values");
        await context.sync();
        return all.values;
      }),
    sheet
  );
}
