// The whole OKR cycle in the browser preview (issue 17), one walk with real clicks on the real pane:
// New sheet from a template, an action planned under a key result, a check-in, the period closed
// (a final score and a review line), and the next period started. Every assertion reads the cells
// through the preview's emulated Excel, and every word it expects comes from the product's own
// tables in the walk's language: it walks in English and in Chinese.
import { ACTION_COUNT_COLUMNS } from "../../src/domain/actions/counts";
import {
  ACTION_COL,
  ACTION_STATUSES,
  ACTIONS_SHEET_NAME,
} from "../../src/domain/reading/actionsSheet";
import {
  CARRY_WORDS,
  REVIEW_COLUMNS,
  REVIEW_HEADER_ROW,
  REVIEW_SHEET_NAME,
} from "../../src/domain/close/periodReview";
import { columnHeader, COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { isoToSerial } from "../../src/domain/reading/dates";
import { HISTORY_COL, HISTORY_SHEET_NAME } from "../../src/domain/reading/ownSheets";
import { TABLE_HEADER_ROW } from "../../src/domain/plan/layout";
import { templateByKey } from "../../src/domain/newSheet/templates";
import type { Lang } from "../../src/domain/types";
import { termLabel } from "../../src/domain/reading/vocabulary";
import { format } from "../../src/domain/reading/i18n";
import { screenshot, usePreviewPage } from "./support/browser";
import {
  createSalesAndCompany,
  scoreAsOf,
  sheetNames,
  sheetTab,
  sheetValues,
} from "./support/flows";
import { CHECKIN_MESSAGES } from "../../src/taskpane/messages/checkin";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";
import { CLOSE_MESSAGES } from "../../src/taskpane/messages/close";

const preview = usePreviewPage({ width: 1500, height: 900 });

const KR = "SALES-O1-KR1";
const OBJECTIVE = "SALES-O1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
/** Some cells of a row, in order. */
const cellsOf = (row: unknown[], cols: readonly number[]) => cols.map((c) => row[c]);
/** The row (0-based) whose ID cell is `id`, on an OKR sheet's values. */
const rowOf = (rows: unknown[][], id: string) => rows.findIndex((r) => r[col("id")] === id);

// Several tables are read and written with real clicks: generous, the machine is shared.
jest.setTimeout(600_000);

// The walk in English and in Chinese: the pane's language and the sheets' follow the choice.
describe.each<Lang>(["en", "zh-TW"])("The OKR cycle in the preview (%s)", (LANG) => {
  const sales = (period: string) => `${templateByKey("sales")!.name[LANG]} ${period}`;

  it("plans an action, checks in, closes the period and starts the next one", async () => {
    const page = preview.page();
    await page.getByTestId("language-select").selectOption(LANG);
    /** Check-in's form for a key result: adds an action under it and waits for it to be written. */
    const planAction = async (kr: string, text: string, owner: string, due: string) => {
      const actions = page.getByTestId(`kr-actions-${kr}`);
      await actions.getByRole("button", { name: CHECKIN_MESSAGES.addAction[LANG] }).click();
      await page.locator(`#action-text-${kr}`).fill(text);
      await page.locator(`#action-owner-${kr}`).fill(owner);
      await page.locator(`#action-due-${kr}`).fill(due);
      await actions.getByRole("button", { name: CHECKIN_MESSAGES.addAction[LANG] }).click();
      await actions.getByTestId("action-added").waitFor();
    };
    /** The Actions sheet's rows of a key result. */
    const actionsOf = async (kr: string) =>
      (await sheetValues(page, ACTIONS_SHEET_NAME[LANG])).filter((r) => r[ACTION_COL.krId] === kr);
    /** An OKR sheet's values and its Actions open column (found by its header). */
    const okrSheet = async (name: string) => {
      const rows = await sheetValues(page, name);
      return { rows, open: rows[TABLE_HEADER_ROW].indexOf(ACTION_COUNT_COLUMNS.open[LANG]) };
    };

    // 1. New sheet: Sales (and Company) for 2026-Q1, from the templates.
    await createSalesAndCompany(page, LANG);
    const q1 = sales("2026-Q1");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([q1, ACTIONS_SHEET_NAME[LANG]]));
    await sheetTab(page, q1).click();

    // 2. Check-in: an action under the first key result, with its owner and due date.
    await page.getByRole("tab", { name: SHELL_MESSAGES.checkinTab[LANG] }).click();
    await planAction(KR, "Weekly pipeline review with each account lead", "Dana", "2026-03-13");
    const planned = await actionsOf(KR);
    expect(planned).toHaveLength(1);
    const { action, owner, due, status } = ACTION_COL;
    expect(cellsOf(planned[0], [action, owner, due, status])).toEqual([
      "Weekly pipeline review with each account lead",
      "Dana",
      isoToSerial("2026-03-13"),
      termLabel(ACTION_STATUSES, "notStarted", LANG),
    ]);
    // The KR row counts it as open, live (its formula reads the Actions sheet).
    const first = await okrSheet(q1);
    let q1Rows = first.rows;
    expect(first.open).toBeGreaterThan(col("notes"));
    const krRow = rowOf(q1Rows, KR);
    expect(q1Rows[krRow][first.open]).toBe(1);

    // 3. Check in the key result: a new Current value and confidence.
    await page.getByTestId("checkin-date").fill("2026-03-20");
    const field = (name: string) => page.locator(`[data-kr="${KR}"] [data-field="${name}"]`);
    await field("value").fill("1,600,000");
    await field("confidence").fill("80%");
    await field("comment").fill("Two enterprise deals signed");
    await page.getByRole("button", { name: CHECKIN_MESSAGES.saveCheckin[LANG] }).click();
    await page.getByTestId("checkin-saved").waitFor();
    const history = (await sheetValues(page, HISTORY_SHEET_NAME[LANG])).filter(
      (r) => r[HISTORY_COL.krId] === KR
    );
    expect(history).toHaveLength(1);
    const { date, sheet, value, confidence, comment } = HISTORY_COL;
    expect(cellsOf(history[0], [date, sheet, value, confidence, comment])).toEqual([
      isoToSerial("2026-03-20"),
      q1,
      1_600_000,
      0.8,
      "Two enterprise deals signed",
    ]);
    q1Rows = await sheetValues(page, q1);
    // 1,200,000 → 1,600,000 of 2,000,000: half way, on the sheet at once.
    expect([q1Rows[krRow][col("current")], q1Rows[krRow][col("progress")]]).toEqual([
      1_600_000, 0.5,
    ]);

    // 4. Close the period: its last two weeks, as the sheets are scored as of 2026-03-25.
    await scoreAsOf(page, "2026-03-25", LANG);
    // The Close place shows the sheet open in Excel.
    await sheetTab(page, q1).click();
    await page.getByRole("tab", { name: SHELL_MESSAGES.closeTab[LANG] }).click();
    const objective = page.getByTestId(`close-${OBJECTIVE}`);
    await objective.waitFor();
    await objective
      .getByRole("textbox", { name: format(CLOSE_MESSAGES.finalScore[LANG], { id: KR }) })
      .fill("0.6");
    // The review fields are folded under each objective.
    await objective.getByRole("button", { name: CLOSE_MESSAGES.reviewFields[LANG] }).click();
    await objective
      .getByRole("textbox", { name: REVIEW_COLUMNS.worked[LANG], exact: true })
      .fill("Account leads");
    await objective.getByRole("checkbox", { name: CLOSE_MESSAGES.carry[LANG] }).check();
    await page
      .getByRole("button", { name: format(CLOSE_MESSAGES.save[LANG], { sheet: q1 }) })
      .click();
    await page.getByTestId("closed").waitFor();
    await screenshot(page, `cycle-close-${LANG}`);

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
    const rcol = (key: string) => reviewKeys.indexOf(key as keyof typeof REVIEW_COLUMNS);
    const review = await sheetValues(page, REVIEW_SHEET_NAME[LANG]);
    expect(review[REVIEW_HEADER_ROW]).toEqual(reviewKeys.map((k) => REVIEW_COLUMNS[k][LANG]));
    const line = review.slice(REVIEW_HEADER_ROW + 1).find((r) => r[rcol("id")] === OBJECTIVE)!;
    expect(cellsOf(line, ["sheet", "finalScore", "worked", "carry"].map(rcol))).toEqual([
      q1,
      objectiveScore,
      "Account leads",
      CARRY_WORDS.yes[LANG],
    ]);

    // 5. Start the next period: what the review marks carries over, from the last Current.
    await page.getByRole("button", { name: CLOSE_MESSAGES.start[LANG] }).click();
    await page.getByTestId("started").waitFor();
    const q2 = sales("2026-Q2");
    expect(await sheetNames(page)).toEqual(expect.arrayContaining([q1, q2]));
    const carried = (await sheetValues(page, q2)).filter((r) =>
      String(r[col("notes")]).includes(KR)
    );
    expect(carried).toHaveLength(1);
    expect(cellsOf(carried[0], [col("start"), col("target"), col("current")])).toEqual([
      1_600_000,
      q1Rows[krRow][col("target")],
      "", // Excel reads an empty cell as ""
    ]);

    // 6. The new period's plan: an action under the carried key result counts on the new sheet.
    const next = String(carried[0][col("id")]);
    expect(next).not.toBe(KR); // IDs stay unique in the workbook
    await sheetTab(page, q2).click();
    await page.getByRole("tab", { name: SHELL_MESSAGES.checkinTab[LANG] }).click();
    await planAction(next, "Kick-off with the account leads", "Dana", "2026-04-10");
    expect(await actionsOf(next)).toHaveLength(1);
    const second = await okrSheet(q2);
    expect(second.open).toBeGreaterThan(col("notes"));
    expect(second.rows[rowOf(second.rows, next)][second.open]).toBe(1);
    expect(preview.watch().errors).toEqual([]);
  });
});
