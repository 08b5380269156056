// Check compares a sheet's formula columns with the ones Score would write (ownCellsOf). A table
// Score refuses, because it reaches so low that the formula columns' spare rows would pass Excel's
// last row, is not planned: nothing to compare, and planning it would fill a million rows (over
// 1 GB and half a minute for `okr check`, issue #35). A lone stray cell that low is no such table:
// it lies below the table's gap (reading/sheet.ts, TABLE_GAP_ROWS) and the table is planned.
import { ownCellsOf } from "../../src/domain/score/ownCells";
import { readSheet, TABLE_GAP_ROWS, tableLastRow } from "../../src/domain/reading/sheet";
import { EXCEL_LAST_ROW, LAST_SCORED_ROW, SPARE_ROWS } from "../../src/domain/plan/layout";
import type { CellValue } from "../../src/domain/types";
import { ONE_KR_TABLE } from "../support/okrRows";

const TABLE = ONE_KR_TABLE;

/**
 * The table with one stray cell in the ID column at `row` (1-based), empty rows between; with
 * `every`, a cell every `every` rows on the way too (a table that goes on down to it).
 */
function withStrayRow(row: number, every = 0) {
  const rows: CellValue[][] = TABLE.map((r) => [...r]);
  while (rows.length < row - 1) rows.push(every && rows.length % every === 0 ? ["x"] : []);
  rows.push(["x"]);
  return { sheet: readSheet("Plan", rows, { period: null }), rows };
}

describe("ownCellsOf a table Score refuses", () => {
  it("the last scored row leaves the spare rows inside Excel's grid", () => {
    expect(LAST_SCORED_ROW + SPARE_ROWS).toBe(EXCEL_LAST_ROW);
    expect(tableLastRow(withStrayRow(40).sheet)).toBe(40);
  });

  it("plans a table that fits, and nothing for one reaching past the last scored row", () => {
    const fits = withStrayRow(40);
    expect(ownCellsOf([fits], { today: "2026-02-15" })("Plan")).toBeDefined();
    const tooLow = withStrayRow(LAST_SCORED_ROW + 1, TABLE_GAP_ROWS / 2);
    expect(tableLastRow(tooLow.sheet)).toBe(LAST_SCORED_ROW + 1);
    expect(ownCellsOf([tooLow], { today: "2026-02-15" })("Plan")).toBeUndefined();
  });

  it("plans the table above a lone stray cell that low: the cell is below the table", () => {
    const stray = withStrayRow(LAST_SCORED_ROW + 1);
    expect(tableLastRow(stray.sheet)).toBe(TABLE.length);
    expect(stray.sheet.belowTable?.row).toBe(LAST_SCORED_ROW + 1);
    expect(ownCellsOf([stray], { today: "2026-02-15" })("Plan")).toBeDefined();
  });
});
