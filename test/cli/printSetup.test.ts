// Print setup in the command line's files: landscape; OKR sheets two pages wide with the ID column
// repeated and down to the table's last row; the others one page wide; header rows repeated; the
// footer with sheet and page; pages numbered on across sheets; the Summary first and active.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { PRINT_FOOTER, PRINT_MARGINS } from "../../src/domain/plan/types";
import { readmeExample } from "../support/readmeExample";

async function okr(...argv: string[]) {
  let err = "";
  const status = await run(argv, { out: () => undefined, err: (t) => (err += t), tty: false });
  return { status, err };
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Each sheet's print area as workbook.xml names it (ExcelJS drops the "$" when it reads it). */
async function printAreas(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  return new Map(
    [
      ...xml.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">[^!]*!([^<]*)</g),
    ].map((m) => [names[Number(m[1])], m[2]])
  );
}

/** What the file says of a sheet's pages: ExcelJS reads its attributes back. */
type Setup = ExcelJS.PageSetup & { useFirstPageNumber?: boolean };

describe("print setup in the command line's files", () => {
  it("prints each generated sheet landscape, headers repeated, footer with sheet and page", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "okr-print-")), "q.xlsx");
    const made = await okr("new", "--template", "sales,hr", "--period", "2026-Q2", "-o", file);
    expect(made).toEqual({ status: 0, err: "" });
    const wb = await read(file);
    const areas = await printAreas(file);
    // the two OKR sheets and their Actions sheet
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sales 2026-Q2", "HR 2026-Q2", "Actions"]);
    for (const ws of wb.worksheets) {
      const okrSheet = ws.name !== "Actions";
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: okrSheet ? 2 : 1,
        fitToHeight: 0,
        margins: PRINT_MARGINS,
      });
      // As the file names it: an area from A1 with absolute rows (a row-relative one, "$A1:$X17",
      // LibreOffice did not keep to), the header rows its titles.
      const [from, to] = areas.get(ws.name)!.split(":");
      expect(from).toBe("$A$1");
      expect(to).toMatch(/^\$[A-Z]+\$\d+$/);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?\d+$/);
      expect(ws.headerFooter.oddFooter).toBe(PRINT_FOOTER);
      if (okrSheet) {
        expect(ws.pageSetup.printTitlesColumn).toMatch(/^\$?A:\$?A$/);
        // Down to the table's last row: the spare rows' formats below it do not print.
        let last = 0;
        ws.eachRow((row, r) => {
          if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== ""))
            last = r;
        });
        expect(Number(/\d+$/.exec(to)![0])).toBe(last);
      }
    }
  });

  it("numbers pages on across sheets, the Summary first and active, once a workbook is scored", async () => {
    const files = await readmeExample();
    const wb = await read(files.scored);
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(["Summary", "Summary details"]);
    expect(wb.views[0].activeTab).toBe(0);
    for (const ws of wb.worksheets) {
      // ExcelJS reads a sheet without a first page number as 1: what counts is "use it" unset.
      expect([ws.name, (ws.pageSetup as Setup).useFirstPageNumber]).toEqual([ws.name, false]);
    }
    // The check-ins' statement fingerprints are the product's, not the reader's: hidden.
    const history = wb.getWorksheet("Check-ins")!;
    const hidden = (history.columns ?? []).map((c) => Boolean(c.hidden));
    expect(hidden.filter(Boolean)).toHaveLength(1);
    expect(history.getRow(1).getCell(hidden.indexOf(true) + 1).value).toBe("Statement fingerprint");
  });
});
