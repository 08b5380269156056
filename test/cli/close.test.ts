import { sheetRef } from "../../src/domain/scoring/formulas";
// `okr close`: final scores and review text from a CSV into the workbook, the Review sheet, and the
// workbook scored as of the closing date; bad input is one located message, exit 2, nothing written.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS } from "../../src/domain/reading/columns";
import { REVIEW_COLUMNS } from "../../src/domain/close/periodReview";
import { okr } from "../support/cli";
import { writeSheetsXlsx } from "../support/xlsxFile";

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const REVIEW_KEYS = Object.keys(REVIEW_COLUMNS);
const rcol = (key: string) => REVIEW_KEYS.indexOf(key);

async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function made(lang = "en") {
  const dir = mkdtempSync(join(tmpdir(), "okr-close-"));
  const file = join(dir, "q1.xlsx");
  expect(
    (await okr("new", "--template", "sales", "--lang", lang, "--period", "2026-Q1", "-o", file))
      .status
  ).toBe(0);
  return { dir, file };
}

const SCORES =
  "ID,Final score,What worked,What did not,Why,Lesson,Carry over\n" +
  "SALES-O1-KR1,0.6\nSALES-O1-KR2,30%\nSALES-O1-KR3,1\n" +
  'SALES-O1,,Enterprise deals,Partner pipeline,"Partners started late, in week 8",Enable partners in week 1,yes\n' +
  "SALES-O2,,Pricing page,,,,no\n";

