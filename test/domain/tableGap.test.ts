// Where an OKR table ends (issue #35): at the first TABLE_GAP_ROWS empty rows below it. A stray
// cell further down (a value typed in A1000000 by mistake) is not a table row: it is not checked or
// scored, the formula columns stop at the table, and SHEET-BELOW-TABLE says where it is. A few empty
// rows between objectives keep one table.
import { readSheet, TABLE_GAP_ROWS, tableLastRow } from "../../src/domain/reading/sheet";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { parsePeriod } from "../../src/domain/reading/period";
import { SPARE_ROWS } from "../../src/domain/plan/layout";
import type { CellValue, Period } from "../../src/domain/types";
import { metricKr, ONE_KR_TABLE, rowOf } from "../support/okrRows";

const parsed = parsePeriod("2026-Q1");
const period = (parsed.ok ? parsed.value : null) as Period;

/** The one-objective table (rows 1–3), `empty` empty rows, then rows whose first cell is `x`. */
function withStray(empty: number, strays = 1): CellValue[][] {
  const rows: CellValue[][] = ONE_KR_TABLE.map((r) => [...r]);
  for (let i = 0; i < empty; i++) rows.push([]);
  for (let i = 0; i < strays; i++) rows.push(["x"]);
  return rows;
}

const read = (rows: CellValue[][]) => readSheet("Plan", rows, { period });

describe("an OKR table ends at the first gap of TABLE_GAP_ROWS empty rows", () => {
  it("reads a cell below the gap as below the table, not as a table row", () => {
    const rows = withStray(TABLE_GAP_ROWS);
    const sheet = read(rows);
    const strayRow = 3 + TABLE_GAP_ROWS + 1;
    expect(sheet.unknownLevel).toEqual([]);
    expect(sheet.objectives.map((o) => o.id)).toEqual(["P-O1"]);
    expect(tableLastRow(sheet)).toBe(3);
    expect(sheet.tableEnd).toBe(3);
    expect(sheet.belowTable).toEqual({ row: strayRow, col: 0, tableRow: 3 });
  });

  it("keeps a cell after one empty row fewer in the table (it is a row of it)", () => {
    const sheet = read(withStray(TABLE_GAP_ROWS - 1));
    expect(sheet.belowTable).toBeUndefined();
    expect(sheet.unknownLevel.map((u) => u.row)).toEqual([3 + TABLE_GAP_ROWS]);
  });

  it("keeps objectives with a few empty rows between them in one table", () => {
    const rows: CellValue[][] = [
      ...ONE_KR_TABLE,
      [],
      [],
      [],
      rowOf({ id: "P-O2", level: "Objective", statement: "Grow the online shop", owner: "Lin" }),
      metricKr("P-O2-KR1", "Grow online orders from 120 to 200"),
    ];
    const sheet = read(rows);
    expect(sheet.objectives.map((o) => [o.id, o.keyResults.map((k) => k.id)])).toEqual([
      ["P-O1", ["P-O1-KR1"]],
      ["P-O2", ["P-O2-KR1"]],
    ]);
    expect(sheet.belowTable).toBeUndefined();
    expect(lintWorkbook([sheet]).map((f) => f.ruleId)).not.toContain("SHEET-BELOW-TABLE");
  });

  it("names the first cell below the gap, in whichever of the table's columns it is", () => {
    const rows = withStray(TABLE_GAP_ROWS + 20, 0);
    rows.push([null, null, null, "a note typed far below"], ["x"]);
    const sheet = read(rows);
    expect(sheet.belowTable).toEqual({ row: 3 + TABLE_GAP_ROWS + 21, col: 3, tableRow: 3 });
  });
});

describe("SHEET-BELOW-TABLE", () => {
  const sheet = read(withStray(TABLE_GAP_ROWS));
  const strayRow = 3 + TABLE_GAP_ROWS + 1;
  const findings = lintWorkbook([sheet]);
  const below = findings.filter((f) => f.ruleId === "SHEET-BELOW-TABLE");

  it("is one located warning, and the stray cell is no ROW-LEVEL error", () => {
    expect(below).toHaveLength(1);
    expect(below[0]).toMatchObject({
      severity: "warning",
      sheet: "Plan",
      row: strayRow,
      cell: `A${strayRow}`,
    });
    expect(findings.filter((f) => f.ruleId === "ROW-LEVEL")).toEqual([]);
  });

  it("says where, how far below the table, and what to do, in the three languages", () => {
    const en = renderFinding(below[0], "en");
    expect(en.message).toBe(
      `Cell A${strayRow} holds something 1,001 rows below the OKR table's last row (row 3), past 1,000 or more empty rows: it is not part of the table, so it is not checked or scored and the formula columns stop above it.`
    );
    expect(en.hint).toBe(
      "Move it up into the table (fewer than 1,000 empty rows below its last row), or delete it if it was typed there by mistake."
    );
    const cn = renderFinding(below[0], "zh-CN");
    expect(cn.message).toContain(
      `单元格 A${strayRow} 有内容，位于 OKR 表格最后一行（第 3 行）下方 1,001 行处`
    );
    expect(cn.hint).toContain("请把它移到表格内");
    const tw = renderFinding(below[0], "zh-TW");
    expect(tw.message).toContain(
      `儲存格 A${strayRow} 有內容，位於 OKR 表格最後一列（第 3 列）下方 1,001 列處`
    );
    expect(tw.hint).toContain("請把它移到表格內");
  });
});

describe("Score stops at the table", () => {
  it("fills no formula column and prints no row below the table's stretch", () => {
    const rows = withStray(TABLE_GAP_ROWS * 3);
    const sheet = read(rows);
    const plan = planScore([{ sheet, rows }], {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    }).plans.find((p) => p.sheet === "Plan")!;
    // 0-based rows: the table is rows 0–2 (sheet rows 1–3).
    const lowest = Math.max(
      ...plan.fills.map((f) => f.row + f.rows - 1),
      ...plan.blocks.map((b) => b.row + b.values.length - 1)
    );
    expect(lowest).toBe(2);
    expect(plan.fills.length + plan.blocks.length).toBeGreaterThan(0);
    expect(plan.print?.rows).toBe(3);
    // Every format, validation and colour rule ends within the spare rows below the table, far
    // above the stray cell (which stays as the user left it).
    const areas = [
      ...plan.formats.map((f) => f.area),
      ...plan.numberFormats.map((f) => f.area),
      ...plan.validations.map((v) => v.area),
      ...plan.conditionalFormats.map((c) => c.area),
      ...plan.clearConditionalFormats,
    ];
    expect(areas.length).toBeGreaterThan(0);
    expect(Math.max(...areas.map((a) => a.row + a.rows - 1))).toBeLessThanOrEqual(
      2 + SPARE_ROWS + 1
    );
  });
});
