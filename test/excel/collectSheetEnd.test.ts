// The pane's Collect merges returned check-ins and actions right below the master's last record,
// as okr collect does (src/operations/collect.ts), never below a stray value far down. (Past
// Excel's last row is refused by the same operation: test/cli/collectSheetEnd.test.ts; the
// emulator holds no cell at row 1,048,576.)
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { ACTIONS_SHEET_NAME } from "../../src/domain/reading/actionsSheet";
import { TABLE_GAP_ROWS } from "../../src/domain/reading/tableEnd";
import { applyCollect, previewCollect, toBase64 } from "../../src/excel/collect";
import { PANE_COLLECT_OPTIONS } from "../support/paneCollect";
import {
  checkedInMaster,
  masterWithActions,
  returnedSales,
  salesActionEdits,
  salesChecksIn,
} from "../support/split";

/** Below a gap longer than TABLE_GAP_ROWS under the first rows. */
const STRAY = 10 + TABLE_GAP_ROWS + 500;

/** The master open in emulated Excel on the web, a stray value typed far below `sheet`'s rows. */
async function openWithStray(master: string, sheet: string) {
  const loader = createEmulatedExcel({ platform: "desktop" });
  await loader.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(readFileSync(master))));
    context.workbook.worksheets.getItem(sheet).getRange(`A${STRAY}`).values = [["stray"]];
    await context.sync();
  });
  return createEmulatedExcel({ platform: "web", state: loader.state });
}

type Emulated = ReturnType<typeof createEmulatedExcel>;

/** The rows holding a value in column A or B, down to a few rows below the stray value. */
function filledRows(excel: Emulated, name: string): number[] {
  const sheet = excel.state.findSheet(name)!;
  return excel.state
    .readValues(sheet, { row: 0, col: 0, rows: STRAY + 5, cols: 2 })
    .flatMap((line, i) => (line.every((v) => v === "" || v === null) ? [] : [i + 1]));
}

async function collect(excel: Emulated, sales: string) {
  const picked = { name: "Sales.xlsx", bytes: new Uint8Array(readFileSync(sales)) };
  const preview = await previewCollect(excel, [picked], PANE_COLLECT_OPTIONS);
  await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
}

describe("the pane's Collect with a stray value far below the master's own sheets (emulated)", () => {
  it("a returned check-in goes right below the last one, the stray value kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-pane-"));
    const master = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    const sales = await returnedSales(dir, master, salesChecksIn);
    const excel = await openWithStray(master, "Check-ins");
    const before = filledRows(excel, "Check-ins").filter((row) => row < STRAY);
    await collect(excel, sales);
    const last = before[before.length - 1];
    expect(filledRows(excel, "Check-ins")).toEqual([...before, last + 1, STRAY]);
  }, 60_000);

  it("returned actions go right below the last one, the stray value kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-end-pane-"));
    const master = await masterWithActions(dir);
    const sales = await returnedSales(dir, master, salesActionEdits);
    const actions = ACTIONS_SHEET_NAME.en;
    const excel = await openWithStray(master, actions);
    await collect(excel, sales);
    // Four actions in rows 2–5; the one Sales adds on row 6.
    expect(filledRows(excel, actions)).toEqual([1, 2, 3, 4, 5, 6, STRAY]);
  }, 60_000);
});
