// Where the pane appends history rows when it writes (applyPlan.ts, appendWrites): a check-in of
// more than a thousand key results, written in pieces, keeps every piece below the one before it;
// a coauthor's deleting the last records between the read and the write neither fails the
// check-in nor loses its rows; and the rows start in column A whatever columns hold values.
import type { EmulatedExcel } from "../../emulator";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { officeHost } from "../../src/excel/officeHost";
import { checkin } from "../../src/operations/checkin";
import { bigSheetOnWeb, checkInEveryKr } from "../support/bigSheetOnWeb";
import { SALES, SALES_ENTRIES, salesInPane } from "../support/salesInPane";

const HISTORY = "Check-ins";

/** The history's first `cols` columns of rows 1.. `rows` (1-based rows, as Excel shows them). */
const historyRows = (excel: EmulatedExcel, rows: number, cols: number) =>
  excel.state.readValues(excel.state.findSheet(HISTORY)!, { row: 0, col: 0, rows, cols });

/**
 * A check-in through the pane's host where a coauthor's change (`meanwhile`) reaches the workbook
 * between the read and the write, as Excel synchronises coauthors' content.
 */
const checkInWhile = (excel: EmulatedExcel, date: string, meanwhile: () => void) =>
  excel.run((context) => {
    const host = officeHost(context, excel);
    const read = host.read.bind(host);
    host.read = async (...args) => {
      const state = await read(...args);
      meanwhile();
      return state;
    };
    return checkin(host, {
      sheet: SALES,
      date,
      lang: "en",
      entries: SALES_ENTRIES,
      linked: {},
      unlink: false,
    });
  });

/** Two check-ins of two key results each: the history's records on rows 2-5. */
async function twoCheckins(excel: EmulatedExcel) {
  await readCheckinForm(excel);
  for (const date of ["2026-01-20", "2026-01-27"])
    expect(
      (await saveCheckin(excel, { sheet: SALES, date, lang: "en", entries: SALES_ENTRIES }))
        .problems
    ).toEqual([]);
}

describe("a pane check-in written in several pieces", () => {
  it("of 1,300 key results records each once, in order, right below the header", async () => {
    const { excel, sheet } = bigSheetOnWeb(1_300);
    excel.state.activeSheetId = sheet.id;
    const { form, saved } = await checkInEveryKr(excel);
    expect(saved.recorded).toBe(1_300);
    const history = excel.state.findSheet(saved.historySheet)!;
    const ids = excel.state
      .readValues(history, { row: 1, col: 2, rows: 1_305, cols: 1 })
      .map(([id]) => id);
    // the pieces (about 150 rows each) follow one another: no row written over, none left empty
    expect(ids).toEqual([...form.keyResults.map((kr) => kr.id), "", "", "", "", ""]);
  }, 120_000);
});

describe("a pane check-in when a coauthor deleted the last records after the read", () => {
  it("records its rows right below the records left, nothing overwritten", async () => {
    const excel = await salesInPane();
    await twoCheckins(excel);
    const before = historyRows(excel, 3, 30);
    const result = await checkInWhile(excel, "2026-02-03", () =>
      excel.state.writeValues(
        excel.state.findSheet(HISTORY)!,
        { row: 3, col: 0, rows: 2, cols: 30 },
        Array.from({ length: 2 }, () => new Array<string>(30).fill(""))
      )
    );
    expect(result.problems).toEqual([]);
    expect(result.recorded).toBe(2);
    const rows = historyRows(excel, 7, 3);
    expect(rows.slice(0, 3)).toEqual(before.map((row) => row.slice(0, 3)));
    expect(rows.slice(3).map((row) => row[2])).toEqual(["SALES-O1-KR1", "SALES-O2-KR1", "", ""]);
    // dated a fortnight after the first check-in (Excel's date serials count days)
    expect(rows[3][0]).toBe(Number(rows[1][0]) + 14);
  });
});

describe("a pane check-in when a coauthor emptied the history's first column after the read", () => {
  it("still writes its rows from column A", async () => {
    const excel = await salesInPane();
    await twoCheckins(excel);
    const result = await checkInWhile(excel, "2026-02-03", () =>
      excel.state.writeValues(
        excel.state.findSheet(HISTORY)!,
        { row: 0, col: 0, rows: 5, cols: 1 },
        Array.from({ length: 5 }, () => [""])
      )
    );
    expect(result.problems).toEqual([]);
    const rows = historyRows(excel, 8, 3);
    expect(rows.slice(5, 7).map((row) => row[2])).toEqual(["SALES-O1-KR1", "SALES-O2-KR1"]);
    expect(typeof rows[5][0]).toBe("number");
    expect(rows[7]).toEqual(["", "", ""]);
  });
});
