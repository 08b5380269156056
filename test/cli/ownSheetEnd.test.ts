// The product's own sheets end where an OKR table does (domain/reading/tableEnd.ts): a stray value
// far below the check-in history is no record, and the next check-in goes right below the last one;
// a history that really reaches Excel's last row is refused, nothing written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { EXCEL_LAST_ROW } from "../../src/domain/plan/layout";
import { krRowsSheet } from "../support/bigSheet";

async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}

/** A workbook checked in once (Check-ins rows 2–3), then given `cells` on its history sheet. */
async function checkedIn(cells: { row: number; value: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), "okr-own-end-"));
  const file = join(dir, "q1.xlsx");
  await okr("new", "--template", "sales", "--period", "2026-Q1", "-o", file);
  const values = join(dir, "v.csv");
  writeFileSync(values, "ID,Current\nSALES-O1-KR1,100\nSALES-O2-KR1,70\n");
  const first = join(dir, "c1.xlsx");
  const done = await okr("checkin", file, "--date", "2026-01-20", "--values", values, "-o", first);
  expect(done.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first);
  const history = wb.getWorksheet("Check-ins")!;
  for (const { row, value } of cells) history.getCell(row, 1).value = value;
  const stray = join(dir, "stray.xlsx");
  await wb.xlsx.writeFile(stray);
  return { dir, stray, values };
}

/** Every row of a sheet holding a value, by row number. */
async function filledRows(file: string, sheet: string): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: number[] = [];
  wb.getWorksheet(sheet)!.eachRow((row, n) => rows.push(n));
  return rows;
}

describe("okr checkin with a stray value far below the history", () => {
  it("writes the next check-in right below the last one, the stray value kept where it was", async () => {
    const { dir, stray, values } = await checkedIn([{ row: EXCEL_LAST_ROW, value: "stray" }]);
    const out = join(dir, "c2.xlsx");
    const done = await okr("checkin", stray, "--date", "2026-01-27", "--values", values, "-o", out);
    expect(done.err).toBe("");
    expect(done.status).toBe(0);
    expect(await filledRows(out, "Check-ins")).toEqual([1, 2, 3, 4, 5, EXCEL_LAST_ROW]);
  }, 60_000);

  it("refuses a check-in whose rows would pass Excel's last row, in the reader's language, nothing written", async () => {
    // Values every 1,000 rows down to the last: no gap ends the history before it.
    const chain = [];
    for (let row = 1_000; row < EXCEL_LAST_ROW; row += 1_000) chain.push({ row, value: "x" });
    chain.push({ row: EXCEL_LAST_ROW, value: "last" });
    const { dir, stray, values } = await checkedIn(chain);
    const out = join(dir, "c2.xlsx");
    const second = (...lang: string[]) =>
      okr("checkin", stray, "--date", "2026-01-27", "--values", values, "-o", out, ...lang);
    const refused = await second();
    expect(refused.status).toBe(EXIT_UNUSABLE);
    expect(refused.err).toContain(
      `stray.xlsx: “Check-ins” has check-ins down to row ${EXCEL_LAST_ROW}; this check-in needs 2 rows more, past Excel's last row`
    );
    const zh = await second("--lang", "zh-CN");
    expect(zh.status).toBe(EXIT_UNUSABLE);
    expect(zh.err).toContain("会超出 Excel 的最后一行");
    const tw = await second("--lang", "zh-TW");
    expect(tw.status).toBe(EXIT_UNUSABLE);
    expect(tw.err).toContain("會超出 Excel 的最後一列");
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

describe("okr checkin whose rows reach a stray value below the history", () => {
  it("goes around it: the stray value kept, every key result given its own row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-own-around-"));
    const table = krRowsSheet(1_500);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Team").addRows(
      table.map((r) => r.map((v) => (/^\d+$/.test(v) ? Number(v) : v)))
    );
    const file = join(dir, "team.xlsx");
    await wb.xlsx.writeFile(file);
    const ids = table.filter((r) => r[1] === "Key result").map((r) => r[0]);
    // A history of three records (rows 2–4), then a stray value 1,200 rows below the last.
    const few = join(dir, "few.csv");
    const csv = (krs: string[], value: number) =>
      `ID,Current\n${krs.map((id) => `${id},${value}`).join("\n")}\n`;
    writeFileSync(few, csv(ids.slice(0, 3), 130));
    const first = join(dir, "c1.xlsx");
    const once = await okr("checkin", file, "--date", "2026-01-20", "--values", few, "-o", first);
    expect(once.err).toBe("");
    expect(once.status).toBe(0);
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(first);
    const stray = 4 + 1_200;
    checked.getWorksheet("Check-ins")!.getCell(stray, 1).value = "stray";
    const withStray = join(dir, "stray.xlsx");
    await checked.xlsx.writeFile(withStray);
    // Every key result checked in: 1,500 rows from row 5, through the stray value's row.
    const all = join(dir, "all.csv");
    writeFileSync(all, csv(ids, 140));
    const out = join(dir, "c2.xlsx");
    // through the command people run (bin, lib/ built)
    const bin = join(__dirname, "..", "..", "bin", "okr-sheets.js");
    const args = ["checkin", withStray, "--date", "2026-01-27", "--values", all, "-o", out];
    const done = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    const history = after.getWorksheet("Check-ins")!;
    expect(history.getCell(stray, 1).value).toBe("stray");
    // rows 5 to 1,505 but the stray one: one row each, none lost
    const rows = await filledRows(out, "Check-ins");
    expect(rows).toHaveLength(1 + 3 + 1 + 1_500);
    expect(rows[rows.length - 1]).toBe(5 + 1_500);
    const krIds: string[] = [];
    for (let r = 5; r <= 5 + 1_500; r++)
      if (r !== stray) krIds.push(String(history.getCell(r, 3).value));
    expect(new Set(krIds)).toEqual(new Set(ids));
    expect(krIds).toHaveLength(1_500);
  }, 120_000);
});
