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

  it.each([false, true])(
    "refuses a number no date can show rather than write NaN over it (sheet by sheet: %s)",
    async (bySheet) => {
      // ExcelJS reads a number past every calendar in a date format as an Invalid Date: the
      // number is lost, and written back it was "NaN" in the user's cell (exit 0).
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Sales 2026-Q1");
      ws.getCell("A1").value = "Due";
      ws.getCell("N8").value = new Date(Number.NaN);
      const out = join(mkdtempSync(join(tmpdir(), "okr-output-")), "out.xlsx");
      const refused = writeWorkbook(wb, out, { bySheet });
      await expect(refused).rejects.toThrow(InputError);
      const error = (await refused.catch((e: unknown) => e)) as InputError;
      expect(error.textIn("en")).toContain(
        "Sales 2026-Q1!N8: a number its date format cannot show"
      );
      expect(error.textIn("zh-CN")).toContain("Sales 2026-Q1!N8：该数字无法以其日期格式显示");
      expect(error.textIn("zh-TW")).toContain("Sales 2026-Q1!N8：該數字無法以其日期格式顯示");
      expect(existsSync(out)).toBe(false);
    }
  );
});
