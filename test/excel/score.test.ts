import { createEmulatedExcel } from "../../emulator";
import { isoToSerial } from "../../src/domain/reading/dates";
import {
  COLUMNS,
  REQUIRED_COLUMNS,
  columnHeader,
  headerRow,
} from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import { disallowedFunctions } from "../../src/domain/scoring/functions";
import { fillFormula } from "../../src/domain/plan/types";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { readSheet } from "../../src/domain/reading/sheet";
import { TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import type { CellValue, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { readOptionsOf, readWorkbook } from "../../src/excel/readWorkbook";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, sheetState, valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const INPUT_COLS = REQUIRED_COLUMNS.map(col);
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };

async function generated(templates = TEMPLATE_KEYS) {
  const excel = createEmulatedExcel();
  const { sheets } = await generateSheets(excel, {
    templates,
    lang: "en",
    period: Q1,
    asOf: "2026-02-15",
  });
  return { excel, sheets };
}

/** The input cells of a generated sheet's table (the header block's as-of date is Score's). */
const inputsOf = (rows: CellValue[][]) =>
  rows.slice(5).map((r) => INPUT_COLS.map((c) => r[c] ?? ""));

describe("Score in Excel (emulated)", () => {
  it("writes formula columns, header cells and the Summary in two round trips", async () => {
    const { excel, sheets } = await generated();
    const before = excel.runs.length;
    const result = await scoreWorkbookInExcel(excel, score);
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(result.okrSheets).toEqual(sheets);
    expect(result.summarySheet).toBe("Summary");
    const sales = valuesOf(excel, "Sales 2026-Q1");
    expect(sales[2][5]).toBe(46082); // As of: 2026-03-01
    const model = result.model.sheets.find((s) => s.name === "Sales 2026-Q1")!;
    expect(sales[3][1]).toBeCloseTo(model.score as number, 9);
    expect(sales[3].slice(7, 12)).toEqual([
      model.counts.green,
      "At risk",
      model.counts.yellow,
      "Off track",
      model.counts.red,
    ]);
    const summary = valuesOf(excel, "Summary");
    // One date, named as such: the as-of date in the headline (the check's date is with its findings).
    expect(summary[0][0]).toBe("OKR summary — 2026-Q1");
    expect(summary[2].slice(0, 2)).toEqual(["As of", isoToSerial("2026-03-01")]);
    // Every sheet and objective in the details sheet's tables.
    expect(valuesOf(excel, "Summary details").map((r) => r[0])).toEqual(
      expect.arrayContaining([...sheets, "CO-O1", "SALES-O1"])
    );
    expect(sheetState(excel, "Summary").charts.map((c) => c.title)).toEqual([
      "Sheet scores",
      "Objective progress",
    ]);
    const formulas = sheets
      .flatMap((s) => formulasOf(excel, s).flat())
      .concat(formulasOf(excel, "Summary").flat(), formulasOf(excel, "Summary details").flat());
    expect(
      formulas
        .filter((f) => typeof f === "string" && f.startsWith("="))
        .flatMap((f) => disallowedFunctions(f as string))
    ).toEqual([]);
  });

  it("words the header block's status counts as the Status cells do: grades from the period's end, live", async () => {
    const { excel } = await generated(["company", "sales"]);
    await scoreWorkbookInExcel(excel, { ...score, asOf: "2026-03-31", lang: "zh-CN" });
    const labels = () => {
      const row = valuesOf(excel, "Sales 2026-Q1")[3];
      return [row[6], row[8], row[10]];
    };
    // The sheet is in English: its own words, whatever the pane's language.
    expect(labels()).toEqual(["Achieved", "Acceptable", "Missed"]);
    // Its values beside their labels, not at the far end of a wide column.
    const sheet = sheetState(excel, "Sales 2026-Q1");
    expect(excel.state.displayStyle(sheet, 3, 3).horizontalAlignment).toBe("Left");
    // A person moves the as-of date back into the period: the words follow, without Score.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 2026-Q1").getRange("F3").values = [
        [isoToSerial("2026-02-15")],
      ];
      await context.sync();
    });
    expect(labels()).toEqual(["On track", "At risk", "Off track"]);
    // The Summary's key figures and its details' count headers say the same as its as-of date.
    const summary = valuesOf(excel, "OKR 汇总");
    expect(summary.slice(5, 8).map((r) => r[0])).toEqual(["达成", "可接受", "未达成"]);
    const details = valuesOf(excel, "OKR 汇总明细");
    // The Sheets section: its heading, then its header (both open with "工作表").
    const header = details[details.findIndex((r) => r[0] === "工作表") + 1];
    expect(header.slice(4, 7)).toEqual(["达成", "可接受", "未达成"]);
  });

  it("takes two round trips for a sheet the read's head holds, one more per 4 MB of cells past it", async () => {
    // 10 key results: read and write; 3,000 (~1 MB of cells past the head): one band more
    for (const [krs, syncs] of [
      [10, 2],
      [3000, 3],
    ]) {
      const excel = createEmulatedExcel();
      const rows: CellValue[][] = [headerRow("en")];
      for (let o = 0; o < krs / 5; o++) {
        rows.push([`X-O${o}`, "Objective", "", "Grow sales", "Ann", "Committed"]);
        for (let k = 0; k < 5; k++)
          rows.push([
            `X-O${o}-KR${k}`,
            "Key result",
            "",
            "Raise x from 1 to 2",
            "",
            "",
            "Metric",
            "",
            1,
            2,
            1.5,
            0.2,
          ]);
      }
      await putTable(excel, "Big", rows as (string | number)[][]);
      const before = excel.runs.length;
      const result = await scoreWorkbookInExcel(excel, score);
      expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([syncs]);
      expect(result.model.sheets[0].keyResults).toBe(krs);
    }
  });

  it("copies a run of key-result formulas down, to the formula each row would be written", async () => {
    const { excel } = await generated(["company", "sales"]);
    const read = await readWorkbook(excel);
    const plan = planScore(
      read.cells.map((c) => ({ sheet: readSheet(c.name, c.rows, readOptionsOf(c)), rows: c.rows })),
      { ...score, settings: read.settings }
    );
    await scoreWorkbookInExcel(excel, score);
    let copied = 0;
    for (const { sheet, fills } of plan.plans) {
      const formulas = formulasOf(excel, sheet);
      for (const f of fills)
        for (let i = 1; i < f.rows; i++, copied++)
          expect(formulas[f.row + i][f.col]).toBe(fillFormula(f.template, f.row + i));
    }
    expect(copied).toBeGreaterThan(0);
  });

  it("is idempotent and writes no input cell", async () => {
    const { excel, sheets } = await generated(["company", "sales"]);
    const inputs = sheets.map((s) => inputsOf(formulasOf(excel, s)));
    await scoreWorkbookInExcel(excel, score);
    const ours = [...sheets, "Summary", "Summary details"];
    const once = ours.map((s) => formulasOf(excel, s));
    await scoreWorkbookInExcel(excel, score);
    expect(ours.map((s) => formulasOf(excel, s))).toEqual(once);
    expect(sheets.map((s) => inputsOf(formulasOf(excel, s)))).toEqual(inputs);
    // The Summary first (the first page printed, the sheet a workbook opens on), then its details.
    expect(excel.state.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Summary details",
      "Sheet1",
      ...sheets,
      "Actions",
    ]);
    expect(sheetState(excel, "Summary").charts).toHaveLength(2);
  });

  it("does not add conditional formats twice", async () => {
    const { excel, sheets } = await generated(["sales"]);
    await scoreWorkbookInExcel(excel, score);
    const count = sheetState(excel, sheets[0]).conditionalFormats.length;
    await scoreWorkbookInExcel(excel, score);
    expect(sheetState(excel, sheets[0]).conditionalFormats).toHaveLength(count);
  });

  it("fixes every range after rows are added and removed", async () => {
    const { excel, sheets } = await generated(["sales"]);
    const name = sheets[0];
    // A person adds a fourth KR under the last objective and empties the first objective's KR3.
    const rows = valuesOf(excel, name);
    const last = rows.length; // 0-based index of the first empty row
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.getRange(`A${last + 1}:L${last + 1}`).values = [
        [
          "SALES-O3-KR3",
          "Key result",
          "",
          "Raise demo-to-deal from 20% to 30%",
          "",
          "",
          "Metric",
          "%",
          0.2,
          0.3,
          0.3,
          0,
        ],
      ];
      sheet.getRange("A10:N10").values = [new Array(14).fill("")];
      await context.sync();
    });
    const result = await scoreWorkbookInExcel(excel, score);
    const after = valuesOf(excel, name);
    expect(after[last][col("progress")]).toBe(1);
    expect(after[9][col("progress")]).toBe("");
    const o3 = result.model.rows.find((r) => r.id === "SALES-O3")!;
    expect(after[o3.row - 1][col("progress")]).toBeCloseTo(o3.progress as number, 9);
    expect(String(formulasOf(excel, name)[o3.row - 1][col("progress")])).toContain(`:O${last + 1}`);
  });

  it("adds the formula columns a pasted sheet lacks, after its last column, and leaves other sheets alone", async () => {
    const excel = createEmulatedExcel();
    // A sheet made before the Final score column existed (it is optional).
    const inputs = COLUMNS.filter((c) => c.kind === "input" && !c.optional).map((c) =>
      columnHeader(c.key, "en")
    );
    await putTable(excel, "Pasted", [
      [...inputs, "My column"],
      [
        "P-O1",
        "Objective",
        "",
        "Grow sales",
        "Ann",
        "Committed",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "mine",
      ],
      [
        "P-O1-KR1",
        "Key result",
        "",
        "Raise x from 10 to 20",
        "",
        "",
        "Metric",
        "",
        10,
        20,
        15,
        "",
        "",
        "",
        "",
        "mine",
      ],
    ]);
    await putTable(excel, "Summary", [["My own summary", 1]]);
    const result = await scoreWorkbookInExcel(excel, { ...score, asOf: "2026-02-15" });
    expect(result.summarySheet).toBe("Summary (2)");
    expect(valuesOf(excel, "Summary")).toEqual([["My own summary", 1]]);
    const rows = valuesOf(excel, "Pasted");
    expect(rows[0].slice(16)).toEqual([
      "Progress",
      "Gap to target",
      "Expected",
      "Status",
      "Alignment gap",
    ]);
    expect(rows[2][15]).toBe("mine");
    expect(rows[2][16]).toBe(0.5);
    // No header block: no period, so no pace, and status is graded as at the end of the period.
    expect(rows[2][18]).toBe("");
    expect(rows[2][19]).toBe("Off track");
    expect(readSheet("Pasted", rows).match?.columns.progress).toBe(16);
  });
});
