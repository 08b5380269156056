// Files that look right (issue 16): columns as wide as what they show (the Summary's too), one named
// sans-serif font on every styled cell (a nameless bold font printed as serif in LibreOffice), long
// text wrapped rather than running over its neighbours.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fitColumns, textWidth, widestWord } from "../../src/domain/plan/widths";
import { readmeExample } from "../support/readmeExample";

describe("fitColumns", () => {
  const none = new Set<number>();
  it("fits each column to its widest cell, counting Chinese characters twice", () => {
    expect(textWidth("OKR 彙總")).toBe(8);
    const { widths, wrap } = fitColumns(
      [
        ["Title that runs over", null],
        ["Sheet", "Score"],
        ["銷售 2026-Q1", { formula: "=1", shows: 0.5 }],
        ["x", 1_600_000],
      ],
      [{ area: { row: 2, col: 1, rows: 1, cols: 1 }, format: "0%" }],
      { wrapRows: none, skipRows: new Set([0]), min: 4, max: 40 }
    );
    expect(widths).toEqual([
      { col: 0, chars: textWidth("銷售 2026-Q1") + 2 },
      { col: 1, chars: "1,600,000".length + 1 + 2 },
    ]);
    expect(wrap).toEqual([]);
  });
  it("lets headers wrap at their words and wraps text wider than the widest column", () => {
    expect(widestWord("Confidence (previous)")).toBe("Confidence".length);
    expect(widestWord("信心指數（最近）")).toBeLessThan(textWidth("信心指數（最近）"));
    const long = "A statement far longer than any column should ever be";
    const { widths, wrap } = fitColumns([["Confidence (previous)"], [0.5], [long]], [], {
      wrapRows: new Set([0]),
      skipRows: none,
      min: 4,
      max: 30,
    });
    expect(widths).toEqual([{ col: 0, chars: 30 }]);
    expect(wrap.map((w) => w.area.row)).toEqual([2]);
  });
});

describe("the README's worked example, as written", () => {
  it("Summary columns fit their cells; every font is named and sans serif", async () => {
    const files = await readmeExample();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    let seen = 0;
    for (const name of ["Summary", "Summary details"]) {
      const sheet = wb.getWorksheet(name)!;
      sheet.eachRow((row, r) => {
        if (r === 1) return; // the title runs over the empty cells beside it
        row.eachCell((cell, c) => {
          if (typeof cell.value !== "string" || cell.alignment?.wrapText) return;
          // A heading or a note runs over the empty cells to its right, as Excel shows it.
          const next = row.getCell(c + 1).value;
          if (next === null || next === undefined || next === "") return;
          seen++;
          const width = sheet.getColumn(c).width ?? 0;
          expect([name, cell.address, textWidth(cell.value) <= width]).toEqual([
            name,
            cell.address,
            true,
          ]);
        });
      });
    }
    expect(seen).toBeGreaterThan(30);
    // The dates beside "As of" and "Checked on" have room for yyyy-mm-dd (it printed as ### before).
    expect(wb.getWorksheet("Summary")!.getColumn(2).width).toBeGreaterThanOrEqual(11);
    expect(wb.getWorksheet("Summary details")!.getColumn(2).width).toBeGreaterThanOrEqual(11);
    const styles = await (
      await JSZip.loadAsync(await readFile(files.scored))
    )
      .file("xl/styles.xml")!
      .async("string");
    const fonts = /<fonts[^>]*>(.*?)<\/fonts>/s
      .exec(styles)![1]
      .match(/<font>.*?<\/font>|<font\/>/gs)!;
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) {
      expect(font).toContain('<name val="Calibri"/>');
      expect(font).toContain('<family val="2"/>');
    }
  });
});
