// A workbook whose formulas link other workbooks (xl/externalLinks): ExcelJS reads the formulas and
// drops the link parts, so a scored copy would name links it does not have. The command line says
// so when it reads such a file (file, link parts, what happens, what to do; three languages), and
// writes each such formula as the value it showed, naming the cells.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inflateNode } from "../../src/cli/inflateNode";
import { checkXlsxPackage } from "../../src/cli/xlsxPackage";
import { LeanWorkbook } from "../../src/cli/leanWorkbook";
import { keepExternalAsValues, writeWorkbook } from "../../src/cli/output";
import { warnInto, type Texts } from "../../src/cli/readProblems";
import { okr } from "../support/cli";
import { withExternalLink } from "../support/externalLink";
import { generatedMaster } from "../support/split";

const SALES = "Sales 2026-Q1";
let dir: string;
let linked: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "okr-ext-"));
  const made = await generatedMaster(dir, "sales", "made.xlsx");
  linked = join(dir, "linked.xlsx");
  writeFileSync(
    linked,
    await withExternalLink(new Uint8Array(readFileSync(made)), SALES, "P20", 42)
  );
});

describe("formulas that link other workbooks", () => {
  it("the package check finds the link parts", async () => {
    expect(await checkXlsxPackage(readFileSync(linked), "linked.xlsx", inflateNode)).toEqual({
      externalLinks: ["xl/externalLinks/externalLink1.xml"],
    });
  });

  it("okr check says the file links another workbook and what that means, in three languages", async () => {
    const en = await okr("check", linked, "--period", "2026-Q1");
    expect(en.err).toContain(
      `${linked}: this workbook has formulas that link to 1 other workbook(s) (xl/externalLinks/externalLink1.xml). OKR Sheets reads what those formulas showed when the file was last saved`
    );
    expect((await okr("check", linked, "--period", "2026-Q1", "--lang", "zh-CN")).err).toContain(
      "该工作簿中有公式链接到 1 个其他工作簿（xl/externalLinks/externalLink1.xml）"
    );
    expect((await okr("check", linked, "--period", "2026-Q1", "--lang", "zh-TW")).err).toContain(
      "該活頁簿中有公式連結到 1 個其他活頁簿（xl/externalLinks/externalLink1.xml）"
    );
  });

  it("okr score writes the linked formula as the value it showed, and names the cell", async () => {
    const out = join(dir, "scored.xlsx");
    const scored = await okr("score", linked, "-o", out, "--as-of", "2026-02-15");
    expect(scored.status).toBe(0);
    expect(scored.err).toContain(
      `${out}: 1 formula(s) linking other workbooks are written as the values they showed, since the links cannot be kept: ${SALES}!P20.`
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet(SALES)!.getCell("P20").value).toBe(42);
    // No formula in the written file names a link it does not have.
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/.*\.xml$/.test(f)))
      expect(await zip.file(name)!.async("string")).not.toMatch(/<f>[^<]*\[\d+\]/);
  });

  // The lean path (`okr score` / `okr import` when every input is a CSV) gets no formula from its
  // inputs (a CSV's cells stay text), but what it writes holds to the same rule as the other path.
  it("the lean write path writes a linked formula as the value it showed too, and names the cell", async () => {
    const lean = new LeanWorkbook();
    const ws = lean.addWorksheet(SALES);
    ws.getCell(20, 16).value = { formula: "[1]Budget!B2", result: 42 };
    ws.getCell(21, 16).value = { formula: "P20*2", result: 84 };
    const out = join(dir, "lean.xlsx");
    const said: Texts[] = [];
    const restore = warnInto((texts) => said.push(texts));
    try {
      await writeWorkbook(lean, out);
    } finally {
      restore();
    }
    expect(said.map((t) => t.en)).toEqual([
      `${out}: 1 formula(s) linking other workbooks are written as the values they showed, since the links cannot be kept: ${SALES}!P20.`,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet(SALES)!.getCell("P20").value).toBe(42);
    expect(wb.getWorksheet(SALES)!.getCell("P21").formula).toBe("P20*2");
  });

  it("keeps a linked formula's saved 0 as 0, not as an empty cell", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SALES);
    ws.getCell("P20").value = { formula: "[1]Budget!B2", result: 0 };
    expect(keepExternalAsValues(wb)).toEqual([`${SALES}!P20`]);
    expect(ws.getCell("P20").value).toBe(0);
  });

  it("says nothing of a workbook without links", async () => {
    const plain = join(dir, "made.xlsx");
    expect((await okr("check", plain, "--period", "2026-Q1")).err).not.toContain("other workbook");
  });
});
