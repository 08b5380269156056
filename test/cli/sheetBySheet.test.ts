// Writing a workbook a sheet at a time (src/cli/sheetBySheet.ts, `okr review`'s writer) gives the
// package ExcelJS's own writer gives, part for part: the user's sheets stay whole (merges, links,
// notes, tables, pictures, dropdowns, conditional formats, print areas, hidden sheets), and rows
// are rendered in slices without losing or reordering any.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addCharts, sheetDrawings, type FileChart } from "../../src/cli/charts";
import { pictureDrawings, writeSheetBySheet } from "../../src/cli/sheetBySheet";
import { PROGRESS_AXIS } from "../../src/domain/plan/types";

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

/** A workbook with a bit of everything ExcelJS writes, and 2,500 rows with gaps on one sheet. */
function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2026, 2, 31));
  const data = wb.addWorksheet("Data 'Q1' & Co", { views: [{ state: "frozen", ySplit: 1 }] });
  data.getColumn(1).width = 24;
  for (let r = 1; r <= 2500; r++) {
    if (r % 7 === 3) continue; // rows with nothing in them stay out
    const row = data.getRow(r);
    row.getCell(1).value = `Person ${r} & <co>`;
    row.getCell(2).value = r % 5 === 0 ? null : r / 3;
    row.getCell(3).value = { formula: `B${r}*2`, result: (r / 3) * 2 };
    row.getCell(4).value = new Date(Date.UTC(2026, 0, 1 + (r % 90)));
    row.getCell(4).numFmt = "yyyy-mm-dd";
    if (r % 11 === 0) row.getCell(5).font = { bold: true, color: { argb: "FF9C0006" } };
    if (r % 13 === 0) row.height = 30;
  }
  data.getCell("F2").value = { text: "site", hyperlink: "https://example.com/a?b=1&c=2" };
  data.getCell("G2").note = "a note";
  data.mergeCells("H2:I3");
  data.getCell("H2").value = "merged";
  data.getCell("J5").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
  data.addConditionalFormatting({
    ref: "B1:B2500",
    rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }] } as never],
  });
  data.pageSetup.printArea = "A1:E40";
  const table = wb.addWorksheet("Table");
  table.addTable({
    name: "People",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Name" }, { name: "Score" }],
    rows: [
      ["A", 1],
      ["B", 2],
    ],
  });
  const picture = wb.addWorksheet("Picture");
  picture.addImage(wb.addImage({ buffer: PNG, extension: "png" } as never), "B2:C4");
  wb.addWorksheet("Hidden", { state: "veryHidden" }).getCell("A1").value = "x";
  wb.addWorksheet("Empty");
  return wb;
}

const CHART: FileChart = {
  sheet: "Data 'Q1' & Co",
  title: "Totals",
  source: { row: 0, col: 0, rows: 3, cols: 2 },
  at: { row: 1, col: 10, rows: 10, cols: 6 },
  axis: PROGRESS_AXIS,
  format: "0%",
  labels: true,
  series: "People",
  categories: ["a", "b"],
  values: [0.2, 0.4],
};

/** Every part's text; a data bar's random id and the rels of sheets with charts set aside. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    const text = await zip.files[name].async("string");
    out.set(name, text.replace(/\{[0-9A-F-]{36}\}/g, "{id}"));
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "okr-bysheet-"));

describe("writing a workbook a sheet at a time", () => {
  it("gives the parts ExcelJS's writer gives, every row of a 2,500-row sheet in order", async () => {
    const expected = await parts(new Uint8Array(await workbook().xlsx.writeBuffer()));
    const out = join(dir, "plain.xlsx");
    await writeSheetBySheet(workbook(), out, []);
    const got = await parts(readFileSync(out));
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [name, text] of expected) expect([name, got.get(name)]).toEqual([name, text]);
    // The slices really were several: rows from the first and the last of them are there.
    const sheet = got.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toContain('<row r="1" ');
    expect(sheet).toContain('<row r="2500" ');
    expect(sheet).not.toContain('<row r="10" ');
    expect(sheet).toContain('<dimension ref="A1:J2500"/>');
  });

  it("puts the charts in as addCharts does after ExcelJS's writer, numbered after the pictures", async () => {
    const wb = workbook();
    expect(pictureDrawings(wb)).toBe(1);
    const before = new Uint8Array(await wb.xlsx.writeBuffer());
    const expected = await parts(await addCharts(before, [CHART]));
    const out = join(dir, "charts.xlsx");
    await writeSheetBySheet(workbook(), out, sheetDrawings([CHART], 1, pictureDrawings(wb) + 1));
    const got = await parts(readFileSync(out));
    expect([...got.keys()]).toEqual([...expected.keys()]);
    const rels = "xl/worksheets/_rels/sheet1.xml.rels";
    for (const [name, text] of expected)
      if (name !== rels && name !== "[Content_Types].xml")
        expect([name, got.get(name)]).toEqual([name, text]);
    // The same relationships (written in another attribute order) and the same content types.
    const relations = (xml = "") =>
      [...xml.matchAll(/<Relationship\b[^>]*>/g)]
        .map((m) =>
          ["Id", "Type", "Target", "TargetMode"]
            .map((a) => new RegExp(`\\b${a}="([^"]*)"`).exec(m[0])?.[1] ?? "")
            .join(" ")
        )
        .sort();
    expect(relations(got.get(rels))).toEqual(relations(expected.get(rels)));
    expect(relations(got.get(rels)).join("\n")).toContain("rIdOkrSheetsDrawing");
    const types = (xml = "") =>
      [...xml.matchAll(/<(Override|Default)\b[^>]*>/g)].map((m) => m[0]).sort();
    expect(types(got.get("[Content_Types].xml"))).toEqual(
      types(expected.get("[Content_Types].xml"))
    );
  });

  it("fails, without waiting for ever, when the file cannot be written", async () => {
    await expect(
      writeSheetBySheet(workbook(), join(dir, "no such folder", "out.xlsx"), [])
    ).rejects.toThrow(/ENOENT/);
  });

  it("leaves no half-written file when a sheet fails after others were written", async () => {
    const out = join(dir, "half.xlsx");
    const onPicture = sheetDrawings([{ ...CHART, sheet: "Picture" }], 1, 2);
    await expect(writeSheetBySheet(workbook(), out, onPicture)).rejects.toThrow(
      /Picture has a drawing already/
    );
    expect(existsSync(out)).toBe(false);
  });

  it("leaves no file when the very first sheet fails, before the file has opened", async () => {
    const wb = workbook();
    const first = wb.worksheets[0].name;
    const out = join(dir, "first.xlsx");
    const onFirst = sheetDrawings([{ ...CHART, sheet: first }], 1, 2);
    // The first sheet made to fail: it has a drawing already (its picture).
    wb.worksheets[0].addImage(wb.addImage({ buffer: PNG, extension: "png" } as never), "A1:B2");
    await expect(writeSheetBySheet(wb, out, onFirst)).rejects.toThrow(/has a drawing already/);
    // The file's open was under way when the sheet failed: it must not appear afterwards.
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(out)).toBe(false);
  });
});
