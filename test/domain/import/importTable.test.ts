import { importTable, UnrecognisedLayout } from "../../../src/domain/import/importTable";
import { readMapping } from "../../../src/domain/import/layouts";
import { fieldByName, wideColumn } from "../../../src/domain/import/fields";
import { importReport, unrecognisedText } from "../../../src/domain/import/report";
import { guessKrType, unitOfValues } from "../../../src/domain/import/values";
import type { CellValue } from "../../../src/domain/types";

const csv = (text: string): CellValue[][] =>
  text
    .trim()
    .split("\n")
    .map((l) => l.split(","));

describe("importTable", () => {
  it("reads a Viva-Goals-style export: levels, parents, units and types from the values", () => {
    const t = importTable(
      "viva",
      csv(`
Title,Object type,Owner,Parent,Start value,Target value,Current value,Progress,Status
Grow revenue,Objective,Dana,,,,,45%,On track
Lift ARR from $2M to $3M,Key Result,Dana,Grow revenue,$2000000,$3000000,$2400000,40%,On track
Ship the CRM,Project,Omar,Grow revenue,,,,20%,On track
Delight customers,Objective,Mei,Grow revenue,,,,,At risk
Raise NPS from 30 to 45,Key Result,Mei,Delight customers,30,45,,,
Stand up an advisory board,Key Result,Mei,Delight customers,,,,60%,Behind
`)
    );
    expect(t.layout.kind).toBe("typed");
    expect(t.rows.map((r) => [r.id, r.level, r.parent ?? null])).toEqual([
      ["VIVA-O1", "Objective", null],
      ["VIVA-O1-KR1", "Key result", null],
      ["VIVA-O2", "Objective", "VIVA-O1"],
      ["VIVA-O2-KR1", "Key result", null],
      ["VIVA-O2-KR2", "Key result", null],
    ]);
    const arr = t.rows[1];
    expect([arr.unit, arr.krType, arr.start, arr.target, arr.current]).toEqual([
      "USD",
      "Metric",
      2000000,
      3000000,
      2400000,
    ]);
    // Current missing stays missing: never made up.
    expect(t.rows[3].current).toBeNull();
    // A progress is all a key result has: a milestone whose Current is that progress, said.
    expect([t.rows[4].krType, t.rows[4].current, t.rows[4].unit]).toEqual([
      "Milestone",
      "60%",
      "%",
    ]);
    expect(t.report.find((r) => r.line === 7)!.guesses).toEqual(
      expect.arrayContaining([{ code: "currentFromProgress", progress: "60%" }])
    );
    expect(t.report.find((r) => r.line === 4)!.dropped).toEqual({
      reason: "notOkr",
      what: "Project",
    });
    expect(t.rows[0].notes).toBe("Status: On track");
  });

  it("reads objective and key result side by side, a blank objective continuing the one above", () => {
    const t = importTable(
      "team",
      csv(`
Objective,Key Result,Owner,Start,Target,Current
Make onboarding effortless,Cut setup from 14 to 7 days,Priya,14,7,10
,Publish the guide,Priya,no,yes,no
Grow revenue,Lift MRR from 40 to 60,Sam,40,60,46
Grow revenue,Keep churn below 2%,Sam,,2%,1%
`)
    );
    expect(t.layout.kind).toBe("grouped");
    expect(t.rows.map((r) => r.id)).toEqual([
      "TEAM-O1",
      "TEAM-O1-KR1",
      "TEAM-O1-KR2",
      "TEAM-O2",
      "TEAM-O2-KR1",
      "TEAM-O2-KR2",
    ]);
    expect([t.rows[2].krType, t.rows[2].start, t.rows[2].target, t.rows[2].current]).toEqual([
      "Binary",
      0,
      1,
      0,
    ]);
    expect([t.rows[5].krType, t.rows[5].start, t.rows[5].target]).toEqual([
      "Keep below",
      null,
      "2%",
    ]);
    expect(t.report[0].ids).toEqual(["TEAM-O1", "TEAM-O1-KR1"]);
  });

  it("reads one row per objective with numbered key-result columns, in Chinese headers", () => {
    const t = importTable(
      "增长",
      csv(`
目标,负责人,关键结果1,关键结果1起始值,关键结果1目标值,关键结果1当前值,关键结果2,关键结果2目标值
提升转化率,王芳,将转化率从8%提升到12%,8%,12%,9%,保持退款率低于3%,3%
`),
      { lang: "zh-CN" }
    );
    expect(t.layout.kind).toBe("wide");
    expect(t.rows.map((r) => [r.id, r.level, r.owner ?? null])).toEqual([
      ["OKR-O1", "目标", "王芳"],
      ["OKR-O1-KR1", "关键结果", null],
      ["OKR-O1-KR2", "关键结果", null],
    ]);
    expect([t.rows[1].unit, t.rows[1].start, t.rows[2].krType]).toEqual(["%", "8%", "保持低于"]);
    expect(t.report[0].ids).toHaveLength(3);
  });

  it("keeps IDs unique across tables and says the prefix it took", () => {
    const rows = csv("Title,Type\nDo it,Objective\nRaise x from 1 to 2,Key result");
    const t = importTable("sales", rows, { takenIds: ["SALES-O1"] });
    expect(t.rows[0].id).toBe("SALES2-O1");
  });

  it("refuses a layout it cannot read, and a mapping makes it readable", () => {
    const rows = csv("Goal name,Kind,Who\nGrow,Objective,Ann\nRaise x from 1 to 2,KR,Ann");
    expect(() => importTable("x", rows)).toThrow(UnrecognisedLayout);
    try {
      importTable("x", rows);
    } catch (e) {
      const text = unrecognisedText("x.csv", (e as UnrecognisedLayout).columns, "en");
      expect(text).toContain("Goal name,-");
      expect(unrecognisedText("x.csv", (e as UnrecognisedLayout).columns, "zh-TW")).toContain(
        "對應檔"
      );
    }
    const { mapping, unknown } = readMapping(
      [
        ["source", "column"],
        ["Goal name", "Statement"],
        ["Kind", "level"],
        ["Who", "负责人"],
      ],
      fieldByName
    );
    expect(unknown).toEqual([]);
    const t = importTable("x", rows, { mapping });
    expect(t.rows.map((r) => [r.id, r.owner])).toEqual([
      ["X-O1", "Ann"],
      ["X-O1-KR1", "Ann"],
    ]);
    expect(readMapping([["Goal name", "Nonsense"]], fieldByName).unknown).toEqual(["Nonsense"]);
  });

  it("reports each line in three languages", () => {
    const t = importTable("v", csv("Title,Object type\nGrow,Objective\nCRM,Project"));
    expect(importReport(t, "en")).toContain(
      "line 3: dropped — “Project” is not an objective or key result"
    );
    expect(importReport(t, "zh-CN")).toContain("第 3 行：舍弃");
    expect(importReport(t, "zh-TW")).toContain("第 3 列：捨棄");
  });
});

