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

describe("the file host on a sheet protected with a password", () => {
  /** "Sales" protected with a password, "Notes" without one; nothing else. */
  async function workbook(): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    const sales = wb.addWorksheet("Sales");
    sales.getCell("L2").value = 25;
    await sales.protect("finance", {});
    const notes = wb.addWorksheet("Notes");
    notes.getCell("A1").value = "kept";
    await notes.protect("", {});
    return wb;
  }

  it("refuses a quick fix there, writing no cell, and names the file and sheet", async () => {
    const wb = await workbook();
    const edits = [
      { sheet: "Notes", row: 1, column: "weight" as const, cell: "A2", value: 1 },
      { sheet: "Sales", row: 2, column: "weight" as const, cell: "L2", value: 0.25 },
    ];
    const refused = fileHost(wb, { file: "plan.xlsx" }).edit(edits);
    await expect(refused).rejects.toThrow(
      "plan.xlsx [Sales]  the sheet is protected with a password"
    );
    expect(wb.getWorksheet("Sales")!.getCell("L2").value).toBe(25);
    expect(wb.getWorksheet("Notes")!.getCell("A2").value).toBeNull();
  });

  it("refuses Collect's copy over it before a returned file is opened", async () => {
    const wb = await workbook();
    const open = jest.fn();
    const source = { kind: "file", file: "back.xlsx", sheet: "Sales", open };
    const refused = fileHost(wb, { file: "master.xlsx" }).bring(
      { create: [], replace: [{ sheet: "Sales", source, rows: 1, cols: 12 }], rows: [], drop: [] },
      []
    );
    await expect(refused).rejects.toThrow("master.xlsx [Sales]");
    expect(open).not.toHaveBeenCalled();
    expect(wb.getWorksheet("Sales")!.getCell("L2").value).toBe(25);
  });
});
