// A workbook across periods, as rules over plain rows: which periods it holds and which one a view
// shows, IDs with the period in them, the cadence, the numbers a statement names, what a key
// result becomes when it carries over, and the findings that ask a person to finish the job.
import { carryKeyResult, carriedFrom, reachedTarget } from "../../src/domain/scoring/carryOver";
import { firstCheckinDue, staleDays } from "../../src/domain/reading/cadence";
import { departmentPrefix, periodIdPrefix, periodToken } from "../../src/domain/reading/periodIds";
import { leftOutLine, periodScope } from "../../src/domain/reading/periodScope";
import { rewriteRange, statementRange, writeLike } from "../../src/domain/reading/statementNumbers";
import { planNext } from "../../src/domain/close/next";
import { REVIEW_COLUMNS, REVIEW_HEADER_ROW } from "../../src/domain/close/periodReview";
import { REVIEW_TITLE } from "../../src/domain/reading/ownSheets";
import { headerRow, COLUMNS } from "../../src/domain/reading/columns";
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type CellValue, type Period } from "../../src/domain/types";
import { metricKr, rowOf } from "../support/okrRows";

const period = (label: string) => (parsePeriod(label) as { ok: true; value: Period }).value;
const Q1 = period("2026-Q1");
const Q2 = period("2026-Q2");
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

/** A sheet's rows under a header block naming its period. */
function grid(p: Period, rows: (string | number)[][]): CellValue[][] {
  return [["Title"], ["Period", p.label], [], [], [], headerRow("en"), ...rows];
}
const input = (name: string, p: Period, rows: (string | number)[][]) => {
  const cells = grid(p, rows);
  return { sheet: readSheet(name, cells), rows: cells };
};
/** A Review listing objectives of these sheets. */
function review(lines: [sheet: string, id: string, carry?: string, krs?: string][]) {
  const keys = Object.keys(REVIEW_COLUMNS) as (keyof typeof REVIEW_COLUMNS)[];
  const rows: CellValue[][] = [[`${REVIEW_TITLE.en} — 2026-Q1`], []];
  rows[REVIEW_HEADER_ROW] = keys.map((k) => REVIEW_COLUMNS[k].en);
  for (const [sheet, id, carry, krs] of lines) {
    const row: CellValue[] = keys.map(() => null);
    row[keys.indexOf("sheet")] = sheet;
    row[keys.indexOf("id")] = id;
    row[keys.indexOf("carry")] = carry ?? null;
    row[keys.indexOf("carryKrs")] = krs ?? null;
    rows.push(row);
  }
  return { sheet: readSheet("Review", rows), rows };
}
const objective = (id: string, more: Record<string, string | number> = {}) =>
  rowOf({
    id,
    level: "Objective",
    statement: "Win the market",
    commitment: "Committed",
    owner: "Dana",
    ...more,
  });

describe("the periods of a workbook", () => {
  const q1 = input("Sales 2026-Q1", Q1, [
    objective("SALES-O1"),
    metricKr("SALES-O1-KR1", "Grow deals from 120 to 200"),
  ]);
  const q2 = input("Sales 2026-Q2", Q2, [
    objective("SALES-26Q2-O1"),
    metricKr("SALES-26Q2-O1-KR1", "Grow deals from 150 to 200"),
  ]);

  it("shows the latest open period by default, the latest when all are closed, and another asked for", () => {
    const open = periodScope([q1, q2]);
    expect(open.ok && [open.scope.period?.label, [...open.scope.shown]]).toEqual([
      "2026-Q2",
      ["Sales 2026-Q2"],
    ]);
    // Q2 started before Q1 was closed: the latest open one is still Q2.
    const closedQ1 = periodScope([q1, q2, review([["Sales 2026-Q1", "SALES-O1"]])]);
    expect(closedQ1.ok && closedQ1.scope.periods.map((p) => [p.period.label, p.closed])).toEqual([
      ["2026-Q1", true],
      ["2026-Q2", false],
    ]);
    // Only Q1, closed: it is what there is to see.
    const onlyClosed = periodScope([q1, review([["Sales 2026-Q1", "SALES-O1"]])]);
    expect(onlyClosed.ok && onlyClosed.scope.period?.label).toBe("2026-Q1");
    const asked = periodScope([q1, q2], Q1);
    expect(asked.ok && [...asked.scope.shown]).toEqual(["Sales 2026-Q1"]);
    expect(periodScope([q1, q2], period("2026-Q3"))).toEqual({
      ok: false,
      asked: "2026-Q3",
      known: ["2026-Q1", "2026-Q2"],
    });
  });

  it("says what a view left out in one line, in three languages", () => {
    const scope = periodScope([q1, q2]);
    if (!scope.ok) throw new Error("scope");
    expect(leftOutLine(scope.scope, "en", "cli")).toBe(
      "1 sheet of 2026-Q1 not shown; --period 2026-Q1 shows them"
    );
    expect(leftOutLine(scope.scope, "zh-CN", "pane")).toBe(
      "未显示 2026-Q1 的 1 张工作表；在“周期”中选择 2026-Q1 可查看"
    );
    expect(leftOutLine(scope.scope, "zh-TW", "cli")).toBe(
      "未顯示 2026-Q1 的 1 張工作表；--period 2026-Q1 可查看"
    );
  });
});

