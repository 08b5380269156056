// The scoring formulas in an independent engine: the command line twin writes the scored .xlsx,
// LibreOffice recalculates it, and every number equals the reference model's (--format json).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { run } from "../../src/cli/main";
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import { COLUMNS } from "../../src/domain/reading/columns";
import { recalculate } from "../support/libreoffice";
import { expectSame } from "../support/modelCheck";
import { writeSheetsXlsx } from "../support/xlsxFile";
import { randomWorkbook } from "../support/randomWorkbook";

async function cli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const status = await run(args, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

describe("scoring formulas in LibreOffice equal the reference model", () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-lo-"));

  it("on every generated template", async () => {
    const made = join(dir, "templates.xlsx");
    expect(
      (
        await cli([
          "new",
          "--template",
          "all",
          "--lang",
          "zh-TW",
          "--period",
          "2026-Q1",
          "-o",
          made,
        ])
      ).status
    ).toBe(0);
    const scored = join(dir, "templates-scored.xlsx");
    const result = await cli([
      "score",
      made,
      "--as-of",
      "2026-02-15",
      "--lang",
      "zh-TW",
      "--format",
      "json",
      "-o",
      scored,
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.rows.length).toBe(
      TEMPLATES.reduce(
        (n, t) =>
          n + t.objectives.length + t.objectives.reduce((k, o) => k + o.keyResults.length, 0),
        0
      )
    );
    const sheets = recalculate(scored);
    sheets.set("Summary details", sheets.get("OKR 彙總明細") ?? []);
    expectSame(sheets, json);
  });

  it("scores a new sheet's % key results before any Score: its percent cells hold shares", async () => {
    const made = join(dir, "cs.xlsx");
    expect(
      (await cli(["new", "--template", "customer-success", "--period", "2026-Q1", "-o", made]))
        .status
    ).toBe(0);
    const name = "Customer Success 2026-Q1";
    const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(made);
    const ws = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    let row = 0;
    ws.eachRow((r, n) => {
      if (String(r.getCell(col("statement") + 1).value).startsWith("Raise net revenue retention"))
        row = n;
    });
    expect(row).toBeGreaterThan(0);
    // 102 % → 110 % at the start: a gap of 8 points.
    const fresh = (recalculate(made).get(name) ?? [])[row - 1];
    expect(fresh[col("progress")]).toBe(0);
    expect(fresh[col("gapToTarget")]).toBeCloseTo(0.08, 9);
    // A person types 95 % → 105 %, 100 % now into the percent cells (stored as shares); no Score.
    [0.95, 1.05, 1].forEach((v, i) => (ws.getCell(row, col("start") + 1 + i).value = v));
    const typed = join(dir, "cs-typed.xlsx");
    await workbook.xlsx.writeFile(typed);
    const cells = (recalculate(typed).get(name) ?? [])[row - 1];
    expect([cells[col("start")], cells[col("target")], cells[col("current")]]).toEqual([
      0.95, 1.05, 1,
    ]);
    expect(cells[col("progress")]).toBeCloseTo(0.5, 9);
    expect(cells[col("gapToTarget")]).toBeCloseTo(0.05, 9);
  });

  it("reads percent points a statement settles (the hundredths operand) and milestone step names", async () => {
    // Bare 3 → 0.5 under "from 3% to 0.5%" are percent points (scaledOperand "hundredths"); a
    // milestone's Current typed as a step of the ladder in its Notes (three languages, any case,
    // spacing or width) is that step's share.
    const ladder = "Ladder: 0% start · 20% site agreed · 70% lease signed · 100% open";
    const seed = "0% 开始5% 提议区域20% 同意位置70% 收购办公室100% 启动和运行";
    const seedTw = "0% 開始5% 提議區域20% 同意位置70% 收購辦公室100% 啟動和運行";
    const input = join(dir, "points-and-steps.csv");
    writeFileSync(
      input,
      [
        "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes",
        "P-O1,Objective,,Cut complaints and open offices,Ann,Committed,,,,,,,,,",
        "P-O1-KR1,Key result,,将客户投诉率从3%降低到0.5%,,,Metric,%,3,0.5,1.75,,70%,,",
        "P-O1-KR2,Key result,,Cut refunds from 2.5% to 1%,,,Metric,%,2.5,1,0.7,,70%,,",
        `P-O1-KR3,Key result,,深圳办公室投入运行,,,Milestone,%,,100%,收购办公室,,70%,,${seed}`,
        `P-O1-KR4,Key result,,台北辦公室投入運行,,,Milestone,%,,100%,收購辦公室,,70%,,${seedTw}`,
        `P-O1-KR5,Key result,,Open the Austin office,,,Milestone,%,,100%,ｌｅａｓｅ ｓｉｇｎｅｄ,,70%,,"${ladder}"`,
        `P-O1-KR6,Key result,,Open the Lyon office,,,Milestone,%,,100%,Site\u3000Agreed,,70%,,"${ladder}"`,
      ].join("\n")
    );
    const scored = join(dir, "points-and-steps-scored.xlsx");
    const result = await cli([
      "score",
      input,
      "--period",
      "2026-Q1",
      "--as-of",
      "2026-02-15",
      "--format",
      "json",
      "-o",
      scored,
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.out);
    const progress = (id: string) =>
      json.rows.find((r: { id: string }) => r.id === id).progress as number;
    // 3 % → 0.5 %, now 1.75 %: half way; 2.5 % → 1 %, now 0.7 %: past the target.
    expect(progress("P-O1-KR1")).toBeCloseTo(0.5, 12);
    expect(progress("P-O1-KR2")).toBe(1);
    expect(["P-O1-KR3", "P-O1-KR4", "P-O1-KR5", "P-O1-KR6"].map(progress)).toEqual([
      0.7, 0.7, 0.7, 0.2,
    ]);
    const sheets = recalculate(scored);
    expectSame(sheets, json);
    // Live in LibreOffice: another step's name typed after Score moves Progress without a Score.
    const name = json.sheets[0].name as string;
    const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(scored);
    const ws = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const rowOf = (id: string) => {
      let at = 0;
      ws.eachRow((r, n) => {
        if (r.getCell(col("id") + 1).value === id) at = n;
      });
      return at;
    };
    ws.getCell(rowOf("P-O1-KR3"), col("current") + 1).value = "启动和运行";
    ws.getCell(rowOf("P-O1-KR5"), col("current") + 1).value = "OPEN";
    ws.getCell(rowOf("P-O1-KR6"), col("current") + 1).value = "lease sined";
    const typed = join(dir, "points-and-steps-typed.xlsx");
    await workbook.xlsx.writeFile(typed);
    const after = recalculate(typed).get(name) ?? [];
    const shown = (id: string) => after[rowOf(id) - 1][col("progress")];
    expect([shown("P-O1-KR3"), shown("P-O1-KR5"), shown("P-O1-KR6")]).toEqual([1, 1, "?"]);
  });

  it("on random workbooks (every KR type, blanks, text in numbers, Start = Target, alignment)", async () => {
    const samples = fc.sample(randomWorkbook, { numRuns: 6, seed: 4242 });
    for (const [n, sample] of samples.entries()) {
      const input = join(dir, `random-${n}.xlsx`);
      await writeSheetsXlsx(input, sample.sheets);
      const scored = join(dir, `random-${n}-scored.xlsx`);
      const result = await cli([
        "score",
        input,
        "--period",
        "2026-Q1",
        "--as-of",
        sample.asOf,
        "--format",
        "json",
        "-o",
        scored,
      ]);
      // Key results that cannot be scored are named on stderr, one line each, and exit 1.
      const json = JSON.parse(result.out);
      const unscored = json.rows.filter((r: { problem: string | null }) => r.problem).length;
      expect(result.err.split("\n").filter(Boolean).length).toBe(unscored);
      expect(result.status).toBe(unscored ? 1 : 0);
      expectSame(recalculate(scored), json);
    }
  });

  it("computes check-in deltas and the Summary's confidence trend as the model says", async () => {
    const made = join(dir, "checkin.xlsx");
    expect(
      (await cli(["new", "--template", "sales", "--period", "2026-Q1", "-o", made])).status
    ).toBe(0);
    const values = join(dir, "values.csv");
    writeFileSync(values, "ID,Current,Confidence\nSALES-O1-KR1,1400000,60%\nSALES-O2-KR1,70,80%\n");
    const one = join(dir, "checkin-1.xlsx");
    expect(
      (await cli(["checkin", made, "--date", "2026-01-20", "--values", values, "-o", one])).status
    ).toBe(0);
    writeFileSync(values, "ID,Current,Confidence\nSALES-O1-KR1,1500000,90%\nSALES-O2-KR1,66,50%\n");
    const two = join(dir, "checkin-2.xlsx");
    expect(
      (await cli(["checkin", one, "--date", "2026-02-03", "--values", values, "-o", two])).status
    ).toBe(0);
    const scored = join(dir, "checkin-scored.xlsx");
    const result = await cli([
      "score",
      two,
      "--as-of",
      "2026-02-15",
      "--format",
      "json",
      "-o",
      scored,
    ]);
    const sheets = recalculate(scored);
    expectSame(sheets, JSON.parse(result.out));
    const history = sheets.get("Check-ins") ?? [];
    const kr = (id: string, date: string) =>
      history.find((r) => r[2] === id && r[0] === date) ?? [];
    // Value, change since previous, since start, left to target.
    expect([3, 8, 9, 10].map((c) => kr("SALES-O1-KR1", "2026-02-03")[c])).toEqual([
      1_500_000, 100_000, 300_000, 500_000,
    ]);
    expect([3, 8, 9, 10].map((c) => kr("SALES-O2-KR1", "2026-02-03")[c])).toEqual([66, -4, -9, 11]);
    expect(kr("SALES-O2-KR1", "2026-01-20")[8]).toBeNull();
    // The Summary details' Check-ins section: check-ins, last, confidence now, before, change.
    const details = sheets.get("Summary details") ?? [];
    const heading = details.findIndex((r) => r[0] === "Check-ins");
    const sales = details.slice(heading).find((r) => r[0] === "Sales 2026-Q1") ?? [];
    const last = (0.9 + 0.5 + 0.7 * 5) / 7;
    const previous = (0.6 + 0.8 + 0.7 * 5) / 7;
    expect(sales[1]).toBe(2);
    expect(Math.abs((sales[3] as number) - last)).toBeLessThan(1e-9);
    expect(Math.abs((sales[4] as number) - previous)).toBeLessThan(1e-9);
    expect(Math.abs((sales[5] as number) - (last - previous))).toBeLessThan(1e-9);
  });
});
