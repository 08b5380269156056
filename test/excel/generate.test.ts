import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { ACTION_COUNT_COLUMNS, ACTION_COUNT_KEYS } from "../../src/domain/actions/counts";
import { lintWorkbook } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { disallowedFunctions } from "../../src/domain/scoring/functions";
import { readSheet } from "../../src/domain/reading/sheet";
import { TEMPLATES, TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import { LANGS, type Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { asShown, shareRowsOf } from "../../src/domain/newSheet/generate";
import { formulasOf, numberFormatOf, sheetState, valuesOf } from "../support/emulatorRead";
import { putTable } from "../support/emulatorTables";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const options = { period: Q1, asOf: "2026-02-15" };

describe("New sheet in Excel (emulated)", () => {
  it.each(LANGS)(
    "generates every template in %s in two round trips: recognised, complete, clean",
    async (lang) => {
      const excel = createEmulatedExcel();
      const before = excel.runs.length;
      const result = await generateSheets(excel, { templates: TEMPLATE_KEYS, lang, ...options });
      expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
      expect(result.sheets).toEqual(TEMPLATES.map((t) => `${t.name[lang]} 2026-Q1`));
      // As a host hands the sheets back: percent-formatted cells as "102%" (shares).
      const sheets = result.sheets.map((name) => {
        const grid = valuesOf(excel, name);
        return readSheet(name, asShown(grid, shareRowsOf(readSheet(name, grid))));
      });
      sheets.forEach((sheet, i) => {
        expect(sheet.match).not.toBeNull();
        // the contract's columns, then the three action counts (Actions sheet added alongside)
        expect(valuesOf(excel, sheet.name)[5]).toEqual([
          ...headerRow(lang),
          ...ACTION_COUNT_KEYS.map((k) => ACTION_COUNT_COLUMNS[k][lang]),
        ]);
        expect(sheet.header).toMatchObject({ lang, asOf: "2026-02-15" });
        expect(sheet.header.period?.label).toBe("2026-Q1");
        expect(sheet.objectives.map((o) => o.keyResults.length)).toEqual(
          TEMPLATES[i].objectives.map((o) => o.keyResults.length)
        );
      });
      expect(lintWorkbook(sheets).filter((f) => f.severity !== "info")).toEqual([]);
      expect(excel.state.activeSheetId).toBe(excel.state.findSheet(result.sheets[0])?.id);
    }
  );

  it("writes inputs as values, formula columns as formulas from the allowed functions", async () => {
    const excel = createEmulatedExcel();
    const [name] = (await generateSheets(excel, { templates: ["sales"], lang: "en", ...options }))
      .sheets;
    const formulas = formulasOf(excel, name);
    const values = valuesOf(excel, name);
    const kr = formulas[7];
    expect(kr.slice(0, 4)).toEqual([
      "SALES-O1-KR1",
      "Key result",
      "",
      "Grow new enterprise bookings from $1.2M to $2M",
    ]);
    expect(kr[col("start")]).toBe(1_200_000);
    expect(kr[col("weight")]).toBe(0.4);
    for (const c of COLUMNS.filter((k) => k.kind === "input"))
      expect(String(kr[col(c.key)] ?? "")).not.toMatch(/^=/);
    for (const key of ["progress", "gapToTarget", "expected", "status"])
      expect(String(kr[col(key)])).toMatch(/^=/);
    const all = formulas
      .flat()
      .filter((f): f is string => typeof f === "string" && f.startsWith("="));
    expect(all.length).toBeGreaterThan(40);
    expect(all.flatMap(disallowedFunctions)).toEqual([]);
    // Current = Start at planning: progress 0; 46 of 90 days gone; a committed KR is behind.
    expect(values[7][col("progress")]).toBe(0);
    expect(values[7][col("expected")]).toBeCloseTo(46 / 90, 9);
    expect(values[7][col("status")]).toBe("Off track");
    expect(values[6][col("parent")]).toBe("CO-O1");
  });

  it("formats: percent and date formats, dropdowns, frozen header, filter (no table), widths, bands", async () => {
    const excel = createEmulatedExcel();
    const [name] = (
      await generateSheets(excel, { templates: ["finance"], lang: "zh-CN", ...options })
    ).sheets;
    const sheet = sheetState(excel, name);
    expect(numberFormatOf(excel, name, 7, col("weight"))).toBe("0%");
    expect(numberFormatOf(excel, name, 7, col("due"))).toBe("yyyy-mm-dd");
    expect(numberFormatOf(excel, name, 7, col("progress"))).toBe("0%");
    expect(numberFormatOf(excel, name, 2, 1)).toBe("yyyy-mm-dd");
    expect(sheet.frozenRows).toBe(6);
    // Filter buttons over the header row and the rows below it; no Excel table (its calculated
    // columns would give objective and key-result rows one formula).
    expect(sheet.tables).toEqual([]);
    const filled = excel.state.usedArea(sheet, true);
    expect(sheet.autoFilter).toEqual({
      row: 5,
      col: 0,
      rows: (filled?.rows ?? 0) - 5,
      cols: COLUMNS.length,
    });
    const lists = sheet.validations.map((v) => JSON.stringify(v.rule));
    expect(lists.join()).toContain("目标,关键结果");
    expect(lists.join()).toContain("承诺型,挑战型");
    expect(lists.join()).toContain("指标,里程碑");
    expect(sheet.columnWidths.get(col("statement"))).toBeGreaterThan(
      sheet.columnWidths.get(col("id")) ?? 0
    );
    expect(excel.state.cellStyle(sheet, 6, col("statement")).bold).toBe(true);
    expect(excel.state.cellStyle(sheet, 7, col("progress")).fill).toBe("#F2F2F2");
    // A line between the input columns and the formula columns, from the header row down.
    expect(excel.state.cellStyle(sheet, 5, col("progress")).borderLeft).toBe("#808080");
    expect(excel.state.cellStyle(sheet, 7, col("progress")).borderLeft).toBe("#808080");
    expect(excel.state.cellStyle(sheet, 7, col("due")).borderLeft).toBeUndefined();
    expect(sheet.conditionalFormats.length).toBeGreaterThanOrEqual(5);
  });

  it("shows the values of % and milestone key results as percentages, and scores them as written", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, {
      ...options,
      templates: TEMPLATE_KEYS,
      lang: "en",
    });
    let seen = 0;
    for (const name of sheets) {
      const rows = valuesOf(excel, name);
      const sheet = readSheet(name, rows);
      for (const kr of sheet.objectives.flatMap((o) => o.keyResults)) {
        if (kr.krType !== "milestone" && kr.unit !== "%") continue;
        seen++;
        for (const key of ["start", "target"] as const)
          expect([kr.id, numberFormatOf(excel, name, kr.row - 1, col(key))]).toEqual([
            kr.id,
            "0.0%",
          ]);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it("scores % key results from the first keystroke: its percent cells hold shares, 100 % and up included", async () => {
    const excel = createEmulatedExcel();
    const [name] = (
      await generateSheets(excel, { ...options, templates: ["customer-success"], lang: "en" })
    ).sheets;
    const kr = readSheet(name, valuesOf(excel, name))
      .objectives.flatMap((o) => o.keyResults)
      .find((k) => k.statement.startsWith("Raise net revenue retention from 102% to 110%"));
    if (!kr) throw new Error("no retention key result");
    const row = kr.row - 1;
    // 102 % → 110 %, still at the start: a gap of 8 points (0.08), not 0.08 points.
    expect(valuesOf(excel, name)[row][col("gapToTarget")]).toBeCloseTo(0.08, 12);
    expect(valuesOf(excel, name)[row][col("progress")]).toBe(0);
    // A person types 95 % → 105 %, 100 % now, into the percent cells (no Score since).
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem(name)
        .getCell(row, col("start"))
        .getResizedRange(0, 2).values = [["95%", "105%", "100%"]];
      await context.sync();
    });
    const values = valuesOf(excel, name)[row];
    expect([values[col("start")], values[col("target")], values[col("current")]]).toEqual([
      0.95, 1.05, 1,
    ]);
    expect(values[col("progress")]).toBeCloseTo(0.5, 12);
    expect(values[col("gapToTarget")]).toBeCloseTo(0.05, 12);
    expect(values[col("status")]).not.toBe("Achieved");
  });

  it("shows money in its currency: Start, Target, Current and Gap to target of USD key results", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, {
      ...options,
      templates: ["sales"],
      lang: "en",
    });
    const sheet = readSheet(sheets[0], valuesOf(excel, sheets[0]));
    const usd = sheet.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.unit === "USD");
    expect(usd.length).toBeGreaterThan(0);
    for (const kr of usd)
      for (const key of ["start", "target", "current", "gapToTarget"] as const)
        expect([kr.id, key, numberFormatOf(excel, sheets[0], kr.row - 1, col(key))]).toEqual([
          kr.id,
          key,
          '"$"#,##0',
        ]);
  });

  it("never touches what exists: a second generation gets new names and new ID prefixes", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Sales 2026-Q1", [["my own notes", 42]]);
    const first = await generateSheets(excel, {
      templates: ["sales", "company"],
      lang: "en",
      ...options,
    });
    const snapshot = formulasOf(excel, first.sheets[0]);
    const second = await generateSheets(excel, { templates: ["sales"], lang: "en", ...options });
    expect(first.sheets).toEqual(["Sales 2026-Q1 (2)", "Company 2026-Q1"]);
    expect(second.sheets).toEqual(["Sales 2026-Q1 (3)"]);
    expect(valuesOf(excel, "Sales 2026-Q1")).toEqual([["my own notes", 42]]);
    expect(formulasOf(excel, first.sheets[0])).toEqual(snapshot);
    expect(valuesOf(excel, "Sales 2026-Q1 (2)")[6][0]).toBe("SALES2-O1");
    expect(valuesOf(excel, "Sales 2026-Q1 (3)")[6][0]).toBe("SALES3-O1");
    // Generated together, Company's objectives show the gap to the Sales objectives aligned to them.
    expect(typeof valuesOf(excel, "Company 2026-Q1")[6][col("alignmentGap")]).toBe("number");
  });

  it("keeps text that looks like a formula as text (owner names typed in the pane)", async () => {
    const excel = createEmulatedExcel();
    const [name] = (
      await generateSheets(excel, {
        templates: ["hr"],
        lang: "en",
        owners: { hr: "=1+1" },
        ...options,
      })
    ).sheets;
    expect(valuesOf(excel, name)[6][col("owner")]).toBe("=1+1");
  });
});
