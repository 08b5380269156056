import { createEmulatedExcel } from "../../emulator";
import { TABS_READ_AHEAD } from "../../src/excel/readWorkbook";
import { checkWorkbook, selectCell } from "../../src/excel/check";
import { saveSettings } from "../../src/excel/settings";
import { MIN_EXCEL_API } from "../../src/taskpane/office";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { lintWorkbook, mergeSettings } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import { fixtureTables } from "../support/fixtures";
import { putTable } from "../support/emulatorTables";

const Q1 = (() => {
  const p = parsePeriod("2026-Q1");
  if (!p.ok) throw new Error();
  return p.value;
})();

function krRows(objectives: number, krsEach: number): string[][] {
  const rows: string[][] = [headerRow("en")];
  const blank = () => new Array(COLUMNS.length).fill("");
  for (let o = 1; o <= objectives; o++) {
    const obj = blank();
    Object.assign(obj, {
      0: `BIG-O${o}`,
      1: "Objective",
      3: "Win the mid-market",
      4: "Dana",
      5: "Committed",
    });
    rows.push(obj);
    for (let k = 1; k <= krsEach; k++) {
      const kr = blank();
      Object.assign(kr, {
        0: `BIG-O${o}-KR${k}`,
        1: "Key result",
        3: "Grow pipeline from 120 to 200 deals",
        6: "Metric",
        8: "120",
        9: "200",
        10: "150",
        12: "70%",
        13: "2026-03-31",
      });
      rows.push(kr);
    }
  }
  return rows;
}

