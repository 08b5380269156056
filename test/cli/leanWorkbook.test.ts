// `okr score` on CSV writes through a lean workbook and ExcelJS's streaming writer (100,000 rows under
// 1 GB); the file must hold what ExcelJS's own workbook would have written from the same plans.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readInput } from "../../src/cli/input";
import { writeWorkbook } from "../../src/cli/output";
import { scoreFiles, scoreFilesToWrite, type ScoreFileOptions } from "../../src/cli/score";
import { LeanWorkbook, outside, writeLeanWorkbook } from "../../src/cli/leanWorkbook";
import { applyPlansToWorkbook } from "../../src/cli/xlsxHost";
import { area, emptyPlan } from "../../src/domain/plan/types";
import { krRowsSheet } from "../support/bigSheet";

const CSV_ZH = [
  "编号,层级,上级,描述,负责人,承诺类型,KR 类型,单位,起始值,目标值,当前值,权重,信心,截止日期,备注",
  "Z-O1,目标,,大幅提升客户满意度,李雷,承诺型,,,,,,,,,",
  "Z-O1-KR1,关键结果,,将净推荐值从30提升到45,,,指标型,分,30,45,38,50%,70%,2026-03-31,",
  `Z-O1-KR2,关键结果,,将退款率从8%降低到5%,,,指标型,%,8%,5%,6%,50%,70%,2026-03-31,${"长".repeat(33000)}`,
].join("\n");

const options: ScoreFileOptions = {
  lang: "en",
  relabel: false,
  scope: "team",
  period: null,
  asOf: "2026-02-15",
  today: "2026-02-15",
};

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The workbook part's calculation setting and defined names (print areas), as written. */
async function workbookPart(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return xml.match(/<calcPr[^>]*>|<definedName\b[^>]*>[^<]*/g) ?? [];
}

/**
 * The charts as the package holds them (ExcelJS does not read them): the chart and drawing parts,
 * their content types, and each sheet's <drawing>: where it sits and what its relationship points at.
 */
async function chartParts(file: string) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const text = (n: string) => zip.file(n)!.async("string");
  const parts: Record<string, string> = {};
  for (const n of names.filter((x) => /^xl\/(charts|drawings)\//.test(x)))
    parts[n] = (await text(n)).replace(/>\s+</g, "><");
  const types = (await text("[Content_Types].xml")).match(/<Override[^>]*(chart|drawing)[^>]*>/g);
  const sheets: unknown[] = [];
  const sheetNames = await namesOfSheetParts(zip);
  for (const n of names.filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
    const xml = await text(n);
    const id = /<drawing [^>]*r:id="([^"]+)"/.exec(xml)?.[1];
    const rels = id ? await text(n.replace(/([^/]+)$/, "_rels/$1.rels")) : "";
    const at = xml.indexOf("<drawing ");
    sheets.push([
      // The sheet by its name in the workbook (the writers number their parts differently).
      sheetNames.get(n),
      id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1],
      // Before the sheet's own extensions (a data bar's), where it has any.
      at < 0 || [
        at > xml.indexOf("<headerFooter"),
        !xml.includes("<extLst") || at < xml.lastIndexOf("<extLst"),
      ],
    ]);
  }
  return { parts, types, sheets: sheets.sort((a, b) => (String(a) < String(b) ? -1 : 1)) };
}

/** Each worksheet part's sheet name, from workbook.xml and its relationships. */
async function namesOfSheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = (id: string) =>
    new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? "";
  return new Map(
    [...wb.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)].map((m) => [
      `xl/${target(m[2])}`,
      m[1],
    ])
  );
}

/** Everything a reader of the file sees, data bars' generated ids left out. */
function content(wb: ExcelJS.Workbook) {
  return {
    names: wb.definedNames.model,
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) =>
          cells.push([r, c, cell.value, cell.style])
        )
      );
      const held = ws as unknown as { conditionalFormattings: unknown[] };
      return {
        name: ws.name,
        cells,
        widths: ws.columns?.map((c) => c.width),
        validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations
          .model,
        conditional: JSON.parse(JSON.stringify(held.conditionalFormattings), (key, value) =>
          key === "x14Id" ? undefined : value
        ),
        views: ws.views,
        autoFilter: ws.autoFilter,
        pageSetup: ws.pageSetup,
        headerFooter: ws.headerFooter,
      };
    }),
  };
}

