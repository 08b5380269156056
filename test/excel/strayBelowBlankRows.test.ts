// Below an OKR table's 1,000 empty rows the pane reads no row by row (readBands.ts, readBelow): it
// looks for the first row the domain names (SHEET-BELOW-TABLE). Excel's used range counts a cell of
// spaces, or a note right of the table, as a value where the domain's one emptiness rule
// (tableEnd.ts) does not name it: the pane keeps looking past such rows, so it names the same
// stray cell as the command line (which reads every row), in round trips that do not grow with the
// rows between.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { CellValue, Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { okr } from "../support/cli";
import { putTable } from "../support/emulatorTables";
import { ONE_KR_TABLE } from "../support/okrRows";
import { writeSheetsXlsx } from "../support/xlsxFile";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
/**
 * Below the rows the pane reads in bands (ONE_KR_TABLE ends in row 3; its first band ends in
 * TABLE_GAP_ROWS empty rows well above this): the first row Excel's used range finds below them.
 */
const BLANKS = 10_000;
/** The column right of the table's last one (1-based). */
const RIGHT_OF_TABLE = ONE_KR_TABLE[0].length + 1;

/** Cells below the table: spaces, a note right of the table, then a stray value at `row`. */
const below = (row: number): { row: number; col: number; value: string }[] => [
  { row: BLANKS, col: 1, value: "   " },
  { row: BLANKS + 2, col: RIGHT_OF_TABLE, value: "my note" },
  { row, col: 3, value: "x" },
];

async function inPane(row: number) {
  const excel = createEmulatedExcel();
  await putTable(excel, "Plan", ONE_KR_TABLE);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    for (const cell of below(row))
      sheet.getCell(cell.row - 1, cell.col - 1).values = [[cell.value]];
    await context.sync();
  });
  const runs = excel.runs.length;
  const result = await checkWorkbook(excel, "all", { period: Q1 });
  return {
    cells: result.findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE").map((f) => f.cell),
    syncs: excel.runs.slice(runs).reduce((n, r) => n + r.syncs, 0),
  };
}

async function inCommandLine(row: number) {
  const rows: CellValue[][] = ONE_KR_TABLE.map((line) => [...line]);
  for (const cell of below(row)) {
    rows[cell.row - 1] ??= [];
    rows[cell.row - 1][cell.col - 1] = cell.value;
  }
  const file = join(mkdtempSync(join(tmpdir(), "okr-below-blank-")), "plan.xlsx");
  await writeSheetsXlsx(file, [{ name: "Plan", rows: Array.from(rows, (line) => line ?? []) }]);
  const done = await okr("check", file, "--format", "json");
  const findings = JSON.parse(done.out) as { ruleId: string; cell?: string }[];
  return findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE").map((f) => f.cell);
}

describe("spaces and notes below the table's gap, above a stray cell (emulated)", () => {
  it("the pane names the stray cell the command line names, in the same round trips wherever it is", async () => {
    const near = await inPane(25_000);
    const far = await inPane(40_000);
    expect(near.cells).toEqual(["C25000"]);
    expect(far.cells).toEqual(["C40000"]);
    expect(await inCommandLine(40_000)).toEqual(["C40000"]);
    expect(far.syncs).toBe(near.syncs);
  }, 120_000);

  it("reads heavy rows below the gap in smaller bands when Excel refuses a band for its size", async () => {
    // 3,000 cells of 2,000 characters from row BLANKS: 6 MB in one band at the first estimate
    const excel = createEmulatedExcel({ platform: "web" });
    await putTable(excel, "Plan", ONE_KR_TABLE);
    const heavy = Array.from({ length: 3_000 }, (_, r) => [`${r}`.padEnd(2_000, "x")]);
    // written 500 rows a request, under the 5 MB a request may carry
    for (let r = 0; r < heavy.length; r += 500)
      await excel.run(async (context) => {
        const at = `A${BLANKS + r}:A${BLANKS + r + 499}`;
        context.workbook.worksheets.getItem("Plan").getRange(at).values = heavy.slice(r, r + 500);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a run a request
        await context.sync();
      });
    const runs = excel.runs.length;
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    const below = result.findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE");
    expect(below.map((f) => f.cell)).toEqual([`A${BLANKS}`]);
    expect(excel.runs.slice(runs).some((r) => r.refusedResponses > 0)).toBe(true);
  }, 120_000);
});
