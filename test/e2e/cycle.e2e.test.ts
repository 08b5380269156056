// The whole OKR cycle in the browser preview (issue 17), one walk with real clicks on the real pane:
// New sheet from a template, an action planned under a key result, a check-in, the period closed
// (a final score and a review line), and the next period started. Every assertion reads the cells
// through the preview's emulated Excel, and every word it expects comes from the product's own
// tables in the walk's language, so the walk is not tied to English.
import type { Page } from "playwright-core";
import { ACTION_COUNT_COLUMNS } from "../../src/domain/actions/counts";
import { ACTION_COL, ACTION_STATUSES, ACTIONS_SHEET_NAME } from "../../src/domain/actions/sheet";
import {
  CARRY_WORDS,
  REVIEW_COLUMNS,
  REVIEW_HEADER_ROW,
  REVIEW_SHEET_NAME,
} from "../../src/domain/close/review";
import { columnHeader, COLUMNS, type ColumnKey } from "../../src/domain/columns";
import { isoToSerial } from "../../src/domain/dates";
import { HISTORY_COL, HISTORY_SHEET_NAME } from "../../src/domain/ownSheets";
import { TABLE_HEADER_ROW } from "../../src/domain/plan/layout";
import { templateByKey } from "../../src/domain/templates/catalogue";
import type { Lang } from "../../src/domain/types";
import { termLabel } from "../../src/domain/vocabulary";
import { screenshot, usePreviewPage, type PageWatch } from "./support/browser";
import {
  createSalesAndCompany,
  scoreAsOf,
  sheetNames,
  sheetTab,
  sheetValues,
} from "./support/flows";

const preview = usePreviewPage({ width: 1500, height: 900 });
let page: Page;
let watch: PageWatch;
beforeEach(() => {
  page = preview.page();
  watch = preview.watch();
});

/** The walk's language: the sheets' words below all follow it. */
const LANG: Lang = "en";
const KR = "SALES-O1-KR1";
const OBJECTIVE = "SALES-O1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const sales = (period: string) => `${templateByKey("sales")!.name[LANG]} ${period}`;
/** The row (0-based) whose ID cell is `id`, on an OKR sheet's values. */
const rowOf = (rows: unknown[][], id: string) => rows.findIndex((r) => r[col("id")] === id);

// Several tables are read and written with real clicks: generous, the machine is shared.
jest.setTimeout(600_000);

