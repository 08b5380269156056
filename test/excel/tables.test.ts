// Excel tables and calculated columns: the emulator fills one formula down a table column as the
// office-js issue tracker reports Excel doing (2093, 1916, 5909, 6745). The sheets the add-in used
// to make (a table over the formula columns) would be scored wrong under that rule; the sheets it
// makes now have no table, and Score turns an old sheet's table into a plain range first.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { columnLetters } from "../../src/domain/reading/cellRefs";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import type { RowScore } from "../../src/domain/scoring/model";
import { readSheet } from "../../src/domain/reading/sheet";
import type { Period } from "../../src/domain/types";
import { applyPlans } from "../../src/excel/applyPlan";
import { generateSheets } from "../../src/excel/generate";
import { readAllSheets } from "../../src/excel/readWorkbook";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };
const SHEET = "Sales 2026-Q1";

/** A Sales sheet as New sheet makes it, optionally with the Excel table earlier versions added. */
async function salesSheet(options: { oldTable?: boolean } = {}) {
  const excel = createEmulatedExcel();
  await generateSheets(excel, { templates: ["sales"], lang: "en", period: Q1, asOf: "2026-02-15" });
  if (options.oldTable) {
    const filled = excel.state.usedArea(sheetState(excel, SHEET), true)!;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.autoFilter.remove();
      sheet.tables.add(`A6:T${filled.row + filled.rows}`, true);
      await context.sync();
    });
  }
  return excel;
}

/** Progress as the sheet computes it against the reference model, row by row. */
function progressMismatches(excel: EmulatedExcel, rows: readonly RowScore[]): string[] {
  const values = valuesOf(excel, SHEET);
  return rows
    .filter((r) => r.sheet === SHEET)
    .filter((r) => {
      const cell = values[r.row - 1][col("progress")];
      return r.progress === null
        ? cell !== "" && cell !== null
        : typeof cell !== "number" || Math.abs(cell - r.progress) > 1e-9;
    })
    .map((r) => r.id);
}

/** Score as the add-in did before it knew of calculated columns: formulas straight into the table. */
async function scoreIntoTheTable(excel: EmulatedExcel): Promise<RowScore[]> {
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const plan = planScore(
      cells.map((c) => ({ sheet: readSheet(c.name, c.rows), rows: c.rows })),
      { ...score, settings: undefined as never }
    );
    await applyPlans(context, excel, plan.plans);
    return plan.model.rows;
  });
}

describe("Excel tables and calculated columns (emulated as office-js issues 2093, 1916, 5909, 6745 report)", () => {
  it("a table column takes one formula: written formulas fill it, a blank gets it back, a new row gets it", async () => {
    const excel = createEmulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B4").values = [
        ["n", "f"],
        [1, null],
        [2, null],
        [3, null],
      ];
      sheet.tables.add("A1:B4", true);
      await context.sync();
      // different formulas per row, as the add-in wrote them: the last one wins, moved per row
      sheet.getRange("B2:B4").formulas = [["=A2*10"], ["=A3*10"], ["=A4+1"]];
      await context.sync();
    });
    const formulas = () =>
      excel.state.readFormulas(sheetState(excel, "Sheet1"), { row: 1, col: 1, rows: 3, cols: 1 });
    expect(formulas()).toEqual([["=A2+1"], ["=A3+1"], ["=A4+1"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B3").values = [[""]];
      sheet.getRange("A5").values = [[4]];
      await context.sync();
    });
    expect(formulas()).toEqual([["=A2+1"], ["=A3+1"], ["=A4+1"]]);
    expect(
      excel.state.readFormulas(sheetState(excel, "Sheet1"), { row: 4, col: 1, rows: 1, cols: 1 })
    ).toEqual([["=A5+1"]]);
    expect(sheetState(excel, "Sheet1").tables[0].area.rows).toBe(5);
  });

  it("would have corrupted the scores of a sheet laid out with a table over the formula columns", async () => {
    const excel = await salesSheet({ oldTable: true });
    const model = await scoreIntoTheTable(excel);
    // objective rows average their key results; in a table they got a key result's formula
    const wrong = progressMismatches(excel, model);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong).toEqual(expect.arrayContaining(["SALES-O1"]));
  });

  it("holds on the sheets New sheet makes now: no table, filter buttons, every row as the model says", async () => {
    const excel = await salesSheet();
    expect(sheetState(excel, SHEET).tables).toEqual([]);
    expect(sheetState(excel, SHEET).autoFilter).not.toBeNull();
    const result = await scoreWorkbookInExcel(excel, score);
    expect(result.untabled).toEqual([]);
    expect(progressMismatches(excel, result.model.rows)).toEqual([]);
    // typing a blank into a formula cell refills nothing: there is no calculated column
    await excel.run(async (context) => {
      const cell = `${columnLetters(col("progress"))}7`;
      context.workbook.worksheets.getItem(SHEET).getRange(cell).values = [[""]];
      await context.sync();
    });
    expect(valuesOf(excel, SHEET)[6][col("progress")]).toBe("");
  });

  it("turns an old sheet's table into a plain range before scoring it, and says so", async () => {
    const excel = await salesSheet({ oldTable: true });
    const before = excel.runs.length;
    const result = await scoreWorkbookInExcel(excel, score);
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(result.untabled).toEqual([SHEET]);
    expect(sheetState(excel, SHEET).tables).toEqual([]);
    expect(progressMismatches(excel, result.model.rows)).toEqual([]);
  });
});
