// Keep above / Keep below at their line: inclusive, whatever the statement says ("above", "below",
// 超过, 少于, 以上). A Current exactly on the Target holds the line (progress 1); the smallest step
// across it does not (0). The model and the sheet's formulas (HyperFormula) agree on both edges.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { readSheet } from "../../src/domain/reading/sheet";
import { scoreKr } from "../../src/domain/scoring/krScore";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { valuesOf } from "../support/emulatorRead";
import { kr, okr, Q1, type Row } from "./rulesSheet";

const CASES: [string, Row, number][] = [
  [
    "Keep uptime above 99.5% (on the line)",
    { krType: "Keep above", unit: "%", target: "99.5%", current: "99.5%" },
    1,
  ],
  [
    "Keep uptime above 99.5% (just under)",
    { krType: "Keep above", unit: "%", target: "99.5%", current: "99.4%" },
    0,
  ],
  [
    "Keep monthly churn below 2% (on the line)",
    { krType: "Keep below", unit: "%", target: "2%", current: "2%" },
    1,
  ],
  [
    "Keep monthly churn below 2% (just over)",
    { krType: "Keep below", unit: "%", target: "2%", current: "2.1%" },
    0,
  ],
  ["现金可支撑时间超过18个月", { krType: "Keep above", unit: "个月", target: 18, current: 18 }, 1],
  [
    "现金可支撑时间超过18个月 ",
    { krType: "Keep above", unit: "个月", target: 18, current: 17.9 },
    0,
  ],
  ["客訴少於 5 件", { krType: "Keep below", unit: "件", target: 5, current: 5 }, 1],
  ["客訴少於 5 件 ", { krType: "Keep below", unit: "件", target: 5, current: 6 }, 0],
];

const rows = (): Row[] =>
  okr(
    {},
    CASES.map(([statement, over], i) =>
      kr({ id: `T-O1-KR${i + 1}`, statement, start: "", ...over })
    )
  );

describe("Keep above / below at the line", () => {
  const grid = () => [
    headerRow("en"),
    ...rows().map((r) => COLUMNS.map((c) => (r[c.key] ?? "") as string | number)),
  ];

  it.each(CASES.map((c, i) => [...c, i] as const))("the model: %s → %p", (_, __, expected, i) => {
    const krs = readSheet("Team", grid(), { period: Q1 }).objectives[0].keyResults;
    expect(scoreKr(krs[i]).progress).toBe(expected);
  });

  it("the sheet's formulas give the same on both edges (HyperFormula)", async () => {
    const header = headerRow("en");
    const cells = grid();
    const excel = createEmulatedExcel({ sheets: ["Team"] });
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Team")
        .getRange("A1")
        .getResizedRange(cells.length - 1, header.length - 1).values = cells as never;
      await context.sync();
    });
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const values = valuesOf(excel, "Team");
    const read = readSheet("Team", cells, { period: Q1 });
    const krs = read.objectives[0].keyResults;
    expect(krs).toHaveLength(CASES.length);
    CASES.forEach(([, , expected], i) => {
      const row = values.find((r) => r[0] === `T-O1-KR${i + 1}`);
      expect([i, row?.[progress]]).toEqual([i, expected]);
      expect([i, scoreKr(krs[i]).progress]).toEqual([i, expected]);
    });
  });
});
