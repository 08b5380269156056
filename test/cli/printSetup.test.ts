import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { PRINT_FOOTER } from "../../src/domain/plan/types";

async function okr(...argv: string[]) {
  let err = "";
  const status = await run(argv, { out: () => undefined, err: (t) => (err += t), tty: false });
  return { status, err };
}

describe("print setup in the command line's files", () => {
  it("prints each generated sheet landscape, one page wide, headers repeated, footer with sheet and page", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "okr-print-")), "q.xlsx");
    const made = await okr("new", "--template", "sales,hr", "--period", "2026-Q2", "-o", file);
    expect(made).toEqual({ status: 0, err: "" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // the two OKR sheets and their Actions sheet
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sales 2026-Q2", "HR 2026-Q2", "Actions"]);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      // Read back from the file: the used cells are the print area, the header rows its titles.
      expect(ws.pageSetup.printArea).toBe(ws.dimensions.range);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?\d+$/);
      expect(ws.headerFooter.oddFooter).toBe(PRINT_FOOTER);
    }
  });
});
