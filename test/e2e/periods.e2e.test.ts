// Two quarters end to end (issue 27). In the browser preview, with real clicks on the real pane: Q1
// made, ONE key result checked in, the quarter closed, Q2 started, Q2 scored (not started on its
// second day; only Q2 in the Summary two weeks in) and Q1 reviewed from the Q2 workbook. In
// LibreOffice: the README's Q2 workbook recalculated equals the reference model on every number —
// every row's progress, gap, pace and status (Not started included), the Summary's headline and
// Sheets section, and the Quarter by quarter section's scores of both quarters.
import { HISTORY_COL, HISTORY_SHEET_NAME } from "../../src/domain/reading/ownSheets";
import { NOT_STARTED } from "../../src/domain/scoring/notStarted";
import { QUARTER_TEXT } from "../../src/domain/score/quarterByQuarter";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { COLUMNS } from "../../src/domain/reading/columns";
import { REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import { format } from "../../src/domain/reading/i18n";
import type { CellValue } from "../../src/domain/types";
import { okr } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { expectSame } from "../support/modelCheck";
import { readmeQ2 } from "../support/readmeExample";
import { sectionRows } from "../support/summaryRows";
import { screenshot, usePreviewPage } from "./support/browser";
import {
  createSalesAndCompany,
  scoreAsOf,
  sheetNames,
  sheetTab,
  sheetValues,
} from "./support/flows";
import { CHECKIN_MESSAGES } from "../../src/taskpane/messages/checkin";
import { REVIEW_MESSAGES } from "../../src/taskpane/messages/review";
import { SHELL_MESSAGES } from "../../src/taskpane/messages/shell";
import { CLOSE_MESSAGES } from "../../src/taskpane/messages/close";

jest.setTimeout(900_000);
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("two quarters in the preview", () => {
  const preview = usePreviewPage({ width: 1500, height: 900 });

  it("Q1 → a check-in of one key result → close → next → score Q2 → review Q1", async () => {
    const page = preview.page();
    const q1 = "Sales 2026-Q1";
    const q2 = "Sales 2026-Q2";
    await createSalesAndCompany(page);
    await sheetTab(page, q1).click();

    // One key result checked in: one history row, and the pane says so.
    await page.getByRole("tab", { name: SHELL_MESSAGES.checkinTab.en }).click();
    await page.getByTestId("checkin-date").fill("2026-02-10");
    const field = (kr: string, name: string) =>
      page.locator(`[data-kr="${kr}"] [data-field="${name}"]`);
    await field("SALES-O1-KR1", "value").fill("1,600,000");
    await field("SALES-O1-KR1", "confidence").fill("80%");
    await page.getByRole("button", { name: CHECKIN_MESSAGES.saveCheckin["en"] }).click();
    const saved = page.getByTestId("checkin-saved");
    await saved.waitFor();
    expect(await saved.textContent()).toContain("Checked in 1 key result on 2026-02-10");
    const history = (await sheetValues(page, HISTORY_SHEET_NAME.en)).slice(1);
    expect(history.map((r) => r[HISTORY_COL.krId])).toEqual(["SALES-O1-KR1"]);

    // Close Q1: a final score, the objective carried over; then start Q2.
    await scoreAsOf(page, "2026-03-25");
    await page.getByRole("tab", { name: SHELL_MESSAGES.closeTab.en }).click();
    const objective = page.getByTestId("close-SALES-O1");
    await objective.waitFor();
    await objective.getByRole("textbox", { name: "Final score for SALES-O1-KR1" }).fill("0.6");
    await objective.getByRole("checkbox", { name: CLOSE_MESSAGES.carry.en }).check();
    await page.getByRole("button", { name: format(CLOSE_MESSAGES.save.en, { sheet: q1 }) }).click();
    await page.getByTestId("closed").waitFor();
    await page.getByRole("button", { name: CLOSE_MESSAGES.start.en }).click();
    await page.getByTestId("started").waitFor();
    expect(await page.getByTestId("next-notes").textContent()).toContain(
      "SALES-26Q2-O1-KR1 (from SALES-O1-KR1): the statement now reads “Grow new enterprise bookings from $1.6M to $2M”."
    );
    // Beside the Q1 sheets; the Summary and its details stay the first two tabs.
    const tabs = await sheetNames(page);
    expect(tabs.indexOf(q2)).toBe(tabs.indexOf(q1) + 1);
    expect(tabs.slice(0, 2)).toEqual(["Summary", "Summary details"]);

    // Score Q2 on its second day: every carried key result not started, none at risk.
    await page.getByRole("tab", { name: SHELL_MESSAGES.scoreTab.en, exact: true }).click();
    await page.getByTestId("period-picker").waitFor();
    expect(await page.getByTestId("period-picker").inputValue()).toBe("2026-Q2");
    await scoreAsOf(page, "2026-04-02");
    const krRows = (await sheetValues(page, q2)).filter((r) =>
      String(r[col("id")]).match(/-KR\d+$/)
    );
    expect(krRows.map((r) => r[col("status")])).toEqual([
      NOT_STARTED.en,
      NOT_STARTED.en,
      NOT_STARTED.en,
    ]);
    expect(await page.getByTestId("period-left-out").textContent()).toBe(
      "2 sheets of 2026-Q1 not shown; choose 2026-Q1 under Period to see them"
    );
    await sheetTab(page, q2).click();
    await screenshot(page, "periods-q2-not-started");

    // Two weeks in: the Summary is Q2's, with both quarters side by side on its details.
    await scoreAsOf(page, "2026-04-15");
    const board = (await sheetValues(page, "Summary")) as CellValue[][];
    expect(board[0][0]).toBe("OKR summary — 2026-Q2");
    const summary = (await sheetValues(page, "Summary details")) as CellValue[][];
    expect(sectionRows(summary, SUMMARY_TEXT.sheets.en).map((r) => r[0])).toEqual([q2]);
    const quarter = summary.findIndex((r) => r[0] === QUARTER_TEXT.heading.en);
    expect(summary[quarter + 2].slice(0, 3)).toEqual(["Department", "2026-Q1", "2026-Q2"]);
    await sheetTab(page, "Summary").click();
    await screenshot(page, "periods-summary-q2");

    // HR reviews Q1 from the Q2 workbook: Q1's objectives only.
    await page.getByRole("tab", { name: SHELL_MESSAGES.reviewTab.en }).click();
    await page.getByTestId("period-picker").selectOption("2026-Q1");
    await page.getByRole("button", { name: REVIEW_MESSAGES.button.en }).click();
    expect(await page.getByTestId("review-periods").textContent()).toBe(
      "OKR scores from the objectives of 2026-Q1 only."
    );
    const review = await sheetValues(page, "360 Review");
    const head = review
      .slice(REVIEW_ROW.first)
      .find((r) => r[REVIEW_COL.person] === "Head of Sales")!;
    expect(String(head[REVIEW_COL.okrSource])).toContain(q1);
    expect(String(head[REVIEW_COL.okrSource])).not.toContain(q2);
    // Its OKR score is the weighted mean of the Q1 Sales objectives' final progress.
    const sales = (await sheetValues(page, q1)).filter((r) => r[col("level")] === "Objective");
    const weighted = sales.reduce(
      (s, r) => s + (r[col("weight")] as number) * (r[col("progress")] as number),
      0
    );
    const weights = sales.reduce((s, r) => s + (r[col("weight")] as number), 0);
    expect(head[REVIEW_COL.okr]).toBeCloseTo(weighted / weights, 9);
    expect(preview.watch().errors).toEqual([]);
  });
});

describe("the README's Q2 workbook in LibreOffice", () => {
  it.each(["2026-04-02", "2026-04-15"])(
    "agrees with the model on every number, as of %s",
    async (asOf) => {
      const example = await readmeQ2();
      const file = `${example.dir}/q2-${asOf}.xlsx`;
      const scored = await okr(
        "score",
        example.q2,
        "--as-of",
        asOf,
        "--format",
        "json",
        "-o",
        file
      );
      expect(scored.status).toBe(0);
      const model = JSON.parse(scored.out);
      const q1 = JSON.parse(
        (await okr("score", example.q2, "--as-of", asOf, "--period", "2026-Q1", "--format", "json"))
          .out
      );
      const sheets = recalculate(file);
      expectSame(sheets, model);
      const board = sheets.get("Summary")!;
      const summary = sheets.get("Summary details")!;
      const krs = model.rows.filter((r: { level: string }) => r.level === "key result");
      const notStarted = krs.filter((r: { status: string }) => r.status === "notStarted").length;
      expect(notStarted).toBe(asOf === "2026-04-02" ? 3 : 0);
      // The headline: the overall score and the not started count, as the model says.
      const figure = (label: string) => board.find((r) => r[0] === label)![1];
      expect(figure(SUMMARY_TEXT.overallScore.en)).toBeCloseTo(model.sheets[0].score, 9);
      expect(figure(SUMMARY_TEXT.notStarted.en)).toBe(notStarted);
      const header = summary.find((r) => r[0] === SUMMARY_TEXT.sheet.en)!;
      const row = summary.find((r) => r[0] === "Sales 2026-Q2")!;
      expect(row[header.indexOf(SUMMARY_TEXT.notStarted.en)]).toBe(notStarted);
      // Quarter by quarter: each quarter's sheet scores, as each quarter's model has them.
      const at = summary.findIndex((r) => r[0] === QUARTER_TEXT.heading.en);
      const line = (label: string) => summary.slice(at + 3).find((r) => r[0] === label)!;
      const score = (m: { sheets: { name: string; score: number }[] }, name: string) =>
        m.sheets.find((s) => s.name === name)!.score;
      expect(line("Company")[1]).toBeCloseTo(score(q1, "Company 2026-Q1"), 9);
      expect(line("Sales")[1]).toBeCloseTo(score(q1, "Sales 2026-Q1"), 9);
      expect(line("Sales")[2]).toBeCloseTo(score(model, "Sales 2026-Q2"), 9);
      expect(line("Overall score")[1]).toBeCloseTo(
        (score(q1, "Company 2026-Q1") + score(q1, "Sales 2026-Q1")) / 2,
        9
      );
      expect(line("Overall score")[2]).toBeCloseTo(score(model, "Sales 2026-Q2"), 9);
    }
  );
});
