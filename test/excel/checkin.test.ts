import { createEmulatedExcel } from "../../emulator";
import { statementFingerprint } from "../../src/domain/checkins/revisions";
import { COLUMNS } from "../../src/domain/columns";
import { historyHeader } from "../../src/domain/checkins/history";
import { parsePeriod } from "../../src/domain/period";
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
  it("reads the form, saves in two round trips, and records every KR with its deltas", async () => {
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
    expect(first).toMatchObject({ historySheet: "Check-ins", recorded: 7, problems: [] });
    const sheet = valuesOf(excel, SALES);
    expect(sheet[7][col("current")]).toBe(1_400_000);
    expect(sheet[7][col("confidence")]).toBe(0.6);
    expect(sheet[2][7]).toBe(46042); // Last check-in: 2026-01-20
    expect(valuesOf(excel, "Check-ins")[0]).toEqual(historyHeader("en"));
    const history = rowsOf(excel);
    expect(history).toHaveLength(7);
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
    // Not reported: recorded with the value the sheet holds.
    expect(history[1].slice(2, 5)).toEqual(["SALES-O1-KR2", 4_000_000, 0.7]);
    expect(history[3].slice(9, 11)).toEqual([-5, 15]); // days: 75 → 70, 15 left to 55
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
      entries: [{ id: "SALES-O1-KR1", value: 1_500_000 }],
    });
    expect(rowsOf(excel)).toHaveLength(14);
    expect(rowsOf(excel)[7].slice(2, 4)).toEqual(["SALES-O1-KR1", 1_500_000]);
    expect(rowsOf(excel)[7][8]).toBe(100_000); // since the previous check-in
    await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-03",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_600_000, comment: "corrected" }],
    });
    const after = rowsOf(excel);
    expect(after).toHaveLength(14);
    expect(after.slice(0, 7)).toEqual(firstDate);
    expect(after[7].slice(3, 6)).toEqual([1_600_000, 0.7, "corrected"]);
    expect(after[7][8]).toBe(200_000);
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
    // Mean confidence over the 7 KRs: 6 at 70 % and KR1 at 60 % then 90 %.
    expect(sales[1]).toBe(2);
    expect(sales[2]).toBe(46056);
    expect(sales[3]).toBeCloseTo((0.7 * 6 + 0.9) / 7, 9);
    expect(sales[4]).toBeCloseTo((0.7 * 6 + 0.6) / 7, 9);
    expect(sales[5]).toBeCloseTo(0.3 / 7, 9);
    expect(rows.find((r) => r[0] === "Company 2026-Q1")?.[1]).toBe(0);
  });

  it("highlights key results with no check-in in the 14 days before the as-of date", async () => {
    const excel = await workbook();
    await saveCheckin(excel, { sheet: SALES, date: "2026-01-20", lang: "en", entries: [] });
    expect(stale(excel, 7)).toBeUndefined();
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
    expect(stale(excel, 7)).toBe("#FFF2CC");
    expect(stale(excel, 6)).not.toBe("#FFF2CC"); // objective rows are not key results
    await saveCheckin(excel, { sheet: SALES, date: "2026-02-10", lang: "en", entries: [] });
    expect(stale(excel, 7)).toBeUndefined();
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
});
