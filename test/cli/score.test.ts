import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { COLUMNS, headerRow } from "../../src/domain/reading/columns";
import { TEMPLATES } from "../../src/domain/newSheet/templates";
import { readSheet } from "../../src/domain/reading/sheet";
import { worksheetRows } from "../../src/cli/input";
import { disallowedFunctions } from "../../src/domain/scoring/functions";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-cli-"));
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const CSV_EN = [
  "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes,Extra",
  "T-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,,keep me",
  'T-O1-KR1,Key result,,"Grow ARR from $1,000 to $2,000",,,Metric,USD,"1,000","2,000","1,500",60%,70%,2026-03-31,"=SUM(A1:A9)",x',
  "T-O1-KR2,Key result,,Cut churn from 5% to 3%,,,Metric,%,5%,3%,4%,40%,70%,2026-03-31,-looks like a formula,y",
].join("\r\n");

describe("okr templates / new", () => {
  it("lists the seven templates in the asked language", async () => {
    const { status, out } = await okr("templates", "--lang", "zh-CN");
    expect(status).toBe(0);
    for (const t of TEMPLATES) expect(out).toContain(`${t.key}`);
    expect(out).toContain("客户成功");
  });

  it("writes the templates as the add-in generates them, formulas included", async () => {
    const dir = tmp();
    const file = join(dir, "q1.xlsx");
    const { status, out } = await okr(
      "new",
      "--template",
      "sales,hr",
      "--lang",
      "zh-CN",
      "--period",
      "2026-Q2",
      "-o",
      file
    );
    expect(status).toBe(0);
    expect(out).toContain("销售 2026-Q2");
    const wb = await open(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "销售 2026-Q2",
      "人力资源 2026-Q2",
      "行动计划",
    ]);
    const ws = wb.worksheets[0];
    const rows = worksheetRows(ws);
    const sheet = readSheet(ws.name, rows);
    expect(sheet.match).not.toBeNull();
    expect(rows[5].slice(0, headerRow("zh-CN").length)).toEqual(headerRow("zh-CN"));
    expect(sheet.header.period?.label).toBe("2026-Q2");
    const progress = ws.getCell(8, col("progress") + 1).value as ExcelJS.CellFormulaValue;
    // A metric KR: its final score once typed (P); else "?" while a value is unreadable or
    // missing, then the distance from Start to Target.
    expect(progress.formula).toMatch(/^IF\(ISNUMBER\(P8\),.*IF\(OR\(AND\(NOT\(ISNUMBER\(I8\)\)/);
    expect(progress.formula).toContain("MAX(0,MIN(1,(K8-I8)/(J8-I8)))");
    expect(ws.getCell(8, col("weight") + 1).numFmt).toBe("0%");
    expect(ws.getCell(8, col("statement") + 1).value).toBe(
      "大客户新签合同额从120万美元增长到200万美元"
    );
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    expect(ws.getCell(7, col("level") + 1).dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell(8, col("progress") + 1).border?.left).toMatchObject({ style: "thin" });
  });

  it("refuses an unknown template, and an existing output without --force", async () => {
    const dir = tmp();
    const file = join(dir, "x.xlsx");
    const bad = await okr("new", "--template", "sales,legal", "--period", "2026-Q1", "-o", file);
    expect(bad.status).toBe(2);
    expect(bad.err).toContain("unknown template “legal”");
    writeFileSync(file, "mine");
    const exists = await okr("new", "--template", "all", "--period", "2026-Q1", "-o", file);
    expect(exists.status).toBe(2);
    expect(exists.err).toContain("add --force");
    expect(readFileSync(file, "utf8")).toBe("mine");
    expect(
      (await okr("new", "--template", "all", "--period", "2026-Q1", "-o", file, "--force")).status
    ).toBe(0);
  });
});

describe("okr score", () => {
  it("scores a CSV into a laid-out sheet with header block, formulas and Summary; JSON from the model", async () => {
    const dir = tmp();
    const csv = join(dir, "team.csv");
    writeFileSync(csv, "\uFEFF" + CSV_EN);
    const out = join(dir, "scored.xlsx");
    const {
      status,
      out: json,
      err,
    } = await okr(
      "score",
      csv,
      "--period",
      "2026-Q1",
      "--as-of",
      "2026-02-15",
      "--format",
      "json",
      "-o",
      out
    );
    expect(err).toBe("");
    expect(status).toBe(0);
    const doc = JSON.parse(json);
    expect(doc.sheets).toEqual([{ name: "team", score: expect.any(Number) }]);
    const kr1 = doc.rows.find((r: { id: string }) => r.id === "T-O1-KR1");
    expect(kr1).toEqual({
      sheet: "team",
      id: "T-O1-KR1",
      level: "key result",
      progress: 0.5,
      gapToTarget: 500,
      // 12 significant digits: no binary noise in the JSON.
      expected: 0.511111111111,
      status: "yellow",
      alignmentGap: null,
      problem: null,
      commitmentAssumed: false,
    });
    const kr2 = doc.rows.find((r: { id: string }) => r.id === "T-O1-KR2");
    expect(kr2.progress).toBeCloseTo(0.5, 12);
    expect(kr2.gapToTarget).toBeCloseTo(0.01, 12);
    expect(doc.sheets[0].score).toBeCloseTo(0.5, 12);
    expect(doc.rows.find((r: { id: string }) => r.id === "T-O1")).toMatchObject({
      level: "objective",
      gapToTarget: null,
    });

    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Summary details", "team"]);
    const ws = wb.getWorksheet("team")!;
    const rows = worksheetRows(ws);
    expect(rows[5]).toEqual([...headerRow("en"), "Extra"]);
    expect(ws.getCell(8, col("start") + 1).value).toBe(1000);
    expect(ws.getCell(9, col("weight") + 1).value).toBe(0.4);
    expect(ws.getCell(8, col("notes") + 1).value).toBe("=SUM(A1:A9)");
    expect(ws.getCell(9, col("notes") + 1).value).toBe("-looks like a formula");
    expect(ws.getCell(7, COLUMNS.length + 1).value).toBe("keep me");
    const formulas: string[] = [];
    wb.eachSheet((s) =>
      s.eachRow((r) =>
        r.eachCell((c) => {
          const f = (c.value as ExcelJS.CellFormulaValue | null)?.formula;
          if (f) formulas.push(f);
        })
      )
    );
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.flatMap((f) => disallowedFunctions(`=${f}`))).toEqual([]);
  });

  it("reads CSVs in all three languages, UTF-8 with BOM and UTF-16, together", async () => {
    const dir = tmp();
    const zhCN = join(dir, "cn.csv");
    writeFileSync(
      zhCN,
      "\uFEFF" +
        [
          headerRow("zh-CN")
            .filter((_, i) => COLUMNS[i].kind === "input")
            .join(","),
          "C-O1,目标,,提升客户满意度,周涛,承诺型,,,,,,,,",
          "C-O1-KR1,关键结果,,NPS从30提升到40,,,指标,分,30,40,35,,,",
        ].join("\n")
    );
    const zhTW = join(dir, "tw.csv");
    const twText = [
      headerRow("zh-TW")
        .filter((_, i) => COLUMNS[i].kind === "input")
        .join("\t"),
      "W-O1\t目標\tC-O1\t提升客戶滿意度\t林怡\t挑戰型\t\t\t\t\t\t\t\t",
      "W-O1-KR1\t關鍵結果\t\t客訴從20件降到10件\t\t\t指標\t件\t20\t10\t10\t\t\t",
    ].join("\r\n");
    writeFileSync(zhTW, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(twText, "utf16le")]));
    const out = join(dir, "both.xlsx");
    const { status, out: json } = await okr(
      "score",
      zhCN,
      zhTW,
      "--period",
      "2026-Q1",
      "--as-of",
      "2026-03-31",
      "--format",
      "json",
      "-o",
      out
    );
    expect(status).toBe(0);
    const doc = JSON.parse(json);
    expect(doc.rows.find((r: { id: string }) => r.id === "C-O1-KR1").progress).toBe(0.5);
    expect(doc.rows.find((r: { id: string }) => r.id === "W-O1-KR1")).toMatchObject({
      progress: 1,
      status: "green",
      gapToTarget: 0,
    });
    expect(doc.rows.find((r: { id: string }) => r.id === "C-O1").alignmentGap).toBe(-0.5);
  });

  it("never writes over an input, even with --force, and says so", async () => {
    const dir = tmp();
    const csv = join(dir, "team.csv");
    writeFileSync(csv, CSV_EN);
    const made = join(dir, "made.xlsx");
    await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", made);
    const before = statSync(made).mtimeMs;
    const again = await okr("score", made, "-o", made, "--force");
    expect(again.status).toBe(2);
    expect(again.err).toContain("never writes over its input");
    expect(statSync(made).mtimeMs).toBe(before);
    const missing = await okr("score", join(dir, "nope.xlsx"), "-o", join(dir, "o.xlsx"));
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/nope\.xlsx/);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("rescoring a scored workbook keeps its rows and rebuilds one Summary", async () => {
    const dir = tmp();
    const made = join(dir, "made.xlsx");
    await okr("new", "--template", "company,sales", "--period", "2026-Q1", "-o", made);
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    expect((await okr("score", made, "--as-of", "2026-02-01", "-o", once)).status).toBe(0);
    const a = await okr("score", once, "--as-of", "2026-02-01", "--format", "json", "-o", twice);
    expect(a.status).toBe(0);
    const wb = await open(twice);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Summary details",
      "Company 2026-Q1",
      "Sales 2026-Q1",
      "Actions",
    ]);
    const b = await okr(
      "score",
      made,
      "--as-of",
      "2026-02-01",
      "--format",
      "json",
      "-o",
      join(dir, "direct.xlsx")
    );
    expect(JSON.parse(a.out)).toEqual(JSON.parse(b.out));
  });

  it("shows progress on a terminal's stderr and keeps stdout clean JSON", async () => {
    const dir = tmp();
    const csv = join(dir, "team.csv");
    writeFileSync(csv, CSV_EN);
    let out = "";
    let err = "";
    const status = await run(
      ["score", csv, "--period", "2026-Q1", "--format", "json", "-o", join(dir, "o.xlsx")],
      { out: (t) => (out += t), err: (t) => (err += t), tty: true }
    );
    expect(status).toBe(0);
    expect(err).toContain("scoring 1 file(s)");
    expect(err).toContain("writing");
    expect(JSON.parse(out).sheets[0].name).toBe("team");
  });

  it("--format json without -o prints the scores and writes no file; text without -o is refused", async () => {
    const dir = tmp();
    const csv = join(dir, "team.csv");
    writeFileSync(csv, CSV_EN);
    const args = ["score", csv, "--period", "2026-Q1", "--as-of", "2026-02-15", "--format", "json"];
    const printed = await okr(...args);
    expect(printed.status).toBe(0);
    expect(printed.err).toBe("");
    const written = await okr(...args, "-o", join(dir, "o.xlsx"));
    expect(JSON.parse(printed.out)).toEqual(JSON.parse(written.out));
    expect(JSON.parse(printed.out).rows.map((r: { id: string }) => r.id)).toContain("T-O1-KR2");
    expect(readdirSync(dir).sort()).toEqual(["o.xlsx", "team.csv"]);

    const text = await okr("score", csv, "--period", "2026-Q1");
    expect(text.status).toBe(2);
    expect(text.err).toContain("needs -o OUT.xlsx");
    expect(text.out).toBe("");
    expect((await okr("score", "--help")).out).toContain("optional with --format json");
  });
});

