// KR-STATEMENT-VALUES and the statement reader it stands on: the start and target a statement names
// in the three languages, compared with the Start and Target cells in value and direction; the same
// reading settles the percent scale of bare values a statement gives with % signs.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { statementValues } from "../../src/domain/reading/statementNumbers";
import { fixAll } from "../../src/domain/rules/fixes";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import { scoreKr } from "../../src/domain/scoring/krScore";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { LANGS } from "../../src/domain/types";
import { valuesOf } from "../support/emulatorRead";
import { kr, okr, sheet, type Row } from "./rulesSheet";

const found = (rows: Row[], id = "KR-STATEMENT-VALUES") =>
  lintWorkbook([sheet(rows)]).filter((f) => f.ruleId === id);
const one = (over: Row) => okr({}, [kr(over), kr(), kr()]);
const complaints = { statement: "将客户投诉率从5%降低到2%", unit: "%", current: "3%" };

describe("the statement reader", () => {
  it.each([
    ["将客户投诉率从5%降低到2%", 0.05, 0.02, "down", null],
    ["Grow ARR from $8M to $10M", 8e6, 1e7, "up", null],
    ["Cut the month-end close from 10 working days to 5", 10, 5, "down", null],
    ["非预期人才流失率从每年12%降低到8%", 0.12, 0.08, "down", null],
    ["年度經常性營收從800萬美元成長到1000萬美元", 8e6, 1e7, "up", null],
    ["客户满意度由80分提升至90分", 80, 90, "up", null],
    ["NPS 32 → 45", 32, 45, "up", null],
    ["提升至90分", null, 90, "up", null],
    ["Reduce the backlog to 20 tickets", null, 20, "down", null],
    ["Keep monthly logo churn below 1.5%", null, 0.015, "down", "below"],
    ["毛利率保持在62%以上", null, 0.62, "up", "above"],
    ["客訴少於 5%", null, 0.05, "down", "below"],
    ["投诉超过3次", null, 3, "up", "above"],
    ["现金可支撑时间保持在18个月以上", null, 18, "up", "above"],
    ["Generate 300 sales opportunities from the launch", null, 300, null, null],
    ["獲得300個來自新品活動的銷售機會", null, 300, null, null],
  ])("%s", (text, start, target, direction, bound) => {
    const read = statementValues(text);
    expect(
      read && [read.start?.value ?? null, read.target.value, read.direction, read.bound]
    ).toEqual([start, target, direction, bound]);
  });

  it("names nothing where the statement gives no start or target", () => {
    expect(statementValues("Roll out the new sales playbook in all 4 regions")).toBeNull();
    expect(statementValues("让客户在帮助中心自助解决前50个常见问题")).toBeNull();
  });

  it("reads every template's metric and keep statements in all three languages", () => {
    const krs = TEMPLATES.flatMap((t) => t.objectives.flatMap((o) => o.keyResults)).filter(
      (k) => k.type === "metric" || k.type === "keepAbove" || k.type === "keepBelow"
    );
    const unread = krs.flatMap((k) =>
      LANGS.filter((lang) => statementValues(k.statement[lang]) === null).map(
        (lang) => k.statement[lang]
      )
    );
    // Counts only: a statement that names no value is KR-NO-NUMBER's, not this rule's.
    expect(unread.filter((s) => /\d/.test(s))).toEqual([]);
  });
});

