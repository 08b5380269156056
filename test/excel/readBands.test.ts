// Reads sized before they are sent (src/excel/readBands.ts), through office.js in front of the
// emulator in Excel on the web's configuration: the first round trip asks for the used ranges' sizes
// and the first tabs' heads only, the rest comes in bands of rows under 5 MB a response, one round
// trip per 4 MB, and the bands put together are the sheet as it is.
import {
  createEmulatedExcel,
  type EmulatedExcel,
  GET_CELLS_LIMIT,
  WEB_PAYLOAD_LIMIT_BYTES,
} from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import { keyResultCount } from "../../src/domain/reading/sheet";
import { TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import type { Period } from "../../src/domain/types";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/applyPlan";
import { checkWorkbook } from "../../src/excel/check";
import { generateSheets } from "../../src/excel/generate";
import {
  BAND_CELLS_LIMIT,
  HEAD_COLUMNS,
  HEAD_ROWS,
  headRows,
  readExtent,
} from "../../src/excel/readBands";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { krRowsSheet } from "../support/bigSheet";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

function withSheet(
  name: string,
  at: { row: number; col: number },
  grid: string[][]
): EmulatedExcel {
  const excel = createEmulatedExcel({ platform: "web" });
  const sheet = excel.state.addSheet(name);
  excel.state.writeValues(sheet, { ...at, rows: grid.length, cols: grid[0].length }, grid);
  return excel;
}

/** The requests of the last run that were round trips (not office.js's release of kept objects). */
function roundTrips(excel: EmulatedExcel) {
  return excel.host!.recorded!.filter((r) => !r.cleanup);
}

describe("a workbook read sized before it is sent", () => {
  it("reads a sheet past 5 MB of cells in bands: no response refused, one round trip per 4 MB", async () => {
    const table = krRowsSheet(15_000); // 18,751 rows, about 6 MB of cells as office.js receives them
    const excel = withSheet("Big", { row: 0, col: 0 }, table);
    excel.host!.recorded = [];
    const read = await readWorkbook(excel);
    const [run] = excel.runs.slice(-1);
    expect(run.refusedResponses + run.refusedRequests).toBe(0);
    expect(run.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    const [first, ...bands] = roundTrips(excel);
    // the first round trip asks for sizes and a head of 150 rows: small, whatever the sheet
    expect(first.responseBytes).toBeLessThan(200_000);
    const cellBytes = bands.reduce((n, r) => n + (r.responseBytes ?? 0), 0);
    expect(cellBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);
    // one round trip per 4 MB, and the first band sized by a cautious estimate before any was seen
    expect(bands.length).toBeLessThanOrEqual(Math.ceil(cellBytes / REQUEST_LIMIT_BYTES) + 1);
    expect(run.syncs).toBe(1 + bands.length);
    // the bands put together: every row in its place (IDs and statements, head and band edges)
    const rows = read.cells.find((c) => c.name === "Big")!.rows;
    expect(rows).toHaveLength(table.length);
    for (let r = 0; r < table.length; r++) {
      expect(rows[r][0]).toBe(table[r][0]);
      expect(rows[r][3] ?? "").toBe(table[r][3]);
    }
    expect(keyResultCount(read.sheets.find((s) => s.name === "Big")!)).toBe(15_000);
  }, 300_000);

  it("reads a small workbook whole in its first round trip", async () => {
    const table = krRowsSheet(40);
    expect(
      headRows({
        rowIndex: 0,
        columnIndex: 0,
        rowCount: table.length,
        columnCount: table[0].length,
      })
    ).toBe(table.length);
    const excel = withSheet("Team", { row: 0, col: 0 }, table);
    excel.host!.recorded = [];
    const read = await readWorkbook(excel);
    expect(excel.runs.slice(-1)[0].syncs).toBe(1);
    expect(read.cells.find((c) => c.name === "Team")!.rows.map((r) => r[0])).toEqual(
      table.map((r) => r[0])
    );
  });

  it("reads cells right of the head and below it, and a used range that starts below the head", async () => {
    const wide = Array.from({ length: HEAD_ROWS + 20 }, (_, r) =>
      Array.from({ length: HEAD_COLUMNS + 3 }, (_, c) => `r${r + 3}c${c + 2}`)
    );
    const excel = withSheet("Wide", { row: 2, col: 1 }, wide);
    const low = excel.state.addSheet("Low");
    const tail = [["below"], ["the head"]];
    excel.state.writeValues(low, { row: HEAD_ROWS + 50, col: 4, rows: 2, cols: 1 }, tail);
    const read = await readWorkbook(excel);
    const rows = read.cells.find((c) => c.name === "Wide")!.rows;
    expect(rows).toHaveLength(2 + wide.length);
    expect(rows[0]).toEqual([]);
    expect(rows[2][1]).toBe("r3c2");
    expect(rows[HEAD_ROWS + 21][HEAD_COLUMNS + 3]).toBe(`r${HEAD_ROWS + 22}c${HEAD_COLUMNS + 4}`);
    const lowRows = read.cells.find((c) => c.name === "Low")!.rows;
    expect(lowRows).toHaveLength(HEAD_ROWS + 52);
    expect(lowRows[HEAD_ROWS + 50][4]).toBe("below");
    expect(lowRows[HEAD_ROWS + 51][4]).toBe("the head");
    // the sizes and heads, then one band for both sheets' rest
    expect(excel.runs.slice(-1)[0].syncs).toBe(2);
  });

  it("reads a band Excel refuses for its size again, smaller, when its cells weigh more than the estimate", async () => {
    // light rows the head holds, then 3,000 cells of 2,000 characters (6 MB in one band at the
    // first estimate)
    const grid = [
      ...Array.from({ length: HEAD_ROWS }, (_, r) => [`light ${r + 1}`]),
      ...Array.from({ length: 3_000 }, (_, r) => [`${r}`.padEnd(2_000, "x")]),
    ];
    const excel = withSheet("Heavy", { row: 0, col: 0 }, grid);
    const read = await readWorkbook(excel);
    const [run] = excel.runs.slice(-1);
    expect(run.refusedResponses).toBeGreaterThan(0);
    expect(run.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    const rows = read.cells.find((c) => c.name === "Heavy")!.rows;
    expect(rows.map((r) => r[0])).toEqual(grid.map((r) => r[0]));
  }, 120_000);
});

describe("a sheet whose used range passes five million cells", () => {
  // A stray value far right of the table: its used range is 310 rows by 16,384 columns (5,079,040).
  const stray = { row: 309, col: 16_383, rows: 1, cols: 1 };

  async function generatedWithStray() {
    const excel = createEmulatedExcel({ platform: "web" });
    const { sheets } = await generateSheets(excel, {
      templates: TEMPLATE_KEYS.slice(0, 1),
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    const [name] = sheets;
    const plain = await readWorkbook(excel);
    excel.state.writeValues(excel.state.findSheet(name)!, stray, [["stray"]]);
    return { excel, name, plain };
  }

  it("answers null for its cells, as Excel does past five million", async () => {
    const { excel, name } = await generatedWithStray();
    const values = await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
      used.load("values, cellCount");
      await context.sync();
      expect(used.cellCount).toBeGreaterThan(GET_CELLS_LIMIT);
      return used.values;
    });
    expect(values).toBeNull();
  });

  it("still reads the OKR table for Check and Score: only the columns its head uses", async () => {
    const { excel, name, plain } = await generatedWithStray();
    const read = await readWorkbook(excel);
    const [run] = excel.runs.slice(-1);
    expect(run.refusedResponses + run.refusedRequests).toBe(0);
    const sheet = read.sheets.find((s) => s.name === name)!;
    const before = plain.sheets.find((s) => s.name === name)!;
    expect(keyResultCount(sheet)).toBeGreaterThan(0);
    expect(keyResultCount(sheet)).toBe(keyResultCount(before));
    // the table's cells as they were; below it, the stray's rows read only as wide as the table
    const table = plain.cells.find((c) => c.name === name)!.rows;
    const rows = read.cells.find((c) => c.name === name)!.rows;
    expect(rows.slice(0, table.length)).toEqual(table);
    expect(rows).toHaveLength(stray.row + 1);
    expect(rows[stray.row].length).toBeLessThanOrEqual(HEAD_COLUMNS);
    const checked = await checkWorkbook(excel, "all", { period: Q1 });
    expect(checked.checked).toContain(name);
    expect(checked.keyResults).toBe(keyResultCount(before));
    const scored = await scoreWorkbookInExcel(excel, {
      asOf: "2026-03-01",
      checkedOn: "2026-03-01",
      lang: "en",
    });
    expect(scored.okrSheets).toContain(name);
    expect(typeof scored.model.sheets.find((s) => s.name === name)!.score).toBe("number");
  }, 600_000); // the emulator scans every cell of a used range for its size: minutes, not memory

  it("reads a used range past five million cells only as wide as its head uses, a million cells a round trip at most", () => {
    expect(
      readExtent(
        { rowIndex: 0, columnIndex: 0, rowCount: 400, columnCount: 16_384 },
        {
          values: [["ID", "Type", ""]],
          formats: [["General", "General", "General"]],
        }
      )
    ).toEqual({ rowIndex: 0, columnIndex: 0, rowCount: 400, columnCount: 2 });
    expect(BAND_CELLS_LIMIT * 5).toBeLessThanOrEqual(GET_CELLS_LIMIT);
  });
});
