import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { headerRow } from "../../src/domain/reading/columns";
import { okr } from "../support/cli";
import { FIXTURES } from "../support/fixtures";
import { columnOf, metricKr, rowOf, typedHeader } from "../support/okrRows";

const ROOT = join(__dirname, "..", "..");
const fixture = (name: string) => join(FIXTURES, name);
const tmp = () => mkdtempSync(join(tmpdir(), "okr-cli-"));

describe("okr check", () => {
  it("prints the contract's JSON for every finding, rows being CSV lines, and exits 0 without an error", async () => {
    const { status, out } = await okr(
      "check",
      fixture("customer-success-en.csv"),
      "--period",
      "2026-Q1",
      "--format",
      "json"
    );
    // No error: the churn KR's bare 1 and 0.8 would be on no one percent scale, but its statement
    // ("below 1%") says they are percent points, so KR-PERCENT-SCALE stays silent.
    expect(status).toBe(0);
    const findings = JSON.parse(out);
    expect(findings.length).toBe(4);
    expect(findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        "cell",
        "file",
        "hint",
        "id",
        "message",
        "row",
        "ruleId",
        "severity",
        "sheet",
      ]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.sheet).toBe("customer-success-en");
    }
    expect(findings.find((f: { id: string }) => f.id === "CS-O3")).toMatchObject({
      row: 8,
      cell: "D8",
      id: "CS-O3",
      ruleId: "O-VAGUE-VERB",
      severity: "warning",
    });
  });

  it("exits 1 when there are errors, and speaks the asked language", async () => {
    const dir = tmp();
    const csv =
      "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes\nX-O1,Objective,,提升客户满意度,周涛,Committed,,,,,,,,,\n";
    writeFileSync(join(dir, "lonely.csv"), csv);
    const { status, out } = await okr(
      "check",
      join(dir, "lonely.csv"),
      "--period",
      "2026-Q1",
      "--lang",
      "zh-CN"
    );
    expect(status).toBe(1);
    expect(out).toContain("O-NO-KR");
    expect(out).toContain("目标 X-O1 没有关键结果。");
    expect(out).toContain("1 个错误");
  });

  it("reads Excel's CSV UTF-8 (with BOM) and UTF-16 Unicode text (tab-separated) alike", async () => {
    const dir = tmp();
    const text = readFileSync(fixture("talent-zhtw.csv"), "utf8");
    writeFileSync(
      join(dir, "bom.csv"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])
    );
    const tabbed = text.replace(/,/g, "\t");
    writeFileSync(
      join(dir, "utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, "utf16le")])
    );
    const plain = JSON.parse(
      (await okr("check", fixture("talent-zhtw.csv"), "--period", "2026-Q1", "--format", "json"))
        .out
    );
    for (const file of ["bom.csv", "utf16.txt"]) {
      const got = JSON.parse(
        (await okr("check", join(dir, file), "--period", "2026-Q1", "--format", "json")).out
      );
      expect(got.map((f: { ruleId: string; cell: string }) => `${f.ruleId}@${f.cell}`)).toEqual(
        plain.map((f: { ruleId: string; cell: string }) => `${f.ruleId}@${f.cell}`)
      );
    }
  });

  it("keeps rows true when a quoted cell spans lines", async () => {
    const dir = tmp();
    const csv = [
      "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes",
      'A-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,"first line',
      'second line"',
      "A-O1-KR1,Key result,,Improve renewal rate,,,Metric,%,80,90,82,,70%,2026-03-31,",
    ].join("\n");
    writeFileSync(join(dir, "multi.csv"), csv);
    const found = JSON.parse(
      (await okr("check", join(dir, "multi.csv"), "--period", "2026-Q1", "--format", "json")).out
    );
    expect(found.find((f: { ruleId: string }) => f.ruleId === "KR-NO-NUMBER")).toMatchObject({
      row: 4,
      cell: "D4",
    });
  });

  it("checks every OKR sheet of an .xlsx, skipping other sheets, reading its header block and percent cells", async () => {
    const dir = tmp();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["Just notes"]);
    const ws = workbook.addWorksheet("Sales 2026-Q1");
    ws.addRow(["Sales OKRs — 2026-Q1"]);
    ws.addRow(["Period:", "2026-Q1"]);
    ws.addRow([]);
    ws.addRow(typedHeader());
    ws.addRow(["S-O1", "Objective", "", "Win the mid-market", "Dana", "Committed"]);
    for (const k of [1, 2]) {
      const row = ws.addRow([
        `S-O1-KR${k}`,
        "Key result",
        "",
        "Grow pipeline from 120 to 200 deals",
        "",
        "",
        "Metric",
        "deals",
        120,
        200,
        150,
        0.5,
        k === 1 ? 1.2 : 0.7,
        new Date(Date.UTC(2026, 2, 31)),
      ]);
      row.getCell(12).numFmt = "0%";
      row.getCell(13).numFmt = "0%";
    }
    await workbook.xlsx.writeFile(join(dir, "book.xlsx"));
    const { status, out } = await okr("check", join(dir, "book.xlsx"), "--format", "json");
    expect(status).toBe(0);
    const findings = JSON.parse(out);
    expect(
      findings.map((f: { sheet: string; cell: string; ruleId: string; severity: string }) => [
        f.sheet,
        f.cell,
        f.ruleId,
        f.severity,
      ])
    ).toEqual([["Sales 2026-Q1", "M6", "KR-CONFIDENCE-RANGE", "warning"]]);
  });

  it("sees the date okr score grades at: --as-of, else the sheet's As-of, else today (O-TOO-EASY)", async () => {
    const dir = tmp();
    // An aspirational objective at 77 of 80 deals to go: 0.9625 when its period ends.
    const header = headerRow("en").join(",");
    const csv = join(dir, "stretch.csv");
    writeFileSync(
      csv,
      `${header}\nA-O1,Objective,,Win the mid-market,Dana,Aspirational,,,,,,,,,\n` +
        "A-O1-KR1,Key result,,Grow pipeline from 120 to 200 deals,Dana,,Metric,deals,120,200,197,,,,\n"
    );
    const tooEasy = async (...args: string[]) => {
      const { out } = await okr("check", ...args, "--format", "json");
      return JSON.parse(out)
        .filter((f: { ruleId: string }) => f.ruleId === "O-TOO-EASY")
        .map((f: { id: string; cell: string; message: string }) => [f.id, f.cell, f.message]);
    };
    const found = [
      [
        "A-O1",
        "D2",
        "The aspirational objective A-O1 ended the period at 0.96: it may not have been ambitious enough.",
      ],
    ];
    expect(await tooEasy(csv, "--period", "2026-Q1", "--as-of", "2026-03-31")).toEqual(found);
    expect(await tooEasy(csv, "--period", "2026-Q1", "--as-of", "2026-03-30")).toEqual([]);
    // No As-of in a CSV: today, long after 2025-Q1 ended.
    expect(await tooEasy(csv, "--period", "2025-Q1")).toEqual(found);
    // A workbook's As-of cell is the default; --as-of wins over it, as okr score's does.
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Stretch");
    ws.addRow(["Stretch OKRs"]);
    ws.addRow(["Period", "2026-Q1"]);
    ws.addRow(["", "", "", "", "As of", new Date(Date.UTC(2026, 2, 31))]);
    ws.addRow([]);
    ws.addRow([]);
    for (const line of readFileSync(csv, "utf8").trim().split("\n"))
      ws.addRow(line.split(",").map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
    const book = join(dir, "stretch.xlsx");
    await workbook.xlsx.writeFile(book);
    expect(await tooEasy(book)).toEqual(found.map(([id, , m]) => [id, "D7", m]));
    expect(await tooEasy(book, "--as-of", "2026-02-15")).toEqual([]);
  });

  it("checks inputs together, so a team sheet may align to the company's", async () => {
    const dir = tmp();
    const header =
      "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes";
    const kr = (id: string) =>
      `${id},Key result,,Grow pipeline from 120 to 200 deals,,,Metric,deals,120,200,150,,70%,2026-03-31,`;
    writeFileSync(
      join(dir, "company.csv"),
      [
        header,
        "CO-O1,Objective,,Win the mid-market,Ana,Committed,,,,,,,,,",
        kr("CO-O1-KR1"),
        kr("CO-O1-KR2"),
      ].join("\n")
    );
    writeFileSync(
      join(dir, "team.csv"),
      [
        header,
        "T-O1,Objective,CO-O1,Win the mid-market,Dana,Committed,,,,,,,,,",
        kr("T-O1-KR1"),
        kr("T-O1-KR2"),
      ].join("\n")
    );
    const alone = JSON.parse(
      (await okr("check", join(dir, "team.csv"), "--period", "2026-Q1", "--format", "json")).out
    );
    expect(alone.map((f: { ruleId: string }) => f.ruleId)).toContain("O-PARENT-UNKNOWN");
    const together = JSON.parse(
      (
        await okr(
          "check",
          join(dir, "company.csv"),
          join(dir, "team.csv"),
          "--period",
          "2026-Q1",
          "--format",
          "json"
        )
      ).out
    );
    expect(together.map((f: { ruleId: string }) => f.ruleId)).not.toContain("O-PARENT-UNKNOWN");
  });

  it.each([
    [
      "a missing file",
      (dir: string) => join(dir, "nope.csv"),
      /nope\.csv: there is no such file\. Check the name and the folder\./,
    ],
    [
      "a corrupt workbook",
      (dir: string) => (writeFileSync(join(dir, "bad.xlsx"), "not a zip"), join(dir, "bad.xlsx")),
      /bad\.xlsx: this is not an \.xlsx workbook/,
    ],
    [
      "a legacy-encoded file that is no OKR sheet in either Chinese encoding",
      (dir: string) => (
        writeFileSync(
          join(dir, "gbk.csv"),
          Buffer.from([0x49, 0x44, 0x2c, 0xc4, 0xbf, 0xb1, 0xea, 0x0a])
        ),
        join(dir, "gbk.csv")
      ),
      /gbk\.csv: this is not UTF-8 text, and read as GB18030 or Big5 it has no OKR header row\. Save it as “CSV UTF-8”, or name its encoding with --encoding/,
    ],
    [
      "a CSV without an OKR header",
      (dir: string) => (
        writeFileSync(join(dir, "shopping.csv"), "item,qty\nmilk,2\n"),
        join(dir, "shopping.csv")
      ),
      /shopping\.csv: no OKR header row found/,
    ],
    [
      "an unknown file type",
      (dir: string) => (writeFileSync(join(dir, "okr.pdf"), "%PDF"), join(dir, "okr.pdf")),
      /okr\.pdf: unknown file type “\.pdf”/,
    ],
  ])("exits 2 with one clear message for %s, and no stack trace", async (_, make, message) => {
    const { status, err, out } = await okr("check", make(tmp()), "--format", "json");
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toBe("");
  });

  it("exits 2 on a bad option, saying why", async () => {
    const bad = await okr("check", fixture("talent-zhtw.csv"), "--period", "next quarter");
    expect(bad.status).toBe(2);
    expect(bad.err).toContain("is not a period");
    expect((await okr("check", fixture("talent-zhtw.csv"), "--lang", "fr")).status).toBe(2);
  });

  it("runs as the contract says: npm run --silent okr -- check …, stdout clean JSON, exit status kept", () => {
    const ok = spawnSync(
      "npm",
      [
        "run",
        "--silent",
        "okr",
        "--",
        "check",
        fixture("growth-zhcn.csv"),
        "--period",
        "2026-Q1",
        "--format",
        "json",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );
    expect(ok.status).toBe(0);
    expect(
      JSON.parse(ok.stdout).map((f: { id: string; ruleId: string }) => `${f.id}:${f.ruleId}`)
    ).toContain("G-O2:O-WEIGHTS-SUM");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.bin["okr-sheets"]).toBe("bin/okr-sheets.js");
    const missing = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "okr-sheets.js"), "check", "/nowhere/x.csv"],
      { encoding: "utf8" }
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("/nowhere/x.csv: there is no such file");
    expect(
      execFileSync(process.execPath, [join(ROOT, "bin", "okr-sheets.js"), "--help"], {
        encoding: "utf8",
      })
    ).toContain("check");
  });
});

