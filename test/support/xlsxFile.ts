// Writing test sheets to an .xlsx as a person would have typed them: "40%" becomes a share with a
// percent format, as Excel stores it when typed.
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/domain/types";

/** A CSV cell's text as Excel holds it once typed: "60%" a share, "2026-03-31" a date, "12" a number. */
export const typedValue = (text: string): string | number | Date =>
  /^\d+(\.\d+)?%$/.test(text)
    ? Number(text.slice(0, -1)) / 100
    : /^\d+(\.\d+)?$/.test(text)
      ? Number(text)
      : /^\d{4}-\d\d-\d\d$/.test(text)
        ? new Date(`${text}T00:00:00Z`)
        : text;

export async function writeSheetsXlsx(
  file: string,
  sheets: readonly { name: string; rows: CellValue[][] }[]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "string" && /^-?[\d.]+%$/.test(v)) {
          cell.value = Number(v.slice(0, -1)) / 100;
          cell.numFmt = "0%";
        } else cell.value = (v ?? null) as ExcelJS.CellValue;
      })
    );
  }
  await wb.xlsx.writeFile(file);
}
