import { sheetRef } from "../../src/domain/scoring/formulas";
// The command line's files carry the Summary's charts (issue 16): DrawingML parts that ExcelJS cannot
// write, added to its zip. Every part is well-formed XML, every relationship resolves, every new
// part has its content type, and the charts point at the Summary's cells with their values cached.
// (LibreOffice drawing them is test/e2e/print.e2e.test.ts.)
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chartXml, drawingXml, xmlText } from "../../src/cli/charts";
import { readmeExample } from "../support/readmeExample";

/**
 * Parse errors of an XML text, empty when it is well-formed: xmllint, as scripts/validate-manifest
 * uses (CI installs libxml2-utils; without it the test fails loudly).
 */
function xmlErrors(text: string): string[] {
  const r = spawnSync("xmllint", ["--noout", "-"], { input: text, encoding: "utf8" });
  if (r.error)
    throw new Error(`xmllint is needed (apt-get install -y libxml2-utils): ${r.error.message}`);
  return r.status === 0 ? [] : [r.stderr];
}

const A = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });

describe("chart parts", () => {
  it("are well-formed whatever the text (quotes, ampersands, Chinese, control characters)", () => {
    const xml = chartXml({
      sheet: "R&D 'Q1' <研發>",
      title: 'Scores "A" & <B> \u0001',
      source: A(3, 0, 3, 2),
      at: A(1, 5, 10, 6),
      series: "得分",
      categories: ["a&b", "<c>"],
      values: [0.5, null],
      format: "0%",
    });
    expect(xmlErrors(xml)).toEqual([]);
    expect(xml).toContain("<c:f>'R&amp;D ''Q1'' &lt;研發&gt;'!$A$5:$A$6</c:f>");
    expect(xml).toContain("<c:f>'R&amp;D ''Q1'' &lt;研發&gt;'!$B$5:$B$6</c:f>");
    expect(xml).toContain('<c:ptCount val="2"/><c:pt idx="0"><c:v>0.5</c:v></c:pt></c:numCache>');
    expect(xmlText("a\u0001b")).toBe("ab");
    const drawing = drawingXml([{ name: "okrSheets.chart.1", at: A(1, 5, 10, 6) }]);
    expect(xmlErrors(drawing)).toEqual([]);
    expect(drawing).toContain(
      "<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>"
    );
  });
});

describe("okr score writes the Summary's charts into the file", () => {
  it("the README's example: valid parts that resolve, over the Summary's cells", async () => {
    const files = await readmeExample();
    const bytes = await readFile(files.scored);
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const text = (n: string) => zip.file(n)!.async("string");

    for (const n of names.filter((x) => /\.(xml|rels)$/.test(x)))
      expect([n, xmlErrors(await text(n))]).toEqual([n, []]);

    // Every relationship's target is a part of the package.
    for (const rels of names.filter((n) => n.endsWith(".rels"))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/, "");
      for (const [, target, mode] of (await text(rels)).matchAll(
        /Target="([^"]+)"(?: TargetMode="([^"]+)")?/g
      )) {
        if (mode === "External") continue;
        const path = new URL(target, `file:///${base}`).pathname.slice(1);
        expect([rels, target, names.includes(path)]).toEqual([rels, target, true]);
      }
    }

    const charts = names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    const drawings = names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    expect(drawings).toHaveLength(1);
    const types = await text("[Content_Types].xml");
    for (const part of charts)
      expect(types).toContain(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
      );
    expect(types).toContain(
      `<Override PartName="/${drawings[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`
    );

    // The Summary's sheet part has the drawing, through its own relationship.
    const wbXml = await text("xl/workbook.xml");
    const rid = /<sheet [^>]*name="Summary"[^>]*r:id="([^"]+)"/.exec(wbXml)![1];
    const sheetPart = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(
      await text("xl/_rels/workbook.xml.rels")
    )![1];
    const sheetXml = await text(`xl/${sheetPart}`);
    const drawingRid = /<drawing [^>]*r:id="([^"]+)"\/>/.exec(sheetXml)![1];
    const sheetRels = await text(`xl/${sheetPart.replace(/([^/]+)$/, "_rels/$1.rels")}`);
    expect(sheetRels).toMatch(
      new RegExp(`Id="${drawingRid}"[^>]*Target="../drawings/drawing1.xml"`)
    );
    // <drawing> sits after the page setup, where the schema's sequence puts it.
    expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("<pageSetup"));

    // The sheet-scores chart: the Summary's Sheet and Score columns, values as the cells show them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    const summary = wb.getWorksheet("Summary")!;
    const scores = (await Promise.all(charts.map(text))).find((x) => x.includes("Sheet scores"))!;
    // The Sheets section's first row: where the Summary lists the first sheet by name.
    let first = 0;
    summary.getColumn(1).eachCell((c, r) => {
      if (!first && c.value === "Company 2026-Q1") first = r;
    });
    expect(first).toBeGreaterThan(0);
    const [top, bottom] = [first, first + 1];
    expect(scores).toContain(`<c:f>${sheetRef("Summary", `$A$${top}:$A$${bottom}`)}</c:f>`);
    expect(scores).toContain(`<c:f>${sheetRef("Summary", `$B$${top}:$B$${bottom}`)}</c:f>`);
    const cached = [...scores.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0][0];
    const shown = [top, bottom].map(
      (r) => (summary.getCell(r, 2).model as { result?: number }).result
    );
    expect(shown.every((v) => typeof v === "number")).toBe(true);
    expect([...cached.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(shown);
    // The print area takes the charts in.
    expect(summary.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });
});