describe("okr close", () => {
  it("writes final scores, the Review and the scores as of the date; the input stays as it was", async () => {
    const { dir, file } = await made();
    const scores = join(dir, "scores.csv");
    writeFileSync(scores, SCORES);
    const before = readFileSync(file);
    const out = join(dir, "closed.xlsx");
    const result = await okr("close", file, "--as-of", "2026-03-31", "--scores", scores, "-o", out);
    expect([result.status, result.err]).toEqual([0, ""]);
    expect(result.out).toContain(
      'Closed 2026-Q1 as of 2026-03-31: 3 final scores, 3 objectives on "Review"'
    );
    expect(readFileSync(file).equals(before)).toBe(true);

    const wb = await open(out);
    const sales = worksheetRows(wb.getWorksheet("Sales 2026-Q1")!);
    // Final scores on seed 003's scale, 0.0–1.0 with one decimal, beside Progress.
    expect([7, 8, 9].map((r) => sales[r][col("finalScore")])).toEqual([0.6, 0.3, 1]);
    const salesWs = wb.getWorksheet("Sales 2026-Q1")!;
    expect([8, 9, 10].map((r) => salesWs.getCell(r, col("finalScore") + 1).numFmt)).toEqual([
      "0.0",
      "0.0",
      "0.0",
    ]);
    const progress = wb.getWorksheet("Sales 2026-Q1")!.getCell(8, col("progress") + 1).value as {
      formula: string;
    };
    expect(progress.formula).toMatch(/^IF\(ISNUMBER\(P8\)/);

    const review = worksheetRows(wb.getWorksheet("Review")!);
    expect(review[0][0]).toBe("Period review — 2026-Q1");
    expect(review[2]).toEqual(REVIEW_KEYS.map((k) => REVIEW_COLUMNS[k as "id"].en));
    const o1 = review.find((r) => r[rcol("id")] === "SALES-O1")!;
    expect(o1[rcol("sheet")]).toBe("Sales 2026-Q1");
    expect(o1.slice(rcol("worked"))).toEqual([
      "Enterprise deals",
      "Partner pipeline",
      "Partners started late, in week 8",
      "Enable partners in week 1",
      "Yes",
    ]);
    expect(review.find((r) => r[rcol("id")] === "SALES-O2")![rcol("carry")]).toBe("No");
    const cell = (c: number) =>
      wb.getWorksheet("Review")!.getCell(4, c + 1).value as { formula: string };
    expect(cell(rcol("finalScore")).formula).toBe(
      "IF('Sales 2026-Q1'!$O$7=\"\",\"\",'Sales 2026-Q1'!$O$7)"
    );
    expect(cell(rcol("grade")).formula).toContain('"Achieved"');
    // The Review's scores are on the same 0.0–1.0 scale.
    expect(wb.getWorksheet("Review")!.getCell(4, rcol("finalScore") + 1).numFmt).toBe("0.0");

    // The scores as of the date, with the final scores in: check and score read the Review as no OKR sheet.
    const json = await okr("score", out, "--as-of", "2026-03-31", "--format", "json");
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.out);
    expect(doc.sheets.map((s: { name: string }) => s.name)).toEqual(["Sales 2026-Q1"]);
    const row = (id: string) => doc.rows.find((r: { id: string }) => r.id === id);
    expect([row("SALES-O1-KR1").progress, row("SALES-O1-KR3").status]).toEqual([0.6, "green"]);
    // SALES-O1's weights are 40 / 30 / 30 %.
    expect(row("SALES-O1").progress).toBeCloseTo(0.4 * 0.6 + 0.3 * 0.3 + 0.3 * 1, 9);
    const check = await okr("check", out, "--format", "json");
    expect(check.status).toBe(0);
    expect(JSON.parse(check.out).filter((f: { sheet: string }) => f.sheet === "Review")).toEqual(
      []
    );
  });

  it("closes in Chinese: the Review's name, headers, grade and yes/no in the workbook's language", async () => {
    const { dir, file } = await made("zh-TW");
    const scores = join(dir, "s.csv");
    writeFileSync(scores, "編號,最終得分\nSALES-O1-KR1,80%\nSALES-O1,,,,,,是\n");
    const out = join(dir, "closed.xlsx");
    const result = await okr(
      "close",
      file,
      "--as-of",
      "2026-03-31",
      "--scores",
      scores,
      "--lang",
      "zh-TW",
      "-o",
      out
    );
    expect(result.status).toBe(0);
    const wb = await open(out);
    const review = worksheetRows(wb.getWorksheet("檢討")!);
    expect(review[0][0]).toBe("期末檢討 — 2026-Q1");
    expect(review[2][rcol("lesson")]).toBe("下期借鏡");
    expect(review[3][rcol("carry")]).toBe("是");
    const grade = wb.getWorksheet("檢討")!.getCell(4, rcol("grade") + 1).value as {
      formula: string;
    };
    expect(grade.formula).toContain('"未達成"');
  });

  it.each([
    [
      "an unknown ID",
      "SALES-O9-KR1,0.5\n",
      "scores.csv, line 2: SALES-O9-KR1: no objective or key result has this ID.",
    ],
    [
      "a score above 1",
      "SALES-O1-KR1,1.2\n",
      "scores.csv, line 2: SALES-O1-KR1: “1.2” is not a score from 0 to 1",
    ],
    [
      "a bare 70",
      "SALES-O1-KR1,70\n",
      "SALES-O1-KR1: “70” is not a score from 0 to 1. Type 0.7 or 70%.",
    ],
    ["a score on an objective", "SALES-O1,0.5\n", "scores.csv, line 2: SALES-O1 is an objective"],
    [
      "a carry over that is not yes/no",
      "SALES-O1,,,,,,maybe\n",
      "SALES-O1: carry over “maybe” is neither yes nor no",
    ],
  ])("refuses %s: one located message, exit 2, nothing written", async (_what, line, message) => {
    const { dir, file } = await made();
    const scores = join(dir, "scores.csv");
    writeFileSync(scores, `ID,Final score\n${line}`);
    const before = readFileSync(file);
    const out = join(dir, "closed.xlsx");
    const result = await okr("close", file, "--as-of", "2026-03-31", "--scores", scores, "-o", out);
    expect(result.status).toBe(2);
    expect(result.err.trim().split("\n")).toHaveLength(1);
    expect(result.err).toContain(message);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a date outside the period (one message for its sheets), and writing over the input", async () => {
    const { dir, file } = await made();
    const two = join(dir, "two.xlsx");
    await okr("new", "--template", "company,sales", "--period", "2026-Q1", "-o", two);
    const out = join(dir, "closed.xlsx");
    const late = await okr("close", two, "--as-of", "2026-04-15", "-o", out);
    expect(late.status).toBe(2);
    expect(late.err).toBe(
      "okr-sheets: --as-of: The date is outside the period 2026-Q1 (2026-01-01 to 2026-03-31) of “Company 2026-Q1”, “Sales 2026-Q1”. Close as of a day in the period, usually its last (--period names another period to close).\n"
    );
    expect(existsSync(out)).toBe(false);
    const over = await okr("close", file, "--as-of", "2026-03-31", "-o", file, "--force");
    expect(over.status).toBe(2);
    expect(over.err).toContain("never writes over its input");
  });

  it("adds the Final score column to a sheet made before it existed, and grades with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-close-old-"));
    const keys = COLUMNS.filter((c) => c.kind === "input" && !c.optional).map((c) => c.key);
    const row = (cells: Record<string, string | number>) => keys.map((k) => cells[k] ?? "");
    const kr = (n: number, current: number) =>
      row({
        id: `T-O1-KR${n}`,
        level: "Key result",
        statement: `Grow deals from 0 to 10 (${n})`,
        krType: "Metric",
        start: 0,
        target: 10,
        current,
        weight: "50%",
      });
    const old = join(dir, "old.xlsx");
    await writeSheetsXlsx(old, [
      {
        name: "Team",
        rows: [
          ["Team OKRs"],
          ["Period", "2026-Q1"],
          COLUMNS.filter((c) => keys.includes(c.key)).map((c) => c.header.en),
          row({
            id: "T-O1",
            level: "Objective",
            statement: "Win the market",
            owner: "Dana",
            commitment: "Committed",
          }),
          kr(1, 2),
          kr(2, 4),
        ],
      },
    ]);
    const scores = join(dir, "s.csv");
    writeFileSync(scores, "T-O1-KR1,90%\n");
    const out = join(dir, "closed.xlsx");
    const result = await okr("close", old, "--as-of", "2026-03-31", "--scores", scores, "-o", out);
    expect([result.status, result.err]).toEqual([0, ""]);
    const wb = await open(out);
    const team = worksheetRows(wb.getWorksheet("Team")!);
    // After the sheet's last column: the Final score header, then the formula columns Score adds.
    expect(team[2].slice(keys.length, keys.length + 2)).toEqual(["Final score", "Progress"]);
    // Typed as 90 %, shown on the 0.0–1.0 scale.
    expect(team[4][keys.length]).toBe(0.9);
    const json = JSON.parse(
      (await okr("score", out, "--as-of", "2026-03-31", "--format", "json")).out
    );
    const byId = (id: string) => json.rows.find((r: { id: string }) => r.id === id);
    expect([byId("T-O1-KR1").progress, byId("T-O1-KR2").progress]).toEqual([0.9, 0.4]);
    expect(byId("T-O1").progress).toBeCloseTo(0.65, 9);
    // The Review points at the objective's Progress, wherever Score put it.
    const review = wb.getWorksheet("Review")!.getCell(4, rcol("finalScore") + 1).value as {
      formula: string;
    };
    const progressLetter = String.fromCharCode(65 + keys.length + 1);
    expect(review.formula).toBe(
      `IF(${sheetRef("Team", `$${progressLetter}$4`)}="","",${sheetRef("Team", `$${progressLetter}$4`)})`
    );
  });
});
