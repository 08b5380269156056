import { createEmulatedExcel } from "../../emulator";
import { statementFingerprint } from "../../src/domain/checkins/revisions";
import { COLUMNS } from "../../src/domain/reading/columns";
import { historyHeader } from "../../src/domain/reading/historySheet";
import { parsePeriod } from "../../src/domain/reading/period";
import { disallowedFunctions } from "../../src/domain/scoring/functions";
import type { CellValue, Period } from "../../src/domain/types";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const SALES = "Sales 2026-Q1";

async function workbook() {
  const excel = createEmulatedExcel();
  await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: "en",
    period: Q1,
    asOf: "2026-01-05",
  });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(SALES).activate();
    await context.sync();
  });
  return excel;
}

const rowsOf = (excel: ReturnType<typeof createEmulatedExcel>) =>
  valuesOf(excel, "Check-ins").slice(1);
const stale = (excel: ReturnType<typeof createEmulatedExcel>, row: number) => {
  const sheet = excel.state.findSheet(SALES)!;
  return excel.state.displayStyle(sheet, row, col("id")).fill;
};

describe("Check-in in Excel (emulated)", () => {
  it("reads the form, saves in two round trips, and records the key results given with their deltas", async () => {
    const excel = await workbook();
    const form = await readCheckinForm(excel);
    expect(form).toMatchObject({ sheet: SALES, okrSheet: true });
    expect(form.keyResults.map((k) => k.id)).toEqual([
      "SALES-O1-KR1",
      "SALES-O1-KR2",
      "SALES-O1-KR3",
      "SALES-O2-KR1",
      "SALES-O2-KR2",
      "SALES-O3-KR1",
      "SALES-O3-KR2",
    ]);
    const before = excel.runs.length;
    const first = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-01-20",
      lang: "en",
      entries: [
        { id: "SALES-O1-KR1", value: "1,400,000", confidence: "60%", comment: "two deals slipped" },
        { id: "SALES-O2-KR1", value: "70", confidence: "0.8" },
      ],
    });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(first).toMatchObject({ historySheet: "Check-ins", recorded: 2, problems: [] });
    const sheet = valuesOf(excel, SALES);
    expect(sheet[7][col("current")]).toBe(1_400_000);
    expect(sheet[7][col("confidence")]).toBe(0.6);
    expect(sheet[2][7]).toBe(46042); // Last check-in: 2026-01-20
    expect(valuesOf(excel, "Check-ins")[0]).toEqual(historyHeader("en"));
    const history = rowsOf(excel);
    // What was said: two key results, none of the five untouched ones.
    expect(history.map((r) => r[2])).toEqual(["SALES-O1-KR1", "SALES-O2-KR1"]);
    expect(history[0]).toEqual([
      46042,
      SALES,
      "SALES-O1-KR1",
      1_400_000,
      0.6,
      "two deals slipped",
      1_200_000,
      2_000_000,
      "",
      200_000,
      600_000,
      0.4, // what the KR was: its weight and its statement's fingerprint; a first check-in revises nothing
      statementFingerprint("Grow new enterprise bookings from $1.2M to $2M"),
      "",
    ]);
    expect(history[1].slice(9, 11)).toEqual([-5, 15]); // days: 75 → 70, 15 left to 55
    // The progress formulas follow the new Current at once.
    expect(sheet[7][col("progress")]).toBeCloseTo(0.25, 9);
  });

  it("appends a later check-in, replaces a same-date one, and never touches earlier dates", async () => {
    const excel = await workbook();
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-01-20",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_400_000 }],
    });
    const firstDate = rowsOf(excel);
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-03",
      lang: "en",
      entries: [
        { id: "SALES-O1-KR1", value: 1_500_000 },
        { id: "SALES-O1-KR2", value: "", confidence: "", comment: "" }, // said nothing
      ],
    });
    expect(rowsOf(excel)).toHaveLength(2);
    expect(rowsOf(excel)[1].slice(2, 4)).toEqual(["SALES-O1-KR1", 1_500_000]);
    expect(rowsOf(excel)[1][8]).toBe(100_000); // since the previous check-in
    // Another key result the same day: a row of its own; the first one's stays.
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-03",
      lang: "en",
      entries: [{ id: "SALES-O1-KR2", value: "", confidence: "60%" }],
    });
    expect(rowsOf(excel).map((r) => r[2])).toEqual([
      "SALES-O1-KR1",
      "SALES-O1-KR1",
      "SALES-O1-KR2",
    ]);
    // The same key result again the same day: its row of that day is replaced.
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-03",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_600_000, comment: "corrected" }],
    });
    const after = rowsOf(excel);
    expect(after).toHaveLength(3);
    expect(after.slice(0, 1)).toEqual(firstDate);
    expect(after[1].slice(3, 6)).toEqual([1_600_000, 0.7, "corrected"]);
    expect(after[1][8]).toBe(200_000);
    const formulas = formulasOf(excel, "Check-ins")
      .flat()
      .filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(formulas.flatMap(disallowedFunctions)).toEqual([]);
  });

  it("is left alone by Score, which adds check-in counts and the confidence trend to the Summary", async () => {
    const excel = await workbook();
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-01-20",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_400_000, confidence: 0.6 }],
    });
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-03",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_500_000, confidence: 0.9 }],
    });
    const history = formulasOf(excel, "Check-ins");
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-10", checkedOn: "2026-02-10", lang: "en" });
    expect(formulasOf(excel, "Check-ins")).toEqual(history);
    const summary = valuesOf(excel, "Summary details");
    // The Check-ins section of the Summary's details, a row per sheet.
    const heading = summary.findIndex((r) => r[0] === "Check-ins");
    expect(summary[heading + 1].slice(0, 6)).toEqual([
      "Sheet",
      "Check-ins",
      "Last check-in",
      "Confidence",
      "Before",
      "Change",
    ]);
    const rows = summary.slice(heading + 2, heading + 4);
    const sales = rows.find((r) => r[0] === SALES) as CellValue[];
    // Mean confidence of the key results checked in each time: KR1 at 60 %, then at 90 %.
    expect(sales[1]).toBe(2);
    expect(sales[2]).toBe(46056);
    expect(sales[3]).toBeCloseTo(0.9, 9);
    expect(sales[4]).toBeCloseTo(0.6, 9);
    expect(sales[5]).toBeCloseTo(0.3, 9);
    expect(rows.find((r) => r[0] === "Company 2026-Q1")?.[1]).toBe(0);
  });

  it("highlights key results not checked in for more than one cadence before the as-of date", async () => {
    const excel = await workbook();
    const kr1 = [{ id: "SALES-O1-KR1", value: "", confidence: "70%" }];
    await saveCheckin(excel, { sheet: SALES, date: "2026-01-20", lang: "en", entries: kr1 });
    expect(stale(excel, 7)).toBeUndefined();
    expect(stale(excel, 8)).toBe("#FFF2CC"); // KR2: never checked in
    // Weekly by default: 7 days after the check-in it is fresh, 8 days after stale.
    await scoreWorkbookInExcel(excel, { asOf: "2026-01-27", checkedOn: "2026-01-27", lang: "en" });
    expect(stale(excel, 7)).toBeUndefined();
    await scoreWorkbookInExcel(excel, { asOf: "2026-01-28", checkedOn: "2026-01-28", lang: "en" });
    expect(stale(excel, 7)).toBe("#FFF2CC");
    expect(stale(excel, 6)).not.toBe("#FFF2CC"); // objective rows are not key results
    await saveCheckin(excel, { sheet: SALES, date: "2026-01-28", lang: "en", entries: kr1 });
    expect(stale(excel, 7)).toBeUndefined();
    // Nothing said: nothing written, not even the date.
    const nothing = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-10",
      lang: "en",
      entries: [],
    });
    expect(nothing.recorded).toBe(0);
    expect(valuesOf(excel, SALES)[2][7]).toBe(46050); // Last check-in: still 2026-01-28
  });

  it("refuses values it cannot read and unknown IDs, writing nothing", async () => {
    const excel = await workbook();
    const result = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-01-20",
      lang: "en",
      entries: [
        { id: "SALES-O1-KR1", value: "lots" },
        { id: "NOPE-1", value: 1 },
        { id: "SALES-O1-KR2", value: 1, confidence: "high" },
      ],
    });
    expect(result.problems).toEqual([
      { kind: "bad-value", id: "SALES-O1-KR1", value: "lots" },
      { kind: "unknown-id", id: "NOPE-1" },
      { kind: "bad-confidence", id: "SALES-O1-KR2", value: "high" },
    ]);
    expect(excel.state.findSheet("Check-ins")).toBeUndefined();
    expect(valuesOf(excel, SALES)[7][col("current")]).toBe(1_200_000);
  });

  it("keeps a linked Current's formula: the form shows the link, the history records its value", async () => {
    const excel = await workbook();
    // Finance links the actuals: Current of SALES-O1-KR1 (K8) reads its model.
    await excel.run(async (context) => {
      const model = context.workbook.worksheets.add("P&L");
      model.getRange("B1").values = [[1_650_000]];
      context.workbook.worksheets.getItem(SALES).getRange("K8").formulas = [["='P&L'!B1"]];
      context.workbook.worksheets.getItem(SALES).activate();
      await context.sync();
    });
    const before = excel.runs.length;
    const form = await readCheckinForm(excel);
    // The cells, then the Current column's formulas.
    expect(excel.runs[before].syncs).toBe(2);
    const kr1 = form.keyResults.find((k) => k.id === "SALES-O1-KR1")!;
    expect([kr1.link, kr1.current]).toEqual(["='P&L'!B1", 1_650_000]);
    expect(form.keyResults.filter((k) => k.link)).toHaveLength(1);
    const linked = { "SALES-O1-KR1": kr1.link! };
    // A value for it is refused (the pane never sends one: the field is read-only).
    const refused = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-10",
      lang: "en",
      linked,
      entries: [{ id: "SALES-O1-KR1", value: 1_700_000 }],
    });
    expect(refused.problems).toEqual([{ kind: "linked", id: "SALES-O1-KR1", link: "'P&L'!B1" }]);
    const saved = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-10",
      lang: "en",
      linked,
      entries: [{ id: "SALES-O1-KR1", value: "", confidence: "80%", comment: "from finance" }],
    });
    expect(saved.recorded).toBe(1);
    expect(formulasOf(excel, SALES)[7][col("current")]).toBe("='P&L'!B1");
    expect(rowsOf(excel)[0].slice(2, 6)).toEqual(["SALES-O1-KR1", 1_650_000, 0.8, "from finance"]);
  });
});
