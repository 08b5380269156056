// The README's worked example ("On files, without Excel"), printed by LibreOffice: the scored file
// converts to a PDF of landscape pages, at most 6 in all (it was 19 portrait pages before the
// command line set up printing), each sheet one page wide, and the Summary's charts drawn (their
// titles and axis labels are in the PDF's text, read with pdftotext). No soffice or pdftotext, no
// test: it fails loudly (CI installs LibreOffice and poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
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

describe("the README's worked example, printed", () => {
  let scored = "";
  it("is at most 6 landscape pages, each sheet one page wide, the Summary's charts drawn", async () => {
    const files = await readmeExample();
    scored = files.scored;
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "pdf", "--outdir", files.dir, files.scored],
      {
        stdio: "pipe",
      }
    );
    const sizes = pageSizes(readFileSync(join(files.dir, "q1-scored.pdf")));
    // Three sheets (Company, Sales, Summary): at least one page each.
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.length).toBeLessThanOrEqual(6);
    for (const [width, height] of sizes) expect(width).toBeGreaterThan(height);

    // Each page's footer names its sheet (&A): these sheets are short, so one page wide is one page.
    const pages = execFileSync("pdftotext", ["-layout", join(files.dir, "q1-scored.pdf"), "-"], {
      encoding: "utf8",
    }).split("\f");
    const footers = pages.map((p) => /(\S.*?)\s{2,}\d+\s*\/\s*\d+\s*$/.exec(p)?.[1] ?? "");
    for (const sheet of ["Company 2026-Q1", "Sales 2026-Q1", "Summary"])
      expect([sheet, footers.filter((f) => f === sheet).length]).toEqual([sheet, 1]);

    // The Summary's page shows both charts: titles, the category axis's sheet names and objective
    // IDs, the value axis's percentages.
    const summary = pages[footers.indexOf("Summary")];
    expect(summary).toContain("Sheet scores");
    expect(summary).toContain("Objective progress");
    expect(summary).toMatch(/\b(10|20|25|30|40|50)%/);

    // `npm run screenshots`: the printed Summary page as the README's picture.
    if (SCREENSHOTS) {
      const page = String(footers.indexOf("Summary") + 1);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const out = join(SCREENSHOTS, "summary-print");
      execFileSync(
        "pdftoppm",
        ["-png", "-r", "110", "-f", page, "-l", page, "-singlefile"].concat([
          join(files.dir, "q1-scored.pdf"),
          out,
        ])
      );
      expect(readFileSync(`${out}.png`).length).toBeGreaterThan(10_000);
    }
  });

  it("the charts are drawn from the file's chart parts, not from text in cells", async () => {
    // The same titles appear nowhere in the Summary's cells: only a drawn chart prints them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(scored);
    const texts: string[] = [];
    wb.getWorksheet("Summary")!.eachRow((row) =>
      row.eachCell((c) => void texts.push(String(c.value)))
    );
    expect(texts.filter((t) => /Sheet scores|Objective progress/.test(t))).toEqual([]);
  });
});
