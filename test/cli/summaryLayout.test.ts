// The Summary as the command line writes it for the README's worked example: every column header
// stands aligned like the numbers under it (a number's header right-aligned over right-aligned
// numbers, so nobody reads a number as the next column's); at the period's end, What needs
// attention lists only what was missed or merely acceptable, each with its owner.
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { COLOURS } from "../../src/domain/plan/layout";
import { okr } from "../support/cli";
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
    expect(headers).toBeGreaterThanOrEqual(20);
  });
});

describe("What needs attention at the period's end, in the README example's file", () => {
  it("lists at most 10 key results, each with its owner, none of them Achieved", async () => {
    const files = await readmeExample();
    const out = files.scored.replace(/\.xlsx$/, "-end.xlsx");
    const r = await okr("score", files.checkedIn, "--as-of", "2026-03-31", "-o", out);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows = worksheetRows(wb.getWorksheet("Summary")!);
    const header = rows[rows.findIndex((row) => row[0] === "What needs attention") + 1];
    const at = (label: string) => header.indexOf(label);
    const listed = rows.filter((row) => /-KR\d+$/.test(String(row[0])));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(10);
    for (const row of listed) {
      expect([row[0], String(row[at("Owner")] ?? "")]).not.toEqual([row[0], ""]);
      expect(["Missed", "Acceptable"]).toContain(row[at("Status")]);
      expect(String(row[at("Why")])).toMatch(/at the period's end/);
    }
    // The key figures say grades too.
    expect(rows.slice(5, 8).map((row) => row[0])).toEqual(["Achieved", "Acceptable", "Missed"]);
  });
});
