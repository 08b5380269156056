// The product's own sheets end where an OKR table does (domain/reading/tableEnd.ts), in the pane as
// in the command line: a stray value far below the check-in history or the Actions sheet is no
// record, and a new one goes right below the last (where the pane looks for the sheet's end when it
// writes, too); an Actions sheet that really reaches Excel's last row is refused, nothing written.
import type { EmulatedExcel } from "../../emulator";
import { EXCEL_LAST_ROW } from "../../src/domain/plan/layout";
import { ACTIONS_SHEET_NAME, actionsHeader } from "../../src/domain/reading/actionsSheet";
import { NO_CELLS, TABLE_GAP_ROWS } from "../../src/domain/reading/sheet";
import type { CellValue } from "../../src/domain/types";
import { addAction } from "../../src/excel/actions";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { addAction as addActionOp } from "../../src/operations/actions";
import type { WorkbookHost } from "../../src/operations/host";
import { errorText } from "../../src/taskpane/errorText";
import { SALES, SALES_ENTRIES, salesInPane } from "../support/salesInPane";

const ACTIONS = ACTIONS_SHEET_NAME.en;
/** Below a gap longer than TABLE_GAP_ROWS under the first rows. */
const STRAY = 5 + TABLE_GAP_ROWS + 500;

async function typeStray(excel: EmulatedExcel, sheet: string) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(`A${STRAY}`).values = [["stray"]];
    await context.sync();
  });
}

/** The rows holding a value in column A, down to a few rows below the stray value. */
function filledRows(excel: EmulatedExcel, name: string): number[] {
  const sheet = excel.state.findSheet(name)!;
  return excel.state
    .readValues(sheet, { row: 0, col: 0, rows: STRAY + 5, cols: 1 })
    .flatMap(([v], i) => (v === "" || v === null ? [] : [i + 1]));
}

const checkIn = (excel: EmulatedExcel, date: string) =>
  saveCheckin(excel, {
    sheet: SALES,
    date,
    lang: "en",
    entries: SALES_ENTRIES,
  });

const action = { krId: "SALES-O1-KR1", action: "Call", owner: "", due: null, measures: false };

describe("the pane's own sheets with a stray value far below (emulated)", () => {
  it("check-in: the next rows go right below the last check-in, the stray value kept", async () => {
    const excel = await salesInPane();
    await readCheckinForm(excel);
    expect((await checkIn(excel, "2026-01-20")).problems).toEqual([]);
    await typeStray(excel, "Check-ins");
    const second = await checkIn(excel, "2026-01-27");
    expect(second.problems).toEqual([]);
    expect(filledRows(excel, "Check-ins")).toEqual([1, 2, 3, 4, 5, STRAY]);
  });

  it("Add action: the action goes right below the last one, the stray value kept", async () => {
    const excel = await salesInPane();
    await typeStray(excel, ACTIONS);
    const added = await addAction(excel, { sheet: ACTIONS, lang: "en", action });
    expect(added).toEqual({ sheet: ACTIONS, row: 2 });
    expect(filledRows(excel, ACTIONS)).toEqual([1, 2, STRAY]);
  });
});

describe("Add action on an Actions sheet that reaches Excel's last row", () => {
  it("is refused in the reader's language, nothing written", async () => {
    // Values every 1,000 rows down to the last: no gap ends the sheet before it (a host's read
    // of it, the rows between shared empty ones, as both hosts hand them over).
    const rows: CellValue[][] = new Array<CellValue[]>(EXCEL_LAST_ROW).fill(NO_CELLS);
    rows[0] = actionsHeader("en");
    for (let row = TABLE_GAP_ROWS; row <= EXCEL_LAST_ROW; row += TABLE_GAP_ROWS)
      rows[row - 1] = ["x"];
    rows[EXCEL_LAST_ROW - 1] = ["last"];
    const apply = jest.fn();
    const host = {
      read: async () => ({ sheets: [{ sheet: { name: ACTIONS }, rows }] }),
      apply,
    } as unknown as WorkbookHost;
    const failed = await addActionOp(host, { sheet: ACTIONS, lang: "en", action }).catch(
      (e: unknown) => e
    );
    expect(errorText(failed, "en")).toContain(
      `“Actions” has actions down to row ${EXCEL_LAST_ROW}; a new one would pass Excel's last row`
    );
    expect(errorText(failed, "zh-CN")).toContain("新行动会超出 Excel 的最后一行");
    expect(errorText(failed, "zh-TW")).toContain("新行動會超出 Excel 的最後一列");
    expect(apply).not.toHaveBeenCalled();
  });
});
