// Two quarters in one workbook, in Excel (emulated, HyperFormula computing): the Q2 sheets started
// from a closed Q1, their statuses "Not started" in the formulas as in the model until a check-in
// is due or made, the Summary of Q2 alone with its Quarter by quarter section, the review of Q1
// alone, and a second closing that keeps the first period on the Review.
import { COLUMNS } from "../../src/domain/reading/columns";
import { REVIEW_COLUMNS, REVIEW_HEADER_ROW } from "../../src/domain/close/periodReview";
import { NOT_STARTED } from "../../src/domain/scoring/notStarted";
import { QUARTER_TEXT } from "../../src/domain/score/quarterByQuarter";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { saveCheckin } from "../../src/excel/checkin";
import { readCloseForm, saveClose } from "../../src/excel/close";
import { readPeriods } from "../../src/excel/periods";
import { reviewInExcel } from "../../src/excel/review";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { valuesOf } from "../support/emulatorRead";
import { sectionRows } from "../support/summaryRows";
import { Q1, period, twoQuarters } from "../support/twoQuarters";
import { generateSheets } from "../../src/excel/generate";
import { checkWorkbook } from "../../src/excel/check";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const SALES_Q2 = "Sales 2026-Q2";

describe("two quarters in Excel (emulated)", () => {
  it("starts Q2 not started, in the formulas as in the model, until a check-in is made", async () => {
    const excel = await twoQuarters();
    // Beside the Q1 sheets, after the Summary and its details (the first tabs), before the Review.
    const tabs = excel.state.sheets.map((s) => s.name);
    expect(tabs.indexOf(SALES_Q2)).toBe(tabs.indexOf("Sales 2026-Q1") + 1);
    expect(tabs.slice(0, 2)).toEqual(["Summary", "Summary details"]);
    expect(tabs.indexOf(SALES_Q2)).toBeLessThan(tabs.indexOf("Review"));
    expect(await readPeriods(excel)).toMatchObject({ shown: "2026-Q2" });

    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-04-02",
      checkedOn: "2026-04-02",
      lang: "en",
    });
    expect(result.okrSheets).toEqual([SALES_Q2]);
    expect(result.scope.leftOut.map((p) => p.period.label)).toEqual(["2026-Q1"]);
    const rows = valuesOf(excel, SALES_Q2);
    const model = new Map(result.model.rows.map((r) => [r.id, r]));
    for (const r of rows.slice(6).filter((x) => x[col("id")])) {
      const m = model.get(String(r[col("id")]))!;
      // HyperFormula's status word is the model's: not started, neither at risk nor off track.
      expect([m.id, r[col("status")]]).toEqual([m.id, m.notStarted ? NOT_STARTED.en : m.status]);
      expect(m.notStarted).toBe(true);
    }
    const details = valuesOf(excel, "Summary details");
    const sheetsRow = details.find((r) => r[0] === SALES_Q2)!;
    const header = details.find((r) => r[0] === SUMMARY_TEXT.sheet.en)!;
    expect(sheetsRow[header.indexOf(SUMMARY_TEXT.notStarted.en)]).toBe(3);
    // The board's figure sums the details' column.
    const figure = valuesOf(excel, "Summary").find((r) => r[0] === SUMMARY_TEXT.notStarted.en)!;
    expect(figure[1]).toBe(3);

    // A check-in of one key result, dated within the as-of: that one starts, live, the others wait.
    await saveCheckin(excel, {
      sheet: SALES_Q2,
      date: "2026-04-02",
      lang: "en",
      entries: [{ id: "SALES-26Q2-O1-KR1", value: "", confidence: "75%" }],
    });
    const after = valuesOf(excel, SALES_Q2);
    const status = (id: string) => after.find((r) => r[col("id")] === id)![col("status")];
    expect(status("SALES-26Q2-O1-KR1")).toBe("At risk"); // progress 0 at 2/91 of the pace
    expect(status("SALES-26Q2-O1-KR2")).toBe(NOT_STARTED.en);
    expect(status("SALES-26Q2-O1")).not.toBe(NOT_STARTED.en);
  });

  it("shows Q2 in the Summary, both quarters in Quarter by quarter, and reviews Q1 alone", async () => {
    const excel = await twoQuarters();
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-04-15",
      checkedOn: "2026-04-15",
      lang: "en",
    });
    expect(valuesOf(excel, "Summary")[0][0]).toBe("OKR summary — 2026-Q2");
    const summary = valuesOf(excel, "Summary details");
    expect(sectionRows(summary, SUMMARY_TEXT.sheets.en).map((r) => r[0])).toEqual([SALES_Q2]);
    const q = summary.findIndex((r) => r[0] === QUARTER_TEXT.heading.en);
    const line = (label: string) => summary.slice(q + 3).find((r) => r[0] === label)!;
    // Live links: HyperFormula gives the Q1 sheets' scores and Q2's from the Sheets section.
    expect(line("Sales")[2]).toBe(result.model.sheets[0].score);
    expect(line("Company")[2]).toBe("");
    expect(typeof line("Company")[1]).toBe("number");
    expect(line("Overall score")[1]).toBeCloseTo(
      ((line("Company")[1] as number) + (line("Sales")[1] as number)) / 2,
      12
    );

    const review = await reviewInExcel(excel, { lang: "en", hideRatings: false, periods: [Q1] });
    expect(review.periods).toEqual(["2026-Q1"]);
    expect(review.okrSheets).toEqual(["Company 2026-Q1", "Sales 2026-Q1"]);
    const open = await reviewInExcel(excel, { lang: "en", hideRatings: false });
    expect([open.periods, open.okrSheets]).toEqual([["2026-Q2"], [SALES_Q2]]);
  });

  it("closes Q2 with Q1 staying on the Review", async () => {
    const excel = await twoQuarters();
    const form = await readCloseForm(excel);
    expect(form.period?.label).toBe("2026-Q2");
    expect(form.periods.map((p) => [p.period.label, p.closed])).toEqual([
      ["2026-Q1", true],
      ["2026-Q2", false],
    ]);
    expect(form.objectives.map((o) => o.id)).toEqual(["SALES-26Q2-O1"]);
    const closed = await saveClose(excel, {
      asOf: "2026-06-30",
      today: "2026-06-30",
      lang: "en",
      entries: [{ id: "SALES-26Q2-O1", carry: "no" }],
    });
    expect(closed.problems).toEqual([]);
    const keys = Object.keys(REVIEW_COLUMNS);
    const lines = valuesOf(excel, "Review").slice(REVIEW_HEADER_ROW + 1);
    expect(lines.map((r) => r[keys.indexOf("id")])).toEqual([
      "CO-O1",
      "CO-O2",
      "CO-O3",
      "SALES-O1",
      "SALES-O2",
      "SALES-O3",
      "SALES-26Q2-O1",
    ]);
    expect(valuesOf(excel, "Review")[0][0]).toBe("Period review — 2026-Q1, 2026-Q2");
    expect((await readPeriods(excel)).periods.every((p) => p.closed)).toBe(true);
  });

  it("makes a later period's sheets from templates with IDs of their own, aligned within the period", async () => {
    const excel = await twoQuarters();
    const made = await generateSheets(excel, {
      templates: ["company", "sales", "hr"],
      lang: "en",
      period: period("2026-Q3"),
      asOf: "2026-07-01",
    });
    expect(made.sheets).toEqual(["Company 2026-Q3", "Sales 2026-Q3", "HR 2026-Q3"]);
    const first = (name: string) => valuesOf(excel, name)[6].slice(0, 3);
    // CO and SALES are Q1's (SALES-26Q2 Q2's): Q3 writes its period in; HR is new to the workbook.
    expect(first("Company 2026-Q3")).toEqual(["CO-26Q3-O1", "Objective", ""]);
    expect(first("Sales 2026-Q3")).toEqual(["SALES-26Q3-O1", "Objective", "CO-26Q3-O1"]);
    expect(first("HR 2026-Q3")[0]).toBe("HR-O1");
    const check = await checkWorkbook(excel, "all", {}, period("2026-Q3"));
    expect(check.findings.filter((f) => f.ruleId === "ID-DUPLICATE")).toEqual([]);
    expect(check.findings.filter((f) => f.ruleId.startsWith("O-PARENT"))).toEqual([]);
  });
});
