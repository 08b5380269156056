// The README's worked example, one quarter further (issue 27): the workbook holds 2026-Q1 (closed)
// and 2026-Q2 (carried over), and every view shows one period — the Summary, the review, check-in
// and close — while "Quarter by quarter" compares them, labelled. Each "Done when" line of the
// issue that the command line can show is a test here.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS } from "../../src/domain/reading/columns";
import { HISTORY_COL } from "../../src/domain/reading/ownSheets";
import { QUARTER_TEXT } from "../../src/domain/score/quarterByQuarter";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import type { CellValue } from "../../src/domain/types";
import { okr } from "../support/cli";
import { readmeQ2, type ReadmeQ2 } from "../support/readmeExample";
import { sectionRows } from "../support/summaryRows";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function sheetsOf(file: string): Promise<Map<string, CellValue[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, worksheetRows(ws)]));
}

const RATINGS =
  "Person,Rater,Role,Score\nHead of Sales,Head of Sales,Self,4\nHead of Sales,CFO,Peer,4\n" +
  "Head of Sales,CHRO,Peer,5\nHead of Sales,CEO,Manager,3\nCEO,CEO,Self,4\nCEO,Board,Manager,4\n";

let example: ReadmeQ2;
beforeAll(async () => {
  example = await readmeQ2();
}, 120_000);

const at = (f: string) => join(example.dir, f);