describe("IDs across periods", () => {
  it("keep the template's short prefix first, then write the period in", () => {
    expect(
      ["2026-Q2", "2026-H1", "2026-04", "FY2027", "2026"].map((p) => periodToken(period(p)))
    ).toEqual(["26Q2", "26H1", "2604", "FY27", "2026"]);
    expect(periodIdPrefix("SALES", Q1, ["CO-O1"])).toBe("SALES");
    expect(periodIdPrefix("SALES", Q2, ["SALES-O1", "SALES-O1-KR1"])).toBe("SALES-26Q2");
    // A second Sales sheet of the same period.
    expect(periodIdPrefix("SALES", Q2, ["SALES-O1", "SALES-26Q2-O1"])).toBe("SALES2-26Q2");
    // Q3 from Q2's sheet: the department's part is kept, the period replaced.
    expect(departmentPrefix("SALES-26Q2")).toBe("SALES");
    expect(
      periodIdPrefix(departmentPrefix("SALES-26Q2"), period("2026-Q3"), [
        "SALES-O1",
        "SALES-26Q2-O1",
      ])
    ).toBe("SALES-26Q3");
  });
});

describe("the cadence", () => {
  it("is stale after more than one cadence, and the first check-in is due one cadence in", () => {
    expect(staleDays("2026-04-08", "2026-04-15", 7)).toBeNull();
    expect(staleDays("2026-04-07", "2026-04-15", 7)).toBe(8);
    expect(staleDays("2026-04-02", "2026-04-15", 14)).toBeNull();
    expect(firstCheckinDue(Q2, 7)).toBe("2026-04-08");
  });
});

describe("the start and target a statement names", () => {
  it("reads the forms the templates write and people write, in three languages", () => {
    const cases: [string, number, number][] = [
      ["Grow new enterprise bookings from $1.2M to $2M", 1_200_000, 2_000_000],
      ["Shorten the average sales cycle from 75 days to 55 days", 75, 55],
      ["Raise the enterprise win rate from 18% to 25%", 0.18, 0.25],
      ["Grow ARR from 12k to 20k", 12_000, 20_000],
      ["大客户新签合同额从120万美元增长到200万美元", 1_200_000, 2_000_000],
      ["大型客戶新簽合約額從120萬美元成長到200萬美元", 1_200_000, 2_000_000],
      ["平均销售周期从75天缩短到55天", 75, 55],
      ["客户满意度由 80 分提升至 90 分", 80, 90],
    ];
    for (const [text, start, target] of cases) {
      const range = statementRange(text);
      expect([text, range?.start.value, range?.target.value]).toEqual([text, start, target]);
    }
    expect(statementRange("Sign three new reseller channels")).toBeNull();
  });

  it("rewrites the start in the statement's own style", () => {
    const rewrite = (text: string, start: number) =>
      rewriteRange(text, statementRange(text)!, { start });
    expect(rewrite("Grow new enterprise bookings from $1.2M to $2M", 1_600_000)).toBe(
      "Grow new enterprise bookings from $1.6M to $2M"
    );
    expect(rewrite("大客户新签合同额从120万美元增长到200万美元", 1_600_000)).toBe(
      "大客户新签合同额从160万美元增长到200万美元"
    );
    expect(rewrite("Raise the enterprise win rate from 18% to 25%", 0.205)).toBe(
      "Raise the enterprise win rate from 20.5% to 25%"
    );
    expect(rewrite("Grow from 1,200,000 to 2,000,000 USD", 1_650_000)).toBe(
      "Grow from 1,650,000 to 2,000,000 USD"
    );
    // Not round at the statement's magnitude: the plain number, grouped.
    expect(writeLike(statementRange("from $1.2M to $2M")!.start, 1_234_567)).toBe("$1,234,567");
  });
});

