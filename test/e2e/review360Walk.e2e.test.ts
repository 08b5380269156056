// The whole 360° review walk in the preview (issue 36), in English and in Chinese, with real clicks
// and real typing: from the README's workbook (Sales and Company for 2026-Q1, SALES-O1-KR1's
// Current typed into the grid, scored), HR builds the review with the Ratings sheet very hidden,
// shows it again from the pane, types two peer ratings into the grid, adds the manager's in the
// pane's form, and the 360 Review's total is the weighted mean of what is there; then the Ratings
// sheet is very hidden and shown again, from the pane.
import type { Page } from "playwright-core";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { RATINGS_SHEET_NAME, REVIEW_360_SHEET_NAME } from "../../src/domain/reading/ownSheets";
import { RATING_COLUMNS, ROLE_TERMS, type Component } from "../../src/domain/reading/ratingsSheet";
import { termLabel } from "../../src/domain/reading/vocabulary";
import { templateByKey } from "../../src/domain/newSheet/templates";
import { REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import type { Lang } from "../../src/domain/types";
import { screenshot, usePreviewPage } from "./support/browser";
import { createSalesAndCompany, gridCell, scoreAsOf, sheetTab, sheetValues } from "./support/flows";
import { REVIEW_MESSAGES } from "../../src/taskpane/messages/review";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";

const preview = usePreviewPage({ width: 1500, height: 900 });
jest.setTimeout(600_000);

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
/** Excel's column letters for a 0-based column under 26. */
const letter = (c: number) => String.fromCharCode(65 + c);

/** A person double-clicks a cell of the open sheet, types into the formula bar and presses Enter. */
async function typeInto(page: Page, address: string, text: string) {
  await gridCell(page, address).dblclick();
  const bar = page.getByRole("textbox", { name: `Contents of ${address}` });
  await bar.fill(text);
  await bar.press("Enter");
  await page
    .getByTestId("name-box")
    .filter({ hasNotText: new RegExp(`^${address}$`) })
    .waitFor();
}

describe.each<Lang>(["en", "zh-CN"])("The 360° review walk in the preview (%s)", (LANG) => {
  it("builds the review, takes ratings typed in the grid and in the pane, hides and shows Ratings", async () => {
    const page = preview.page();
    const watch = preview.watch();
    await page.getByTestId("language-select").selectOption(LANG);
    const sales = `${templateByKey("sales")!.name[LANG]} 2026-Q1`;
    const ratingsName = RATINGS_SHEET_NAME[LANG];
    const reviewName = REVIEW_360_SHEET_NAME[LANG];

    // The README's workbook: Sales and Company, SALES-O1-KR1's Current typed in, scored.
    await createSalesAndCompany(page, LANG);
    await sheetTab(page, sales).click();
    const kr = (await sheetValues(page, sales)).findIndex((r) => r[col("id")] === "SALES-O1-KR1");
    await typeInto(page, `${letter(col("current"))}${kr + 1}`, "1,600,000");
    expect((await sheetValues(page, sales))[kr][col("current")]).toBe(1_600_000);
    await scoreAsOf(page, "2026-02-15", LANG);

    // Build the review with the Ratings sheet very hidden: no tab for it.
    await page.getByRole("tab", { name: SHELL_MESSAGES.reviewTab[LANG], exact: true }).click();
    await page.getByRole("checkbox", { name: REVIEW_MESSAGES.hide[LANG] }).check();
    await page.getByRole("button", { name: REVIEW_MESSAGES.button[LANG] }).click();
    await page.getByTestId("reviewed").waitFor();
    const radio = (key: "Visible" | "Hidden" | "VeryHidden", checked?: boolean) =>
      page.getByRole("radio", { name: REVIEW_MESSAGES[key][LANG], exact: true, checked });
    // The pane reads the sheet again after a build: wait for the radio that says so.
    await radio("VeryHidden", true).waitFor();
    expect(await sheetTab(page, ratingsName).count()).toBe(0);

    // Shown again from the pane: the tab is back.
    await radio("Visible").check();
    await sheetTab(page, ratingsName).waitFor();

    // The first person on the review, and what the review says before any rating.
    const review = () => sheetValues(page, reviewName);
    const first = (await review())[REVIEW_ROW.first];
    const person = String(first[REVIEW_COL.person]);
    expect(person).not.toBe("");
    expect(first[REVIEW_COL.peer]).toBe("");

    // Two peers' ratings typed into the Ratings sheet's grid, row by row under its header.
    await sheetTab(page, ratingsName).click();
    const peer = termLabel(ROLE_TERMS, "peer", LANG);
    const rows: [string, string, string, string][] = [
      [person, "Bo", peer, "4"],
      [person, "Cy", peer, "5"],
    ];
    for (const [i, line] of rows.entries())
      for (const [c, text] of line.entries()) await typeInto(page, `${letter(c)}${i + 2}`, text);
    const ratings = await sheetValues(page, ratingsName);
    expect(ratings.slice(1, 3).map((r) => r.slice(0, 4))).toEqual([
      [person, "Bo", peer, 4],
      [person, "Cy", peer, 5],
    ]);

    // The manager's rating through the pane's form.
    await page.getByRole("combobox", { name: RATING_COLUMNS.person[LANG] }).fill(person);
    await page.getByRole("textbox", { name: RATING_COLUMNS.rater[LANG], exact: true }).fill("Mo");
    await page
      .getByRole("combobox", { name: RATING_COLUMNS.role[LANG], exact: true })
      .selectOption("manager");
    await page.getByRole("textbox", { name: RATING_COLUMNS.score[LANG], exact: true }).fill("3");
    await page.getByRole("button", { name: REVIEW_MESSAGES.addRating[LANG] }).click();
    await page.getByTestId("rating-added").waitFor();

    // The 360 Review counts them: peers 4 and 5 on 1–5 are 0.875, the manager's 3 is 0.5, and the
    // total is the weighted mean of the components there (the others rescaled away).
    const after = await review();
    const line = after[REVIEW_ROW.first];
    expect(line[REVIEW_COL.person]).toBe(person);
    expect(line[REVIEW_COL.peer]).toBe(0.875);
    expect(line[REVIEW_COL.peers]).toBe(2);
    expect(line[REVIEW_COL.manager]).toBe(0.5);
    const weights = after[REVIEW_ROW.weights];
    const present = (["okr", "self", "peer", "manager", "designated"] as Component[]).filter(
      (c) => typeof line[REVIEW_COL[c]] === "number"
    );
    expect(present).toEqual(expect.arrayContaining(["peer", "manager"]));
    const w = (c: Component) => weights[REVIEW_COL[c]] as number;
    const expected =
      present.reduce((s, c) => s + w(c) * (line[REVIEW_COL[c]] as number), 0) /
      present.reduce((s, c) => s + w(c), 0);
    expect(line[REVIEW_COL.total] as number).toBeCloseTo(expected, 9);
    await sheetTab(page, reviewName).click();
    await screenshot(page, `review360-walk-${LANG}`);

    // Very hidden again, then shown again, from the pane.
    await radio("VeryHidden").check();
    await sheetTab(page, ratingsName).waitFor({ state: "detached" });
    await radio("Visible").check();
    await sheetTab(page, ratingsName).waitFor();
    expect(watch.errors).toEqual([]);
  });
});
