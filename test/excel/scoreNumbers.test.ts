// Scores that mean what they say, in Excel (emulated): percent points typed as whole numbers,
// milestone ladders, unreadable values shown as "?" and left out, sheets Score must leave alone,
// and grades at the end of the period, through the real Office.js code.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { COLOURS } from "../../src/domain/plan/layout";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { LANGS, type Lang } from "../../src/domain/types";

/** What an objective's progress says with one key result left out, per language. */
const NOTE: Record<Lang, string> = {
  en: '0%" (1 KR not scored)"',
  "zh-CN": '0%"（1 个关键结果未计分）"',
  "zh-TW": '0%"（1 個關鍵結果未計分）"',
};
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { numberFormatOf, sheetState, valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";
import { sheetsHeaderRow } from "../support/summaryRows";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

/** A team sheet with a header block (2026-Q1), as a person would paste it, in a language. */
function team(lang: Lang, current: string | number = 40): (string | number)[][] {
  const level = (k: "o" | "kr") =>
    ({
      o: { en: "Objective", "zh-CN": "目标", "zh-TW": "目標" },
      kr: { en: "Key result", "zh-CN": "关键结果", "zh-TW": "關鍵結果" },
    })[k][lang];
  const kr = (
    id: string,
    type: string,
    unit: string,
    s: number | string,
    t: number | string,
    c: number | string
  ) => [id, level("kr"), "", "Raise the rate from 34 to 60", "", "", type, unit, s, t, c, 0.5];
  return [
    ["Team OKRs"],
    ["Department", "Team", "Period", "2026-Q1"],
    [],
    [],
    [],
    headerRow(lang).slice(),
    ["T-O1", level("o"), "", "Grow repeat purchases", "Ann", "Committed", "", "", "", "", "", 0.5],
    kr("T-O1-KR1", "Metric", "%", 34, 60, current),
    kr("T-O1-KR2", "Milestone", "", 0, 100, 20),
    ["T-O2", level("o"), "", "Win the region", "Ann", "Aspirational", "", "", "", "", "", 0.5],
    kr("T-O2-KR1", "Metric", "customers", 0, 100, 65),
    kr("T-O2-KR2", "Metric", "customers", 0, 10, "1,6OO"),
  ];
}

async function scored(rows: (string | number)[][], asOf: string, lang: Lang = "en") {
  const excel = createEmulatedExcel();
  await putTable(excel, "Team", rows);
  const result = await scoreWorkbookInExcel(excel, { asOf, checkedOn: asOf, lang });
  return { excel, result, values: valuesOf(excel, "Team") };
}

describe("Score in Excel (emulated): the numbers a person expects", () => {
  it.each(LANGS)(
    "reads 34 → 60 with 40 now in a % key result as percent points (%s)",
    async (lang) => {
      const { values, result, excel } = await scored(team(lang), "2026-02-15", lang);
      const kr1 = values[7];
      // HyperFormula shows 11 significant digits.
      expect(kr1[col("progress")]).toBeCloseTo(6 / 26, 9);
      expect(kr1[col("gapToTarget")]).toBeCloseTo(0.2, 9);
      expect(numberFormatOf(excel, "Team", 7, col("gapToTarget"))).toBe("0.0%");
      const model = result.model.rows.find((r) => r.id === "T-O1-KR1");
      expect(model?.progress).toBeCloseTo(6 / 26, 12);
      // A milestone at 20 on a ladder to 100 is 20 %.
      expect(values[8][col("progress")]).toBeCloseTo(0.2, 9);
    }
  );

  it.each(LANGS)(
    "shows ? for an unreadable value, in an error's colour, and leaves it out of the objective (%s)",
    async (lang) => {
      const { values, result, excel } = await scored(team(lang), "2026-02-15", lang);
      const bad = values[11];
      expect(bad[col("progress")]).toBe("?");
      expect(bad[col("status")]).toBe("");
      expect(bad[col("gapToTarget")]).toBe("");
      const sheet = sheetState(excel, "Team");
      expect(excel.state.displayStyle(sheet, 11, col("progress")).fill).toBe(COLOURS.red.fill);
      // O2 is its readable KR alone (65 of 100), and says one KR was not scored.
      expect(values[9][col("progress")]).toBeCloseTo(0.65, 9);
      expect(numberFormatOf(excel, "Team", 9, col("progress"))).toBe(NOTE[lang]);
      expect(result.model.rows.find((r) => r.id === "T-O2-KR2")?.problem).toBe("KR-BAD-VALUE");
      expect(result.model.sheets[0].notScored).toBe(1);
      // The Summary counts it (its details sheet's Sheets table; the headline sums that).
      const summary = valuesOf(excel, result.detailsSheet);
      const header = summary[sheetsHeaderRow(summary, lang)];
      const line = summary.find((r) => r[0] === "Team") ?? [];
      expect(line[header.indexOf(SUMMARY_TEXT.notScored[lang])]).toBe(1);
    }
  );

  it("does not score a row whose bare percentages mix scales, and says why", async () => {
    const { values, result } = await scored(team("en", 0.4), "2026-02-15");
    expect(values[7][col("progress")]).toBe("?");
    expect(result.model.rows.find((r) => r.id === "T-O1-KR1")?.problem).toBe("KR-PERCENT-SCALE");
  });

  it.each([
    ["en", "Achieved", "Missed", "Acceptable"],
    ["zh-CN", "达成", "未达成", "可接受"],
    ["zh-TW", "達成", "未達成", "可接受"],
  ] as const)(
    "grades at the end of the period (%s)",
    async (lang, achieved, missed, acceptable) => {
      const { values } = await scored(team(lang, 60), "2026-03-31", lang);
      // The % KR reached its target; the milestone at 20 % is missed; aspirational 0.65 achieved.
      expect(values[7][col("status")]).toBe(achieved);
      expect(values[8][col("status")]).toBe(missed);
      expect(values[10][col("status")]).toBe(achieved);
      // Committed objective at (1 + 0.2) / 2 = 0.6: below 0.8, missed; during the period a forecast.
      expect(values[6][col("status")]).toBe(missed);
      expect(acceptable).toBeTruthy();
    }
  );

  it("leaves a sheet without a required column alone and says which and why", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Pasted", [
      ["ID", "Level", "Statement", "KR type", "Start", "Target", "Current"],
      ["A-O1", "Objective", "Grow revenue", "", "", "", ""],
      ["A-O1-KR1", "Key result", "Grow revenue from 1 to 2", "Metric", 1, 2, 1.5],
    ]);
    await putTable(excel, "Team", team("en"));
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    expect(result.okrSheets).toEqual(["Team"]);
    expect(result.refused).toEqual([
      expect.objectContaining({ sheet: "Pasted", reason: "header" }),
    ]);
    expect(result.refused[0].findings[0].ruleId).toBe("SHEET-HEADER");
    // Nothing was written into it.
    expect(valuesOf(excel, "Pasted")[0]).toHaveLength(7);
  });
});