describe("the README's example in 2026-Q2", () => {
  it("scores 2026-Q2 only, says what it left out, and compares the quarters apart", async () => {
    const out = at("q2-scored.xlsx");
    const text = await okr("score", example.q2, "--as-of", "2026-04-15", "-o", out);
    expect(text.status).toBe(0);
    expect(text.out).toContain("2 sheets of 2026-Q1 not shown; --period 2026-Q1 shows them");
    const json = JSON.parse(
      (await okr("score", example.q2, "--as-of", "2026-04-15", "--format", "json")).out
    );
    expect(json.period).toBe("2026-Q2");
    expect(json.notShown).toEqual([
      { period: "2026-Q1", sheets: ["Company 2026-Q1", "Sales 2026-Q1"] },
    ]);
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(["Sales 2026-Q2"]);

    const written = await sheetsOf(out);
    const summary = written.get("Summary")!;
    const details = written.get("Summary details")!;
    expect(summary[0][0]).toBe("OKR summary — 2026-Q2");
    expect(details[0][0]).toBe("OKR summary details — 2026-Q2");
    // Headline: the overall score is Sales Q2's alone (0 %), not the mean with Q1's 21 % and 16 %.
    expect(summary.find((r) => r[0] === SUMMARY_TEXT.overallScore.en)?.[1]).toBe(0);
    // What it left out, in one line above What needs attention.
    const attention = summary.findIndex((r) => r[0] === SUMMARY_TEXT.attention.en);
    expect(String(summary[attention - 1][0])).toContain("2 sheets of 2026-Q1");
    const names = (rows: CellValue[][], heading: keyof typeof SUMMARY_TEXT, column: number) =>
      sectionRows(rows, SUMMARY_TEXT[heading].en).map((r) => r[column]);
    const sheetCol = details[
      details.findIndex((r) => r[0] === SUMMARY_TEXT.objectives.en) + 1
    ].indexOf(SUMMARY_TEXT.sheet.en);
    expect(names(details, "sheets", 0)).toEqual(["Sales 2026-Q2"]);
    expect(new Set(names(details, "objectives", sheetCol))).toEqual(new Set(["Sales 2026-Q2"]));
    // No closed Q1 key result is listed as missed or unchecked: Q2's three alone.
    expect(names(summary, "attention", 0)).toEqual([
      "SALES-26Q2-O1-KR1",
      "SALES-26Q2-O1-KR2",
      "SALES-26Q2-O1-KR3",
    ]);
    // Not started as of the as-of date? No: the first check-in was due on 2026-04-08.
    expect(new Set(names(summary, "attention", 7))).toEqual(
      new Set(["0% where 16% was due by now; No check-in yet"])
    );
    // Alignment: Q2's objective aligns to a Q1 objective, so nothing of Q2 aligns here.
    expect(sectionRows(details, SUMMARY_TEXT.alignment.en)).toEqual([]);

    // Quarter by quarter, on the details: both periods, each department, each period's overall score.
    const quarter = details.findIndex((r) => r[0] === QUARTER_TEXT.heading.en);
    expect(quarter).toBeGreaterThan(0);
    expect(details[quarter + 2].slice(0, 3)).toEqual(["Department", "2026-Q1", "2026-Q2"]);
    const byDepartment = new Map(
      details.slice(quarter + 3, quarter + 6).map((r) => [r[0], r.slice(1, 3)])
    );
    expect(byDepartment.get("Company")?.[0]).toBeCloseTo(0.205, 9);
    expect(byDepartment.get("Sales")?.[0]).toBeCloseTo(0.165, 9);
    expect(byDepartment.get("Sales")?.[1]).toBe(0);
    expect(byDepartment.get("Overall score")?.[0]).toBeCloseTo(0.185, 9);
    expect(byDepartment.get("Overall score")?.[1]).toBe(0);
  });

  it("--period 2026-Q1 gives Q1's Summary", async () => {
    const out = at("q1-again.xlsx");
    const result = await okr(
      "score",
      example.q2,
      "--as-of",
      "2026-04-15",
      "--period",
      "2026-Q1",
      "-o",
      out
    );
    expect(result.status).toBe(0);
    expect(result.out).toContain("1 sheet of 2026-Q2 not shown; --period 2026-Q2 shows them");
    const written = await sheetsOf(out);
    expect(written.get("Summary")![0][0]).toBe("OKR summary — 2026-Q1");
    expect(
      sectionRows(written.get("Summary details")!, SUMMARY_TEXT.sheets.en).map((r) => r[0])
    ).toEqual(["Company 2026-Q1", "Sales 2026-Q1"]);
    const unknown = await okr("score", example.q2, "--period", "2026-Q3", "--format", "json");
    expect(unknown.status).toBe(2);
    expect(unknown.err).toContain("its periods are 2026-Q1, 2026-Q2");
  });

  it("gives the same review of 2026-Q1 on the Q2 workbook as on the closed Q1 workbook", async () => {
    writeFileSync(at("ratings.csv"), RATINGS);
    const review = async (file: string, ...extra: string[]) => {
      const result = await okr(
        "review",
        file,
        "--ratings",
        at("ratings.csv"),
        "--as-of",
        "2026-04-15",
        "--format",
        "json",
        "--force",
        "-o",
        at("review.xlsx"),
        ...extra
      );
      expect([result.status, result.err]).toEqual([0, ""]);
      return JSON.parse(result.out);
    };
    const closed = await review(example.closed);
    const later = await review(example.q2, "--period", "2026-Q1");
    expect(later).toEqual(closed);
    expect(later.periods).toEqual(["2026-Q1"]);
    const head = later.people.find((p: { person: string }) => p.person === "Head of Sales");
    expect([head.okr, Math.round(head.total * 1000) / 10]).toEqual([0.165, 44.1]);
    const text = await okr(
      "review",
      example.q2,
      "--period",
      "2026-Q1",
      "--ratings",
      at("ratings.csv"),
      "--force",
      "-o",
      at("review.xlsx")
    );
    expect(text.out).toContain("OKR scores from 2026-Q1");
    expect(text.out).toContain("1 sheet of 2026-Q2 not shown; --period 2026-Q2 shows them");
    // By default the review is of the open period: Q2's objective alone (the CEO owns none there).
    writeFileSync(
      at("ratings.csv"),
      RATINGS.split("\n")
        .filter((l) => !l.startsWith("CEO"))
        .join("\n")
    );
    const open = await review(example.q2);
    expect(open.periods).toEqual(["2026-Q2"]);
    expect(open.people.find((p: { person: string }) => p.person === "Head of Sales").okr).toBe(0);
  });

  it("starts Q2 right: not started on day two, alignment kept or asked for, no silent flip", async () => {
    const json = JSON.parse(
      (await okr("score", example.q2, "--as-of", "2026-04-02", "--format", "json")).out
    );
    const krs = json.rows.filter((r: { level: string }) => r.level === "key result");
    expect(krs.map((r: { status: string }) => r.status)).toEqual([
      "notStarted",
      "notStarted",
      "notStarted",
    ]);
    const q2 = (await sheetsOf(example.q2)).get("Sales 2026-Q2")!;
    const table = q2.slice(6);
    const [objective, kr1] = table;
    // CO-O1 was not carried: the objective still names it, and Check asks for its new parent.
    expect(objective[col("parent")]).toBe("CO-O1");
    const check = JSON.parse((await okr("check", example.q2, "--format", "json")).out);
    expect(
      check.filter((f: { ruleId: string }) => f.ruleId === "O-PARENT-OTHER-PERIOD")
    ).toMatchObject([{ sheet: "Sales 2026-Q2", id: "SALES-26Q2-O1", cell: "C7" }]);
    // No carried row has Start = Target, or a Target behind its Start, without a finding.
    for (const row of table.filter((r) => r[col("level")] === "Key result")) {
      const [start, target] = [row[col("start")], row[col("target")]];
      expect(start).not.toEqual(target);
    }
    expect(check.filter((f: { ruleId: string }) => f.ruleId.startsWith("KR-CARRIED"))).toEqual([]);
    // The statement follows the new Start.
    expect([kr1[col("start")], kr1[col("statement")]]).toEqual([
      1_600_000,
      "Grow new enterprise bookings from $1.6M to $2M",
    ]);
    const sheets = await sheetsOf(example.q2);
    // The Summary and its details lead the tabs; Q2's sheet is beside Q1's, before the others.
    expect([...sheets.keys()].slice(0, 6)).toEqual([
      "Summary",
      "Summary details",
      "Company 2026-Q1",
      "Sales 2026-Q1",
      "Sales 2026-Q2",
      "Actions",
    ]);
  });

  it("marks a key result stale after more than one cadence, from its last real check-in", async () => {
    writeFileSync(at("week2.csv"), "ID,Current\nSALES-26Q2-O1-KR1,1700000\n");
    const checked = at("q2-week2.xlsx");
    const result = await okr(
      "checkin",
      example.q2,
      "--date",
      "2026-04-07",
      "--values",
      at("week2.csv"),
      "-o",
      checked
    );
    expect(result.out).toContain("Checked in 1 key result on 2026-04-07 (Sales 2026-Q2)");
    const history = (await sheetsOf(checked)).get("Check-ins")!;
    // The Q1 check-in and this one: one row each, nobody else's.
    expect(history.slice(1).map((r) => r[HISTORY_COL.krId])).toEqual([
      "SALES-O1-KR1",
      "SALES-26Q2-O1-KR1",
    ]);
    const out = at("q2-stale.xlsx");
    expect((await okr("score", checked, "--as-of", "2026-04-15", "-o", out)).status).toBe(0);
    const summary = (await sheetsOf(out)).get("Summary")!;
    const why = new Map(
      sectionRows(summary, SUMMARY_TEXT.attention.en).map((r) => [r[0], String(r[7])])
    );
    expect(why.get("SALES-26Q2-O1-KR1")).toBe("No check-in for 8 days");
    expect(why.get("SALES-26Q2-O1-KR2")).toBe("0% where 16% was due by now; No check-in yet");
    // A Q1 key result is not this period's: refused with the option that reaches it.
    writeFileSync(at("old.csv"), "ID,Current\nSALES-O2-KR1,50\n");
    const old = await okr(
      "checkin",
      example.q2,
      "--date",
      "2026-04-07",
      "--values",
      at("old.csv"),
      "-o",
      at("old.xlsx")
    );
    expect(old.status).toBe(2);
    expect(old.err).toContain('SALES-O2-KR1 is on "Sales 2026-Q1" (2026-Q1)');
    expect(old.err).toContain("--period 2026-Q1");
  });
});

