// The print scale the add-in sets before its fit to pages (office-js issue 1860: Excel may leave the
// fit unapplied and print at this scale): the largest up to 100 % at which the columns fit, never
// below the readable floor.
import {
  MIN_PRINT_SCALE,
  PRINTABLE_WIDTH_POINTS,
  printScale,
  STANDARD_COLUMN_POINTS,
  widthInPoints,
} from "../../src/domain/plan/printScale";
import { emptyPlan, type SheetPlan } from "../../src/domain/plan/types";

function plan(widths: number[], create = true, extra: Partial<SheetPlan> = {}): SheetPlan {
  const p = emptyPlan("S", create);
  p.blocks.push({ row: 0, col: 0, values: [widths.map(() => "x")] });
  p.columnWidths.push(...widths.map((chars, col) => ({ col, chars })));
  return Object.assign(p, extra);
}

describe("printScale", () => {
  it("prints a sheet that fits at 100 %", () => {
    expect(printScale(plan([10, 10, 10]))).toBe(100);
  });

  it("shrinks a wider sheet to the largest whole percentage that fits one page", () => {
    const p = plan(Array(12).fill(15)); // 12 × 89 pt = 1,068 pt
    const scale = printScale(p);
    const width = 12 * widthInPoints(15);
    expect((width * scale) / 100).toBeLessThanOrEqual(PRINTABLE_WIDTH_POINTS);
    expect((width * (scale + 1)) / 100).toBeGreaterThan(PRINTABLE_WIDTH_POINTS);
  });

  it("never goes below the readable floor (11 pt text at 7 pt or more), however wide", () => {
    const scale = printScale(plan(Array(60).fill(40)));
    expect(scale).toBe(MIN_PRINT_SCALE);
    expect((11 * scale) / 100).toBeGreaterThanOrEqual(7);
  });

  it("fits two pages across with the title column repeated on the second", () => {
    const p = plan(Array(20).fill(12), true, { print: { pagesWide: 2, titleColumns: 1 } });
    const w = widthInPoints(12);
    const scale = printScale(p);
    expect((21 * w * scale) / 100).toBeLessThanOrEqual(2 * PRINTABLE_WIDTH_POINTS);
    expect((21 * w * (scale + 1)) / 100).toBeGreaterThan(2 * PRINTABLE_WIDTH_POINTS);
  });

  it("counts hidden columns as nothing and unsized columns of a new sheet as Excel's standard width", () => {
    const p = plan([10, 200, 10], true, { hiddenColumns: [1] });
    expect(printScale(p)).toBe(100);
    const unsized = emptyPlan("S", true);
    unsized.blocks.push({ row: 0, col: 0, values: [Array(20).fill("x")] });
    expect(printScale(unsized)).toBe(
      Math.floor((100 * PRINTABLE_WIDTH_POINTS) / (20 * STANDARD_COLUMN_POINTS))
    );
  });

  it("takes the readable floor where it writes into a sheet whose other columns it never sized", () => {
    const p = plan([10, 10], false);
    p.blocks.push({ row: 0, col: 5, values: [["score"]] });
    expect(printScale(p)).toBe(MIN_PRINT_SCALE);
  });
});
