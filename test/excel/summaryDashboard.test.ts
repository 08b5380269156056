// The Summary as a dashboard in Excel (emulated), in three languages: the headline's numbers equal
// the reference model's, statuses and progress in the OKR sheets' colours, progress as data bars,
// "What needs attention" with its reasons and order, company objectives not picked up, and both
// charts as Excel records them.
import { createEmulatedExcel } from "../../emulator";
import { isoToSerial } from "../../src/domain/reading/dates";
import { COLOURS } from "../../src/domain/plan/layout";
import { BAR_COLOURS } from "../../src/domain/score/summary/board";
import { parseArea } from "../../emulator/addresses";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { parsePeriod } from "../../src/domain/reading/period";
import { LANGS, type Lang, type Period, type Status } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { SCENARIO, expectDashboard } from "../support/dashboard";
const { asOf: AS_OF, checkins: CHECKINS, idCol: ID_COL, parentCol: PARENT_COL } = SCENARIO;
import { sheetState, valuesOf } from "../support/emulatorRead";
import { sectionRows } from "../support/summaryRows";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

async function scenario(lang: Lang) {
  const excel = createEmulatedExcel();
  await generateSheets(excel, {
    templates: ["company", "sales"],
    lang,
    period: Q1,
    asOf: "2026-01-05",
  });
  const names = excel.state.sheets.map((s) => s.name);
  const sales = names.find((n) =>
    valuesOf(excel, n).some((r) => r[ID_COL] === "SALES-O1")
  ) as string;
  const salesRows = valuesOf(excel, sales);
  const o3 = salesRows.findIndex((r) => r[ID_COL] === "SALES-O3");
  expect(salesRows[o3][PARENT_COL]).toBe("CO-O3");
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sales).getCell(o3, PARENT_COL).values = [[""]];
    await context.sync();
  });
  for (const c of CHECKINS)
    await saveCheckin(excel, {
      sheet: sales,
      date: c.date,
      lang,
      entries: [{ id: "SALES-O1-KR1", value: c.value, confidence: c.confidence }],
    });
  const result = await scoreWorkbookInExcel(excel, { asOf: AS_OF, checkedOn: AS_OF, lang });
  const summary = valuesOf(excel, result.summarySheet);
  const details = valuesOf(excel, result.detailsSheet);
  const ref = {
    sheets: result.model.sheets,
    rows: result.model.rows,
  };
  return { excel, result, summary, details, ref };
}

describe.each(LANGS)("the Summary as a dashboard in Excel (emulated, %s)", (lang) => {
  it("has the headline, what needs attention (why, heaviest first) and what nobody picked up", async () => {
    const { summary, details, ref } = await scenario(lang);
    expectDashboard(summary, details, ref, lang, {
      asOf: isoToSerial(AS_OF),
      checkedOn: isoToSerial(AS_OF),
    });
  });

  it("colours statuses and progress as the OKR sheets do, with data bars from 0 to 100 %", async () => {
    const { excel, result, details: summary } = await scenario(lang);
    const sheet = sheetState(excel, result.detailsSheet);
    const objectives = summary.findIndex((r) => r[0] === SUMMARY_TEXT.objectives[lang]) + 2;
    const header = summary[objectives - 1];
    const statusCol = header.indexOf(SUMMARY_TEXT.status[lang]);
    const progressCol = header.indexOf(SUMMARY_TEXT.progress[lang]);
    let coloured = 0;
    for (let r = objectives; summary[r][0] !== ""; r++) {
      const model = result.model.rows.find(
        (m) => m.id === summary[r][0] && m.level === "objective"
      );
      const status = model?.status as Status;
      expect(excel.state.displayStyle(sheet, r, statusCol).fill).toBe(COLOURS[status].fill);
      expect(excel.state.displayStyle(sheet, r, progressCol).fill).toBe(COLOURS[status].fill);
      expect(excel.state.displayStyle(sheet, r, statusCol).fontColor).toBe(COLOURS[status].font);
      coloured++;
    }
    expect(coloured).toBe(6);
    const barsOf = (name: string) =>
      sheetState(excel, name).conditionalFormats.filter((cf) => cf.type === "DataBar");
    // Sheet scores, objectives' progress and alignment progress on the details sheet (the
    // attention list says each key result's progress in words).
    const bars = barsOf(result.detailsSheet);
    expect(bars).toHaveLength(3);
    expect(barsOf(result.summarySheet)).toHaveLength(0);
    // Each section's progress column, over exactly its rows.
    const barOver = (
      rows: typeof summary,
      heading: keyof typeof SUMMARY_TEXT,
      column: keyof typeof SUMMARY_TEXT
    ) => {
      const at = rows.findIndex((r) => r[0] === SUMMARY_TEXT[heading][lang]);
      return {
        row: at + 2,
        col: rows[at + 1].indexOf(SUMMARY_TEXT[column][lang]),
        rows: sectionRows(rows, SUMMARY_TEXT[heading][lang]).length,
        cols: 1,
      };
    };
    expect(bars.map((b) => b.area)).toEqual(
      expect.arrayContaining([
        barOver(summary, "sheets", "score"),
        barOver(summary, "objectives", "progress"),
        barOver(summary, "alignment", "progress"),
      ])
    );
    for (const bar of bars)
      expect(bar.settings).toMatchObject({
        "dataBar.positiveFormat.fillColor": COLOURS.dataBar,
        "dataBar.lowerBoundRule": { type: "Number", formula: "0" },
        "dataBar.upperBoundRule": { type: "Number", formula: "1" },
      });
  });

  it("draws both charts beside the key figures: axis 0–100 %, data labels, bars by status", async () => {
    const { excel, result } = await scenario(lang);
    const board = sheetState(excel, result.summarySheet);
    const charts = board.charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", SUMMARY_TEXT.chartSheets[lang]],
      ["ColumnClustered", SUMMARY_TEXT.chartObjectives[lang]],
    ]);
    const print = board.print.area!;
    for (const c of charts) {
      // Data from the details sheet's tables; placed inside the printed area, left of nothing.
      expect(c.source.startsWith(`'${result.detailsSheet}'!`)).toBe(true);
      const end = parseArea(c.position!.end!)!;
      expect(end.col).toBeLessThan(print.col + print.cols);
      expect(end.row).toBeLessThan(print.row + print.rows);
      expect(c.valueAxis).toEqual({ minimum: 0, maximum: 1, majorUnit: 0.2, numberFormat: "0%" });
      expect(c.dataLabels).toEqual({ showValue: true, position: "OutsideEnd", numberFormat: "0%" });
      expect(c.legendVisible).toBe(false);
    }
    // Each objective's bar in its status's colour, outlined so a bar of 0 % still shows.
    const objectives = result.model.rows.filter((r) => r.level === "objective");
    expect(charts[1].points).toEqual(
      objectives.map((o) => ({
        fill: BAR_COLOURS[o.status ?? "none"].fill,
        border: BAR_COLOURS[o.status ?? "none"].line,
      }))
    );
    expect(charts[0].points).toHaveLength(result.model.sheets.length);
  });
});
