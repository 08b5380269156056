// Excel on the web's 5 MB per request and per response, in the bytes office.js sends: Score on one
// sheet of 10,000 key results passes in the web configuration (every test runs in it, so any
// operation that sent more would fail there), one round trip more per 4 MB; and a request Excel
// refuses for its size anyway is sent again once, in halves, before anything is reported.
import { createEmulatedExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../../emulator";
import { ActionType } from "../../emulator/wire/protocol";
import { COLUMNS } from "../../src/domain/reading/columns";
import { REQUEST_BUDGET_BYTES, sendWrites, type Write } from "../../src/excel/batching";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { bigSheetOnWeb, checkInEveryKr } from "../support/bigSheetOnWeb";

/** An action that changes the workbook: a property set, or a method besides keeping references. */
const isWrite = (action: { ActionType: number; Name: string }) =>
  action.ActionType === ActionType.setProperty ||
  (action.ActionType === ActionType.method && !action.Name.startsWith("_"));

describe("Score on 10,000 key results of one sheet, in Excel on the web", () => {
  it("passes: every request and response under 5 MB, one round trip more per 4 MB", async () => {
    const { excel, sheet, table } = bigSheetOnWeb(10_000);
    excel.host!.recorded = [];
    const result = await scoreWorkbookInExcel(excel, {
      asOf: "2026-02-15",
      checkedOn: "2026-02-15",
      lang: "en",
    });
    expect(result.refused).toEqual([]);
    expect(result.model.sheets[0].keyResults).toBe(10_000);
    const [run] = excel.runs;
    expect(run.refusedRequests + run.refusedResponses).toBe(0);
    expect(run.maxRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    expect(run.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    // the read: its sizes and head, then its cells in bands of about 4 MB (the first sized by a
    // cautious estimate: one more), no response refused
    const trips = excel.host!.recorded.filter((r) => !r.cleanup);
    const writes = trips.filter((r) => r.body!.Actions.some(isWrite));
    const reads = trips.filter((r) => !writes.includes(r));
    const cellBytes = reads.slice(1).reduce((n, r) => n + (r.responseBytes ?? 0), 0);
    expect(reads.length - 1).toBeLessThanOrEqual(Math.ceil(cellBytes / REQUEST_BUDGET_BYTES) + 1);
    expect(trips.indexOf(writes[0])).toBe(reads.length);
    // then the writes: requests filled to the budget by the model (which over-counts by at most a
    // third), so no more than one per 3 MB of what office.js sent
    const written = writes.reduce((n, r) => n + r.bytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(written / (REQUEST_BUDGET_BYTES / 1.35)));
    expect(run.syncs).toBe(reads.length + writes.length);
    // the last key result scored (progress of 120 → 124 of 200: 5 %)
    const progress = COLUMNS.findIndex((c) => c.key === "progress");
    const [[value]] = excel.state.readValues(sheet, {
      row: table.length - 1,
      col: progress,
      rows: 1,
      cols: 1,
    });
    expect(value).toBeCloseTo(0.05, 9);
  }, 300_000);
});

describe("Check-in of 10,000 key results of one sheet, in Excel on the web", () => {
  it("records a history row for every one, each request and response under 5 MB", async () => {
    const { excel, sheet } = bigSheetOnWeb(10_000);
    excel.state.activeSheetId = sheet.id;
    const { form, saved } = await checkInEveryKr(excel);
    expect(saved.recorded).toBe(10_000);
    expect(saved.problems).toEqual([]);
    const history = excel.state.findSheet(saved.historySheet)!;
    const [first, last] = [1, 10_000].map(
      (row) => excel.state.readValues(history, { row, col: 0, rows: 1, cols: 3 })[0][2]
    );
    expect([first, last]).toEqual([form.keyResults[0].id, form.keyResults[9_999].id]);
    for (const run of excel.runs) {
      expect(run.refusedRequests + run.refusedResponses).toBe(0);
      expect(run.maxRequestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
      expect(run.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    }
  }, 300_000);
});

describe("a request Excel refuses for its size", () => {
  /** Writes of about `bytes` each into column A, one row each. */
  const writes = (count: number, bytes: number): Write[] =>
    Array.from({ length: count }, (_, i) => ({
      kind: "values",
      sheet: "Sheet1",
      cost: bytes,
      queue: (at) => {
        at
          .sheet("Sheet1")
          .getRange(`A${i + 1}`)
          .untrack().values = [["x".repeat(bytes - 400)]];
      },
    }));

  it("is sent again once, in halves, and then goes through", async () => {
    const excel = createEmulatedExcel();
    excel.host!.recorded = [];
    // a model that under-counted: one request of 6 MB, which the web refuses
    const sent = await excel.run((context) =>
      sendWrites(context, writes(6, 1_000_000), { budget: 8_000_000 })
    );
    expect(sent).toBe(3);
    const requests = excel.host!.recorded.filter((r) => !r.cleanup);
    expect(requests.map((r) => r.bytes > WEB_PAYLOAD_LIMIT_BYTES)).toEqual([true, false, false]);
    expect(excel.runs[0].refusedRequests).toBe(1);
    const sheet = excel.state.findSheet("Sheet1")!;
    const column = excel.state.readValues(sheet, { row: 0, col: 0, rows: 6, cols: 1 });
    expect(column.every(([v]) => typeof v === "string" && v.length === 1_000_000 - 400)).toBe(true);
  });

  it("is reported when its halves are refused too", async () => {
    const excel = createEmulatedExcel();
    const attempt = excel.run((context) =>
      sendWrites(context, writes(4, 3_000_000), { budget: 20_000_000 })
    );
    await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.runs[0].refusedRequests).toBe(2);
  });
});
