// Check's quick fixes through the real Office.js code on the emulator: only the input cells the
// fixes name are written, in one sync, and text stays text.
import { createEmulatedExcel } from "../../emulator";
import { headerRow } from "../../src/domain/reading/columns";
import { isFixable } from "../../src/domain/rules/fixes";
import { checkWorkbook } from "../../src/excel/check";
import { fixFindings } from "../../src/excel/fix";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { putTable } from "../support/emulatorTables";
import { metricKr, rowOf, type Cells } from "../support/okrRows";

const row = (cells: Cells) => rowOf(cells).map(String);
const kr = (id: string, statement: string, weight = "") =>
  metricKr(id, statement, { weight }).map(String);

const TABLE = [
  headerRow("en"),
  row({
    id: "F-O1",
    level: "Objective",
    statement: "• +20% members: win them",
    owner: "Dana",
    commitment: "Committed",
  }),
  kr("F-O1-KR1", "Grow pipeline from 120 to 200 deals", "50%"),
  kr("F-O1-KR2", "1) Grow renewals from 120 to 200 deals"),
  kr("F-O1-KR3", "Grow upsell from 120 to 200 deals"),
  row({
    id: "F-O2",
    level: "Objective",
    statement: "Win the mid-market",
    owner: "Dana",
    commitment: "Committed",
  }),
  kr("F-O2-KR1", "Grow pipeline from 120 to 200 deals"),
  kr("F-O2-KR2", "Grow renewals from 120 to 200 deals"),
  row({ id: "F-O3", level: "Objective", statement: "Win the enterprise segment", owner: "Dana" }),
  kr("F-O3-KR1", "Grow pipeline from 120 to 200 deals"),
  kr("F-O3-KR2", "Grow renewals from 120 to 200 deals"),
];

describe("quick fixes in Excel (emulated)", () => {
  it("writes every fixable finding's cells in one sync, and the findings are gone", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Team", TABLE, { activate: true });
    const before = await checkWorkbook(excel, "all");
    const { sheets } = await readWorkbook(excel);
    const fixable = before.findings.filter((f) => isFixable(f, sheets));
    expect(fixable.map((f) => `${f.ruleId}@${f.cell}`).sort()).toEqual([
      "KR-BAD-WEIGHT@L4",
      "KR-BAD-WEIGHT@L5",
      "O-NO-COMMITMENT@F9",
      "TEXT-LIST-MARKER@D2",
      "TEXT-LIST-MARKER@D4",
    ]);

    const runs = excel.runs.length;
    const edits = await fixFindings(excel, fixable);
    // one run: it reads the cells (one sync) and the formula columns (one sync: a typed-over
    // formula is known by them, CELL-FORMULA-OVERWRITTEN), then writes (one sync)
    expect(excel.runs.slice(runs).map((r) => r.syncs)).toEqual([3]);
    expect(edits.map((e) => `${e.cell}=${e.value}`).sort()).toEqual([
      "D2=+20% members: win them",
      "D4=Grow renewals from 120 to 200 deals",
      "F9=Committed",
      "L4=0.25",
      "L5=0.25",
    ]);

    const after = await checkWorkbook(excel, "all");
    expect(after.findings.filter((f) => fixable.some((x) => x.ruleId === f.ruleId))).toEqual([]);
    const text = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Team").getRange("D2");
      range.load("values, formulas");
      const weight = context.workbook.worksheets.getItem("Team").getRange("L4");
      weight.load("values, numberFormat");
      await context.sync();
      return {
        statement: range.values[0][0],
        weight: weight.values[0][0],
        format: weight.numberFormat[0][0],
      };
    });
    // "+20%…" is text, not a formula
    expect(text).toEqual({ statement: "+20% members: win them", weight: 0.25, format: "0%" });
  });

  it("fixes one finding alone, and nothing when the workbook no longer has it", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Team", TABLE, { activate: true });
    const { findings } = await checkWorkbook(excel, "all");
    const marker = findings.filter((f) => f.ruleId === "TEXT-LIST-MARKER" && f.cell === "D4");
    expect((await fixFindings(excel, marker)).map((e) => e.cell)).toEqual(["D4"]);
    const runs = excel.runs.length;
    expect(await fixFindings(excel, marker)).toEqual([]);
    // the two reads, and no write
    expect(excel.runs.slice(runs).map((r) => r.syncs)).toEqual([2]);
  });
});
