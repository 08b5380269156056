// Every operation at the manifest's floor (ExcelApi 1.14), with everything it writes: no Excel the
// manifest admits has less, so nothing is feature-detected or left out. The emulator throws
// ApiNotFound for any member above its level, by the requirement sets @types/office-js names
// (test/support/apiSets-setup.ts), so a member above the floor fails here.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { headerRow } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Finding, Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { MARK_FILLS, markFindings } from "../../src/excel/marks";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { MIN_EXCEL_API } from "../../src/taskpane/office";
import { sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };
const SALES = "Sales 2026-Q1";

async function generated(): Promise<EmulatedExcel> {
  const excel = createEmulatedExcel({ apiVersion: MIN_EXCEL_API });
  await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: "en",
    period: Q1,
    asOf: "2026-02-15",
  });
  return excel;
}

describe(`every operation at the manifest's ExcelApi ${MIN_EXCEL_API}`, () => {
  it("New sheet: the sheets with widths, dropdowns, colours, frozen header, filter and print setup", async () => {
    const excel = await generated();
    expect(valuesOf(excel, SALES)[5].slice(0, headerRow("en").length)).toEqual(headerRow("en"));
    const sheet = sheetState(excel, SALES);
    expect(sheet.columnWidths.size).toBeGreaterThan(0);
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.autoFilter).not.toBeNull();
    expect(sheet.print.orientation).toBe("Landscape");
  });

  it("Check: no errors in the templates", async () => {
    const excel = await generated();
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    expect(result.checked).toEqual(["Company 2026-Q1", SALES]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("Score: the sheet's score is the model's", async () => {
    const excel = await generated();
    const result = await scoreWorkbookInExcel(excel, score);
    const model = result.model.sheets.find((s) => s.name === SALES)!;
    expect(valuesOf(excel, SALES)[3][1]).toBeCloseTo(model.score as number, 9);
    expect(sheetState(excel, "Summary").charts).toHaveLength(2);
  });

  it("Check-in: the values and the history", async () => {
    const excel = await generated();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SALES).activate();
      await context.sync();
    });
    const form = await readCheckinForm(excel);
    const saved = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-20",
      lang: "en",
      entries: form.keyResults.map((kr) => ({ id: kr.id, value: 1 })),
    });
    expect(saved.problems).toEqual([]);
    expect(saved.recorded).toBe(form.keyResults.length);
  });

  it("Marks: the problem cell is coloured", async () => {
    const excel = await generated();
    const finding = { sheet: SALES, cell: "D8", severity: "warning" } as Finding;
    expect(await markFindings(excel, [finding])).toBe(1);
    expect(excel.state.cellStyle(sheetState(excel, SALES), 7, 3).fill).toBe(MARK_FILLS.warning);
  });
});
