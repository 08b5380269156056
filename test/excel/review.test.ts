// Review in emulated Excel: the real Office.js code, HyperFormula computing the formulas.
import { createEmulatedExcel } from "../../emulator";
import { REVIEW_COL, REVIEW_ROW } from "../../src/domain/review360/plan";
import { COMPONENTS } from "../../src/domain/reading/ratingsSheet";
import { COLUMNS, columnHeader, headerRow } from "../../src/domain/reading/columns";
import type { CellValue, Lang } from "../../src/domain/types";
import { reviewInExcel } from "../../src/excel/review";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { sheetState, valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";
import { cells, okrRows } from "../support/reviewSheets";
import { scoredTemplates } from "../support/scoredTemplates";

/** Sales and HR sheets generated and scored, with ratings for their owners. */
const scoredWorkbook = (lang: Lang = "en") => scoredTemplates(["sales", "hr"], lang);

async function putRatings(
  excel: ReturnType<typeof createEmulatedExcel>,
  sheet: string,
  rows: CellValue[][]
) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(`A2:F${rows.length + 1}`).values =
      rows as never;
  });
}

describe("Review in Excel (emulated)", () => {
  it("builds the Ratings and review sheets in two round trips; ratings added later count when built again", async () => {
    const excel = await scoredWorkbook();
    const before = excel.runs.length;
    const first = await reviewInExcel(excel, { lang: "en", hideRatings: false });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(first).toMatchObject({
      built: true,
      reviewSheet: "360 Review",
      ratingsSheet: "Ratings",
      ratingsCreated: true,
    });
    const people = first.people.map((p) => p.name);
    expect(people).toEqual(["Head of Sales", "Head of People"]);
    // No rating yet: the OKR score alone, openly rescaled.
    let review = valuesOf(excel, "360 Review");
    expect(review[REVIEW_ROW.first][REVIEW_COL.basis]).toBe(
      "rescaled, without: Self Peer Manager Designated"
    );

    await putRatings(excel, "Ratings", [
      ["Head of Sales", "Bo", "Peer", 4, "", ""],
      ["Head of Sales", "Cy", "Peer", 5, "", ""],
      ["Head of Sales", "Mo", "Manager", 3, "", ""],
      ["Head of Sales", "Head of Sales", "Self", 5, "", ""],
      ["Head of Sales", "Di", "Designated", 1, "", ""],
    ]);
    const ratingsBefore = valuesOf(excel, "Ratings");
    const again = await reviewInExcel(excel, { lang: "en", hideRatings: false });
    expect(again.ratingsCreated).toBe(false);
    expect(valuesOf(excel, "Ratings")).toEqual(ratingsBefore); // a person's sheet: never rewritten
    review = valuesOf(excel, "360 Review");
    const row = review[REVIEW_ROW.first];
    const sales = again.model.people[0];
    expect(sales.components).toMatchObject({ self: 1, peer: 0.875, manager: 0.5, designated: 0 });
    for (const c of COMPONENTS)
      expect(row[REVIEW_COL[c]]).toBeCloseTo(sales.components[c] as number, 12);
    expect(row[REVIEW_COL.peers]).toBe(2);
    expect(row[REVIEW_COL.total]).toBeCloseTo(sales.total as number, 12);
    expect(row[REVIEW_COL.basis]).toBe("all components");
    expect(row[REVIEW_COL.rank]).toBe(1);
    // One distribution chart per department.
    const charts = sheetState(excel, "360 Review").charts;
    expect(charts.map((c) => c.title)).toEqual(["Totals — Sales", "Totals — HR"]);
    // People counted in whole numbers from 0 (an axis of 0–1.2 counted fractions of people).
    for (const chart of charts) {
      expect(chart.valueAxis).toEqual({ minimum: 0, majorUnit: 1, numberFormat: "0" });
      expect(chart.dataLabels).toMatchObject({ showValue: true, numberFormat: "0" });
    }
  });

  it("reads and writes in three round trips for 400 people too", async () => {
    const excel = createEmulatedExcel();
    const rows: CellValue[][] = [["Big OKRs"], ["Department", "Ops"], [], headerRow("en").slice()];
    for (let i = 0; i < 400; i++)
      rows.push(
        [`O${i}`, "Objective", "", "Grow it", `Person ${i}`, "Committed"],
        [`O${i}-KR1`, "Key result", "", "Raise x from 0 to 10", "", "", "Metric", "", 0, 10, i % 11]
      );
    await putTable(excel, "Big", cells(rows));
    await scoreWorkbookInExcel(excel, { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" });
    const before = excel.runs.length;
    const result = await reviewInExcel(excel, { lang: "en", hideRatings: true });
    expect(result.people).toHaveLength(400);
    // the read's sizes and head, the 800 rows past the head in one band, the write
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([3]);
    expect(excel.runs[before].maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const review = valuesOf(excel, "360 Review");
    expect(review[REVIEW_ROW.first + 399][REVIEW_COL.okr]).toBeCloseTo((399 % 11) / 10, 12);
  });

  it("hides the Ratings sheet as very hidden", async () => {
    const excel = await scoredWorkbook();
    const hidden = await reviewInExcel(excel, { lang: "en", hideRatings: true });
    expect(hidden.hidden).toBe(true);
    expect(sheetState(excel, "Ratings").visibility).toBe("VeryHidden");
  });

  it("refuses before the OKR sheets are scored, writing nothing", async () => {
    const raw = createEmulatedExcel();
    const header = COLUMNS.filter((c) => c.kind !== "formula").map((c) =>
      columnHeader(c.key, "en")
    );
    const rows = okrRows("Raw", [{ owner: "Ann", current: 5 }], { header });
    await putTable(raw, "Raw", cells(rows));
    const refused = await reviewInExcel(raw, { lang: "en", hideRatings: false });
    expect(refused.built).toBe(false);
    expect(refused.findings.map((f) => [f.ruleId, f.sheet, f.cell])).toEqual([
      ["REVIEW-NOT-SCORED", "Raw", "A4"],
    ]);
    expect(raw.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Raw"]);
  });

  it("speaks the pane's language: zh-TW sheet names, headers and role words", async () => {
    const excel = await scoredWorkbook("zh-TW");
    const result = await reviewInExcel(excel, { lang: "zh-TW", hideRatings: false });
    expect([result.reviewSheet, result.ratingsSheet]).toEqual(["360度評估", "評分明細"]);
    await putRatings(excel, "評分明細", [[result.people[0].name, "小王", "互評", 3, "", ""]]);
    const again = await reviewInExcel(excel, { lang: "zh-TW", hideRatings: false });
    const review = valuesOf(excel, "360度評估");
    expect(review[REVIEW_ROW.header].slice(0, 3)).toEqual(["員工", "部門", "OKR 得分"]);
    expect(review[REVIEW_ROW.first][REVIEW_COL.peer]).toBe(0.5);
    expect(again.model.people[0].components.peer).toBe(0.5);
  });
});