describe("a key result carried over", () => {
  const kr = (more: Record<string, string | number>) =>
    readSheet(
      "x",
      grid(Q1, [objective("T-O1"), metricKr("T-O1-KR1", "Grow deals from 120 to 200", more)])
    ).objectives[0].keyResults[0];

  it("starts at its last Current and keeps a Target still ahead, its statement following", () => {
    expect(carryKeyResult(kr({ current: 150 }))).toEqual({
      start: 150,
      target: 200,
      statement: "Grow deals from 150 to 200",
      targetDropped: false,
      statementUpdated: true,
    });
    // A decrease: 210 → 150, at 180 the target is still ahead (below).
    const down = kr({
      start: 210,
      target: 150,
      current: 180,
      statement: "Cut CPA from 210 to 150",
    });
    expect(carryKeyResult(down)).toMatchObject({
      start: 180,
      target: 150,
      statement: "Cut CPA from 180 to 150",
    });
  });

  it("never flips direction: a target reached or passed is left empty", () => {
    // Start 100, Target 200, Current 260: carried as 260 → (empty), not as a decrease to 200.
    const over = kr({
      start: 100,
      target: 200,
      current: 260,
      statement: "Grow deals from 100 to 200",
    });
    expect(reachedTarget(over)).toBe(true);
    expect(carryKeyResult(over)).toMatchObject({ start: 260, target: null, targetDropped: true });
    const exactly = kr({ current: 200 });
    expect(carryKeyResult(exactly)).toMatchObject({
      start: 200,
      target: null,
      targetDropped: true,
    });
    // Keep-above health metrics keep their line whatever the value.
    const keep = kr({ krType: "Keep above", start: "", target: 95, current: 97 });
    expect(carryKeyResult(keep)).toMatchObject({ target: 95, targetDropped: false });
  });

  it("reads the row it came from in its Notes, in any language", () => {
    expect(carriedFrom("Carried over from SALES-O1-KR2 — ladder in the side table")).toBe(
      "SALES-O1-KR2"
    );
    expect(carriedFrom("延续自 SALES-O1")).toBe("SALES-O1");
    expect(carriedFrom("延續自 SALES-O1")).toBe("SALES-O1");
    expect(carriedFrom("a note")).toBeNull();
  });
});

