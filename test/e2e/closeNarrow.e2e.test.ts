// Closing one sheet of the README's workbook in the preview's pane at Excel's narrow 320 px (issue
// 36): the Current of SALES-O1-KR1 typed into the grid as a person would, the sheets scored in the
// period's last two weeks, then the Close place. Each owner's group of objectives fits in two
// screens, one typed final score saves exactly one, and the grade the pane showed before saving is
// the grade the Review sheet's formula gives.
import {
  REVIEW_COLUMNS,
  REVIEW_HEADER_ROW,
  REVIEW_SHEET_NAME,
} from "../../src/domain/close/periodReview";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { format } from "../../src/domain/reading/i18n";
import { templateByKey } from "../../src/domain/newSheet/templates";
import { screenshot, usePreviewPage } from "./support/browser";
import { createSalesAndCompany, gridCell, scoreAsOf, sheetTab, sheetValues } from "./support/flows";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";
import { CLOSE_MESSAGES } from "../../src/taskpane/messages/close";

const preview = usePreviewPage({ width: 1500, height: 900 });
jest.setTimeout(600_000);

const LANG = "en";
const KR = "SALES-O1-KR1";
const OBJECTIVE = "SALES-O1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const rcol = (key: keyof typeof REVIEW_COLUMNS) => Object.keys(REVIEW_COLUMNS).indexOf(key);
/** Excel's column letters for a 0-based column under 26. */
const letter = (c: number) => String.fromCharCode(65 + c);
const NARROW = { width: 320, height: 800 };

describe("Close period at 320 px in the preview", () => {
  it("is at most two screens per objective group and saves one typed final score", async () => {
    const page = preview.page();
    const sales = `${templateByKey("sales")!.name[LANG]} 2026-Q1`;
    await createSalesAndCompany(page, LANG);

    // The README's check-in, typed into the grid: SALES-O1-KR1's Current is 1,600,000.
    await sheetTab(page, sales).click();
    const row = (await sheetValues(page, sales)).findIndex((r) => r[col("id")] === KR);
    const current = `${letter(col("current"))}${row + 1}`;
    await gridCell(page, current).dblclick();
    const bar = page.getByRole("textbox", { name: `Contents of ${current}` });
    await bar.fill("1,600,000");
    await bar.press("Enter");
    expect((await sheetValues(page, sales))[row][col("current")]).toBe(1_600_000);
    await scoreAsOf(page, "2026-03-25", LANG);
    await sheetTab(page, sales).click();

    // Excel's narrow default pane: the pane alone, 320 px wide.
    await page.setViewportSize(NARROW);
    await page.evaluate(() => {
      const pane = document.querySelector<HTMLElement>("[data-testid=taskpane]")!;
      pane.style.width = "320px";
      (pane.previousElementSibling as HTMLElement).style.display = "none";
    });
    await page.getByRole("tab", { name: SHELL_MESSAGES.closeTab[LANG] }).click();
    const objective = page.getByTestId(`close-${OBJECTIVE}`);
    await objective.waitFor();

    // Each owner's group of objectives, measured as drawn.
    const groups = page.locator(`section[aria-label="${SHELL_MESSAGES.closeTab[LANG]}"] > section`);
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    const heights: number[] = [];
    for (let i = 0; i < count; i++) {
      const box = (await groups.nth(i).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
      heights.push(box.height);
    }
    expect(heights.filter((h) => h > 2 * NARROW.height)).toEqual([]);

    // One final score typed; the grade shown before saving.
    await objective
      .getByRole("textbox", { name: format(CLOSE_MESSAGES.finalScore[LANG], { id: KR }) })
      .fill("0.6");
    const grade = page.getByTestId(`grade-${OBJECTIVE}`);
    const shown = (await grade.textContent()) ?? "";
    const match = /: ([\d.]+)% · (.+)$/.exec(shown);
    expect(match).not.toBeNull();
    await screenshot(page, "close-320");
    await page
      .getByRole("button", { name: format(CLOSE_MESSAGES.save[LANG], { sheet: sales }) })
      .click();
    const closed = page.getByTestId("closed");
    await closed.waitFor();
    expect(await closed.textContent()).toContain("Saved 1 final score;");

    // Exactly one Final score on the sheet: the one typed.
    const rows = await sheetValues(page, sales);
    const finals = rows
      .filter((r) => /-KR\d+$/.test(String(r[col("id")])))
      .filter((r) => r[col("finalScore")] !== "");
    expect(finals.map((r) => [r[col("id")], r[col("finalScore")]])).toEqual([[KR, 0.6]]);

    // The Review's formulas give the grade and score the pane showed.
    const review = await sheetValues(page, REVIEW_SHEET_NAME[LANG]);
    const line = review.slice(REVIEW_HEADER_ROW + 1).find((r) => r[rcol("id")] === OBJECTIVE)!;
    expect(line[rcol("grade")]).toBe(match![2]);
    expect(Math.round((line[rcol("finalScore")] as number) * 1000) / 10).toBe(Number(match![1]));
    expect(preview.watch().errors).toEqual([]);
  });
});
