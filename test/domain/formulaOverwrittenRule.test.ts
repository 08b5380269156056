// CELL-FORMULA-OVERWRITTEN in the domain: a product formula cell holding a typed value, another
// formula or nothing, told from the formula Score would write there (the check's ownCells).
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { readSheet } from "../../src/domain/reading/sheet";
import { lintWorkbook } from "../../src/domain/rules/lint";
import type { OwnCells } from "../../src/domain/plan/ownCells";
import type { CellValue } from "../../src/domain/types";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const RULE = "CELL-FORMULA-OVERWRITTEN";

/** A sheet with an objective (row 2) and two key results (rows 3, 4); Progress in column O. */
function sheetWith(progress: Record<number, { value: CellValue; formula: string | null }>) {
  const line = (values: Record<string, CellValue>) =>
    COLUMNS.map((c) => (c.key === "progress" ? null : (values[c.key] ?? null)));
  const rows: CellValue[][] = [
    headerRow("en"),
    line({
      id: "S-O1",
      level: "Objective",
      statement: "Win the north",
      owner: "Ann",
      commitment: "Committed",
    }),
    line({
      id: "S-O1-KR1",
      level: "Key result",
      statement: "Sign 10 stores",
      krType: "Metric",
      start: 0,
      target: 10,
      current: 5,
    }),
    line({
      id: "S-O1-KR2",
      level: "Key result",
      statement: "Sign 4 partners",
      krType: "Metric",
      start: 0,
      target: 4,
      current: 1,
    }),
  ];
  for (const [row, cell] of Object.entries(progress))
    rows[Number(row) - 1][col("progress")] = cell.value;
  return readSheet("Sales", rows, {
    formulaAt: (row, c) => (c === col("progress") ? (progress[row]?.formula ?? null) : null),
  });
}

const own: OwnCells = {
  at: (row, c) =>
    c === col("progress") && row >= 1 && row <= 3 ? { formula: `=P(${row + 1})` } : undefined,
  block: [],
};
const findings = (sheet: ReturnType<typeof sheetWith>, withPlan = true) =>
  lintWorkbook([sheet], undefined, [sheet], withPlan ? { ownCells: () => own } : {})
    .filter((f) => f.ruleId === RULE)
    .map((f) => [f.cell, f.params?.what]);

describe("CELL-FORMULA-OVERWRITTEN", () => {
  it("is silent where every cell holds the formula Score writes, in any spelling", () => {
    const sheet = sheetWith({
      2: { value: 0.4, formula: "=P(2)" },
      3: { value: 0.5, formula: "= p( 2+1 )".replace("2+1", "3") },
      4: { value: 0.25, formula: "=P(4)" },
    });
    expect(findings(sheet)).toEqual([]);
  });

  it("names a typed value, another formula and an emptied cell", () => {
    const sheet = sheetWith({
      2: { value: 0.9, formula: null },
      3: { value: 0.5, formula: "=K3/J3" },
      4: { value: null, formula: null },
    });
    expect(findings(sheet)).toEqual([
      ["O2", "typedValue"],
      ["O3", "otherFormula"],
      ["O4", "emptied"],
    ]);
  });

  it("without Score's plan to compare with, names only the typed value", () => {
    const sheet = sheetWith({
      2: { value: 0.9, formula: null },
      3: { value: 0.5, formula: "=K3/J3" },
      4: { value: null, formula: null },
    });
    expect(findings(sheet, false)).toEqual([["O2", "typedValue"]]);
  });

  it("leaves a sheet never scored alone (no formula in the column)", () => {
    const sheet = sheetWith({
      2: { value: 0.9, formula: null },
      4: { value: null, formula: null },
    });
    expect(findings(sheet)).toEqual([]);
  });
});
