// okr collect with long sheets held (heldSheets.ts, issue 35: a 100,000-row returned sheet): the
// master's and the returned file's long sheets are read without ExcelJS's cells, the returned one
// copied and written as it is held. The written workbook is the one ExcelJS's whole load writes,
// part for part; anything the held reading does not cover is loaded whole. The row threshold is
// lowered here so that the test workbooks' sheets count as long.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { collectFiles, readReturned } from "../../src/cli/collect";
import { fileHost } from "../../src/cli/fileHost";
import { emptyPlan } from "../../src/domain/plan/types";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import * as heldSheets from "../../src/cli/heldSheets";
import { heldOf, holdsAny, withHeldViews } from "../../src/cli/heldSheets";
import { loadWorkbook, loadWorkbookHolding } from "../../src/cli/input";
import { RowValue, valueIn } from "../../src/cli/leanWorkbook";
import { fitCells, writeWorkbook } from "../../src/cli/output";
import { copyWorksheet } from "../../src/cli/worksheetCells";
import { okr } from "../support/cli";
import { generatedMaster, loadXlsx, splitFileOf } from "../support/split";

/** The temporary folder the code under test is given, when set (os.tmpdir() otherwise). */
let mockTemp: string | undefined;
jest.mock("node:os", () => {
  const os = jest.requireActual("node:os");
  return { ...os, tmpdir: () => mockTemp ?? os.tmpdir() };
});

const tmp = () => mkdtempSync(join(tmpdir(), "okr-collect-held-"));

/** Rows a sheet must have to be held here: the generated OKR sheets have more, the others fewer. */
const HOLD = 12;

const options = { strict: false, lang: "en", today: "2026-02-01" } as const;

/** Every part of a written package as text, the time of writing and data bars' ids evened out. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    out[name] = (await entry.async("string"))
      .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1><")
      .replace(/\{[0-9A-F-]{36}\}/g, "{id}");
  }
  return out;
}

/**
 * okr collect of `files` into `master` twice, as the command does it: once loaded whole (nothing
 * held), once with its long sheets held. Returns both results and both written workbooks' parts.
 */
async function bothWays(dir: string, master: string, files: string[]) {
  const reload = () => loadWorkbook(master);
  const wholeOut = join(dir, "whole.xlsx");
  const whole = await collectFiles(await loadWorkbook(master), files, {
    ...options,
    reload,
    holdRows: Infinity,
  });
  const wholeClipped = await writeWorkbook(whole.workbook, wholeOut, { bySheet: true });
  const heldMaster = await loadWorkbookHolding(master, { holdRows: HOLD, copy: false });
  const masterHeld = holdsAny(heldMaster);
  const heldOut = join(dir, "held.xlsx");
  const held = await collectFiles(heldMaster, files, { ...options, reload, holdRows: HOLD });
  const copied = held.workbook.worksheets.filter((ws) => heldOf(ws)?.cells).map((ws) => ws.name);
  const heldClipped = await writeWorkbook(held.workbook, heldOut, { bySheet: true });
  return {
    clipped: [wholeClipped, heldClipped] as const,
    whole,
    held,
    masterHeld,
    copied,
    parts: [await parts(wholeOut), await parts(heldOut)] as const,
    heldOut,
  };
}

/** okr collect of `returned` into `master`, its long sheets held, as the command does it. */
async function collectHeld(master: string, returned: string) {
  return collectFiles(
    await loadWorkbookHolding(master, { holdRows: HOLD, copy: false }),
    [returned],
    { ...options, reload: () => loadWorkbook(master), holdRows: HOLD }
  );
}