describe("import values", () => {
  it("names the unit the values are written in", () => {
    expect(unitOfValues(["8%", "12%"])).toBe("%");
    expect(unitOfValues(["$40,000", null])).toBe("USD");
    expect(unitOfValues(["¥1200"])).toBe("CNY");
    expect(unitOfValues([14, 7])).toBeNull();
  });

  it("guesses a type only from what the key result says", () => {
    const none = { start: null, target: null, current: null, progress: null };
    expect(guessKrType({ ...none, statement: "Keep churn below 2%" }).type).toBe("keepBelow");
    expect(guessKrType({ ...none, statement: "保持满意度高于90%" }).type).toBe("keepAbove");
    expect(guessKrType({ ...none, statement: "Ship", target: "yes", current: "no" }).type).toBe(
      "binary"
    );
    expect(guessKrType({ ...none, statement: "Board", progress: "60%" }).type).toBe("milestone");
    expect(guessKrType({ ...none, statement: "Grow", start: 1, target: 2 }).type).toBe("metric");
  });

  it("reads numbered key-result columns", () => {
    expect(wideColumn("KR1")).toEqual({ n: 1, field: "statement" });
    expect(wideColumn("Key result 2 target")).toEqual({ n: 2, field: "target" });
    expect(wideColumn("關鍵結果3目前值")).toEqual({ n: 3, field: "current" });
    expect(wideColumn("KR type")).toBeNull();
  });
});
