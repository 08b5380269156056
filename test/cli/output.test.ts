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

  it("says a failure that is not the system's in plain words, never the library's own text", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "Win the retail channel";
    // ExcelJS stops at it with "Invalid time value", which once reached the reader as it was.
    wb.created = new Date(Number.NaN);
    const out = join(mkdtempSync(join(tmpdir(), "okr-output-")), "out.xlsx");
    const error = (await writeWorkbook(wb, out).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    const said = {
      en: "could not write this workbook to the end, so it wrote no file",
      "zh-CN": "未能完整写出该工作簿，因此没有写入任何文件",
      "zh-TW": "未能完整寫出該活頁簿，因此沒有寫入任何檔案",
    };
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      expect(error.textIn(lang)).toContain(`${out}: `);
      expect(error.textIn(lang)).toContain(said[lang]);
      expect(error.textIn(lang)).not.toMatch(/invalid|time value/i);
    }
  });

  it("names the system's reason where the system refused the write", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "Win the retail channel";
    const out = join(mkdtempSync(join(tmpdir(), "okr-output-")), "no such folder", "out.xlsx");
    const error = (await writeWorkbook(wb, out).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.textIn("en")).toContain(
      "cannot be written (ENOENT). Check that the folder exists"
    );
    expect(error.textIn("zh-TW")).toContain("無法寫入（ENOENT）。請檢查資料夾是否存在");
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
