// Scores that mean what they say (issue: percent scales, milestones, unreadable cells, grading): the
// command line on real files, with values a person computes by hand.
import { copyFileSync, linkSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { COLUMNS } from "../../src/domain/reading/columns";
import { readSheet } from "../../src/domain/reading/sheet";
import { worksheetRows } from "../../src/cli/worksheetCells";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-numbers-"));
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;
const SHARED = join(__dirname, "..", "fixtures", "shared");

async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

interface Row {
  id: string;
  progress: number | null;
  gapToTarget: number | null;
  status: string | null;
  problem: string | null;
}

async function scoreJson(input: string, ...more: string[]) {
  const out = join(tmp(), "scored.xlsx");
  const result = await okr(
    "score",
    input,
    "--as-of",
    "2026-03-31",
    "--format",
    "json",
    "-o",
    out,
    ...more
  );
  const doc = JSON.parse(result.out) as { sheets: { score: number }[]; rows: Row[] };
  const row = (id: string) => doc.rows.find((r) => r.id === id) as Row;
  return { ...result, doc, row, file: out };
}

/** The scored file's OKR sheet (the Summary and its details come first, in any language). */
async function sheetOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.find((ws) => readSheet(ws.name, worksheetRows(ws)).match)!;
}

describe("okr score: percent values and milestones as a person reads them", () => {
  it("customer-success-en.csv: whole-number percentages are percent points", async () => {
    const { row, doc, status, err, file } = await scoreJson(
      join(SHARED, "customer-success-en.csv"),
      "--period",
      "2026-Q1"
    );
    // Flag 100% of churned accounts: 40 → 100, now 55: 15 of 60 points.
    expect(row("CS-O2-KR1").progress).toBeCloseTo(0.25, 12);
    expect(row("CS-O2-KR1").gapToTarget).toBeCloseTo(0.45, 12);
    // Save 50%: 20 → 50, now 25.
    expect(row("CS-O2-KR2").progress).toBeCloseTo(5 / 30, 12);
    // Renewal rate 85 → 92, now 86.
    expect(row("CS-O3-KR2").progress).toBeCloseTo(1 / 7, 12);
    // NPS is in points (not %): 6 → 8, now 6.5.
    expect(row("CS-O1-KR1").progress).toBeCloseTo(0.25, 12);
    // Churn "below 1%" with bare 1 and 0.8: on no one scale by the cells alone (1 % and 80 %?),
    // but the statement gives 1% with its sign, so both are percent points: 0.8 % is below 1 %.
    expect(row("CS-O1-KR2")).toMatchObject({ progress: 1, status: "green", problem: null });
    // Objectives: O1 50/50; O2 60/40; O3 50/50 (binary 0).
    expect(row("CS-O1").progress).toBeCloseTo(0.5 * 0.25 + 0.5 * 1, 12);
    expect(row("CS-O2").progress).toBeCloseTo(0.6 * 0.25 + 0.4 * (5 / 30), 12);
    expect(row("CS-O3").progress).toBeCloseTo(0.5 / 7, 12);
    expect(doc.sheets[0].score).toBeCloseTo(
      0.4 * (0.5 * 0.25 + 0.5 * 1) + 0.4 * (0.6 * 0.25 + 0.4 * (5 / 30)) + 0.2 * (0.5 / 7),
      12
    );
    // Every key result scored: nothing named on stderr, exit 0.
    expect(status).toBe(0);
    expect(err).not.toMatch(/not scored/);
    // In the file: percent points became shares shown as percentages, the churn row's too (its
    // statement settled the scale).
    const ws = await sheetOf(file);
    const rowOf = (id: string) => {
      let found = 0;
      ws.eachRow((r, n) => {
        if (r.getCell(1).value === id) found = n;
      });
      return ws.getRow(found);
    };
    const kr = rowOf("CS-O2-KR1");
    expect([kr.getCell(col("start")).value, kr.getCell(col("target")).value]).toEqual([0.4, 1]);
    expect(kr.getCell(col("current")).numFmt).toBe("0.0%");
    const churn = rowOf("CS-O1-KR2");
    expect(churn.getCell(col("target")).value).toBeCloseTo(0.01, 12);
    expect(churn.getCell(col("current")).value).toBeCloseTo(0.008, 12);
    expect(churn.getCell(col("current")).numFmt).toBe("0.0%");
  });

  it("growth-zhcn.csv: a milestone on a 0–100 ladder at 20 is 20 %", async () => {
    const { row, doc } = await scoreJson(join(SHARED, "growth-zhcn.csv"), "--period", "2026-Q1");
    expect(row("G-O1-KR1").progress).toBeCloseTo(0.32, 12);
    expect(row("G-O1-KR2").progress).toBeCloseTo(1 / 7, 12);
    expect(row("G-O2-KR1").progress).toBeCloseTo(0.2, 12);
    expect(row("G-O2-KR1").gapToTarget).toBeCloseTo(0.8, 12);
    // A milestone is graded as committed (bar 1.0) under a committed or aspirational objective.
    expect(row("G-O2-KR1").status).toBe("red");
    // Aspirational 0.32 at the end: between 0.3 and 0.6 is acceptable.
    expect(row("G-O1-KR1").status).toBe("yellow");
    const o1 = 0.5 * 0.32 + 0.5 * (1 / 7);
    const o2 = (0.5 * 0.2 + 0.3 * 0) / 0.8;
    expect(row("G-O1").progress).toBeCloseTo(o1, 12);
    expect(row("G-O2").progress).toBeCloseTo(o2, 12);
    expect(doc.sheets[0].score).toBeCloseTo(0.5 * o1 + 0.5 * o2, 12);
  });
});

