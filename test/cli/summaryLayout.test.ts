// The Summary as the command line writes it for the README's worked example: every column header
// stands aligned like the numbers under it (a number's header right-aligned over right-aligned
// numbers, so nobody reads a number as the next column's), and the sheets come first.
import ExcelJS from "exceljs";
import { COLOURS } from "../../src/domain/plan/layout";
import { readmeExample } from "../support/readmeExample";

const HEADER_FILL = `FF${COLOURS.inputHeaderFill.slice(1)}`;

/** What a cell shows, a formula's cached result for a formula. */
function shown(cell: ExcelJS.Cell): unknown {
  const model = cell.model as { formula?: string; result?: unknown };
  return model.formula ? model.result : cell.value;
}

describe("the Summary's headers, in the README example's file", () => {
  it("stand aligned like the numbers under them, in both sheets", async () => {
    const files = await readmeExample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    let headers = 0;
    for (const name of ["Summary", "Summary details"]) {
      const ws = wb.getWorksheet(name)!;
      ws.eachRow((row, r) => {
        const fill = (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if (fill !== HEADER_FILL) return;
        row.eachCell((header, c) => {
          // The cells of this column down to the section's end (its first empty row).
          const under: ExcelJS.Cell[] = [];
          for (let below = r + 1; ws.getRow(below).actualCellCount > 0; below++)
            under.push(ws.getCell(below, c));
          const numbers = under.filter((cell) => typeof shown(cell) === "number");
          if (numbers.length === 0) return;
          headers++;
          for (const cell of numbers)
            expect([name, header.address, cell.address, cell.alignment?.horizontal]).toEqual([
              name,
              header.address,
              cell.address,
              header.alignment?.horizontal,
            ]);
          expect([name, header.address, header.alignment?.horizontal]).toEqual([
            name,
            header.address,
            "right",
          ]);
        });
      });
    }
    // The attention list's Current, Target and Weight; the details' every count and percentage.
    expect(headers).toBeGreaterThan(25);
  });
});
