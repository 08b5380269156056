// The pane reads a sheet through Excel's used range, which a stray value far below the table
// stretches down to it (issue #35): the domain's table still ends at the first TABLE_GAP_ROWS empty
// rows, so Check in Excel names the stray cell (SHEET-BELOW-TABLE) as the command line does, and
// Score in Excel writes its formula columns down to the table only, leaving the cell as it is.
import { createEmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import { TABLE_GAP_ROWS } from "../../src/domain/reading/sheet";
import type { Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, numberFormatOf, valuesOf } from "../support/emulatorRead";
import { COLUMNS } from "../../src/domain/reading/columns";
import { PERCENT_FORMAT, SPARE_ROWS } from "../../src/domain/plan/layout";
import { putTable } from "../support/emulatorTables";
import { ONE_KR_TABLE } from "../support/okrRows";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
/** Below the table (rows 1–3) and a gap longer than TABLE_GAP_ROWS. */
const STRAY = 3 + TABLE_GAP_ROWS + 500;

async function withStray() {
  const excel = createEmulatedExcel();
  await putTable(excel, "Plan", ONE_KR_TABLE);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Plan").getRange(`A${STRAY}`).values = [["x"]];
    await context.sync();
  });
  return excel;
}

describe("a stray cell far below the table, in Excel (emulated)", () => {
  it("Check names it as a warning, as the command line does, and reads no table row there", async () => {
    const excel = await withStray();
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    const below = result.findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE");
    expect(below).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Plan",
        row: STRAY,
        cell: `A${STRAY}`,
        params: expect.objectContaining({ below: "1,500", tableRow: 3 }),
      }),
    ]);
    expect(result.findings.filter((f) => f.ruleId === "ROW-LEVEL")).toEqual([]);
  });

  it("Score writes the formula columns down to the table and its spare rows only, and leaves the cell as it is", async () => {
    const excel = await withStray();
    await scoreWorkbookInExcel(excel, {
      asOf: "2026-03-01",
      checkedOn: "2026-03-01",
      lang: "en",
    });
    const formulas = formulasOf(excel, "Plan");
    const formulaRows = formulas.flatMap((line, r) =>
      line.some((v) => typeof v === "string" && v.startsWith("=")) ? [r + 1] : []
    );
    expect(formulaRows).toEqual([2, 3]);
    // The Progress column's percent format covers the table and its spare rows, not the gap.
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const formatAt = (row: number) => numberFormatOf(excel, "Plan", row - 1, progress);
    expect(formatAt(3)).toBe(PERCENT_FORMAT);
    expect(formatAt(3 + SPARE_ROWS)).toBe(PERCENT_FORMAT);
    expect([3 + SPARE_ROWS + 1, STRAY - 1, STRAY].map(formatAt)).toEqual([
      "General",
      "General",
      "General",
    ]);
    expect(valuesOf(excel, "Plan")[STRAY - 1][0]).toBe("x");
  });
});