describe("a linked key result on the command line", () => {
  it("is named by Check, keeps its formula at a check-in, and takes a value only with --unlink", async () => {
    const dir = example.dir;
    const made = join(dir, "linked-made.xlsx");
    expect(
      (await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", made)).status
    ).toBe(0);
    // Finance links the actuals: Current of SALES-O1-KR1 (K8) reads its model, saved by Excel with
    // the value it shows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(made);
    wb.addWorksheet("P&L").getCell("B1").value = 1_650_000;
    wb.getWorksheet("Sales 2026-Q1")!.getCell("K8").value = {
      formula: "'P&L'!B1",
      result: 1_650_000,
    };
    const file = join(dir, "linked.xlsx");
    await wb.xlsx.writeFile(file);

    const check = JSON.parse((await okr("check", file, "--format", "json")).out);
    expect(
      check
        .filter((f: { ruleId: string }) => f.ruleId === "KR-LINKED")
        .map((f: { cell: string; message: string }) => [f.cell, f.message])
    ).toEqual([
      [
        "K8",
        "SALES-O1-KR1's Current is linked to 'P&L'!B1: Score reads it, and check-ins record its value without replacing the formula.",
      ],
    ]);

    writeFileSync(join(dir, "typed.csv"), "ID,Current\nSALES-O1-KR1,1700000\n");
    const refused = await okr(
      "checkin",
      file,
      "--date",
      "2026-02-10",
      "--values",
      join(dir, "typed.csv"),
      "-o",
      join(dir, "refused.xlsx")
    );
    expect(refused.status).toBe(2);
    expect(refused.err).toContain(
      "typed.csv, line 2: SALES-O1-KR1's Current is linked to 'P&L'!B1"
    );
    expect(refused.err).toContain("--unlink");

    writeFileSync(
      join(dir, "said.csv"),
      "ID,Current,Confidence,Comment\nSALES-O1-KR1,,80%,from finance\n"
    );
    const kept = join(dir, "kept.xlsx");
    const said = await okr(
      "checkin",
      file,
      "--date",
      "2026-02-10",
      "--values",
      join(dir, "said.csv"),
      "-o",
      kept
    );
    expect([said.status, said.err]).toEqual([0, ""]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(kept);
    expect(after.getWorksheet("Sales 2026-Q1")!.getCell("K8").value).toEqual({
      formula: "'P&L'!B1",
      result: 1_650_000,
    });
    const history = worksheetRows(after.getWorksheet("Check-ins")!);
    expect(history[1].slice(2, 6)).toEqual(["SALES-O1-KR1", 1_650_000, "80%", "from finance"]);
    // Score reads what the link shows: 1,200,000 → 1,650,000 of 2,000,000.
    const scored = JSON.parse(
      (await okr("score", kept, "--as-of", "2026-02-15", "--format", "json")).out
    );
    expect(scored.rows.find((r: { id: string }) => r.id === "SALES-O1-KR1").progress).toBeCloseTo(
      0.5625,
      12
    );

    const unlinked = join(dir, "unlinked.xlsx");
    const typed = await okr(
      "checkin",
      file,
      "--date",
      "2026-02-10",
      "--values",
      join(dir, "typed.csv"),
      "--unlink",
      "-o",
      unlinked
    );
    expect(typed.status).toBe(0);
    const replaced = new ExcelJS.Workbook();
    await replaced.xlsx.readFile(unlinked);
    expect(replaced.getWorksheet("Sales 2026-Q1")!.getCell("K8").value).toBe(1_700_000);
  });
});
