// `okr score --protect`: the scored file's formula cells locked, every input cell unlocked, the
// OKR sheet protected without a password and with the lock's options, read back cell by cell.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { okr } from "../support/cli";
import { readLocks, scoreTeamCsv } from "../support/lockedCells";
import { typedValue } from "../support/xlsxFile";

const CSV = [
  "ID,Level,Parent,Statement,Owner,Commitment,KR type,Unit,Start,Target,Current,Weight,Confidence,Due,Notes",
  "T-O1,Objective,,Win the mid-market,Dana,Committed,,,,,,,,,",
  "T-O1-KR1,Key result,,Grow ARR from 1000 to 2000,,,Metric,USD,1000,2000,1500,60%,70%,2026-03-31,=SUM(A1:A9)",
  "T-O1-KR2,Key result,,Cut churn from 5% to 3%,,,Metric,%,5%,3%,4%,40%,70%,2026-03-31,-looks like a formula",
  "T-O2,Objective,,Keep customers,Lee,Aspirational,,,,,,,,,",
  "T-O2-KR1,Key result,,Raise NPS from 30 to 50,,,Metric,points,30,50,35,100%,50%,2026-03-31,",
].join("\r\n");

/** The CSV's rows as a workbook's sheet "team", its header row styled whole (a row style). */
async function workbookInput(dir: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("team");
  for (const line of CSV.split("\r\n")) ws.addRow(line.split(",").map(typedValue));
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  const input = join(dir, "team.xlsx");
  await wb.xlsx.writeFile(input);
  return input;
}

const SCORE = ["--period", "2026-Q1", "--as-of", "2026-02-15"];

describe("okr score --protect", () => {
  it("locks the formula cells, leaves every input unlocked, protects without a password", async () => {
    const { run, out } = await scoreTeamCsv(CSV, "--protect");
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    const read = await readLocks(out, "team");
    expect(read.wrong).toEqual([]);
    expect(read.formulas).toBeGreaterThan(15);
    expect(read.inputs).toBeGreaterThan(40);
    expect(read.belowUnlocked).toBe(true);
    expect(read.rightUnlocked).toEqual({ AZ: true, XFD: true });
    expect(read.protection).toMatchObject({
      sheet: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      autoFilter: true,
      sort: true,
    });
    expect(read.protection).not.toHaveProperty("hashValue");
    expect(read.protection?.deleteRows).toBeFalsy();
    expect(read.protection?.insertColumns).toBeFalsy();
    // The Summary is the product's own sheet: not locked by the formula lock.
    const summary = await readLocks(out, "Summary");
    expect(summary.protection).toBeNull();
  });

  it("unlocks the cells a styled row has not made yet, to the last column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-protect-"));
    const input = await workbookInput(dir);
    const out = join(dir, "scored.xlsx");
    const run = await okr("score", input, ...SCORE, "--protect", "-o", out);
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    const read = await readLocks(out, "team");
    expect(read.wrong).toEqual([]);
    expect(read.protection).toMatchObject({ sheet: true });
    expect(read.rightUnlocked).toEqual({ AZ: true, XFD: true });
  });

  it("without --protect nothing is protected", async () => {
    const { run, out } = await scoreTeamCsv(CSV);
    expect(run.status).toBe(0);
    expect((await readLocks(out, "team")).protection).toBeNull();
  });
});

describe("the README's line for --protect", () => {
  it("does not promise sorting: Excel refuses to sort a range holding locked cells", () => {
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    const line = readme.split("\n").find((l) => l.includes("`--protect` locks"));
    expect(line).toBeDefined();
    const onSorting = line!.split(/[;(),]/).filter((part) => /sort/i.test(part));
    expect(onSorting.length).toBeGreaterThan(0);
    for (const part of onSorting)
      expect([part, /does not sort|to sort/.test(part)]).toEqual([part, true]);
  });
});
