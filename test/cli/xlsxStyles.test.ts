// Cells styled alike share one style object (ExcelJS then writes each style once), and sharing never
// lets a change to one cell's style reach another.
import ExcelJS from "exceljs";
import { applyPlansToWorkbook } from "../../src/cli/xlsxHost";
import { area, emptyPlan } from "../../src/domain/plan/types";

describe("applyPlansToWorkbook styles", () => {
  it("shares one style object between cells formatted alike, and restyles without changing others", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = emptyPlan("S", true);
    plan.numberFormats.push({ area: area(0, 0, 3, 2), format: "0%" });
    plan.formats.push({ area: area(0, 0, 2, 2), format: { bold: true, fill: "#FFEEAA" } });
    applyPlansToWorkbook(wb, [plan]);
    const ws = wb.getWorksheet("S")!;
    expect(ws.getCell("A1").style).toBe(ws.getCell("B2").style);
    expect(ws.getCell("A1").style).toEqual({
      numFmt: "0%",
      font: { name: "Calibri", family: 2, size: 11, bold: true },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEEAA" } },
    });
    expect(ws.getCell("A3").style).toEqual({ numFmt: "0%" });

    const later = emptyPlan("S", false);
    later.formats.push({ area: area(0, 0, 1, 1), format: { wrap: true } });
    applyPlansToWorkbook(wb, [later]);
    expect(ws.getCell("A1").alignment).toEqual({ wrapText: true });
    expect(ws.getCell("B2").alignment).toBeUndefined();
    expect(ws.getCell("B2").font).toEqual({ name: "Calibri", family: 2, size: 11, bold: true });

    // Written and read back, each cell keeps its own formats.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const s = back.getWorksheet("S")!;
    expect(s.getCell("A1").alignment).toEqual({ wrapText: true });
    expect(s.getCell("B2").alignment).toBeUndefined();
    expect(s.getCell("B2").numFmt).toBe("0%");
    expect(s.getCell("B2").font?.bold).toBe(true);
    expect(s.getCell("A3").font?.bold).toBeFalsy();
  });
});