describe("KR-STATEMENT-VALUES", () => {
  it("fires on 「将客户投诉率从5%降低到2%」 with Start 2 %, Target 5 %, at the Start cell, in three languages", () => {
    const hits = found(one({ ...complaints, start: "2%", target: "5%" }));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: "warning", cell: "I3", okrId: "T-O1-KR1" });
    for (const lang of LANGS) {
      const { message, hint } = renderFinding(hits[0], lang);
      expect(message).toContain("5% → 2%");
      expect(message).toContain("2% → 5%");
      expect(hint).toContain("5% → 2%");
    }
    // The score it warns about: rising complaints counted as progress.
    expect(
      scoreKr(sheet(one({ ...complaints, start: "2%", target: "5%" })).objectives[0].keyResults[0])
        .progress
    ).toBeCloseTo(1 / 3);
  });

  it("offers a fix that types the statement's numbers as shares, and the fixed row is silent", () => {
    const s = sheet(one({ ...complaints, start: "2%", target: "5%" }));
    const edits = fixAll(
      lintWorkbook([s]).filter((f) => f.ruleId === "KR-STATEMENT-VALUES"),
      [s]
    );
    expect(edits.map((e) => [e.cell, e.value, e.numberFormat])).toEqual([
      ["I3", 0.05, "0%"],
      ["J3", 0.02, "0%"],
    ]);
    expect(found(one({ ...complaints, start: "5%", target: "2%" }))).toEqual([]);
  });

  it.each([
    ["the values it names", { start: 120, target: 200 }, []],
    ["a Target it does not name", { start: 120, target: 250 }, ["target"]],
    ["a Start it does not name", { start: 100, target: 200 }, ["start"]],
    ["the values swapped", { start: 200, target: 120 }, ["start", "target"]],
  ])("on %s", (_what, values, columns) => {
    const hits = found(one(values));
    expect(hits.map((h) => h.params?.column)).toEqual(columns.slice(0, 1));
    if (columns.length === 0) return;
    const s = sheet(one(values));
    expect(fixAll(hits, [s]).map((e) => e.column)).toEqual(columns);
  });

  it("reads the statement's rounding ($1.2M is 1,150,000 to 1,250,000) and % numbers in a non-% key result", () => {
    const arr = { statement: "Grow bookings from $1.2M to $2M", unit: "USD" };
    expect(found(one({ ...arr, start: 1_230_000, target: 2_000_000, current: 1.5e6 }))).toEqual([]);
    expect(
      found(one({ ...arr, start: 1_300_000, target: 2_000_000, current: 1.5e6 }))
    ).toHaveLength(1);
    const points = { statement: "Raise margin from 12% to 15%", unit: "pts" };
    expect(found(one({ ...points, start: 12, target: 15, current: 13 }))).toEqual([]);
  });

  it("holds a target named alone to its way: 降至 2% over Start 1 %, Target 2 % goes up", () => {
    const down = { statement: "将客户投诉率降至2%", unit: "%", current: "1.5%" };
    expect(found(one({ ...down, start: "3%", target: "2%" }))).toEqual([]);
    expect(found(one({ ...down, start: "1%", target: "2%" })).map((h) => h.params?.column)).toEqual(
      ["target"]
    );
  });

  it("reads a bound: a Keep line must be it; a moving key result's bound is a clause, not held", () => {
    const keep = { krType: "Keep below", statement: "Keep churn below 1.5%", unit: "%", start: "" };
    expect(found(one({ ...keep, target: "1.5%", current: "1%" }))).toEqual([]);
    expect(found(one({ ...keep, target: "2%", current: "1%" }))).toHaveLength(1);
    const metric = { statement: "Cut churn to below 1.5%", unit: "%", start: "3%", current: "2%" };
    expect(found(one({ ...metric, target: "1.2%" }))).toEqual([]);
    expect(found(one({ ...metric, target: "2.5%" }))).toEqual([]);
    const clause = "Flag 100% of churned accounts at least 30 days before they leave";
    expect(
      found(one({ statement: clause, unit: "%", start: 40, target: 100, current: 55 }))
    ).toEqual([]);
  });

  it("leaves milestones and yes/no key results alone", () => {
    const milestone = { krType: "Milestone", statement: "Roll out from 0% to 100%", unit: "" };
    expect(found(one({ ...milestone, start: 0, target: 1, current: 0.5 }))).toEqual([]);
  });
});

describe("a statement settles the percent scale", () => {
  const errors = {
    statement: "Cut the error rate from 3% to 0.5%",
    unit: "%",
    start: 3,
    target: 0.5,
  };

  it("3 and 0.5 under 'from 3% to 0.5%' are percent points: no KR-PERCENT-SCALE, scored as 3 % → 0.5 %", () => {
    const rows = one({ ...errors, current: 2 });
    expect(found(rows, "KR-PERCENT-SCALE")).toEqual([]);
    expect(found(rows)).toEqual([]);
    const score = scoreKr(sheet(rows).objectives[0].keyResults[0]);
    expect([score.values.start, score.values.target, score.values.current]).toEqual([
      0.03, 0.005, 0.02,
    ]);
    expect(score.progress).toBeCloseTo(0.4, 12);
  });

  it("still fires where the statement does not say so (no % signs, or other numbers)", () => {
    expect(
      found(
        one({ ...errors, statement: "Cut the error rate from 3 to 0.5", current: 2 }),
        "KR-PERCENT-SCALE"
      )
    ).toHaveLength(1);
    expect(
      found(
        one({ ...errors, statement: "Cut the error rate from 4% to 0.5%", current: 2 }),
        "KR-PERCENT-SCALE"
      )
    ).toHaveLength(1);
  });

  it("the sheet's formulas score it as the model does (HyperFormula)", async () => {
    const header = headerRow("en");
    const rows = one({ ...errors, current: 2 });
    const grid = [
      header,
      ...rows.map((r) => COLUMNS.map((c) => (r[c.key] ?? "") as string | number)),
    ];
    const excel = createEmulatedExcel({ sheets: ["Team"] });
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Team")
        .getRange("A1")
        .getResizedRange(grid.length - 1, header.length - 1).values = grid as never;
      await context.sync();
    });
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    const modelRow = result.model.rows.find((r) => r.id === "T-O1-KR1");
    const cells = valuesOf(excel, "Team").find((r) => r[0] === "T-O1-KR1");
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    expect(modelRow?.progress).toBeCloseTo(0.4, 12);
    expect(cells?.[progress]).toBeCloseTo(modelRow?.progress as number, 9);
  });
});
