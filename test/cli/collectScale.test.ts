// okr collect at scale (issue 35: a 100,000-row returned sheet): the master's sheets are read once,
// a returned file read for validation is not loaded again to be copied, and the copy of a returned
// sheet shares one style object per style and lets the source's rows go as it copies them. The
// output stays what it was: same styles, same number formats.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { collectFiles, readReturned } from "../../src/cli/collect";
import type { FileSource } from "../../src/cli/fileHost";
import * as input from "../../src/cli/input";
import { copyWorksheet } from "../../src/cli/worksheetCells";
import { generatedMaster, splitFileOf } from "../support/split";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-collect-scale-"));

/** A workbook of one sheet with one cell, written to dir/name. */
async function oneCellFile(dir: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sales").getCell("A1").value = name;
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("copying a returned sheet", () => {
  function source() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    const bold: Partial<ExcelJS.Style> = { font: { bold: true } };
    const plain: Partial<ExcelJS.Style> = { alignment: { wrapText: true } };
    ["a", "b", "c"].forEach((text, i) => {
      ws.getCell(i + 1, 1).value = text;
      ws.getCell(i + 1, 1).style = bold;
    });
    // A date and a number under one style without a number format (ExcelJS writes a date format
    // for the date, none for the number).
    ws.getCell("B1").value = new Date(Date.UTC(2026, 1, 3));
    ws.getCell("B2").value = 42;
    ws.getCell("B1").style = plain;
    ws.getCell("B2").style = plain;
    return ws;
  }

  it("gives cells of one style one copied style object, not the source's", () => {
    const from = source();
    const copy = copyWorksheet(from, new ExcelJS.Workbook(), "Sales");
    const [a1, a2, a3] = [1, 2, 3].map((r) => copy.getCell(r, 1).style);
    expect(a2).toBe(a1);
    expect(a3).toBe(a1);
    expect(a1).not.toBe(from.getCell("A1").style);
    expect(a1).toEqual({ font: { bold: true } });
  });

  it("keeps a date's style without a number format its own, so the number beside it is written as a number", async () => {
    const to = new ExcelJS.Workbook();
    const copy = copyWorksheet(source(), to, "Sales");
    expect(copy.getCell("B1").style).not.toBe(copy.getCell("B2").style);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await to.xlsx.writeBuffer());
    const ws = back.getWorksheet("Sales")!;
    expect(ws.getCell("B1").numFmt).toBe("mm-dd-yy");
    expect(ws.getCell("B2").numFmt).toBeUndefined();
    expect(ws.getCell("B2").value).toBe(42);
  });

  it("lets the source's rows go as they are copied when asked, and only then", () => {
    const kept = source();
    copyWorksheet(kept, new ExcelJS.Workbook(), "Sales");
    expect(kept.getCell("A3").value).toBe("c");
    const emptied = source();
    const copy = copyWorksheet(emptied, new ExcelJS.Workbook(), "Sales", { emptying: true });
    expect(emptied.actualRowCount).toBe(0);
    expect([1, 2, 3].map((r) => copy.getCell(r, 1).value)).toEqual(["a", "b", "c"]);
    expect(copy.getCell("B2").value).toBe(42);
  });
});

describe("reading the returned files", () => {
  it("copies from the last file read without loading it again; an earlier one is opened again", async () => {
    const dir = tmp();
    const [first, last] = [
      await oneCellFile(dir, "first.xlsx"),
      await oneCellFile(dir, "last.xlsx"),
    ];
    const read = await readReturned([first, last]);
    const sourceOf = (i: number) => {
      const file = read[i];
      if ("reason" in file) throw new Error(file.reason);
      return file.sheets[0].source as FileSource;
    };
    rmSync(last);
    const held = await sourceOf(1).open();
    expect(held.getWorksheet("Sales")!.getCell("A1").value).toBe("last.xlsx");
    // Held for its first opening only: a second one reads the file (gone now).
    await expect(sourceOf(1).open()).rejects.toThrow();
    const again = await sourceOf(0).open();
    expect(again.getWorksheet("Sales")!.getCell("A1").value).toBe("first.xlsx");
  });

  it("reads the master's sheets once, for the preview and the apply", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "company,sales");
    const returned = await splitFileOf(master, dir);
    const wb = await input.loadWorkbook(master);
    const reads = jest.spyOn(input, "workbookSheets");
    try {
      const result = await collectFiles(wb, [returned], {
        strict: false,
        lang: "en",
        today: "2026-02-01",
      });
      expect(result.used.map((u) => u.sheet)).toEqual(["Sales 2026-Q1"]);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });

  it("lets go of the master's long sheet while the returned files are read, and writes what it would have", async () => {
    const dir = tmp();
    // One OKR sheet: parked, and replaced.
    const master = await generatedMaster(dir, "sales");
    const returned = await splitFileOf(master, dir);
    const options = { strict: false, lang: "en", today: "2026-02-01" } as const;
    const whole = await collectFiles(await input.loadWorkbook(master), [returned], options);

    const wb = await input.loadWorkbook(master);
    const reload = jest.fn(() => input.loadWorkbook(master));
    const held: number[] = [];
    // The returned files are loaded with their long sheets held (heldSheets.ts).
    const loads = jest.spyOn(input, "loadWorkbookHolding").mockImplementation(async (file, o) => {
      held.push(wb.getWorksheet("Sales 2026-Q1")!.actualRowCount);
      loads.mockRestore();
      return input.loadWorkbookHolding(file, o);
    });
    const parked = await collectFiles(wb, [returned], { ...options, reload, parkRows: 1 });
    expect(held).toEqual([0]);
    expect(reload).not.toHaveBeenCalled();
    expect(parked.workbook).toBe(wb);
    expect(parked.workbook.worksheets.map((ws) => [ws.name, input.worksheetRows(ws)])).toEqual(
      whole.workbook.worksheets.map((ws) => [ws.name, input.worksheetRows(ws)])
    );
  });

  it("loads the master again when no usable file replaces a long sheet, so that sheet is kept whole", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const broken = join(dir, "Sales 2026-Q1.xlsx");
    writeFileSync(broken, "not a workbook");
    const options = { strict: false, lang: "en", today: "2026-02-01" } as const;
    const whole = await collectFiles(await input.loadWorkbook(master), [broken], options);
    const wb = await input.loadWorkbook(master);
    const reload = jest.fn(() => input.loadWorkbook(master));
    const result = await collectFiles(wb, [broken], { ...options, reload, parkRows: 1 });
    expect(result.used).toEqual([]);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(result.workbook).not.toBe(wb);
    const rows = (book: ExcelJS.Workbook) =>
      input.worksheetRows(book.getWorksheet("Sales 2026-Q1")!);
    expect(rows(result.workbook).length).toBeGreaterThan(10);
    expect(rows(result.workbook)).toEqual(rows(whole.workbook));
  });
});