describe("starting the next period", () => {
  // CO-O1 (Company) and SALES-O1 aligned to it; SALES-O2 aligned to CO-O2, which is not carried.
  const company = input("Company 2026-Q1", Q1, [
    objective("CO-O1"),
    metricKr("CO-O1-KR1", "Grow revenue from 120 to 200"),
    objective("CO-O2"),
    metricKr("CO-O2-KR1", "Grow margin from 120 to 200"),
  ]);
  const sales = input("Sales 2026-Q1", Q1, [
    objective("SALES-O1", { parent: "CO-O1" }),
    metricKr("SALES-O1-KR1", "Grow deals from 120 to 200", { current: 150 }),
    // Reached (scored 0.9 by its owner): not carried unless marked.
    metricKr("SALES-O1-KR2", "Grow renewals from 120 to 200", { current: 200, finalScore: 0.9 }),
    // Overshot: carried only because it is marked, with its Target left empty.
    metricKr("SALES-O1-KR3", "Lift referrals to 200 (up from 100)", { start: 100, current: 260 }),
    objective("SALES-O2", { parent: "CO-O2" }),
    metricKr("SALES-O2-KR1", "Grow upsells from 120 to 200", { current: 130 }),
  ]);
  const marks = review([
    ["Company 2026-Q1", "CO-O1", "yes"],
    ["Company 2026-Q1", "CO-O2", "no"],
    ["Sales 2026-Q1", "SALES-O1", "yes", "SALES-O1-KR3"],
    ["Sales 2026-Q1", "SALES-O2", "yes"],
  ]);
  const plan = planNext({
    inputs: [company, sales, marks],
    period: Q2,
    carry: "marked",
    lang: "en",
  });
  const q2 = (name: string) => {
    const p = plan.plans.find((x) => x.sheet === name)!;
    const rows = p.blocks[0].values as CellValue[][];
    return readSheet(name, rows);
  };

  it("carries what is not done, and a reached key result only when marked", () => {
    expect(plan.sheets).toEqual(["Company 2026-Q2", "Sales 2026-Q2"]);
    const [o1, o2] = q2("Sales 2026-Q2").objectives;
    expect(o1.keyResults.map((k) => [k.id, k.notes])).toEqual([
      ["SALES-26Q2-O1-KR1", "Carried over from SALES-O1-KR1"],
      ["SALES-26Q2-O1-KR2", "Carried over from SALES-O1-KR3"],
    ]);
    expect([o1.keyResults[1].start, o1.keyResults[1].target]).toEqual([260, null]);
    expect(o2.keyResults.map((k) => [k.start, k.target])).toEqual([[130, 200]]);
    // The new sheets go after the last OKR sheet (before the Review), in order.
    expect(
      plan.plans
        .filter((p) => p.create && p.position !== undefined)
        .map((p) => [p.sheet, p.position])
    ).toEqual([
      ["Company 2026-Q2", 2],
      ["Sales 2026-Q2", 3],
    ]);
  });

  it("aligns to the carried parent, and keeps naming a parent that was not carried", () => {
    const [o1, o2] = q2("Sales 2026-Q2").objectives;
    expect([o1.parent, o2.parent]).toEqual(["CO-26Q2-O1", "CO-O2"]);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        {
          kind: "parent-not-carried",
          sheet: "Sales 2026-Q2",
          id: "SALES-26Q2-O2",
          parent: "CO-O2",
        },
        {
          kind: "target-dropped",
          sheet: "Sales 2026-Q2",
          id: "SALES-26Q2-O1-KR2",
          from: "SALES-O1-KR3",
        },
        {
          kind: "statement-flagged",
          sheet: "Sales 2026-Q2",
          id: "SALES-26Q2-O1-KR2",
          from: "SALES-O1-KR3",
        },
      ])
    );
  });

  it("leaves a finding on every row a person must finish, in three languages", () => {
    const q2Sheets = [q2("Company 2026-Q2"), q2("Sales 2026-Q2")].map((s) => ({
      ...s,
      header: { ...s.header, period: Q2 },
    }));
    const all = [company.sheet, sales.sheet, ...q2Sheets];
    const findings = lintWorkbook(q2Sheets, undefined, all).filter((f) =>
      [
        "O-PARENT-OTHER-PERIOD",
        "KR-CARRIED-TARGET",
        "KR-CARRIED-STATEMENT",
        "KR-NOT-MEASURABLE",
      ].includes(f.ruleId)
    );
    expect(findings.map((f) => [f.ruleId, f.okrId, f.cell])).toEqual([
      ["KR-CARRIED-TARGET", "SALES-26Q2-O1-KR2", `${String.fromCharCode(65 + col("target"))}9`],
      [
        "KR-CARRIED-STATEMENT",
        "SALES-26Q2-O1-KR2",
        `${String.fromCharCode(65 + col("statement"))}9`,
      ],
      ["O-PARENT-OTHER-PERIOD", "SALES-26Q2-O2", `${String.fromCharCode(65 + col("parent"))}10`],
    ]);
    expect(renderFinding(findings[0], "en").message).toBe(
      "SALES-26Q2-O1-KR2 carries over SALES-O1-KR3, which reached or passed its target: it starts at 260 with no Target."
    );
    expect(renderFinding(findings[1], "en").message).toBe(
      "SALES-26Q2-O1-KR2's statement still says 100, the start of SALES-O1-KR3; its Start is now 260."
    );
    expect(renderFinding(findings[2], "en").message).toBe(
      "SALES-26Q2-O2 (2026-Q2) aligns to CO-O2, an objective of 2026-Q1."
    );
    for (const f of findings)
      for (const lang of LANGS) {
        const text = renderFinding(f, lang);
        expect([f.ruleId, lang, /\{\w+\}/.test(text.message + text.hint)]).toEqual([
          f.ruleId,
          lang,
          false,
        ]);
      }
  });
});

describe("a linked key result", () => {
  it("is named by an info finding with what it links to", () => {
    const cells = grid(Q1, [objective("T-O1"), metricKr("T-O1-KR1", "Grow deals from 120 to 200")]);
    const sheet = readSheet("Team", cells, {
      formulaAt: (row, c) => (row === 8 && c === col("current") ? "='P&L'!B1" : null),
    });
    const found = lintWorkbook([sheet]).filter((f) => f.ruleId === "KR-LINKED");
    expect(found.map((f) => [f.severity, f.cell])).toEqual([
      ["info", `${String.fromCharCode(65 + col("current"))}8`],
    ]);
    expect(renderFinding(found[0], "en").message).toBe(
      "T-O1-KR1's Current is linked to 'P&L'!B1: Score reads it, and check-ins record its value without replacing the formula."
    );
  });
});