const HEAD =
  "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes";

function csv(lines: string[]): string {
  const file = join(tmp(), "sheet.csv");
  writeFileSync(file, [HEAD, ...lines].join("\n"));
  return file;
}

describe("okr score: unreadable is not zero", () => {
  // ("4.5m" is 4,500,000 since issue 36: people write millions so; "4.5x" is no number.)
  it.each([["1,6OO,000"], ["4.5x"], ["1e309"], ["NaN"]])(
    "Current %s: no progress, no status, KR-BAD-VALUE, exit 1",
    async (value) => {
      const file = csv([
        "A-O1,Objective,,Grow revenue,Ann,Committed,,,,,,,,,",
        `A-O1-KR1,Key result,,Grow revenue from 1.2M to 2M,,,Metric,USD,1200000,2000000,"${value}",50%,70%,,`,
        "A-O1-KR2,Key result,,Win 10 new logos,,,Metric,logos,0,10,5,50%,70%,,",
      ]);
      const { row, status, err } = await scoreJson(file, "--period", "2026-Q1");
      expect(row("A-O1-KR1")).toMatchObject({
        progress: null,
        status: null,
        problem: "KR-BAD-VALUE",
      });
      // The objective is the mean of what could be scored, not dragged down by a zero.
      expect(row("A-O1").progress).toBeCloseTo(0.5, 12);
      expect(status).toBe(1);
      expect(err).toContain("A-O1-KR1 not scored (KR-BAD-VALUE)");
    }
  );
});

describe("okr score / okr check: a milestone's Current typed as a step of its ladder", () => {
  const LADDER = "0% 开始5% 提议区域20% 同意位置50% 雇用区域负责人70% 收购办公室100% 启动和运行";
  const file = () =>
    csv([
      "A-O1,Objective,,开设深圳办公室,Ann,Committed,,,,,,,,,",
      `A-O1-KR1,Key result,,深圳办公室投入运行,,,Milestone,%,,100%,收购办公室,50%,70%,,${LADDER}`,
      `A-O1-KR2,Key result,,Open the Austin office,,,Milestone,%,,100%,Lease Signed,50%,70%,,"Ladder: 0% start, 70% lease signed, 100% open"`,
      `A-O1-KR3,Key result,,Open the Lyon office,,,Milestone,%,,100%,lease sined,,,,"Ladder: 0% start, 70% lease signed, 100% open"`,
    ]);

  it("score reads the step's share; a name of no step is not scored", async () => {
    const { row, status, err } = await scoreJson(file(), "--period", "2026-Q1");
    expect(row("A-O1-KR1").progress).toBeCloseTo(0.7, 12);
    expect(row("A-O1-KR1").gapToTarget).toBeCloseTo(0.3, 12);
    expect(row("A-O1-KR2").progress).toBeCloseTo(0.7, 12);
    expect(row("A-O1-KR3")).toMatchObject({ progress: null, problem: "KR-BAD-VALUE" });
    expect(status).toBe(1);
    expect(err).toContain("A-O1-KR3 not scored (KR-BAD-VALUE)");
  });

  it("check reports only the name that matches no step, naming the steps it could be", async () => {
    const { out, status } = await okr("check", file(), "--period", "2026-Q1", "--format", "json");
    const findings = (JSON.parse(out) as { ruleId: string; id: string; message: string }[]).filter(
      (f) => f.ruleId === "KR-BAD-VALUE"
    );
    expect(findings.map((f) => f.id)).toEqual(["A-O1-KR3"]);
    expect(status).toBe(1);
    expect(findings[0].message).toContain("lease signed (70%)");
  });
});