describe("okr score's lean workbook", () => {
  it("writes the same cells, styles, validations, conditional formats and print setup as ExcelJS's workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-lean-"));
    const en = join(dir, "sales.csv");
    writeFileSync(
      en,
      krRowsSheet(40)
        .map((r) => r.map((c) => `"${c}"`).join(","))
        .join("\n")
    );
    const zh = join(dir, "zh.csv");
    writeFileSync(zh, CSV_ZH);
    const inputs = [
      await readInput(en, { period: null, scope: "team" }),
      await readInput(zh, { period: null, scope: "team" }),
    ];
    const full = await scoreFiles(inputs, options);
    const lean = await scoreFilesToWrite(inputs, options);
    expect(lean.workbook).toBeInstanceOf(LeanWorkbook);
    // it takes the inputs: the CSV's rows and first reading are let go, the applied plans too
    expect(inputs[0].rows[0]).toEqual([]);
    expect(inputs[0].sheets[0]).toMatchObject({ name: "sales", objectives: [], orphans: [] });
    expect(lean.plan.plans).toEqual([]);
    expect(lean.plan.model).toEqual(full.plan.model);
    const [a, b] = [join(dir, "exceljs.xlsx"), join(dir, "lean.xlsx")];
    const clippedFull = await writeWorkbook(full.workbook, a);
    const clippedLean = await writeWorkbook(lean.workbook, b);
    // the 33,000-character note is cut to Excel's limit, and said so, by both writers
    expect(clippedLean).toEqual(clippedFull);
    expect(clippedLean).toHaveLength(1);
    const [fromFull, fromLean] = [content(await open(a)), content(await open(b))];
    expect(fromLean.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Summary details",
      "sales",
      "zh",
    ]);
    // ExcelJS does not read <calcPr> back: the XML says it
    const calc = await workbookPart(b);
    expect(calc).toContainEqual(expect.stringMatching(/fullCalcOnLoad="1"/));
    expect(calc).toEqual(await workbookPart(a));
    expect(fromLean.sheets[0].conditional.length).toBeGreaterThan(0);
    expect(fromLean).toEqual(fromFull);
    // the Summary's charts, added as the file is streamed
    const charts = await chartParts(b);
    expect(Object.keys(charts.parts)).toContain("xl/charts/chart1.xml");
    expect(charts.sheets).toContainEqual([
      expect.any(String),
      "../drawings/drawing1.xml",
      [true, true],
    ]);
    expect(charts).toEqual(await chartParts(a));
  });

  it("writes dropdowns by area, a later area's rule replacing an earlier one's where they overlap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-lean-"));
    const plan = emptyPlan("Sheet", true);
    plan.validations.push(
      { area: area(1, 1, 8, 3), list: ["a", "b"] },
      { area: area(3, 2, 2, 4), list: ["c"] },
      { area: area(0, 0, 1, 1), list: ["d"] }
    );
    const [full, lean] = [new ExcelJS.Workbook(), new LeanWorkbook()];
    applyPlansToWorkbook(full, [plan]);
    applyPlansToWorkbook(lean, [plan]);
    const [a, b] = [join(dir, "exceljs.xlsx"), join(dir, "lean.xlsx")];
    await writeWorkbook(full, a);
    await writeWorkbook(lean, b);
    const [fromFull, fromLean] = [content(await open(a)), content(await open(b))];
    expect(fromLean).toEqual(fromFull);
    const byCell = fromLean.sheets[0].validations as Record<string, { formulae: string[] }>;
    expect(byCell.C4.formulae).toEqual(['"c"']);
    expect(byCell.B4.formulae).toEqual(['"a,b"']);
    expect(byCell.A1.formulae).toEqual(['"d"']);
    expect(Object.keys(byCell)).toHaveLength(8 * 3 + 2 * 4 - 2 * 2 + 1);
    // each rule once per area: three areas are left of the first (above, below, left of the
    // second), one each of the others
    const zip = await JSZip.loadAsync(readFileSync(b));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml.match(/<dataValidation\b/g)).toHaveLength(5);
  });

  it("cuts the part of an area another covers into the areas around it", () => {
    expect(outside(area(0, 0, 4, 4), area(1, 1, 2, 2))).toEqual([
      area(0, 0, 1, 4),
      area(3, 0, 1, 4),
      area(1, 0, 2, 1),
      area(1, 3, 2, 1),
    ]);
    expect(outside(area(0, 0, 2, 2), area(5, 5, 1, 1))).toEqual([area(0, 0, 2, 2)]);
    expect(outside(area(0, 0, 2, 2), area(0, 0, 3, 3))).toEqual([]);
  });

  it("writes a shared strings table of many slices whole, each text where its cell is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-lean-"));
    const wb = new LeanWorkbook();
    const ws = wb.addWorksheet("Texts");
    // three slices of 10,000 distinct strings, 5,001 cells repeating one, XML's special characters
    const texts = Array.from({ length: 30001 }, (_, i) => `t${i % 25000} <&> "説明" ${i % 5}`);
    texts.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
    const file = join(dir, "texts.xlsx");
    await writeLeanWorkbook(wb, file, (v) => v);
    const read = (await open(file)).getWorksheet("Texts")!;
    expect(texts.map((_, i) => read.getCell(i + 1, 1).value)).toEqual(texts);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    // counted as ExcelJS counts them (distinct strings, in both attributes)
    expect(sst).toMatch(/<sst [^>]*count="25000" uniqueCount="25000">/);
    expect(sst.match(/<si>/g)).toHaveLength(25000);
  });

  it("removes the file it began when the write fails part-way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-lean-"));
    const wb = new LeanWorkbook();
    const ws = wb.addWorksheet("Texts");
    for (let r = 1; r <= 20000; r++) ws.getCell(r, 1).value = `key result ${r} of many`;
    const file = join(dir, "half.xlsx");
    let begun = false;
    let cells = 0;
    const failing = (value: ExcelJS.CellValue) => {
      // Far enough in that the file is open and holds the first rows.
      if (++cells === 15000) {
        begun = existsSync(file);
        throw new Error("a cell that cannot be written");
      }
      return value;
    };
    await expect(writeLeanWorkbook(wb, file, failing)).rejects.toThrow("cannot be written");
    expect(begun).toBe(true);
    // A stream whose open was still under way would make the file now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(file)).toBe(false);
  });
});
