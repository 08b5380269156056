// The rules that come from scoring (issue 13): KR-PERCENT-SCALE names bare percentages on no one
// scale, O-TOO-EASY an aspirational objective that ends the period too high; the percent-scale fix.
import { fixAll } from "../../src/domain/rules/fixes";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import fc from "fast-check";
import { krValues, mayBeAmbiguous } from "../../src/domain/scoring/values";
import { sheetsAsOf } from "../../src/domain/scoring/model";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { LANGS, type KrType } from "../../src/domain/types";
import { kr, objective, okr, sheet, type Row } from "./rulesSheet";

const rule = (rows: Row[], id: string, opts = {}) =>
  lintWorkbook([sheet(rows, opts)]).filter((f) => f.ruleId === id);
const pct = (over: Row) =>
  kr({ unit: "%", statement: "Raise repeat rate from 34% to 60%", ...over });

describe("KR-PERCENT-SCALE", () => {
  it.each([
    ["1 and 0.8 (1 % or 100 %?)", { start: "", target: 1, current: 0.8 }, ["target", "current"]],
    ["0.34 beside 60", { start: 0.34, target: 60, current: 40 }, ["start", "target", "current"]],
    ["CSV text 1 and 0.8", { start: "", target: "1", current: "0.8" }, ["target", "current"]],
  ])("fires on %s, naming the cells, in three languages", (_what, values, keys) => {
    const found = rule(okr({}, [pct(values), kr(), kr()]), "KR-PERCENT-SCALE");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", params: { columns: keys.join(",") } });
    for (const lang of LANGS) {
      const { message, hint } = renderFinding(found[0], lang);
      expect(message).toContain("T-O1-KR1");
      expect(hint).toMatch(/%/);
    }
  });

  it.each([
    ["percent points", { start: 34, target: 60, current: 40 }],
    ["shares", { start: 0.34, target: 0.6, current: 0.4 }],
    ["a share typed with % beside points", { start: "34%", target: 60, current: 40 }],
    ["zero beside shares", { start: 0, target: 0.6, current: 0.4 }],
  ])("is silent on %s", (_what, values) => {
    expect(rule(okr({}, [pct(values), kr(), kr()]), "KR-PERCENT-SCALE")).toEqual([]);
  });

  it("reads a milestone against its ladder: 20 of 100 and 0.2 of 1 pass, 0.2 of 100 does not", () => {
    const milestone = (target: number, current: number) =>
      kr({
        krType: "Milestone",
        unit: "",
        statement: "Open the office",
        start: 0,
        target,
        current,
      });
    expect(rule(okr({}, [milestone(100, 20), kr(), kr()]), "KR-PERCENT-SCALE")).toEqual([]);
    expect(rule(okr({}, [milestone(1, 0.2), kr(), kr()]), "KR-PERCENT-SCALE")).toEqual([]);
    expect(rule(okr({}, [milestone(100, 0.2), kr(), kr()]), "KR-PERCENT-SCALE")).toHaveLength(1);
  });

  it("offers a fix that reads every bare value as percent points, as shares with a % format", () => {
    const s = sheet(okr({}, [pct({ start: "", target: 1, current: 0.8 }), kr(), kr()]));
    const findings = lintWorkbook([s]).filter((f) => f.ruleId === "KR-PERCENT-SCALE");
    const edits = fixAll(findings, [s]);
    expect(edits.map((e) => [e.column, e.value, e.numberFormat])).toEqual([
      ["target", 0.01, "0%"],
      ["current", 0.008, "0.00%"],
    ]);
  });

  it("is only possible where mayBeAmbiguous says so (the rule skips reading other rows)", () => {
    const cell = fc.oneof(
      fc.constantFrom("", "40%", "1", "0.8", "60", "abc", "1,200"),
      fc.double({ min: -200, max: 200, noNaN: true }),
      fc.constant(null)
    );
    let ambiguous = 0;
    fc.assert(
      fc.property(
        fc.constantFrom<KrType | null>(
          "metric",
          "milestone",
          "binary",
          "keepAbove",
          "keepBelow",
          null
        ),
        fc.constantFrom("%", " ％ ", "", "users", "$"),
        cell,
        cell,
        cell,
        (krType, unit, start, target, current) => {
          const row = { krType, unit, cells: { start, target, current } };
          if (krValues(row).ambiguous.length === 0) return;
          ambiguous++;
          expect(mayBeAmbiguous(row)).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
    expect(ambiguous).toBeGreaterThan(10);
  });
});

describe("O-TOO-EASY", () => {
  const done = (current: number) => kr({ start: 0, target: 100, current, unit: "deals" });
  const rows = (commitment: string, current: number) => [
    objective({ commitment }),
    { ...done(current), id: "T-O1-KR1" },
    { ...done(current), id: "T-O1-KR2" },
  ];

  it("notes an aspirational objective that ends the period at 0.95 or more", () => {
    const found = lintWorkbook([sheet(rows("Aspirational", 97), { asOf: "2026-03-31" })]).filter(
      (f) => f.ruleId === "O-TOO-EASY"
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "info",
        okrId: "T-O1",
        params: expect.objectContaining({ score: "0.97" }),
      }),
    ]);
    for (const lang of LANGS) expect(renderFinding(found[0], lang).message).toContain("0.97");
  });

  it("sees the date Score grades at: the given as-of, else the sheet's, else today", () => {
    const tooEasy = (sheets: ReturnType<typeof sheet>[]) =>
      lintWorkbook(sheets).filter((f) => f.ruleId === "O-TOO-EASY").length;
    const during = sheet(rows("Aspirational", 97), { asOf: "2026-02-15" });
    const none = sheet(rows("Aspirational", 97));
    expect(tooEasy([during, none])).toBe(0);
    expect(tooEasy(sheetsAsOf([during, none], "2026-03-31"))).toBe(2);
    expect(tooEasy(sheetsAsOf([during, none], null, "2026-12-06"))).toBe(1);
    expect(sheetsAsOf([during], null, "2026-12-06")[0]).toBe(during);
    // Score's own check (what the Summary counts) sees the as-of it writes into the sheet.
    const scored = planScore([{ sheet: during, rows: [] }], {
      asOf: "2026-03-31",
      checkedOn: "2026-04-01",
      lang: "en",
    });
    expect(scored.findings.filter((f) => f.ruleId === "O-TOO-EASY")).toHaveLength(1);
  });

  it("reads a CSV's numbers typed as text as Score lays them out", () => {
    const text = (current: number) => ({
      ...done(current),
      start: "0",
      target: "100",
      current: `${current}`,
    });
    const csv = sheet(
      [objective({ commitment: "Aspirational" }), { ...text(96), id: "T-O1-KR1" }],
      {
        asOf: "2026-03-31",
      }
    );
    expect(lintWorkbook([csv]).filter((f) => f.ruleId === "O-TOO-EASY")).toEqual([
      expect.objectContaining({
        okrId: "T-O1",
        params: expect.objectContaining({ score: "0.96" }),
      }),
    ]);
  });

  it.each([
    ["during the period", "Aspirational", 97, "2026-02-15"],
    ["below 0.95", "Aspirational", 90, "2026-03-31"],
    ["a committed objective", "Committed", 100, "2026-03-31"],
  ])("says nothing %s", (_what, commitment, current, asOf) => {
    const found = lintWorkbook([sheet(rows(commitment, current), { asOf })]).filter(
      (f) => f.ruleId === "O-TOO-EASY"
    );
    expect(found).toEqual([]);
  });
});
