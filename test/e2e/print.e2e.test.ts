// The README's worked example ("On files, without Excel"), printed by LibreOffice as a person would
// (`soffice --headless --convert-to pdf`) and measured with `pdftotext -bbox`: the Summary is the
// first page and holds the headline, the charts and the whole attention list; it prints at 70 % or
// more with body text of 8 pt or more on Letter and on A4; every page's median word is at least
// 7 pt tall; the workbook takes at most 8 pages, numbered 1 to n once each. No soffice, pdftotext or
// pdftoppm, no test: it fails loudly (CI installs LibreOffice and poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SCREENSHOTS } from "./support/browser";
import { readmeExample } from "../support/readmeExample";

/** Each page's MediaBox [width, height] in points, read from the PDF's page objects. */
function pageSizes(pdf: Buffer): [number, number][] {
  const text = pdf.toString("latin1");
  const pages = text.split(/\/Type\s*\/Page\b(?!s)/).slice(1);
  return pages.map((after) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(
      // The MediaBox is in the page's own dictionary, before or after /Type: search around it.
      after.slice(0, 400)
    );
    if (!box) throw new Error("A page without a MediaBox");
    return [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])];
  });
}

/** A PDF made from an .xlsx by LibreOffice, next to it. */
function toPdf(xlsx: string, dir: string): string {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "pipe",
  });
  return xlsx.replace(/\.xlsx$/, ".pdf").replace(/^.*\//, `${dir}/`);
}

/** Each page's words with the height of their boxes, in points (pdftotext -bbox). */
function wordHeights(pdf: string): { words: string[]; heights: number[] }[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const words = [
        ...page.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ];
      return {
        words: words.map((w) => w[3]),
        heights: words.map((w) => Number(w[2]) - Number(w[1])),
      };
    });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Each page's text, as pdftotext lays it out. */
function pageTexts(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim() !== "");
}

/**
 * How tall LibreOffice's word boxes are per point of font size: a workbook of body text (the
 * product's font, Calibri 11) printed at 100 %, measured the same way.
 */
async function boxPerPoint(dir: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Calibration");
  for (let r = 1; r <= 6; r++) {
    ws.getCell(r, 1).value = `Key results and objectives ${r}`;
    ws.getCell(r, 1).font = { name: "Calibri", family: 2, size: 11 };
  }
  ws.pageSetup = { orientation: "landscape", scale: 100 };
  const file = join(dir, "calibration.xlsx");
  await wb.xlsx.writeFile(file);
  return median(wordHeights(toPdf(file, dir))[0].heights) / 11;
}

/** The scored file with its Summary set to a paper size (ECMA-376: 1 Letter, 9 A4). */
async function onPaper(scored: string, dir: string, paperSize: 1 | 9): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(scored));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = /<sheet [^>]*name="Summary"[^>]*r:id="([^"]+)"/.exec(wb)![1];
  const part = `xl/${new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)![1]}`;
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace("<pageSetup ", `<pageSetup paperSize="${paperSize}" `));
  const out = join(dir, `summary-${paperSize === 9 ? "a4" : "letter"}.xlsx`);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
  return out;
}

describe("the README's worked example, printed", () => {
  let scored = "";
  let pdf = "";
  let dir = "";
  beforeAll(async () => {
    const files = await readmeExample();
    scored = files.scored;
    dir = files.dir;
    pdf = toPdf(scored, dir);
  }, 120_000);

  it("is at most 8 landscape pages, numbered 1 to n once each, the Summary first", () => {
    const sizes = pageSizes(readFileSync(pdf));
    expect(sizes.length).toBeLessThanOrEqual(8);
    for (const [width, height] of sizes) expect(width).toBeGreaterThan(height);
    // The footer: sheet name (&A), then page / pages (&P / &N), numbered on across sheets.
    const footers = pageTexts(pdf).map((p) => /(\S.*?)\s{2,}(\d+)\s*\/\s*(\d+)\s*$/.exec(p));
    expect(footers.every(Boolean)).toBe(true);
    expect(footers.map((f) => Number(f![2]))).toEqual(sizes.map((_, i) => i + 1));
    expect(footers.every((f) => Number(f![3]) === sizes.length)).toBe(true);
    expect(footers[0]![1]).toBe("Summary");
    expect(footers.map((f) => f![1])).toEqual(
      expect.arrayContaining(["Summary details", "Company 2026-Q1", "Sales 2026-Q1", "Check-ins"])
    );
  });

  it("holds the headline, both charts and the whole attention list on the first page", async () => {
    const first = pageTexts(pdf)[0];
    for (const words of ["OKR summary", "Overall score", "On track", "Not started"])
      expect(first).toContain(words);
    // The charts are drawn there: their titles, category labels and 0–100 % value axis.
    for (const words of ["Sheet scores", "Objective progress", "Company 2026-Q1", "SALES-O1"])
      expect(first).toContain(words);
    expect(first).toMatch(/100%/);
    expect(first).toContain("What needs attention");
    // Every key result the Summary lists, with its owner.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const listed: string[] = [];
    wb.getWorksheet("Summary")!.eachRow((row) => {
      const id = row.getCell(1).value;
      if (typeof id === "string" && /-KR\d+$/.test(id)) listed.push(id);
    });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(10);
    for (const id of listed) expect(first).toContain(id);
    expect(first).toMatch(/Head of Sales|CEO/);

    // `npm run screenshots`: the printed Summary page as the README's picture.
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const out = join(SCREENSHOTS, "summary-print");
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        out,
      ]);
      expect(readFileSync(`${out}.png`).length).toBeGreaterThan(10_000);
    }
  });

  it("reads at 7 pt or more on every page (the median word's box)", () => {
    const pages = wordHeights(pdf);
    const medians = pages.map((p) => Number(median(p.heights).toFixed(2)));
    for (const [i, m] of medians.entries()) expect([i + 1, m >= 7]).toEqual([i + 1, true]);
  });

  it.each([
    ["Letter", 1],
    ["A4", 9],
  ] as const)(
    "prints the Summary at 70 %% or more with body text of 8 pt or more (%s)",
    async (_paper, size) => {
      const perPoint = await boxPerPoint(mkdtempSync(join(tmpdir(), "okr-cal-")));
      const paperPdf = toPdf(await onPaper(scored, dir, size), dir);
      const [width, height] = pageSizes(readFileSync(paperPdf))[0];
      expect(Math.round(width)).toBe(size === 9 ? 842 : 792);
      expect(Math.round(height)).toBe(size === 9 ? 595 : 612);
      const body = median(wordHeights(paperPdf)[0].heights) / perPoint;
      expect(body).toBeGreaterThanOrEqual(8);
      expect(body / 11).toBeGreaterThanOrEqual(0.7);
      // Still one page: the attention list's last key result is on the first page.
      expect(pageTexts(paperPdf)[0]).toContain("What needs attention");
    },
    120_000
  );

  it("the charts are drawn from the file's chart parts, not from text in cells", async () => {
    // The same titles appear nowhere in the Summary's cells: only a drawn chart prints them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const texts: string[] = [];
    for (const name of ["Summary", "Summary details"])
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => void texts.push(String(c.value)))
      );
    expect(texts.filter((t) => /Sheet scores|Objective progress/.test(t))).toEqual([]);
  });
});
