// The rows a sheet leaves empty between its cells cost the readers nothing each (issue #35): a
// stray value in A1000000 made a million empty arrays, read whole (Score) or streamed (Check). Every
// such row is the one shared, frozen NO_CELLS, and a grid that tall lays out without the call stack
// overflowing (a CSV of a million lines did, in Math.max(...rows)).
import ExcelJS from "exceljs";
import { NO_CELLS, readSheet, TABLE_GAP_ROWS } from "../../src/domain/reading/sheet";
import { inputPlan } from "../../src/domain/newSheet/generate";
import type { CellValue } from "../../src/domain/types";
import { worksheetRows } from "../../src/cli/worksheetCells";
import { streamWorkbook } from "../../src/cli/xlsxStream";
import { excelCell } from "../../src/cli/input";
import { ONE_KR_TABLE } from "../support/okrRows";

async function twoCells(): Promise<{ ws: ExcelJS.Worksheet; bytes: Buffer }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.getCell("A1").value = "top";
  ws.getCell("A6").value = "x";
  return { ws, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}

describe("empty rows between a sheet's cells", () => {
  it("are one shared, frozen row when the workbook is read whole", async () => {
    const rows = worksheetRows((await twoCells()).ws);
    expect(rows.map((r) => r[0] ?? null)).toEqual(["top", null, null, null, null, "x"]);
    for (const r of rows.slice(1, 5)) expect(r).toBe(NO_CELLS);
    expect(Object.isFrozen(NO_CELLS)).toBe(true);
  });

  it("are one shared, frozen row when the workbook is streamed", async () => {
    const [sheet] = await streamWorkbook((await twoCells()).bytes, excelCell);
    expect(sheet.rows.map((r) => r[0] ?? null)).toEqual(["top", null, null, null, null, "x"]);
    for (const r of sheet.rows.slice(1, 5)) expect(r).toBe(NO_CELLS);
  });

  it("lay out a grid of 300,000 rows without overflowing the call stack, the last row's cell kept", () => {
    const grid: CellValue[][] = [...ONE_KR_TABLE.map((r) => [...r])];
    while (grid.length < 299_999) grid.push(NO_CELLS);
    grid.push(["x"]);
    const plan = inputPlan(readSheet("Plan", grid), grid, "en");
    // The table is laid out whole; below it only the rows holding something (generate.ts).
    expect(plan.blocks[0].values.length).toBeLessThan(TABLE_GAP_ROWS);
    expect(plan.blocks).toHaveLength(2);
    const last = plan.blocks.find((b) => b.row === 299_999);
    expect(last?.values[0][0]).toBe("x");
  });
});
