// Split a generated workbook, edit the parts as departments would, collect them back: the master,
// the report, the exit code, and that no input file changed.
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { collectText, expandInputs } from "../../src/cli/collect";
import { worksheetRows } from "../../src/cli/input";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { readSheet } from "../../src/domain/reading/sheet";
import { okr } from "../support/cli";
import { generatedMaster, loadXlsx } from "../support/split";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-collect-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key) + 1;

/** The 1-based row holding an ID on a sheet. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(col("id")).value === id) found = r;
  });
  if (!found) throw new Error(`${id} not on ${ws.name}`);
  return found;
}

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = await loadXlsx(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

/** A master (checked in once), split into dir/out, with the files departments send back. */
async function roundTrip() {
  const dir = tmp();
  const made = await generatedMaster(dir, "company,sales,hr");
  const values = join(dir, "v.csv");
  writeFileSync(values, "ID,Current\nSALES-O1-KR1,1000\n");
  const master = join(dir, "master.xlsx");
  await okr("checkin", made, "--date", "2026-02-01", "--values", values, "-o", master);
  const out = join(dir, "out");
  expect((await okr("split", master, "-o", out)).status).toBe(0);
  const [company, hr, sales] = readdirSync(out)
    .sort()
    .map((f) => join(out, f));
  const salesSheet = "Sales 2026-Q1";
  const hrSheet = "HR 2026-Q1";
  // Sales: a check-in (Current), a changed Target, and the same KR + date checked in again.
  await edit(sales, (wb) => {
    const ws = wb.getWorksheet(salesSheet)!;
    const r = rowOf(ws, "SALES-O1-KR2");
    ws.getCell(r, col("target")).value = 999;
    ws.getCell(r, col("current")).value = 5;
    const history = wb.getWorksheet("Check-ins")!;
    history.eachRow((row, n) => {
      if (n > 1 && row.getCell(3).value === "SALES-O1-KR1") row.getCell(4).value = 1234;
    });
  });
  // HR: a new objective aligned to a company objective that does not exist.
  await edit(hr, (wb) => {
    const ws = wb.getWorksheet(hrSheet)!;
    const row = ws.getRow(ws.rowCount + 1);
    row.getCell(col("id")).value = "HR-O9";
    row.getCell(col("level")).value = "Objective";
    row.getCell(col("parent")).value = "CO-O9";
    row.getCell(col("statement")).value = "Hire a second recruiter";
    row.getCell(col("owner")).value = "Lee";
    // ...with a key result of its own.
    const kr = ws.getRow(ws.rowCount + 1);
    kr.getCell(col("id")).value = "HR-O9-KR1";
    kr.getCell(col("level")).value = "Key result";
    kr.getCell(col("statement")).value = "Two offers accepted";
    kr.getCell(col("owner")).value = "Lee";
  });
  // Another quarter's Sales, a corrupt file, a file not ours, and Sales returned twice.
  const q2 = join(dir, "q2.xlsx");
  await okr("new", "--template", "sales", "--period", "2026-Q2", "-o", q2);
  const q2out = join(dir, "q2out");
  await okr("split", q2, "-o", q2out);
  const back = join(dir, "back");
  const wrongPeriod = join(dir, "q2out", readdirSync(q2out)[0]);
  const corrupt = join(dir, "corrupt.xlsx");
  writeFileSync(corrupt, "this is not a workbook");
  const twice = join(dir, "sales-copy.xlsx");
  copyFileSync(sales, twice);
  return {
    dir,
    master,
    company,
    hr,
    sales,
    wrongPeriod,
    corrupt,
    notOurs: q2,
    twice,
    back,
    salesSheet,
    hrSheet,
  };
}

