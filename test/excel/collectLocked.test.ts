// Collect on a master whose formula columns are locked (Score with the lock): the returned sheet
// replaces the protected one through the guard — lifted before the copy, protected again after —
// and the sheet ends locked as Score locks it: inputs open to typing, formula cells locked.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { isLocked } from "../../emulator/protection";
import { FORMULA_LOCK_OPTIONS } from "../../src/domain/plan/protection";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { applyCollect, previewCollect, toBase64 } from "../../src/excel/collect";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { formulasOf, sheetState } from "../support/emulatorRead";
import { generatedMaster, splitFileOf } from "../support/split";
import { PANE_COLLECT_OPTIONS } from "../support/paneCollect";

const SALES = "Sales 2026-Q1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const options = PANE_COLLECT_OPTIONS;

let master: Buffer;
let sales: { name: string; bytes: Uint8Array };
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-collect-locked-"));
  const made = await generatedMaster(dir, "company,sales", "master.xlsx");
  const file = await splitFileOf(made, dir);
  master = readFileSync(made);
  sales = { name: "Sales.xlsx", bytes: new Uint8Array(readFileSync(file)) };
});

/** The master open in emulated Excel on a platform, scored with the formula lock. */
async function lockedMaster(platform: "web" | "desktop" | "ipad") {
  const loader = createEmulatedExcel({ platform: "desktop" });
  await loader.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(master)));
    await context.sync();
  });
  const excel = createEmulatedExcel({ platform, state: loader.state });
  await scoreWorkbookInExcel(excel, {
    asOf: "2026-02-15",
    checkedOn: "2026-02-15",
    lang: "en",
    lockFormulas: true,
  });
  expect(sheetState(excel, SALES).protected).toBe(true);
  return excel;
}

describe.each(["web", "desktop", "ipad"] as const)(
  "Collect on a locked master (%s)",
  (platform) => {
    it("replaces the protected sheet in its usual round trips and locks it again as Score does", async () => {
      const excel = await lockedMaster(platform);
      const preview = await previewCollect(excel, [sales], options);
      await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
      expect(excel.runs[excel.runs.length - 1].syncs).toBe(2);
      const sheet = sheetState(excel, SALES);
      expect(sheet.protected).toBe(true);
      expect(sheet.protection.options).toMatchObject(FORMULA_LOCK_OPTIONS);
      // Inputs open to typing, formulas locked, on a key result row.
      const rows = formulasOf(excel, SALES);
      const kr = rows.findIndex((r) => r[col("id")] === "SALES-O1-KR1");
      expect(String(rows[kr][col("progress")])).toMatch(/^=/);
      expect(isLocked(sheet, kr, col("progress"))).toBe(true);
      expect(isLocked(sheet, kr, col("current"))).toBe(false);
      expect(isLocked(sheet, kr, col("owner"))).toBe(false);
    });
  }
);
