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
import { countAxis, PROGRESS_AXIS } from "../../src/domain/plan/types";
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

const base = () => ({
  sheet: "Review",
  title: "Totals",
  source: A(3, 0, 3, 2),
  at: A(1, 5, 10, 6),
  series: "People",
  categories: ["0–20 %", "20–40 %"],
  values: [2, 3],
});

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
      axis: PROGRESS_AXIS,
      labels: true,
      colours: [
        { fill: "#63BE7B", line: "#006100" },
        { fill: "#F8696B", line: "#9C0006" },
      ],
    });
    expect(xmlErrors(xml)).toEqual([]);
    // The value axis fixed at 0–100 %, each bar its colour and outline, each value labelled.
    expect(xml).toContain(
      '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    );
    expect(xml).toContain('<c:majorUnit val="0.2"/>');
    expect(xml).toContain(
      '<c:dPt><c:idx val="1"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="F8696B"/></a:solidFill><a:ln w="19050"><a:solidFill><a:srgbClr val="9C0006"/></a:solidFill></a:ln></c:spPr></c:dPt>'
    );
    expect(xml).toContain('<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/>');
    expect(xml).toContain('<c:showVal val="1"/>');
    // Counts: whole numbers, from 0, no maximum of their own.
    const counts = chartXml({ ...base(), axis: countAxis(3), labels: false, format: "General" });
    expect(xmlErrors(counts)).toEqual([]);
    expect(counts).toContain(
      '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>'
    );
    expect(counts).toContain('<c:majorUnit val="1"/>');
    expect(counts).toContain('<c:numFmt formatCode="0" sourceLinked="0"/>');
    expect(counts).not.toContain("<c:dLbls>");
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

    // The sheet-scores chart: the details sheet's Sheet and Score columns, values as they show.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.scored);
    const details = wb.getWorksheet("Summary details")!;
    const scores = (await Promise.all(charts.map(text))).find((x) => x.includes("Sheet scores"))!;
    // The Sheets section's first row: where the details sheet lists the first sheet by name.
    let first = 0;
    details.getColumn(1).eachCell((c, r) => {
      if (!first && c.value === "Company 2026-Q1") first = r;
    });
    expect(first).toBeGreaterThan(0);
    const [top, bottom] = [first, first + 1];
    expect(scores).toContain(`<c:f>${sheetRef("Summary details", `$A$${top}:$A$${bottom}`)}</c:f>`);
    expect(scores).toContain(`<c:f>${sheetRef("Summary details", `$B$${top}:$B$${bottom}`)}</c:f>`);
    const cached = [...scores.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0][0];
    const shown = [top, bottom].map(
      (r) => (details.getCell(r, 2).model as { result?: number }).result
    );
    expect(shown.every((v) => typeof v === "number")).toBe(true);
    expect([...cached.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(shown);
    // Both charts' axes are fixed at 0–100 %.
    for (const chart of await Promise.all(charts.map(text)))
      expect(chart).toContain('<c:max val="1"/><c:min val="0"/>');

    // Anchored inside the Summary's print area, which is no wider than its own cells.
    const summary = wb.getWorksheet("Summary")!;
    const area = areaOf(String(summary.pageSetup.printArea));
    const drawing = await text(drawings[0]);
    const anchors = [
      ...drawing.matchAll(
        /<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g
      ),
    ];
    expect(anchors).toHaveLength(2);
    for (const [, col, row] of anchors) {
      // "to" is the cell the chart ends before (0-based): at most one past the area's last.
      expect(Number(col)).toBeLessThanOrEqual(area.col + area.cols);
      expect(Number(row)).toBeLessThanOrEqual(area.row + area.rows);
    }
    expect(area.cols).toBe(summary.actualColumnCount);
  });
});

/** An A1 area ("A1:J30") as 0-based row, column and size. */
function areaOf(address: string) {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const cell = (x: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(x)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, col };
  };
  const [from, to] = [cell(a), cell(b)];
  return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}
