// The pane reads a sheet through Excel's used range, which a stray value far below the table
// stretches down to it (issue #35). Once the rows read end in TABLE_GAP_ROWS empty rows the table
// has ended (domain/reading/sheet.ts), so the pane reads no further row by row: it asks the part
// below for its used range and reads that range's first row (readBands.ts, readBelow). These tests
// hold it to a fixed number of round trips and bytes whatever the gap, and to the same finding as
// the command line (test/cli/strayBelowTable.test.ts).
import { createEmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import { TABLE_GAP_ROWS } from "../../src/domain/reading/sheet";
import type { Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";
import { metricKr, ONE_KR_TABLE, rowOf } from "../support/okrRows";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** A sheet "Plan" holding `table` from A1, with `x` typed in each of `strays` (A1 addresses). */
async function planWith(table: (string | number)[][], strays: string[]) {
  const excel = createEmulatedExcel();
  await putTable(excel, "Plan", table);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    for (const at of strays) sheet.getRange(at).values = [["x"]];
    await context.sync();
  });
  return excel;
}

type Emulated = Awaited<ReturnType<typeof planWith>>;

/** What `operation` did on `excel`, with the round trips its runs took and the bytes they got. */
async function counted<T>(excel: Emulated, operation: (excel: Emulated) => Promise<T>) {
  const before = excel.runs.length;
  const result = await operation(excel);
  const runs = excel.runs.slice(before);
  return {
    result,
    syncs: runs.reduce((n, r) => n + r.syncs, 0),
    bytes: runs.reduce((n, r) => n + r.responseBytes, 0),
  };
}

/** Check in Excel on `excel`, its SHEET-BELOW-TABLE findings, round trips and bytes. */
async function checkCounted(excel: Emulated) {
  const { result, syncs, bytes } = await counted(excel, (e) =>
    checkWorkbook(e, "all", { period: Q1 })
  );
  return { below: result.findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE"), syncs, bytes };
}

/** The same with the stray cell at row 12,000 instead: what a read costs whatever the gap. */
const NEAR = "A12000";

describe("a stray cell far below the table, read by the pane (emulated)", () => {
  it("takes the same round trips and about the same bytes at row 12,000 as at row 40,000, and names the cell", async () => {
    const near = await checkCounted(await planWith(ONE_KR_TABLE, [NEAR]));
    const far = await checkCounted(await planWith(ONE_KR_TABLE, ["A40000"]));
    for (const [read, row] of [
      [near, 12000],
      [far, 40000],
    ] as const)
      expect(read.below).toEqual([
        expect.objectContaining({ sheet: "Plan", row, cell: `A${row}`, severity: "warning" }),
      ]);
    expect(far.syncs).toBe(near.syncs);
    // the bytes differ by the digits of the row numbers only
    expect(Math.abs(far.bytes - near.bytes)).toBeLessThan(200);
  }, 120_000);

  it("Score writes nothing below the table, leaves the stray cell as it is, and reads no more for a longer gap", async () => {
    const score = (e: Emulated) =>
      scoreWorkbookInExcel(e, { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" });
    const excel = await planWith(ONE_KR_TABLE, ["C40000"]);
    const far = await counted(excel, score);
    const near = await counted(await planWith(ONE_KR_TABLE, [NEAR]), score);
    expect(far.syncs).toBe(near.syncs);
    const formulas = formulasOf(excel, "Plan");
    const written = formulas.flatMap((line, r) =>
      r > 100 && line.some((v) => v !== "") ? [r] : []
    );
    expect(written).toEqual([40000 - 1]);
    expect(valuesOf(excel, "Plan")[40000 - 1][2]).toBe("x");
  }, 120_000);

  it("names the first stray cell below the gap, in its own column, however many more lie below", async () => {
    const read = await checkCounted(await planWith(ONE_KR_TABLE, ["C30000", "A35000", "E40000"]));
    expect(read.below).toEqual([expect.objectContaining({ row: 30000, cell: "C30000" })]);
    const alone = await checkCounted(await planWith(ONE_KR_TABLE, [NEAR]));
    expect(read.syncs).toBe(alone.syncs);
  }, 120_000);

  it("names a stray cell just below the 1,000 empty rows, with more far below", async () => {
    // ONE_KR_TABLE ends in row 3: rows 4 to 1,003 are the gap.
    const just = 3 + TABLE_GAP_ROWS + 1;
    const read = await checkCounted(await planWith(ONE_KR_TABLE, [`A${just}`, "A40000"]));
    expect(read.below).toEqual([expect.objectContaining({ row: just, cell: `A${just}` })]);
    const alone = await checkCounted(await planWith(ONE_KR_TABLE, [NEAR]));
    expect(read.syncs).toBe(alone.syncs);
  }, 120_000);

  it("still reads a table whose gaps are shorter than 1,000 rows whole", async () => {
    // key results after gaps of 999 empty rows, the last ending near row 3,000; a stray far below
    const table: (string | number)[][] = [...ONE_KR_TABLE];
    for (const id of ["P-O1-KR2", "P-O1-KR3"]) {
      for (let i = 0; i < TABLE_GAP_ROWS - 1; i++) table.push(rowOf({}));
      table.push(metricKr(id, `Close deals ${id}`));
    }
    const read = async (stray: string) =>
      counted(await planWith(table, [stray]), (e) => readWorkbook(e));
    const far = await read("A40000");
    expect(far.syncs).toBe((await read(NEAR)).syncs);
    const plan = far.result.sheets.find((s) => s.name === "Plan")!;
    expect(plan.objectives[0].keyResults.map((kr) => kr.row)).toEqual([3, 1003, 2003]);
    expect(plan.tableEnd).toBe(2003);
    expect(plan.belowTable).toEqual(expect.objectContaining({ row: 40000, tableRow: 2003 }));
  }, 120_000);

  it("still reports the rows hidden inside the table, and only those", async () => {
    const excel = await planWith(ONE_KR_TABLE, ["A40000"]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      sheet.getRange("A3").rowHidden = true;
      sheet.getRange("A30000").rowHidden = true;
      await context.sync();
    });
    const read = await readWorkbook(excel);
    const plan = read.cells.find((c) => c.name === "Plan")!;
    expect([...(plan.hiddenRows ?? [])]).toEqual([3]);
    expect(read.sheets.find((s) => s.name === "Plan")!.hidden?.hiddenRows).toEqual(new Set([3]));
  }, 120_000);
});
