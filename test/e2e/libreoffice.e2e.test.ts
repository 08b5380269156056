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