describe("okr score: an objective without a Commitment is graded as committed (assumed)", () => {
  const file = () =>
    csv([
      "A-O1,Objective,,Grow repeat purchases,Ann,,,,,,,,,,",
      "A-O1-KR1,Key result,,Grow repeat rate from 30 to 40,,,Metric,,30,40,35,,70%,,",
      "A-O2,Objective,,Sign new partners,Ann,Aspirational,,,,,,,,,",
      "A-O2-KR1,Key result,,Sign 3 partners,,,Metric,,0,3,2,,70%,,",
    ]);

  it.each([
    ["en", "A-O1 has no Commitment: graded as committed (assumed)"],
    ["zh-CN", "A-O1 未填写承诺类型：按承诺型（默认）评定"],
    ["zh-TW", "A-O1 未填寫承諾類型：按承諾型（預設）評定"],
  ])("%s: the printed report says so, at the objective's Commitment cell", async (lang, line) => {
    const out = join(tmp(), "scored.xlsx");
    const input = file();
    const result = await okr("score", input, "--period", "2026-Q1", "--lang", lang, "-o", out);
    expect(result.status).toBe(0);
    const lines = result.out.split("\n").filter((l) => l.includes("A-O"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(line);
    // Located: the Commitment cell (column F) of the objective's row in the written sheet.
    expect(lines[0]).toMatch(/\]:\d+ F\d+ {2}A-O1/);
  });

  it("JSON marks the rows graded so; the Summary says it beside the statement and in the attention list", async () => {
    const { row, file: out } = await scoreJson(file(), "--period", "2026-Q1");
    const doc = (id: string) => row(id) as unknown as { commitmentAssumed: boolean };
    expect(doc("A-O1").commitmentAssumed).toBe(true);
    expect(doc("A-O1-KR1").commitmentAssumed).toBe(true);
    expect(doc("A-O2").commitmentAssumed).toBe(false);
    // Committed bar at the period's end: 0.5 is missed (it would be acceptable if aspirational).
    expect(row("A-O1").status).toBe("red");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts = (name: string) => {
      const found: string[] = [];
      wb.getWorksheet(name)?.eachRow((r) =>
        r.eachCell((c) => {
          if (typeof c.value === "string") found.push(c.value);
        })
      );
      return found;
    };
    expect(texts("Summary details")).toContain("Grow repeat purchases — committed (assumed)");
    expect(texts("Summary details")).toContain("Sign new partners");
    expect(
      texts("Summary").some((t) => t.includes("(committed (assumed): 100% is achieved)"))
    ).toBe(true);
  });
});

describe("okr score: only sheets Check can read", () => {
  it("refuses a sheet without a required column, with Check's located message, writing nothing", async () => {
    const file = join(tmp(), "no-owner.csv");
    writeFileSync(
      file,
      [
        "ID,Level,Statement,KR type,Start,Target,Current",
        "A-O1,Objective,Grow revenue,,,,",
        "A-O1-KR1,Key result,Grow revenue from 1 to 2,Metric,1,2,1.5",
      ].join("\n")
    );
    const out = join(tmp(), "out.xlsx");
    const result = await okr("score", file, "-o", out);
    expect(result.status).toBe(2);
    expect(result.err).toContain("SHEET-HEADER");
    expect(result.err).toContain("Owner");
    expect(() => readFileSync(out)).toThrow();
  });

  it("refuses a header row with nothing under it", async () => {
    const out = join(tmp(), "out.xlsx");
    const result = await okr("score", csv([]), "-o", out, "--lang", "zh-CN");
    expect(result.status).toBe(2);
    expect(result.err).toContain("表头行下没有目标或关键结果行");
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("okr score: grading as seed 003 teaches it", () => {
  const sheet = () =>
    csv([
      "A-O1,Objective,,Win the market,Ann,Aspirational,,,,,,50%,,,",
      "A-O1-KR1,Key result,,Grow share from 0 to 100 points,,,Metric,points,0,100,65,100%,70%,,",
      "A-O2,Objective,,Keep the lights on,Ann,Committed,,,,,,50%,,,",
      "A-O2-KR1,Key result,,Answer 100 tickets a week,,,Metric,tickets,0,100,85,50%,70%,,",
      "A-O2-KR2,Key result,,Open the office,,,Milestone,,0,100,70,50%,70%,,",
    ]);

  it("at the period's end: aspirational 0.65 achieved, committed 0.85 acceptable, milestone 0.7 missed", async () => {
    const { row } = await scoreJson(sheet(), "--period", "2026-Q1");
    expect(row("A-O1-KR1").status).toBe("green");
    expect(row("A-O1").status).toBe("green");
    expect(row("A-O2-KR1").status).toBe("yellow");
    // A milestone is business as usual: 70 % is not good, whatever the objective says.
    expect(row("A-O2-KR2")).toMatchObject({ progress: 0.7, status: "red" });
  });

  it("grades a 70 % milestone under an aspirational objective as missed, not on track", async () => {
    const file = csv([
      "A-O1,Objective,,Win the region,Ann,Aspirational,,,,,,100%,,,",
      "A-O1-KR1,Key result,,Open the regional office,,,Milestone,%,0,100,70,100%,70%,,",
    ]);
    const { row } = await scoreJson(file, "--period", "2026-Q1");
    expect(row("A-O1-KR1")).toMatchObject({ progress: 0.7, status: "red" });
    // The objective keeps its own (aspirational) bar: 0.7 is a very good result there.
    expect(row("A-O1")).toMatchObject({ progress: 0.7, status: "green" });
  });

  it.each([
    ["en", ["Achieved", "Acceptable", "Missed"]],
    ["zh-CN", ["达成", "可接受", "未达成"]],
    ["zh-TW", ["達成", "可接受", "未達成"]],
  ])("the sheet shows grades at the end of the period (%s)", async (lang, words) => {
    const out = join(tmp(), "graded.xlsx");
    await okr(
      "score",
      sheet(),
      "--period",
      "2026-Q1",
      "--as-of",
      "2026-03-31",
      "--lang",
      lang,
      "-o",
      out
    );
    const ws = await sheetOf(out);
    const status = (ws.getCell(8, col("status")).value as ExcelJS.CellFormulaValue).formula;
    for (const w of words) expect(status).toContain(`"${w}"`);
  });
});

describe("okr score: an output that is an input, by any name", () => {
  it("refuses a hard link to the input, with or without --force", async () => {
    const dir = tmp();
    const input = join(dir, "in.xlsx");
    const made = await okr(
      "new",
      "--template",
      "sales",
      "--lang",
      "en",
      "--period",
      "2026-Q1",
      "-o",
      input
    );
    expect(made.status).toBe(0);
    const before = readFileSync(input);
    const link = join(dir, "link.xlsx");
    linkSync(input, link);
    for (const force of [[], ["--force"]]) {
      const result = await okr("score", input, "-o", link, ...force);
      expect(result.status).toBe(2);
      expect(result.err).toContain("never writes over its input");
    }
    expect(readFileSync(input).equals(before)).toBe(true);
    // A copy is another file: writing it is fine with --force.
    copyFileSync(input, join(dir, "copy.xlsx"));
    expect((await okr("score", input, "-o", join(dir, "copy.xlsx"), "--force")).status).toBe(0);
  });
});

describe("okr checkin: a percent value typed as a whole number", () => {
  it("30 for a key result held as 18 %/25 % is 30 %, not 3000 %", async () => {
    const file = join(tmp(), "pct.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Team");
    ws.addRow(HEAD.split(","));
    ws.addRow(["T-O1", "Objective", "", "Grow repeat purchases", "Ann", "Committed"]);
    const kr = ws.addRow([
      "T-O1-KR1",
      "Key result",
      "",
      "Raise repeat rate from 18% to 25%",
      "",
      "",
      "Metric",
      "%",
      0.18,
      0.25,
      0.2,
      1,
      0.7,
    ]);
    for (const c of [9, 10, 11]) kr.getCell(c).numFmt = "0%";
    await wb.xlsx.writeFile(file);
    const values = join(tmp(), "week.csv");
    writeFileSync(values, "ID,Current\nT-O1-KR1,30\n");
    const out = join(tmp(), "after.xlsx");
    const result = await okr(
      "checkin",
      file,
      "--date",
      "2026-02-10",
      "--values",
      values,
      "-o",
      out
    );
    expect(result.status).toBe(0);
    const after = await sheetOf(out);
    expect(after.getCell(3, col("current")).value).toBeCloseTo(0.3, 12);
    const scored = await scoreJson(out, "--period", "2026-Q1");
    // (0.30 − 0.18) / (0.25 − 0.18) is past the target: done, not 3000 %.
    expect(scored.row("T-O1-KR1").progress).toBe(1);
    expect(scored.row("T-O1-KR1").gapToTarget).toBe(0);
  });
});