describe("okr collect", () => {
  it("validates every returned file into one report, replaces only their sheets, merges check-ins and scores the result", async () => {
    const t = await roundTrip();
    const inputs = [
      t.master,
      t.sales,
      t.hr,
      t.company,
      t.wrongPeriod,
      t.corrupt,
      t.notOurs,
      t.twice,
    ];
    const before = inputs.map(hash);
    const out = join(t.dir, "rolled.xlsx");
    const result = await okr("collect", ...inputs, "-o", out);
    expect(result.err).toBe("");
    expect(result.status).toBe(1);
    const lines = result.out.split("\n");
    const masterWb = await loadXlsx(t.master);
    const sent = readSheet(t.salesSheet, worksheetRows(masterWb.getWorksheet(t.salesSheet)!), {});
    const oldTarget = sent.objectives
      .flatMap((o) => o.keyResults)
      .find((k) => k.id === "SALES-O1-KR2")!.target;
    expect(lines).toContain(
      // In the key result's unit, as the sheet shows it (the Collect report of issue 36).
      `${t.sales}: sheet "${t.salesSheet}", SALES-O1-KR2: Target changed $${(oldTarget as number).toLocaleString("en")} → $999`
    );
    // Every Sales row of the master's history has the same KR and date as a returned one.
    const salesHistory = worksheetRows(masterWb.getWorksheet("Check-ins")!).filter(
      (r) => r[1] === t.salesSheet
    );
    expect(result.out).toMatch(
      new RegExp(`${t.corrupt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: cannot be read`)
    );
    expect(result.out).toContain(`${t.notOurs}: was not sent out by okr split`);
    expect(result.out).toContain(`${t.wrongPeriod}: is for period 2026-Q2`);
    expect(result.out).toContain(
      `${t.twice}: sheet "${t.salesSheet}" was already returned in ${t.sales}`
    );
    expect(result.out).toContain(
      `${t.hr}: objective HR-O9 in sheet "${t.hrSheet}" aligns to CO-O9, which no longer exists`
    );
    expect(result.out).toContain(
      `${t.sales}: sheet "${t.salesSheet}": ${salesHistory.length} check-in row(s) with the same KR and date replaced`
    );
    expect(inputs.map(hash)).toEqual(before);

    const rolled = await loadXlsx(out);
    const sales = readSheet(t.salesSheet, worksheetRows(rolled.getWorksheet(t.salesSheet)!), {});
    const kr2 = sales.objectives.flatMap((o) => o.keyResults).find((k) => k.id === "SALES-O1-KR2")!;
    expect(kr2.target).toBe(999);
    expect(kr2.current).toBe(5);
    const hr = readSheet(t.hrSheet, worksheetRows(rolled.getWorksheet(t.hrSheet)!), {});
    expect(hr.objectives.map((o) => o.id)).toContain("HR-O9");
    // Sheet order is kept, the Summary is rebuilt, the merged history has the returned value once.
    const names = (wb: ExcelJS.Workbook) =>
      wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    const others = (wb: ExcelJS.Workbook) => names(wb).filter((n) => !/^Summary/.test(n));
    expect(others(rolled).slice(0, 3)).toEqual(others(masterWb).slice(0, 3));
    // The Summary rebuilt, first.
    expect(names(rolled).slice(0, 2)).toEqual(["Summary", "Summary details"]);
    const history = worksheetRows(rolled.getWorksheet("Check-ins")!).filter(
      (r) => r[2] === "SALES-O1-KR1"
    );
    expect(history.map((r) => r[3])).toEqual([1234]);
    // Sales' formula columns are formulas again.
    const ws = rolled.getWorksheet(t.salesSheet)!;
    const progress = ws.getCell(rowOf(ws, "SALES-O1-KR2"), col("progress")).value as {
      formula?: string;
    };
    expect(progress.formula).toBeTruthy();
  });

  it("with --strict does not use a file whose Target, Start or Weight was edited; --format json", async () => {
    const t = await roundTrip();
    const out = join(t.dir, "strict.xlsx");
    const result = await okr(
      "collect",
      t.master,
      t.sales,
      t.company,
      "-o",
      out,
      "--strict",
      "--format",
      "json"
    );
    expect(result.status).toBe(1);
    const report = JSON.parse(result.out) as {
      used: { sheet: string }[];
      findings: { kind: string; error: boolean; id?: string; field?: string; new?: number }[];
    };
    expect(report.used.map((u) => u.sheet)).toEqual(["Company 2026-Q1"]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        kind: "changed",
        id: "SALES-O1-KR2",
        field: "target",
        new: 999,
        error: true,
      })
    );
    const rolled = await loadXlsx(out);
    const sales = readSheet(t.salesSheet, worksheetRows(rolled.getWorksheet(t.salesSheet)!), {});
    expect(
      sales.objectives.flatMap((o) => o.keyResults).find((k) => k.id === "SALES-O1-KR2")!.target
    ).not.toBe(999);
  });

  it("refuses a returned sheet that claims another department's IDs: reported, exit 1, nothing of that file used", async () => {
    const t = await roundTrip();
    const foreign = join(t.dir, "company-foreign.xlsx");
    copyFileSync(t.company, foreign);
    await edit(foreign, (wb) => {
      const ws = wb.getWorksheet("Company 2026-Q1")!;
      ws.getCell(rowOf(ws, "CO-O1"), col("statement")).value = "Changed by the wrong team";
      const kr = ws.getRow(ws.rowCount + 1);
      kr.getCell(col("id")).value = "SALES-O2-KR1";
      kr.getCell(col("level")).value = "Key result";
      kr.getCell(col("statement")).value = "Sales' key result, rewritten";
    });
    const out = join(t.dir, "rolled.xlsx");
    const result = await okr("collect", t.master, foreign, "-o", out);
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      `${foreign}: ID SALES-O2-KR1 in sheet "Company 2026-Q1" belongs to sheet "${t.salesSheet}" of the master; nothing of this file is used`
    );
    expect(result.out).toContain("0 sheet(s) collected");
    const rolled = await loadXlsx(out);
    const company = worksheetRows(rolled.getWorksheet("Company 2026-Q1")!);
    expect(company.flat()).not.toContain("Changed by the wrong team");
  });

  it("verifies each file's record of what was sent against the master: an edited record or another master's file is refused", async () => {
    const t = await roundTrip();
    // The record edited to hide a changed Target: the Target and its record both say 999.
    const hidden = join(t.dir, "sales-hidden.xlsx");
    copyFileSync(t.sales, hidden);
    await edit(hidden, (wb) => {
      const record = wb.worksheets.find((w) => w.getCell(1, 1).value === "okrSheets.fingerprint")!;
      const json = JSON.parse(String(record.getCell(1, 2).value)) as {
        krs: { id: string; target: number }[];
      };
      json.krs.find((k) => k.id === "SALES-O1-KR2")!.target = 999;
      record.getCell(1, 2).value = JSON.stringify(json);
    });
    // A file split from another master whose Sales sheet has another Target.
    const other = join(t.dir, "other-master.xlsx");
    copyFileSync(t.master, other);
    await edit(other, (wb) => {
      const ws = wb.getWorksheet(t.salesSheet)!;
      ws.getCell(rowOf(ws, "SALES-O1-KR1"), col("target")).value = 12345;
    });
    const otherOut = join(t.dir, "other-out");
    expect((await okr("split", other, "-o", otherOut)).status).toBe(0);
    const foreign = join(
      otherOut,
      readdirSync(otherOut).find((f) => f.startsWith("Sales"))!
    );
    const out = join(t.dir, "rolled.xlsx");
    const result = await okr("collect", t.master, hidden, foreign, "-o", out);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(
      /sales-hidden\.xlsx: its record of what was sent does not match sheet "Sales 2026-Q1" of this master \(SALES-O1-KR2 Target: [\d,]+ here, 999 in the file's record\)/
    );
    expect(result.out).toMatch(
      /Sales 2026-Q1\.xlsx: its record of what was sent does not match sheet "Sales 2026-Q1" of this master \(SALES-O1-KR1 Target: [\d,]+ here, 12,345 in the file's record\)/
    );
    expect(result.out).toContain("0 sheet(s) collected");
  });

  it("exits 0 when the returned files are clean, and 2 with nothing written when the master is unusable", async () => {
    const t = await roundTrip();
    const clean = await okr("collect", t.master, t.company, "-o", join(t.dir, "clean.xlsx"));
    expect(clean.err).toBe("");
    expect(clean.status).toBe(0);
    const bad = join(t.dir, "bad.xlsx");
    const broken = await okr("collect", t.corrupt, t.company, "-o", bad);
    expect(broken.status).toBe(2);
    expect(() => readFileSync(bad)).toThrow();
  });

  it("lists a returned sheet Score would refuse as that file's finding, and still writes the master from the others (exit 1)", async () => {
    const t = await roundTrip();
    const companySheet = "Company 2026-Q1";
    // Company's Target header renamed: the sheet is still recognised, but a required column is missing.
    const renamed = join(t.dir, "company-renamed.xlsx");
    copyFileSync(t.company, renamed);
    let target = "";
    await edit(renamed, (wb) => {
      const ws = wb.getWorksheet(companySheet)!;
      const at = { row: rowOf(ws, "ID"), col: col("target") };
      expect(worksheetRows(ws)[at.row - 1][at.col - 1]).toBe("Target");
      target = ws.getCell(at.row, at.col).address;
      ws.getCell(at.row, at.col).value = "Aim";
    });
    expect(target).not.toBe("");
    const out = join(t.dir, "rolled.xlsx");
    const result = await okr("collect", t.master, renamed, t.sales, "-o", out);
    expect(result.err).toBe("");
    expect(result.status).toBe(1);
    expect(result.out).toMatch(
      new RegExp(
        `company-renamed\\.xlsx: sheet "${companySheet}" cannot be scored: A\\d+: The header row has no “Target” column\\. .*; not used`
      )
    );
    expect(result.out).toContain(`1 sheet(s) collected into ${out}: ${t.salesSheet}`);
    // The master's own Company sheet is kept, its Target header and all.
    const rolled = await loadXlsx(out);
    const header = worksheetRows(rolled.getWorksheet(companySheet)!).find((r) => r[0] === "ID")!;
    expect(header[col("target") - 1]).toBe("Target");
    // In Chinese too, located the same way.
    const zh = await okr(
      "collect",
      t.master,
      renamed,
      "-o",
      join(t.dir, "zh.xlsx"),
      "--lang",
      "zh-CN"
    );
    expect(zh.status).toBe(1);
    expect(zh.out).toContain(`工作表“${companySheet}”无法计分：A`);
  });

  it("takes a folder or a quoted glob for the returned files, sorted, each file once; nothing matched is a clear error", async () => {
    const t = await roundTrip();
    const out = join(t.dir, "out");
    // Excel's lock file beside an open workbook is never a returned file.
    writeFileSync(join(out, "~$Sales 2026-Q1.xlsx"), "lock");
    expect(expandInputs([out])).toEqual([t.company, t.hr, t.sales]);
    expect(expandInputs([join(out, "*.xlsx")])).toEqual([t.company, t.hr, t.sales]);
    expect(expandInputs([join(out, "?R*.xlsx"), t.sales, join(out, "*.xlsx")])).toEqual([
      t.hr,
      t.sales,
      t.company,
    ]);
    // A plain name that does not exist is kept: it is reported as unreadable with the others.
    expect(expandInputs([join(t.dir, "gone.xlsx")])).toEqual([join(t.dir, "gone.xlsx")]);

    const rolled = join(t.dir, "rolled.xlsx");
    const result = await okr("collect", t.master, join(out, "[HS]*.xlsx"), "-o", rolled);
    expect(result.err).toBe("");
    expect(result.out).toContain(
      `2 sheet(s) collected into ${rolled}: ${t.hrSheet}, ${t.salesSheet}`
    );

    const none = await okr(
      "collect",
      t.master,
      join(out, "*.xslx"),
      "-o",
      join(t.dir, "none.xlsx")
    );
    expect(none.status).toBe(2);
    expect(none.err).toContain(`${join(out, "*.xslx")}: matches no file. Check the pattern`);
    expect(() => readFileSync(join(t.dir, "none.xlsx"))).toThrow();
    const empty = join(t.dir, "empty");
    mkdirSync(empty);
    const nothing = await okr("collect", t.master, empty, "-o", join(t.dir, "none.xlsx"));
    expect(nothing.status).toBe(2);
    expect(nothing.err).toContain(`${empty}: this folder has no .xlsx file`);
  });
});

describe("collect's report line", () => {
  const used = [
    { file: "a.xlsx", sheet: "Sales 2026-Q1" },
    { file: "b.xlsx", sheet: "HR 2026-Q1" },
  ];
  it("says how many sheets went into which file in the reader's language", () => {
    expect(collectText({ findings: [], used }, "en", "out.xlsx")).toBe(
      "2 sheet(s) collected into out.xlsx: Sales 2026-Q1, HR 2026-Q1\n"
    );
    expect(collectText({ findings: [], used }, "zh-CN", "out.xlsx")).toBe(
      "已收回 2 个工作表到 out.xlsx：Sales 2026-Q1、HR 2026-Q1\n"
    );
    expect(collectText({ findings: [], used: [] }, "zh-TW", "out.xlsx")).toBe(
      "已收回 0 個工作表到 out.xlsx：無\n"
    );
  });
});