describe("okr check --fix", () => {
  const HEADER = headerRow("en");
  const krRow = (id: string, statement: string, weight: string | number = "") =>
    metricKr(id, statement, { weight });

  async function workbook(dir: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Team");
    ws.addRows([
      ["Period:", "2026-Q1"],
      [],
      HEADER,
      rowOf({
        id: "T-O1",
        level: "Objective",
        statement: "▪ =SUM(A1) Win the mid-market",
        owner: "Dana",
        commitment: "Aspirational",
      }),
      krRow("T-O1-KR1", "1) Grow pipeline from 120 to 200 deals", "40%"),
      krRow("T-O1-KR2", "Grow renewals from 120 to 200 deals"),
      krRow("T-O1-KR3", "Grow upsell from 120 to 200 deals"),
      rowOf({
        id: "T-O2",
        level: "Objective",
        statement: "Win the enterprise segment",
        owner: "Dana",
      }),
      krRow("T-O2-KR1", "Grow pipeline from 120 to 200 deals"),
      krRow("T-O2-KR2", "Grow renewals from 120 to 200 deals"),
      rowOf({
        id: "T-O3",
        level: "Objective",
        statement: "Win the public sector",
        owner: "Dana",
        commitment: "Aspirational",
      }),
      krRow("T-O3-KR1", "Grow pipeline from 120 to 200 deals"),
      krRow("T-O3-KR2", "Grow renewals from 120 to 200 deals"),
    ]);
    const file = join(dir, "team.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("writes a fixed copy — only the cells concerned, text as text — and reports what remains", async () => {
    const dir = tmp();
    const input = await workbook(dir);
    const before = readFileSync(input);
    const out = join(dir, "fixed.xlsx");
    const { status, out: text } = await okr("check", input, "--fix", "-o", out);
    expect(status).toBe(0);
    expect(text).toMatch(/^Fixed 5 cell\(s\) in .*fixed\.xlsx; the findings that remain:\n/);
    expect(text).not.toMatch(/TEXT-LIST-MARKER|KR-BAD-WEIGHT|O-NO-COMMITMENT/);
    expect(readFileSync(input).equals(before)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Team")!;
    expect(ws.getCell("D4").value).toBe("=SUM(A1) Win the mid-market"); // text, not a formula
    expect(ws.getCell("D5").value).toBe("Grow pipeline from 120 to 200 deals");
    expect([ws.getCell("L6").value, ws.getCell("L7").value]).toEqual([0.3, 0.3]);
    expect(ws.getCell("L6").numFmt).toBe("0%");
    expect(ws.getCell("F8").value).toBe("Aspirational");
    // nothing else changed
    expect(ws.getCell("D6").value).toBe("Grow renewals from 120 to 200 deals");
    expect(ws.getCell("L9").value).toBe("");
  });

  it("never writes a cell beyond Excel's 32,767 characters whole, and says which it cut", async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Team").addRows([
      HEADER,
      rowOf({
        id: "L-O1",
        level: "Objective",
        statement: "Win the mid-market",
        owner: "Dana",
        commitment: "Committed",
        notes: "x".repeat(40000),
      }),
      krRow("L-O1-KR1", "Grow pipeline from 120 to 200 deals"),
      krRow("L-O1-KR2", "Grow renewals from 120 to 200 deals"),
    ]);
    const input = join(dir, "long.xlsx");
    await wb.xlsx.writeFile(input);
    const checked = await okr("check", input, "--period", "2026-Q1");
    expect(checked.status).toBe(1);
    expect(checked.out).toContain("CELL-TOO-LONG  Notes of L-O1 holds 40000 characters");
    const out = join(dir, "short.xlsx");
    const fixed = await okr("check", input, "--period", "2026-Q1", "--fix", "-o", out);
    expect(fixed.err).toContain(
      `Team!${columnOf("notes")}2 was longer than Excel's 32,767 characters and was cut to fit.`
    );
    expect(fixed.out).not.toContain("CELL-TOO-LONG");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(String(back.getWorksheet("Team")!.getCell(`${columnOf("notes")}2`).value)).toHaveLength(
      32767
    );
  });

  it("speaks the asked language and keeps stdout JSON when asked for JSON", async () => {
    const dir = tmp();
    const input = await workbook(dir);
    const result = await okr(
      "check",
      input,
      "--fix",
      "-o",
      join(dir, "f.xlsx"),
      "--format",
      "json",
      "--lang",
      "zh-CN"
    );
    expect(JSON.parse(result.out)).toEqual(expect.any(Array));
    expect(result.err).toContain("中修正 5 个单元格");
  });

  it("never writes over the input, and needs -o, one workbook and an .xlsx", async () => {
    const dir = tmp();
    const input = await workbook(dir);
    const cases: [string[], RegExp][] = [
      [["check", input, "--fix", "-o", input, "--force"], /never writes over its input/],
      [["check", input, "--fix"], /--fix and -o go together/],
      [["check", input, "-o", join(dir, "x.xlsx")], /--fix and -o go together/],
      [["check", input, input, "--fix", "-o", join(dir, "y.xlsx")], /one input workbook at a time/],
      [
        ["check", fixture("talent-zhtw.csv"), "--fix", "-o", join(dir, "z.xlsx")],
        /writes a fixed copy of an \.xlsx workbook/,
      ],
    ];
    for (const [argv, message] of cases) {
      const result = await okr(...argv);
      expect({ argv, status: result.status }).toEqual({ argv, status: 2 });
      expect(result.err).toMatch(message);
    }
  });
});
