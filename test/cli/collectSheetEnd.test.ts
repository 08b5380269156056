// okr collect merges returned check-ins and actions right below the master's last record (the rule
// every table ends by, domain/reading/tableEnd.ts), never below a stray value far down; rows that
// would pass Excel's last row are refused, located, in the reader's language, nothing written.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";
import { EXCEL_LAST_ROW } from "../../src/domain/plan/layout";
import { ACTIONS_SHEET_NAME } from "../../src/domain/reading/actionsSheet";
import { okr } from "../support/cli";
import {
  checkedInMaster,
  loadXlsx,
  masterWithActions,
  putActions,
  returnedSales,
  salesActionEdits,
  salesChecksIn,
} from "../support/split";

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = await loadXlsx(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

/** Every row of a sheet holding a value, by row number. */
async function filledRows(file: string, sheet: string): Promise<number[]> {
  const rows: number[] = [];
  (await loadXlsx(file)).getWorksheet(sheet)!.eachRow((row, n) => rows.push(n));
  return rows;
}

describe("okr collect with a stray value far below the master's own sheets", () => {
  it("merges a returned check-in right below the last one, the stray value at Excel's last row kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-"));
    const master = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    const sales = await returnedSales(dir, master, salesChecksIn);
    const before = await filledRows(master, "Check-ins");
    await edit(
      master,
      (wb) => (wb.getWorksheet("Check-ins")!.getCell(EXCEL_LAST_ROW, 1).value = "stray")
    );
    const out = join(dir, "collected.xlsx");
    const done = await okr("collect", master, sales, "-o", out);
    expect(done.err).toBe("");
    const last = before[before.length - 1];
    expect(await filledRows(out, "Check-ins")).toEqual([...before, last + 1, EXCEL_LAST_ROW]);
  }, 120_000);

  it("merges returned actions right below the last one, the stray value kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-"));
    const master = await masterWithActions(dir);
    const sales = await returnedSales(dir, master, salesActionEdits);
    const actions = ACTIONS_SHEET_NAME.en;
    await edit(master, (wb) => (wb.getWorksheet(actions)!.getCell(5_000, 1).value = "stray"));
    const out = join(dir, "collected.xlsx");
    const done = await okr("collect", master, sales, "-o", out);
    expect(done.err).toBe("");
    // Four actions in rows 2–5; the one Sales adds on row 6.
    expect(await filledRows(out, actions)).toEqual([1, 2, 3, 4, 5, 6, 5_000]);
  }, 120_000);

  it("goes around a stray value the merged actions reach, keeping it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-"));
    const master = await masterWithActions(dir);
    // Sales keeps its two actions and plans 1,001 more: rows 2–1,004 of its sheet.
    const planned = Array.from(
      { length: 1_001 },
      (_, i) =>
        ["SALES-O1-KR1", `Call ${i}`, "Dana", "notStarted"] as [string, string, string, string]
    );
    const sales = await returnedSales(dir, master, (wb) => putActions(wb, planned, 4));
    const actions = ACTIONS_SHEET_NAME.en;
    // A thousand empty rows below the master's four actions (rows 2–5), then a stray value.
    const stray = 5 + 1_000 + 1;
    await edit(master, (wb) => (wb.getWorksheet(actions)!.getCell(stray, 1).value = "stray"));
    const out = join(dir, "collected.xlsx");
    const done = await okr("collect", master, sales, "-o", out);
    expect(done.err).toBe("");
    const wb = await loadXlsx(out);
    const sheet = wb.getWorksheet(actions)!;
    expect(sheet.getCell(stray, 1).value).toBe("stray");
    expect(sheet.getCell(stray, 2).value).toBe(null);
    // The new actions fill rows 6 to 1,005, above the stray value, and the last one goes below it.
    expect(sheet.getCell(6, 2).value).toBe("Call 0");
    expect(sheet.getCell(stray - 1, 2).value).toBe("Call 999");
    expect(sheet.getCell(stray + 1, 2).value).toBe("Call 1000");
  }, 120_000);

  it("refuses check-ins that would pass Excel's last row, in the reader's language, nothing written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-"));
    const master = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    const sales = await returnedSales(dir, master, salesChecksIn);
    // Values every 1,000 rows down to the last: no gap ends the history before it.
    await edit(master, (wb) => {
      const history = wb.getWorksheet("Check-ins")!;
      for (let row = 1_000; row < EXCEL_LAST_ROW; row += 1_000) history.getCell(row, 1).value = "x";
      history.getCell(EXCEL_LAST_ROW, 1).value = "last";
    });
    const out = join(dir, "collected.xlsx");
    const collect = (...lang: string[]) => okr("collect", master, sales, "-o", out, ...lang);
    const refused = await collect();
    expect(refused.status).toBe(EXIT_UNUSABLE);
    expect(refused.err).toContain(
      `${master}: “Check-ins” has rows down to row ${EXCEL_LAST_ROW}; the 1 row(s) ${sales} brings would pass Excel's last row`
    );
    expect(refused.out).toBe("");
    const zh = await collect("--lang", "zh-CN");
    expect(zh.status).toBe(EXIT_UNUSABLE);
    expect(zh.err).toContain("会超出 Excel 的最后一行");
    const tw = await collect("--lang", "zh-TW");
    expect(tw.status).toBe(EXIT_UNUSABLE);
    expect(tw.err).toContain("會超出 Excel 的最後一列");
    expect(existsSync(out)).toBe(false);
  }, 240_000);
});
