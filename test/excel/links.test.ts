// The Current column's formulas (linked key results, src/excel/links.ts) read in bands of rows
// under Excel on the web's 5 MB response, through the real office.js client in front of the
// emulated workbook in its web configuration: a sheet whose Current formulas weigh more than one
// response may carry is read whole, nothing refused, one round trip more per 4 MB.
import { createEmulatedExcel, WEB_PAYLOAD_LIMIT_BYTES } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import { utf8Length } from "../../src/domain/reading/utf8";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/applyPlan";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { krRowsSheet } from "../support/bigSheet";

describe("the Current column's formulas of a large sheet", () => {
  it("are read in bands: every linked key result found, every response under 5 MB", async () => {
    const table = krRowsSheet(4_000);
    const current = COLUMNS.findIndex((c) => c.key === "current");
    // a formula of about 1,560 characters in each key result's Current: some 6 MB together (Excel
    // takes a text of up to 255 characters in a formula, so six of them)
    const pad = `0*LEN("${"x".repeat(250)}")`;
    const formula = (row: number) => `=${120 + (row % 7)}+${new Array(6).fill(pad).join("+")}`;
    const formulas = table.map((line, r) => [
      line[1] === "Key result" ? formula(r) : line[current],
    ]);
    const formulaBytes = utf8Length(JSON.stringify(formulas));
    expect(formulaBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT_BYTES);

    const excel = createEmulatedExcel({ platform: "web" });
    const sheet = excel.state.addSheet("Big");
    excel.state.writeValues(
      sheet,
      { row: 0, col: 0, rows: table.length, cols: table[0].length },
      table
    );
    excel.state.writeFormulas(
      sheet,
      { row: 0, col: current, rows: table.length, cols: 1 },
      formulas
    );
    excel.host!.recorded = [];
    const read = await readWorkbook(excel, {}, { links: true });

    const [run] = excel.runs.slice(-1);
    // the first band, sized by a cautious 32 bytes a cell before any formula came back, weighed
    // fifty times that: refused once, then read again by what the refusal showed
    expect(run.refusedRequests).toBe(0);
    expect(run.refusedResponses).toBe(1);
    expect(run.maxResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT_BYTES);
    const krs = read.sheets.find((s) => s.name === "Big")!.objectives.flatMap((o) => o.keyResults);
    expect(krs).toHaveLength(4_000);
    for (const kr of krs) expect(kr.link).toBe(formula(kr.row - 1));
    // the read without formulas takes the same round trips but for the formulas' bands: one per
    // 4 MB of them, and one more for the refused first band
    const plain = createEmulatedExcel({ platform: "web" });
    const again = plain.state.addSheet("Big");
    plain.state.writeValues(
      again,
      { row: 0, col: 0, rows: table.length, cols: table[0].length },
      table
    );
    await readWorkbook(plain);
    const bands = run.syncs - plain.runs.slice(-1)[0].syncs;
    expect(bands).toBeGreaterThan(1);
    expect(bands).toBeLessThanOrEqual(Math.ceil(formulaBytes / REQUEST_LIMIT_BYTES) + 1);
  }, 300_000);
});
