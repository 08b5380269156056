// Check's quick fixes through the file host: a number format set on one cell stays on that cell.
import ExcelJS from "exceljs";
import { fileHost } from "../../src/cli/fileHost";

describe("the file host's edits", () => {
  it("give an edited cell its own number format, leaving the cells that shared its style", async () => {
    // A loaded workbook's cells of one style share one style object (ExcelJS), as copied sheets do.
    const made = new ExcelJS.Workbook();
    const ws = made.addWorksheet("Sales");
    ws.getCell("L2").value = 25;
    ws.getCell("L3").value = 75;
    for (const at of ["L2", "L3"]) ws.getCell(at).font = { bold: true };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await made.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = wb.getWorksheet("Sales")!;
    expect(sheet.getCell("L2").style).toBe(sheet.getCell("L3").style);

    await fileHost(wb).edit([
      { sheet: "Sales", row: 2, column: "weight", cell: "L2", value: 0.25, numberFormat: "0%" },
    ]);
    expect(sheet.getCell("L2").numFmt).toBe("0%");
    expect(sheet.getCell("L3").numFmt).toBeUndefined();
    expect(sheet.getCell("L3").value).toBe(75);
  });
});
