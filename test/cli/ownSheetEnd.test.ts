// The product's own sheets end where an OKR table does (domain/reading/tableEnd.ts): a stray value
// far below the check-in history is no record, and the next check-in goes right below the last one;
// a history that really reaches Excel's last row is refused, nothing written.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { EXCEL_LAST_ROW } from "../../src/domain/plan/layout";

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
