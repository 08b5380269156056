// Writing an output workbook (src/cli/output.ts): a failing command writes nothing (README, "Exit
// codes"), so a write that stops part-way leaves no file behind, not even an empty one.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { InputError } from "../../src/cli/input";
import { writeWorkbook } from "../../src/cli/output";

describe("writeWorkbook", () => {
  it("leaves no file when the workbook cannot be written to the end", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "Win the retail channel";
    // A date ExcelJS cannot write: it stops at docProps/core.xml, after the sheets.
    wb.created = new Date(Number.NaN);
    const out = join(mkdtempSync(join(tmpdir(), "okr-output-")), "out.xlsx");
    await expect(writeWorkbook(wb, out)).rejects.toThrow(InputError);
    // A file whose open was still under way would appear now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(out)).toBe(false);
  });
});
