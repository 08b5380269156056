// A value typed by mistake far below an OKR table (`x` in A1000000, issue #35) is not a table row:
// `okr check` and `okr score` say where it is (SHEET-BELOW-TABLE, a warning: exit 0), Score fills
// the formula columns down to the table only (it filled a million rows: 4.3 GB and 98 s), and the
// cell stays in the scored workbook as the user left it; the input file is not changed.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { okr } from "../support/cli";
import { ONE_KR_TABLE } from "../support/okrRows";
import { writeSheetsXlsx } from "../support/xlsxFile";
import { SPARE_ROWS } from "../../src/domain/plan/layout";

const STRAY = 1_000_000;
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The one-objective table (header in row 1, rows 2–3) on sheet "Plan", and `x` in A1000000. */
async function strayWorkbook(dir: string): Promise<string> {
  const base = join(dir, "base.xlsx");
  await writeSheetsXlsx(base, [{ name: "Plan", rows: ONE_KR_TABLE }]);
  const zip = await JSZip.loadAsync(readFileSync(base));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    xml
      .replace(/<dimension ref="[^"]*"\/>/, "")
      .replace(
        "</sheetData>",
        `<row r="${STRAY}"><c r="A${STRAY}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`
      )
  );
  const file = join(dir, "stray.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

describe("a stray cell far below the OKR table", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "okr-stray-"));
    file = await strayWorkbook(dir);
  });

  it("okr check names it as a warning in the three languages, exit 0, no error for it", async () => {
    const en = await okr("check", file);
    expect(en.status).toBe(0);
    expect(en.out).toContain(
      `${file} [Plan]:${STRAY} A${STRAY}  warning  SHEET-BELOW-TABLE  Cell A${STRAY} holds something 999,997 rows below the OKR table's last row (row 3)`
    );
    expect(en.out).toContain("→ Move it up into the table");
    expect(en.out).not.toContain("ROW-LEVEL");
    const cn = await okr("check", file, "--lang", "zh-CN");
    expect(cn.out).toContain(
      `单元格 A${STRAY} 有内容，位于 OKR 表格最后一行（第 3 行）下方 999,997 行处`
    );
    const tw = await okr("check", file, "--lang", "zh-TW");
    expect(tw.out).toContain(
      `儲存格 A${STRAY} 有內容，位於 OKR 表格最後一列（第 3 列）下方 999,997 列處`
    );
  });

  it("okr score writes nothing of its own below the table's spare rows, keeps the cell and says so", async () => {
    const before = hash(file);
    const out = join(dir, "scored.xlsx");
    const result = await okr("score", file, "-o", out);
    expect(result.status).toBe(0);
    expect(result.err).toContain(`${file} [Plan]:${STRAY} A${STRAY}  warning  SHEET-BELOW-TABLE`);
    expect(hash(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Plan")!;
    expect(ws.getCell(`A${STRAY}`).value).toBe("x");
    const formulaRows = new Set<number>();
    ws.eachRow((row, r) => row.eachCell((cell) => cell.formula && formulaRows.add(r)));
    expect([...formulaRows].sort((a, b) => a - b)).toEqual([2, 3]);
    // Nothing of the product's (values, formats) below the table's spare rows: the sheet's part
    // holds no row there but the cell's.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows.filter((r) => r > 3 + SPARE_ROWS + 1)).toEqual([STRAY]);
  });
});
