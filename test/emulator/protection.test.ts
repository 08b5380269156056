// Sheet protection as the emulator enforces it (emulator/protection.ts): locked cells refuse
// values and formulas, unlocked ones take them, formatting follows the options, a password is kept.
import { createEmulatedExcel } from "../../emulator";

async function expectExcelError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("emulated Excel: sheet protection", () => {
  it("refuses a write to a locked cell and takes one to an unlocked cell", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange().format.protection.locked = false;
      sheet.getRange("C2:C9").format.protection.locked = true;
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange("A2").values = [[5]];
      const locked = sheet.getRange("C3").format.protection.load("locked");
      const open = sheet.getRange("A3").format.protection.load("locked");
      const protection = sheet.protection.load("protected, options");
      await context.sync();
      expect(locked.locked).toBe(true);
      expect(open.locked).toBe(false);
      expect(protection.protected).toBe(true);
      expect(protection.options.allowFormatCells).toBe(true);
      expect(protection.options.allowSort).toBe(false);
    });
    expect(
      excel.state.readValues(excel.state.sheets[0], { row: 1, col: 0, rows: 1, cols: 1 })
    ).toEqual([[5]]);
    // A value over the formula cell; and a range reaching it with null there is refused whole.
    for (const write of [
      (s: Excel.Worksheet) => (s.getRange("C4").formulas = [["=1+1"]]),
      (s: Excel.Worksheet) => (s.getRange("B4:C4").values = [[1, null]]),
      (s: Excel.Worksheet) => s.getRange("C5").clear("Contents" as Excel.ClearApplyTo),
      (s: Excel.Worksheet) => (s.getRange("C5").format.protection.locked = false),
    ])
      await expect(
        // Excel.run's own closing sync sends it
        excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1"));
        })
      ).rejects.toMatchObject({
        code: "AccessDenied",
        message: expect.stringContaining("You cannot perform the requested operation."),
      });
    // Formatting cells was allowed; formatting columns was not.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C4").format.fill.color = "#FF0000";
      await context.sync();
    });
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C:C").format.columnWidth = 80;
        await context.sync();
      }),
      "AccessDenied"
    );
  });

  it("cannot protect twice, and keeps a password", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({}, "secret");
      await context.sync();
    });
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.protect();
        await context.sync();
      }),
      "InvalidOperation"
    );
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }),
      "InvalidArgument"
    );
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.unprotect("secret");
      sheet.getRange("A1").values = [["free"]];
      // unprotecting a sheet that is not protected changes nothing
      sheet.protection.unprotect();
      await context.sync();
    });
    expect(excel.state.sheets[0].protected).toBe(false);
  });

  it("clearing formats locks the cells again; copying all copies the source's locks", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Source"] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange().format.protection.locked = false;
      sheet.getRange("A1:A3").clear("All" as Excel.ClearApplyTo);
      sheet.getRange("B1:B3").clear("Formats" as Excel.ClearApplyTo);
      sheet.getRange("C1:C3").clear("Contents" as Excel.ClearApplyTo);
      // the source: locked everywhere but E2
      const source = context.workbook.worksheets.getItem("Source");
      source.getRange("E2").format.protection.locked = false;
      sheet.getRange("D1:E3").copyFrom(source.getRange("D1:E3"), "All" as Excel.RangeCopyType);
      await context.sync();
      const locked = ["A2", "B2", "C2", "D1", "E1", "E2", "F2"].map((a) =>
        sheet.getRange(a).format.protection.load("locked")
      );
      await context.sync();
      expect(locked.map((l) => l.locked)).toEqual([true, true, false, true, true, false, false]);
    });
  });

  it("hiding rows or columns on a protected sheet needs leave to format rows or columns", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowFormatRows: true });
      await context.sync();
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("3:3").rowHidden = true;
      await context.sync();
    });
    expect(excel.state.sheets[0].hiddenRows.has(2)).toBe(true);
    await expectExcelError(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B:B").columnHidden = true;
        await context.sync();
      }),
      "AccessDenied"
    );
    expect(excel.state.sheets[0].hiddenColumns.has(1)).toBe(false);
  });
});