describe("okr score --attention", () => {
  it("lists as many key results under What needs attention as asked, the rest counted", async () => {
    const dir = tmp();
    const made = join(dir, "q1.xlsx");
    await okr("new", "--template", "company,sales", "--period", "2026-Q1", "-o", made);
    const listed = async (...more: string[]) => {
      const out = join(dir, `s${more.join("")}.xlsx`);
      const r = await okr("score", made, "--as-of", "2026-02-15", ...more, "-o", out);
      expect([r.status, r.err]).toEqual([0, ""]);
      const rows = worksheetRows((await open(out)).getWorksheet("Summary")!);
      const ids = rows.filter((r) => /-KR\d+$/.test(String(r[0])));
      const more_ = rows.find((r) => String(r[0]).startsWith("…and"));
      return { ids: ids.length, more: more_ ? String(more_[0]) : "" };
    };
    // 13 of the 15 key results are behind at mid-quarter (no check-ins are kept yet).
    expect(await listed()).toEqual({ ids: 10, more: expect.stringContaining("3 more") });
    expect(await listed("--attention", "3")).toEqual({
      ids: 3,
      more: expect.stringContaining("10 more"),
    });
    const bad = await okr("score", made, "--attention", "0", "-o", join(dir, "x.xlsx"));
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('"0" is not a number of rows');
  });
});
