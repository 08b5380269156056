// Numbers in the command line's files in their key result's unit: Gap to target and the check-in
// history's values and changes with thousands separators, a currency's symbol or as percentages,
// dates as dates (issue 16). The plan carries the formats, so Excel gets the same ones.
import ExcelJS from "exceljs";
import { columnHeader } from "../../src/domain/reading/columns";
import { currencySymbol, unitFormat } from "../../src/domain/plan/unitFormats";
import { readmeExample } from "../support/readmeExample";

describe("unitFormat", () => {
  it("gives a currency its symbol, by code or word, in every language", () => {
    expect(unitFormat("USD", [800_000, 1_600_000], false)).toBe('"$"#,##0');
    expect(unitFormat(" usd ", [1.5], false)).toBe('"$"#,##0.0');
    expect(unitFormat("美元", [1], false)).toBe('"$"#,##0');
    expect(unitFormat("CNY", [1], false)).toBe('"¥"#,##0');
    expect(unitFormat("人民币", [1], false)).toBe('"¥"#,##0');
    expect(unitFormat("TWD", [1], false)).toBe('"NT$"#,##0');
    expect(unitFormat("新台幣", [1], false)).toBe('"NT$"#,##0');
    expect(unitFormat("EUR", [1], false)).toBe('"€"#,##0');
    expect(currencySymbol("days")).toBeNull();
  });
  it("gives other units thousands separators, and shares percentages", () => {
    expect(unitFormat("days", [10, 20, "x"], false)).toBe("#,##0");
    expect(unitFormat("hours", [1.5, 2], false)).toBe("#,##0.0");
    expect(unitFormat("%", [0.18], true)).toBe("0.0%");
  });
});

describe("the README's worked example: numbers formatted in their unit", () => {
  it("Gap to target and the history's values", async () => {
    const files = await readmeExample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    const sales = wb.getWorksheet("Sales 2026-Q1")!;
    const header = [...Array(sales.columnCount).keys()].map((c) => sales.getCell(6, c + 1).value);
    const col = (key: "id" | "unit" | "gapToTarget") => header.indexOf(columnHeader(key, "en")) + 1;
    const rowOf = (id: string) =>
      [...Array(sales.rowCount).keys()]
        .map((r) => r + 1)
        .find((r) => sales.getCell(r, col("id")).value === id)!;
    const kr1 = rowOf("SALES-O1-KR1");
    expect(sales.getCell(kr1, col("unit")).value).toBe("USD");
    expect(sales.getCell(kr1, col("gapToTarget")).numFmt).toBe('"$"#,##0');
    // Every key result's gap has a format: none shows a bare 800000.
    for (let r = 7; r <= sales.rowCount; r++)
      if (/-KR\d+$/.test(String(sales.getCell(r, col("id")).value)))
        expect([r, sales.getCell(r, col("gapToTarget")).numFmt]).toEqual([r, expect.any(String)]);
    const history = wb.getWorksheet("Check-ins")!;
    const line = [...Array(history.rowCount).keys()]
      .map((r) => history.getRow(r + 1))
      .find((row) => row.getCell(3).value === "SALES-O1-KR1")!;
    expect(line.getCell(1).numFmt).toBe("yyyy-mm-dd");
    // Value, Start, Target, the changes: dollars; Confidence a percentage.
    for (const c of [4, 7, 8, 10, 11]) expect([c, line.getCell(c).numFmt]).toEqual([c, '"$"#,##0']);
    expect(line.getCell(5).numFmt).toBe("0%");
  });
});
