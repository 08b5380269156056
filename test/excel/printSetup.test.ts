// Print setup through Office.js worksheet.pageLayout (ExcelApi 1.9): every sheet the add-in writes
// prints landscape, one page wide, header rows repeated, the used cells as print area, the sheet
// name and page number in the footer.
import { createEmulatedExcel } from "../../emulator";
import { parseArea, type Area } from "../../emulator/addresses";
import { parsePeriod } from "../../src/domain/reading/period";
import { PRINT_FOOTER } from "../../src/domain/plan/types";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { sheetState } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const SALES = "Sales 2026-Q1";

async function scored() {
  const excel = createEmulatedExcel();
  await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: "en",
    period: Q1,
    asOf: "2026-02-15",
  });
  await scoreWorkbookInExcel(excel, {
    asOf: "2026-03-01",
    checkedOn: "2026-03-01",
    lang: "en",
  });
  return excel;
}

describe("print setup in Excel", () => {
  it("sets every written sheet to print landscape, one page wide, with titles, area and footer", async () => {
    const excel = await scored();
    for (const name of ["Company 2026-Q1", SALES, "Summary"]) {
      const print = sheetState(excel, name).print;
      expect(print.orientation).toBe("Landscape");
      expect(print.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(print.centerFooter).toBe(PRINT_FOOTER);
      expect(print.area).toMatchObject({ row: 0, col: 0 });
      expect(print.area!.rows).toBeGreaterThan(5);
    }
    // The Summary's charts print too: its area reaches past the last chart (charts are not cells).
    const summary = sheetState(excel, "Summary");
    expect(summary.charts.length).toBeGreaterThan(0);
    const area = summary.print.area!;
    for (const chart of summary.charts) {
      const end = parseArea(chart.position!.end!) as Area;
      expect(area.row + area.rows).toBeGreaterThan(end.row);
      expect(area.col + area.cols).toBeGreaterThan(end.col);
    }
    const used = excel.state.usedArea(excel.state.findSheet("Summary")!, false)!;
    expect(area.cols).toBeGreaterThan(used.col + used.cols);
    // OKR sheets repeat their title and header rows (the frozen ones); the Summary has none.
    expect(sheetState(excel, SALES).print.titleRows).toMatch(/^\$1:\$\d+$/);
  });
});