describe("The OKR cycle in the preview", () => {
  it("plans an action, checks in, closes the period and starts the next one", async () => {
    // 1. New sheet: Sales (and Company) for 2026-Q1, from the templates.
    await createSalesAndCompany(page);
    const q1 = sales("2026-Q1");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([q1, ACTIONS_SHEET_NAME[LANG]]));
    await sheetTab(page, q1).click();

    // 2. Check-in: an action under the first key result, with its owner and due date.
    await page.getByRole("tab", { name: "Check-in" }).click();
    const actions = page.getByTestId(`kr-actions-${KR}`);
    await actions.getByRole("button", { name: "Add action" }).click();
    await page.locator(`#action-text-${KR}`).fill("Weekly pipeline review with each account lead");
    await page.locator(`#action-owner-${KR}`).fill("Dana");
    await page.locator(`#action-due-${KR}`).fill("2026-03-13");
    await actions.getByRole("button", { name: "Add action" }).click();
    await actions.getByTestId("action-added").waitFor();
    const planned = (await sheetValues(page, ACTIONS_SHEET_NAME[LANG])).filter(
      (r) => r[ACTION_COL.krId] === KR
    );
    expect(planned).toHaveLength(1);
    expect([
      planned[0][ACTION_COL.action],
      planned[0][ACTION_COL.owner],
      planned[0][ACTION_COL.due],
      planned[0][ACTION_COL.status],
    ]).toEqual([
      "Weekly pipeline review with each account lead",
      "Dana",
      isoToSerial("2026-03-13"),
      termLabel(ACTION_STATUSES, "notStarted", LANG),
    ]);
    // The KR row counts it as open, live (its formula reads the Actions sheet).
    let q1Rows = await sheetValues(page, q1);
    const header = q1Rows[TABLE_HEADER_ROW];
    const openCol = header.indexOf(ACTION_COUNT_COLUMNS.open[LANG]);
    expect(openCol).toBeGreaterThan(0);
    const krRow = rowOf(q1Rows, KR);
    expect(q1Rows[krRow][openCol]).toBe(1);

    // 3. Check in the key result: a new Current value and confidence.
    await page.getByTestId("checkin-date").fill("2026-03-20");
    const field = (name: string) => page.locator(`[data-kr="${KR}"] [data-field="${name}"]`);
    await field("value").fill("1,600,000");
    await field("confidence").fill("80%");
    await field("comment").fill("Two enterprise deals signed");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByTestId("checkin-saved").waitFor();
    const history = (await sheetValues(page, HISTORY_SHEET_NAME[LANG])).filter(
      (r) => r[HISTORY_COL.krId] === KR
    );
    expect(history).toHaveLength(1);
    expect([
      history[0][HISTORY_COL.date],
      history[0][HISTORY_COL.sheet],
      history[0][HISTORY_COL.value],
      history[0][HISTORY_COL.confidence],
      history[0][HISTORY_COL.comment],
    ]).toEqual([isoToSerial("2026-03-20"), q1, 1_600_000, 0.8, "Two enterprise deals signed"]);
    q1Rows = await sheetValues(page, q1);
    // 1,200,000 → 1,600,000 of 2,000,000: half way, on the sheet at once.
    expect([q1Rows[krRow][col("current")], q1Rows[krRow][col("progress")]]).toEqual([
      1_600_000, 0.5,
    ]);

    // 4. Close the period: its last two weeks, as the sheets are scored as of 2026-03-25.
    await scoreAsOf(page, "2026-03-25");
    await page.getByRole("tab", { name: "Close period" }).click();
    const objective = page.getByTestId(`close-${OBJECTIVE}`);
    await objective.waitFor();
    await objective.getByRole("textbox", { name: new RegExp(`^${KR} `) }).fill("0.6");
    await objective
      .getByRole("textbox", { name: REVIEW_COLUMNS.worked[LANG] })
      .fill("Account leads");
    await objective.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Save scores and review" }).click();
    await page.getByTestId("closed").waitFor();
    await screenshot(page, "cycle-close");

    q1Rows = await sheetValues(page, q1);
    // The Final score input column is P on generated sheets, beside Progress.
    expect([col("finalScore"), col("progress") + 1]).toEqual([15, 15]);
    expect(q1Rows[TABLE_HEADER_ROW][col("finalScore")]).toBe(columnHeader("finalScore", LANG));
    expect(q1Rows[krRow][col("finalScore")]).toBe(0.6);
    // The objective's score is its key results' final scores, weighted.
    const objRow = rowOf(q1Rows, OBJECTIVE);
    const krRows = q1Rows
      .slice(objRow + 1)
      .filter((r) => String(r[col("id")]).startsWith(`${OBJECTIVE}-KR`));
    const weighted = krRows.reduce(
      (s, r) => s + (r[col("weight")] as number) * (r[col("finalScore")] as number),
      0
    );
    const weights = krRows.reduce((s, r) => s + (r[col("weight")] as number), 0);
    const objectiveScore = q1Rows[objRow][col("progress")] as number;
    expect(objectiveScore).toBeCloseTo(weighted / weights, 9);

    const reviewKeys = Object.keys(REVIEW_COLUMNS) as (keyof typeof REVIEW_COLUMNS)[];
    const rcol = (key: keyof typeof REVIEW_COLUMNS) => reviewKeys.indexOf(key);
    const review = await sheetValues(page, REVIEW_SHEET_NAME[LANG]);
    expect(review[REVIEW_HEADER_ROW]).toEqual(reviewKeys.map((k) => REVIEW_COLUMNS[k][LANG]));
    const line = review.slice(REVIEW_HEADER_ROW + 1).find((r) => r[rcol("id")] === OBJECTIVE)!;
    expect([
      line[rcol("sheet")],
      line[rcol("finalScore")],
      line[rcol("worked")],
      line[rcol("carry")],
    ]).toEqual([q1, objectiveScore, "Account leads", CARRY_WORDS.yes[LANG]]);

    // 5. Start the next period: what the review marks carries over, from the last Current.
    await page.getByRole("button", { name: "Start next period" }).click();
    await page.getByTestId("started").waitFor();
    const q2 = sales("2026-Q2");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([q1, q2]));
    const q2Rows = await sheetValues(page, q2);
    const carried = q2Rows.filter((r) => String(r[col("notes")] ?? "").includes(KR));
    expect(carried).toHaveLength(1);
    expect([
      carried[0][col("start")],
      carried[0][col("target")],
      carried[0][col("current")],
    ]).toEqual([1_600_000, q1Rows[krRow][col("target")], ""]);
    expect(watch.errors).toEqual([]);
  });
});