/** The split file of `master` for Sales with every number in its Current column one more. */
async function returnedOf(master: string, dir: string, long = ""): Promise<string> {
  const file = await splitFileOf(master, dir);
  const wb = await loadXlsx(file);
  const ws = wb.worksheets[0];
  if (long) ws.getCell(8, 30).value = long; // beside the table, past Excel's limit for a cell
  let current = -1;
  ws.eachRow((row) => {
    if (current < 0) current = (row.values as unknown[]).indexOf("Current");
    else {
      const v = row.getCell(current).value;
      if (typeof v === "number") row.getCell(current).value = v + 1;
    }
  });
  if (current < 0) throw new Error(`${file}: no Current column`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("okr collect with long sheets held", () => {
  it("writes what the whole load writes, part for part, copying the returned sheet as held", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const r = await bothWays(dir, master, [returned]);
    expect(r.held.used).toEqual(r.whole.used);
    expect(r.held.used.map((u) => u.sheet)).toEqual(["Sales 2026-Q1"]);
    expect(r.masterHeld).toBe(true);
    expect(r.copied).toEqual(["Sales 2026-Q1"]);
    expect(r.held.workbook).not.toBe(r.whole.workbook);
    expect(r.parts[1]).toEqual(r.parts[0]);
  });

  it("writes a held sheet without the temporary folder: its rows go to the zip as they are made", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const whole = await bothWays(dir, master, [returned]);
    mockTemp = join(dir, "no such folder");
    try {
      const out = join(dir, "out.xlsx");
      await writeWorkbook((await collectHeld(master, returned)).workbook, out, { bySheet: true });
      expect(await parts(out)).toEqual(whole.parts[0]);
    } finally {
      mockTemp = undefined;
    }
  });

  it("cuts a held cell's text to Excel's limit and says so, as the whole load does", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir, "x".repeat(40_000));
    const r = await bothWays(dir, master, [returned]);
    expect(r.copied).toEqual(["Sales 2026-Q1"]);
    expect(r.clipped[1]).toEqual(r.clipped[0]);
    expect(r.clipped[1]).toEqual(["Sales 2026-Q1!AD8"]);
    expect(r.parts[1]).toEqual(r.parts[0]);
  });

  it("finds the held cells to fit as the whole load's: long text, links to other workbooks, numbers past any date", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir, "x".repeat(40_000));
    const whole = await collectFiles(await loadWorkbook(master), [returned], {
      ...options,
      reload: () => loadWorkbook(master),
      holdRows: Infinity,
    });
    const held = await collectHeld(master, returned);
    const fitted = [whole.workbook, held.workbook].map((wb) => {
      withHeldViews(wb, () => {
        const ws = wb.getWorksheet("Sales 2026-Q1")!;
        // A saved 0: the value written is the result the cell holds, not the formula's object's.
        ws.getCell(9, 30).value = { formula: "[1]Budget!B2", result: 0 };
        ws.getCell(10, 30).value = { formula: "Budget!B2", result: 5 };
        ws.getCell(11, 30).value = new Date(Number.NaN);
      });
      return fitCells(wb);
    });
    expect(heldOf(held.workbook.getWorksheet("Sales 2026-Q1")!)?.cells).toBeTruthy();
    expect(fitted[1]).toEqual(fitted[0]);
    expect(fitted[1]).toEqual({
      clipped: ["Sales 2026-Q1!AD8"],
      kept: ["Sales 2026-Q1!AD9"],
      noDate: ["Sales 2026-Q1!AD11"],
    });
    const linked = (wb: ExcelJS.Workbook) =>
      withHeldViews(wb, () => wb.getWorksheet("Sales 2026-Q1")!.getCell(9, 30).value);
    expect(linked(held.workbook)).toBe(0);
    expect(linked(whole.workbook)).toBe(0);
  });

  it("writes the same over a scored master, and when the collected workbook is collected into again", async () => {
    const dir = tmp();
    const made = await generatedMaster(dir, "sales");
    const master = join(dir, "scored.xlsx");
    expect((await okr("score", made, "-o", master)).status).toBe(0);
    const returned = await returnedOf(master, dir);
    const first = await bothWays(dir, master, [returned]);
    expect(first.copied).toEqual(["Sales 2026-Q1"]);
    expect(first.parts[1]).toEqual(first.parts[0]);
    // The collected workbook (already scored, with the returned record) as the master again.
    const again = join(dir, "again.xlsx");
    copyFileSync(first.heldOut, again);
    const second = await bothWays(dir, again, [returned]);
    expect(second.masterHeld).toBe(true);
    expect(second.copied).toEqual(["Sales 2026-Q1"]);
    expect(second.parts[1]).toEqual(second.parts[0]);
  });

  it("lets go of the held rows a returned sheet brings once copied, and holds a fill's formulas as made when written", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const heldMaster = await loadWorkbookHolding(master, { holdRows: HOLD, copy: false });
    const replaced = heldMaster.getWorksheet("Sales 2026-Q1")!;
    expect(heldOf(replaced)!.rows.length).toBeGreaterThan(HOLD);
    const r = await collectFiles(heldMaster, [returned], {
      ...options,
      reload: () => loadWorkbook(master),
      holdRows: HOLD,
    });
    expect(r.used.map((u) => u.sheet)).toEqual(["Sales 2026-Q1"]);
    expect(heldOf(replaced)?.rows ?? []).toEqual([]);
    // The copied sheet's formula columns: one value per fill, each row's formula made as it is read.
    const copied = heldOf(r.workbook.getWorksheet("Sales 2026-Q1")!)!;
    expect(copied.rows).toEqual([]); // read to validate and score: its cells are what is written
    const cells = copied.cells!;
    const made = cells.rows.flatMap((line) => line?.values.filter((v) => v instanceof RowValue));
    expect(made.length).toBeGreaterThan(HOLD);
  });

  it("fits a fill's formulas from one of its rows, and a fill that links another workbook on every row", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const r = await collectHeld(master, returned);
    const cells = heldOf(r.workbook.getWorksheet("Sales 2026-Q1")!)!.cells!;
    // Each fill's rows' formulas, counted as they are made.
    const made = new Map<RowValue, number>();
    const counted = new Map<RowValue, RowValue>();
    cells.rows.forEach((line) =>
      line?.values.forEach((v, c) => {
        if (!(v instanceof RowValue)) return;
        if (!counted.has(v)) {
          const fill = new RowValue((row) => {
            made.set(fill, (made.get(fill) ?? 0) + 1);
            return v.at(row);
          });
          counted.set(v, fill);
        }
        line.values[c] = counted.get(v)!;
      })
    );
    expect(counted.size).toBeGreaterThan(1);
    expect(fitCells(r.workbook)).toEqual({ clipped: [], kept: [], noDate: [] });
    expect([...made.values()]).toEqual([...counted.values()].map(() => 1));
    // A fill whose formulas link another workbook: each of its rows is written as what it showed.
    const linked = new RowValue((row) => ({ formula: `[1]Budget!B${row}`, result: row }));
    const where: string[] = [];
    cells.rows.forEach((line, row) =>
      line?.values.forEach((v, c) => {
        if (v !== [...counted.values()][0]) return;
        line.values[c] = linked;
        where.push(`Sales 2026-Q1!${columnLetters(c - 1)}${row}`);
      })
    );
    expect(where.length).toBeGreaterThan(1);
    expect(fitCells(r.workbook).kept).toEqual(where);
  });

  it("loads the master again whole when no file replaces its held sheet, and writes the same", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const broken = join(dir, "Sales 2026-Q1.xlsx");
    writeFileSync(broken, "not a workbook");
    const r = await bothWays(dir, master, [broken]);
    expect(r.masterHeld).toBe(true);
    expect(r.held.used).toEqual([]);
    expect(r.copied).toEqual([]);
    expect(r.held.findings).toEqual(r.whole.findings);
    expect(r.parts[1]).toEqual(r.parts[0]);
  });

  it("loads a returned file whole when its long sheet has merged cells, and writes the same", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const wb = await loadXlsx(returned);
    wb.worksheets[0].mergeCells("P4:Q4");
    await wb.xlsx.writeFile(returned);
    expect(holdsAny(await loadWorkbookHolding(returned, { holdRows: HOLD, copy: true }))).toBe(
      false
    );
    const r = await bothWays(dir, master, [returned]);
    expect(r.held.used.map((u) => u.sheet)).toEqual(["Sales 2026-Q1"]);
    expect(r.copied).toEqual([]);
    expect(r.parts[1]).toEqual(r.parts[0]);
  });

  it("copies a held returned sheet whole when the plans lock its formulas (the lock goes over every cell)", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const [file] = await readReturned([returned], HOLD);
    if ("reason" in file) throw new Error(file.reason);
    const sales = file.sheets.find((s) => s.name === "Sales 2026-Q1")!;
    const bring = {
      create: [],
      replace: [{ sheet: sales.name, source: sales.source, rows: sales.rows.length, cols: 20 }],
      rows: [],
      drop: [],
    };
    const locked = {
      ...emptyPlan(sales.name, false),
      lockFormulas: [{ row: 3, col: 0, rows: 1, cols: 1 }],
    };
    const wb = await loadWorkbook(master);
    await fileHost(wb).bring(bring, [locked]);
    const ws = wb.getWorksheet(sales.name)!;
    expect(heldOf(ws)).toBeUndefined();
    expect(ws.getCell(4, 1).value).toBe(sales.rows[3][0]);
    expect(ws.getCell(4, 1).protection).toEqual({ locked: true });
  });

  it("reads a long sheet's rows as the whole load reads them: shared and inline text, numbers, dates, formulas, hidden rows", async () => {
    const dir = tmp();
    const file = join(dir, "kinds.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 1; r <= 20; r++) {
      ws.getCell(r, 1).value = `text ${r} & <more>`;
      ws.getCell(r, 2).value = r * 1.5;
      ws.getCell(r, 3).value = new Date(Date.UTC(2026, 0, r));
      ws.getCell(r, 4).value = { formula: `B${r}*2`, result: r * 3 };
      ws.getCell(r, 5).value = r % 2 === 0;
      ws.getCell(r, 6).value = { formula: `"a"&"b"`, result: "ab" };
      ws.getCell(r, 8).style = { font: { bold: true } }; // a gap at G, styled empty H
      ws.getCell(r, 9).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell(r, 10).value = {
        richText: [{ text: "rich " }, { text: `${r}`, font: { bold: true } }],
      };
      ws.getCell(r, 11).value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell(r, 12).value = 0.25;
      ws.getCell(r, 12).numFmt = "0%";
    }
    ws.getRow(5).hidden = true;
    ws.getRow(6).height = 30;
    await wb.xlsx.writeFile(file);
    const whole = await loadWorkbook(file);
    const held = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    const sheet = held.getWorksheet("Long")!;
    const rows = heldOf(sheet)!;
    const { worksheetRows, hiddenState } = await import("../../src/cli/input");
    expect(rows.rows).toEqual(worksheetRows(whole.getWorksheet("Long")!));
    expect(rows.rows[0]).toEqual([
      "text 1 & <more>",
      1.5,
      "2026-01-01",
      3,
      false,
      "ab",
      null,
      null,
      "#N/A",
      "rich 1",
      "#DIV/0!",
      rows.rows[0][11],
    ]);
    // Read only (the master's held sheet): the same rows, without cells.
    const read = await loadWorkbookHolding(file, { holdRows: HOLD, copy: false });
    expect(heldOf(read.getWorksheet("Long")!)!.rows).toEqual(rows.rows);
    expect(heldOf(read.getWorksheet("Long")!)!.cells).toBeNull();
    expect(rows.hiddenRows).toEqual(hiddenState(whole.getWorksheet("Long")!).hiddenRows);
    expect(rows.cells!.heights.get(6)).toBe(30);
  });

  it("writes a held sheet's number formats before its conditional formats' ones, as the whole load does", async () => {
    const dir = tmp();
    const file = join(dir, "formats.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 1; r <= 20; r++) {
      ws.getCell(r, 1).value = r / 7;
      ws.getCell(r, 1).numFmt = "0.000";
      ws.getCell(r, 2).value = r;
    }
    await wb.xlsx.writeFile(file);
    const written = async (book: ExcelJS.Workbook, name: string) => {
      // A format of the conditional format's own, added when the sheet is written after its cells'.
      book.getWorksheet("Long")!.addConditionalFormatting({
        ref: "B1:B20",
        rules: [
          { type: "expression", formulae: ["B1>10"], style: { numFmt: "0.0000" }, priority: 1 },
        ],
      } as ExcelJS.ConditionalFormattingOptions);
      const out = join(dir, name);
      await writeWorkbook(book, out, { bySheet: true });
      return parts(out);
    };
    const held = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    expect(heldOf(held.getWorksheet("Long")!)?.cells).toBeTruthy();
    const heldParts = await written(held, "held.xlsx");
    expect(heldParts).toEqual(await written(await loadWorkbook(file), "whole.xlsx"));
    expect(heldParts["xl/styles.xml"]).toContain('<numFmt numFmtId="164" formatCode="0.000"/>');
  });

  it("refuses to write a held cell with a link, which would be written around rows already zipped, and leaves no file", async () => {
    const dir = tmp();
    const file = join(dir, "link.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 1; r <= 20; r++) ws.getCell(r, 1).value = r;
    await wb.xlsx.writeFile(file);
    const held = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    withHeldViews(held, () => {
      held.getWorksheet("Long")!.getCell(15, 2).value = {
        text: "site",
        hyperlink: "https://example.com",
      };
    });
    const out = join(dir, "out.xlsx");
    await expect(writeWorkbook(held, out, { bySheet: true })).rejects.toThrow(/could not write/);
    expect(readdirSync(dir)).toEqual(["link.xlsx"]);
  });

  it("writes new cells on a held sheet each in its own kind's style, as the whole load does (a number after a date is no date)", async () => {
    const dir = tmp();
    const file = join(dir, "kinds.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 1; r <= 20; r++) ws.getCell(r, 1).value = r;
    await wb.xlsx.writeFile(file);
    // New cells share one empty style on a held sheet (leanWorkbook.ts), one each in ExcelJS.
    const written = async (book: ExcelJS.Workbook, name: string) => {
      const sheet = book.getWorksheet("Long")!;
      sheet.getCell(30, 1).value = "new";
      sheet.getCell(30, 2).value = 5;
      sheet.getCell(31, 2).value = new Date(Date.UTC(2026, 3, 1));
      sheet.getCell(32, 40).value = 1;
      const out = join(dir, name);
      await writeWorkbook(book, out, { bySheet: true });
      return parts(out);
    };
    const held = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    const heldParts = await withHeldViews(held, () => written(held, "held.xlsx"));
    const wholeParts = await written(await loadWorkbook(file), "whole.xlsx");
    expect(heldParts["xl/worksheets/sheet1.xml"]).toMatch(/<c r="AN32"( t="n")?><v>1<\/v>/);
    expect(heldParts).toEqual(wholeParts);
  });

  it("refuses a held sheet whose rows are not the ones its dimension was written for, and leaves no file", async () => {
    const dir = tmp();
    const file = join(dir, "measured.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 1; r <= 20; r++) ws.getCell(r, 1).value = r;
    await wb.xlsx.writeFile(file);
    const held = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    // The <dimension> goes out before the rows: a measure that missed a row must not make a file.
    const measure = heldSheets.heldExtent;
    const spy = jest.spyOn(heldSheets, "heldExtent").mockImplementation((sheet) => {
      const extent = measure(sheet);
      return extent && { ...extent, rows: extent.rows.slice(1) };
    });
    try {
      const out = join(dir, "out.xlsx");
      await expect(writeWorkbook(held, out, { bySheet: true })).rejects.toThrow(/could not write/);
      expect(readdirSync(dir)).toEqual(["measured.xlsx"]);
    } finally {
      spy.mockRestore();
    }
  });

  it("copies a long sheet's cells as copyWorksheet copies ExcelJS's: gaps in styled rows and columns, formulas, dates, errors", async () => {
    const dir = tmp();
    const file = join(dir, "copied.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    ws.getColumn(3).numFmt = "0.00"; // a gap in this column takes its format
    for (let r = 1; r <= 20; r++) {
      ws.getCell(r, 1).value = `text ${r}`;
      ws.getCell(r, 2).value = r % 3 ? r * 1.5 : 0;
      ws.getCell(r, 4).value = { formula: `B${r}*0`, result: 0 }; // a result of 0 is not copied
      ws.getCell(r, 5).value = new Date(Date.UTC(2026, 0, r));
      ws.getCell(r, 6).value = { formula: "E1+1", result: new Date(Date.UTC(2026, 1, r)) };
      ws.getCell(r, 6).numFmt = "yyyy-mm-dd";
      ws.getCell(r, 8).value = r % 2 === 0;
      ws.getCell(r, 9).style = { font: { bold: true } }; // styled, empty
      if (r % 5 === 0) ws.getCell(r, 11).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      if (r % 4 === 0)
        ws.getCell(r, 1).dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };
    }
    ws.getRow(4).font = { italic: true }; // its gaps take the row's font
    ws.getRow(6).height = 30;
    ws.getRow(22).height = 42; // a row of its own height, no cells
    await wb.xlsx.writeFile(file);
    const whole = (await loadWorkbook(file)).getWorksheet("Long")!;
    const copy = copyWorksheet(whole, new ExcelJS.Workbook(), "Long");
    const loaded = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    const held = heldOf(loaded.getWorksheet("Long")!)!.cells!;
    const dropdowns: unknown[] = [];
    for (let r = 1; r <= 22; r++) {
      const copied: unknown[] = [];
      copy.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
        copied.push([c, cell.value, cell.style]);
        if (cell.dataValidation) dropdowns.push([cell.address, cell.dataValidation]);
      });
      const heldCells: unknown[] = [];
      held.rows[r]?.styles.forEach((style, c) =>
        heldCells.push([c, valueIn(held.getCell(r, c), r), style])
      );
      expect(heldCells).toEqual(copied);
      expect(held.heights.get(r)).toBe(copy.getRow(r).height);
    }
    // An unstyled cell's empty style is one object for every cell of its kind (one a cell was
    // ~52 MB at 100,000 rows), as the writer finds an empty style's id by the cell's kind.
    const unstyled = (col: number) =>
      new Set([1, 2, 3, 6, 7, 9].map((r) => held.rows[r].styles[col]));
    expect([unstyled(1).size, unstyled(2).size]).toEqual([1, 1]);
    expect([...unstyled(1)][0]).not.toBe([...unstyled(2)][0]);
    expect(dropdowns).toHaveLength(5);
    expect(heldOf(loaded.getWorksheet("Long")!)!.validations).toEqual(dropdowns);
    // The sheet's columns are made as ExcelJS's rows make them (its written <cols> the same).
    expect(loaded.getWorksheet("Long")!.columns.length).toBe(whole.columns.length);
  });

  it("says of a long sheet left open what the whole load says, without reading it again from every row", async () => {
    const dir = tmp();
    const file = join(dir, "open.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Long").getCell("A1").value = 1;
    await wb.xlsx.writeFile(file);
    // 50,000 rows, each left open: a regular expression looking for each one's end read to the
    // end of the sheet from every row (50,000 times 2 MB: minutes).
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c>`
    );
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(
      part,
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`)
    );
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const said = (load: Promise<unknown>) =>
      load.then(
        () => "loaded",
        (error: Error) => error.message
      );
    const whole = await said(loadWorkbook(file));
    expect(whole).toMatch(/damaged/);
    const started = Date.now();
    expect(await said(loadWorkbookHolding(file, { holdRows: HOLD, copy: true }))).toBe(whole);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it("refuses a returned file from another master or with an edited record exactly as the whole load does", async () => {
    const dir = tmp();
    const master = await generatedMaster(dir, "sales");
    const returned = await returnedOf(master, dir);
    const edited = join(dir, "edited.xlsx");
    copyFileSync(returned, edited);
    const wb = await loadXlsx(edited);
    const record = wb.worksheets.find((w) => w.getCell(1, 1).value === "okrSheets.fingerprint")!;
    const json = JSON.parse(String(record.getCell(1, 2).value)) as {
      krs: { target: number }[];
    };
    json.krs[0].target = 999;
    record.getCell(1, 2).value = JSON.stringify(json);
    await wb.xlsx.writeFile(edited);
    const r = await bothWays(dir, master, [edited]);
    expect(r.whole.used).toEqual([]);
    expect(r.held.used).toEqual([]);
    expect(r.held.findings).toEqual(r.whole.findings);
    expect(r.held.findings.length).toBeGreaterThan(0);
    expect(r.parts[1]).toEqual(r.parts[0]);
  });
});