describe("Check in Excel (emulated)", () => {
  it("finds in the workbook exactly what the domain finds in the same rows", async () => {
    const excel = createEmulatedExcel();
    const tables = fixtureTables();
    for (const t of tables) await putTable(excel, t.name, t.rows);
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    const expected = lintWorkbook(tables.map((t) => readSheet(t.name, t.rows, { period: Q1 })));
    expect(result.findings.map((f) => [f.sheet, f.cell, f.ruleId])).toEqual(
      expected.map((f) => [f.sheet, f.cell, f.ruleId])
    );
    expect(result.checked).toEqual(tables.map((t) => t.name));
    expect(result.findings.length).toBeGreaterThan(10);
  });

  it("reads a sheet its head holds in one round trip, a larger one's cells in one more per 4 MB, and its Current formulas in one more", async () => {
    // 10 key results: the first round trip's head (A1:AF150) holds the sheet; 3,000 (~1 MB of
    // cells): the sizes and head first, then the rest in one band
    for (const [krs, syncs] of [
      [10, 2],
      [3000, 3],
    ]) {
      const excel = createEmulatedExcel();
      await putTable(excel, "Big", krRows(krs / 2, 2));
      const before = excel.runs.length;
      const result = await checkWorkbook(excel, "all", { period: Q1 });
      expect(result.keyResults).toBe(krs);
      expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([syncs]);
    }
  });

  it("reads by name when a host refuses the tab walk", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Big", krRows(5, 2));
    // A host whose first batch fails (as one might on the walk past the last tab).
    let failed = false;
    const refusing = {
      ...excel,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        excel.run((context) => {
          const sync = context.sync.bind(context);
          // office.js's Excel.run ends with sync(result), which hands the result through
          context.sync = (async (value?: unknown) => {
            await sync();
            if (!failed) {
              failed = true;
              throw new Error("InvalidObjectPath");
            }
            return value;
          }) as typeof context.sync;
          return batch(context);
        }),
    };
    const result = await checkWorkbook(refusing, "all", { period: Q1 });
    expect(failed).toBe(true);
    expect(result.keyResults).toBe(10);
  });

  it("takes a second round trip for tabs beyond the read-ahead", async () => {
    const names = Array.from({ length: TABS_READ_AHEAD + 2 }, (_, i) => `Team ${i + 1}`);
    const many = createEmulatedExcel({ sheets: names });
    await putTable(many, "Last tab", krRows(2, 2));
    const from = many.runs.length;
    const result = await checkWorkbook(many, "all", { period: Q1 });
    expect(result.checked).toEqual(["Last tab"]);
    expect(result.keyResults).toBe(4);
    // the walk, the tabs past it by name (their sizes), their cells, the Current formulas
    expect(many.runs.slice(from).map((r) => r.syncs)).toEqual([4]);
  });

  it("reports only the active sheet when asked, resolving parents on other sheets", async () => {
    const excel = createEmulatedExcel();
    const company = krRows(1, 2).map((r) => r.map((c) => c.replace(/^BIG/, "CO")));
    const team = krRows(1, 2).map((r) => r.map((c) => c.replace(/^BIG/, "TEAM")));
    team[1][2] = "CO-O1";
    await putTable(excel, "Company", company);
    await putTable(excel, "Team", team);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Team").activate());
    const result = await checkWorkbook(excel, "active", { period: Q1 });
    expect(result.checked).toEqual(["Team"]);
    expect(result.findings.filter((f) => f.ruleId === "O-PARENT-UNKNOWN")).toEqual([]);
    expect(result.findings.every((f) => f.sheet === "Team")).toBe(true);
  });

  it("says so when the active sheet is not an OKR sheet", async () => {
    const excel = createEmulatedExcel();
    const result = await checkWorkbook(excel, "active");
    expect(result.notOkrSheet).toBe("Sheet1");
    expect(result.findings).toEqual([]);
  });

  it("still reads the workbook while a chart sheet is active, where getActiveWorksheet fails (office-js issue 2444)", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Big", krRows(1, 2));
    excel.state.activeChartSheet = "Chart1";
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    const all = await checkWorkbook(excel, "all", { period: Q1 });
    expect(all.checked).toEqual(["Big"]);
    // No worksheet is active: "the active sheet" is none, not a guess.
    const active = await checkWorkbook(excel, "active", { period: Q1 });
    expect(active.checked).toEqual([]);
    expect(active.findings).toEqual([]);
    // Opening a worksheet again leaves the chart sheet.
    await excel.run(async (context) => context.workbook.worksheets.getItem("Big").activate());
    expect((await checkWorkbook(excel, "active", { period: Q1 })).checked).toEqual(["Big"]);
  });

  it("keeps true cell addresses when the table starts lower and further right", async () => {
    const excel = createEmulatedExcel();
    const rows = krRows(1, 1);
    rows[2][9] = "lots"; // a bad Target
    await putTable(
      excel,
      "Offset",
      [["Sales OKRs — 2026-Q1"], ["Period:", "2026-Q1"], [], ...rows],
      { at: "B3" }
    );
    const result = await checkWorkbook(excel, "all");
    const bad = result.findings.find((f) => f.ruleId === "KR-BAD-VALUE");
    // header row at sheet row 6, the key result at row 8; Target is the 10th column from B, i.e. K
    expect(bad?.cell).toBe("K8");
    expect(result.findings.filter((f) => f.ruleId === "KR-NO-DUE")).toEqual([]); // the period came from the header block
  });

  it("reads percent-formatted cells as people see them", async () => {
    const excel = createEmulatedExcel();
    const rows = krRows(1, 2);
    await putTable(excel, "Pct", rows);
    await excel.run(async (context) => {
      const conf = context.workbook.worksheets.getItem("Pct").getRange("M3:M4");
      conf.numberFormat = [["0%"], ["0%"]];
      conf.values = [[1.2], [0.7]];
    });
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    expect(
      result.findings
        .filter((f) => f.ruleId === "KR-CONFIDENCE-RANGE")
        .map((f) => [f.cell, f.severity])
    ).toEqual([["M3", "warning"]]);
  });

  it("selects a finding's cell on its sheet", async () => {
    const excel = createEmulatedExcel({ sheets: ["Sheet1", "Team"] });
    await selectCell(excel, "Team", "D7");
    expect(excel.state.sheetById(excel.state.activeSheetId ?? "")?.name).toBe("Team");
    expect(excel.state.selection?.area).toEqual({ row: 6, col: 3, rows: 1, cols: 1 });
  });

  it("checks against thresholds saved with the workbook", async () => {
    const excel = createEmulatedExcel();
    await putTable(excel, "Team", krRows(1, 2));
    expect(
      (await checkWorkbook(excel, "all", { period: Q1 })).findings.filter(
        (f) => f.ruleId === "O-KR-COUNT"
      )
    ).toEqual([]);
    await saveSettings(excel, mergeSettings({ krCount: { min: 3 } }));
    expect(
      (await checkWorkbook(excel, "all", { period: Q1 })).findings.filter(
        (f) => f.ruleId === "O-KR-COUNT"
      )
    ).toHaveLength(1);
  });

  it(`works on the manifest's minimum, ExcelApi ${MIN_EXCEL_API}, in the same two round trips`, async () => {
    const excel = createEmulatedExcel({ apiVersion: MIN_EXCEL_API });
    for (const t of fixtureTables()) await putTable(excel, t.name, t.rows);
    const before = excel.runs.length;
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(result.findings.length).toBeGreaterThan(10);
  });
});
