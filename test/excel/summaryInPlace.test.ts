// The Summary is the product's own sheet, and Score rebuilds it in place: cleared and written
// again, never deleted and added, so what a person built on it keeps pointing at it.
import { createEmulatedExcel } from "../../emulator";
import { isoToSerial } from "../../src/domain/reading/dates";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };

describe("the Summary, rebuilt in place", () => {
  it("keeps a user's formula and chart that point at it, and our charts are not doubled", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["company", "sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    await scoreWorkbookInExcel(excel, score);
    const summaryId = sheetState(excel, "Summary").id;
    const detailsId = sheetState(excel, "Summary details").id;
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.add("Mine");
      mine.getRange("A1").formulas = [["=Summary!B3"]];
      const summary = context.workbook.worksheets.getItem("Summary");
      summary.charts.add(
        "Pie" as Excel.ChartType,
        summary.getRange("A5:B6"),
        "Auto" as Excel.ChartSeriesBy
      ).name = "my pie";
      // a stale row from before, far below what the Summary writes now
      summary.getRange("A500").values = [["stale"]];
      await context.sync();
    });

    await scoreWorkbookInExcel(excel, { ...score, asOf: "2026-03-15" });

    expect(sheetState(excel, "Summary").id).toBe(summaryId);
    expect(sheetState(excel, "Summary details").id).toBe(detailsId);
    expect(formulasOf(excel, "Mine")[0][0]).toBe("=Summary!B3");
    // The headline's as-of date.
    expect(valuesOf(excel, "Mine")[0][0]).toBe(isoToSerial("2026-03-15"));
    expect(valuesOf(excel, "Summary")[499]?.[0] ?? "").toBe("");
    expect(sheetState(excel, "Summary").charts.map((c) => c.title)).toEqual([
      "",
      "Sheet scores",
      "Objective progress",
    ]);
    expect(sheetState(excel, "Summary").charts[0].name).toBe("my pie");
  });
});
