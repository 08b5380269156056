// Reading as Excel on the web allows it: every request and every response under 5 MB, counted as
// UTF-8 bytes of the JSON payload (learn.microsoft.com/office/dev/add-ins/concepts/
// resource-limits-and-performance-optimization#excel-add-ins), and which rows and sheets are hidden.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { PAYLOAD_LIMIT_BYTES } from "../../emulator/excel";
import { lintWorkbook } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import type { Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { krRowsSheet } from "../support/bigSheet";
import { putTable } from "../support/emulatorTables";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

async function bigWorkbook(krs: number): Promise<{ excel: EmulatedExcel; table: string[][] }> {
  const excel = createEmulatedExcel();
  const table = krRowsSheet(krs);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Big");
    sheet.getRangeByIndexes(0, 0, table.length, table[0].length).values = table;
    await context.sync();
  });
  return { excel, table };
}

/** A column of `rows` cells each holding `text` written `times` over. */
const column = (rows: number, text: string, times: number) =>
  Array.from({ length: rows }, () => [text.repeat(times)]);

describe("5 MB both ways (Excel on the web's limit, counted in UTF-8)", () => {
  it("refuses a request over 5 MB, counting Chinese text at three bytes a character", async () => {
    const excel = createEmulatedExcel();
    // 1,000 cells of 2,000 characters: 2 M characters, 6 MB as UTF-8
    const write = (text: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = column(
          1000,
          text,
          2000
        );
        await context.sync();
      });
    await expect(write("目")).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(write("a")).resolves.toBeUndefined();
  });

  it("fails a response over 5 MB, as the web does", async () => {
    const excel = createEmulatedExcel();
    const fill = async (text: string) => {
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        // two requests of 3 MB: each is allowed
        sheet.getRange("A1:A500").values = column(500, text, 2000);
        await context.sync();
        sheet.getRange("A501:A1000").values = column(500, text, 2000);
        await context.sync();
      });
      return excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange();
        used.load("values, rowCount");
        await context.sync();
        return used.rowCount;
      });
    };
    await expect(fill("目")).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    await expect(fill("a")).resolves.toBe(1000);
  });

  it("reads a workbook over 5 MB in chunks, each response under 5 MB, and finds what the domain finds", async () => {
    const { excel, table } = await bigWorkbook(15_000); // about 6.3 MB of cells
    const before = excel.runs.length;
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    const run = excel.runs[before];
    expect(run.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // the sizes (and a head of 150 rows), then the cells in two bands (the first sized by a
    // cautious estimate, the second by what the first cost), and the Current column's formulas
    // (linked key results): nothing refused
    expect(run.syncs).toBe(4);
    expect(run.refusedResponses).toBe(0);
    const expected = lintWorkbook([readSheet("Big", table, { period: Q1 })]);
    expect(result.findings.length).toBe(expected.length);
    expect(result.keyResults).toBe(15_000);
  }, 120_000);

  it("reads a workbook under 4 MB past its head in one round trip more (and its Current formulas in one more)", async () => {
    const { excel } = await bigWorkbook(1_000);
    const before = excel.runs.length;
    await checkWorkbook(excel, "all", { period: Q1 });
    expect(excel.runs[before].syncs).toBe(3);
  });
});

describe("hidden rows and sheets", () => {
  async function withHidden() {
    const excel = createEmulatedExcel();
    await putTable(excel, "Team", krRowsSheet(8));
    await putTable(excel, "Hidden", krRowsSheet(4));
    await excel.run(async (context) => {
      const team = context.workbook.worksheets.getItem("Team");
      team.getRange("A4:A5").rowHidden = true;
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden" as Excel.SheetVisibility;
      await context.sync();
    });
    return excel;
  }

  it("come with the same single round trip and reach the domain's read options", async () => {
    const excel = await withHidden();
    const before = excel.runs.length;
    const read = await readWorkbook(excel);
    expect(excel.runs[before].syncs).toBe(1);
    const team = read.cells.find((c) => c.name === "Team")!;
    expect([...(team.hiddenRows ?? [])]).toEqual([4, 5]);
    expect(team.hidden).toBe(false);
    expect(read.cells.find((c) => c.name === "Hidden")!.hidden).toBe(true);
    expect(read.sheets.find((s) => s.name === "Team")!.objectives.length).toBe(2);
  });
});
