// Collect where Excel on the web inserts the returned files and then fails the request (office-js
// issue 3179, modelled by the emulator's `state.reported.insertThenFails`): whatever came in is
// deleted again — the very hidden sheet every split file carries included (office-js issue 365) —
// and the files are read in the pane instead, with the report and the result Collect gives where
// the insertion works. Where reading goes wrong after that, the person sees that error, not a
// cleanup's.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulatedExcel } from "../../emulator";
import { findingText } from "../../src/domain/collect/findings";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { applyCollect, previewCollect, toBase64, type PickedFile } from "../../src/excel/collect";
import { valuesOf } from "../support/emulatorRead";
import { generatedMaster, loadXlsx, splitFileOf } from "../support/split";
import { PANE_COLLECT_OPTIONS } from "../support/paneCollect";

type Emulated = ReturnType<typeof createEmulatedExcel>;
const SALES = "Sales 2026-Q1";
const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

const options = PANE_COLLECT_OPTIONS;

let master: Buffer;
let sales: PickedFile;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-3179-"));
  const made = await generatedMaster(dir, "company,sales", "master.xlsx");
  const path = await splitFileOf(made, dir);
  const wb = await loadXlsx(path);
  wb.getWorksheet(SALES)!.eachRow((row) => {
    if (row.getCell(col("id") + 1).value === "SALES-O1-KR2")
      row.getCell(col("target") + 1).value = 999;
  });
  await wb.xlsx.writeFile(path);
  master = readFileSync(made);
  sales = { name: "Sales.xlsx", bytes: new Uint8Array(readFileSync(path)) };
});

/** The master open in emulated Excel on the web, with a sheet of the user's. */
async function openMaster(insertThenFails: boolean): Promise<Emulated> {
  const loader = createEmulatedExcel({ platform: "desktop", sheets: ["Notes"] });
  await loader.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(master)));
    await context.sync();
  });
  loader.state.reported.insertThenFails = insertThenFails;
  return createEmulatedExcel({ platform: "web", state: loader.state });
}

const sheetIds = (excel: Emulated) => excel.state.sheets.map((s) => `${s.name}|${s.visibility}`);

describe("insertWorksheetsFromBase64 that inserts and then fails (office-js #3179)", () => {
  it("the emulator inserts the sheets, very hidden one included, then fails the request", async () => {
    const excel = createEmulatedExcel({ platform: "web" });
    excel.state.reported.insertThenFails = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(toBase64(sales.bytes));
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "GeneralException",
      message: expect.stringContaining("There was an internal error while processing the request"),
    });
    expect(excel.state.sheets.length).toBeGreaterThan(1);
    expect(excel.state.sheets.some((s) => s.visibility === "VeryHidden")).toBe(true);
  });

  it("Collect deletes what came in, reads the file in the pane, and reports and applies as it does where the insertion works", async () => {
    const normal = await openMaster(false);
    const expected = await previewCollect(normal, [sales], options);
    expect(expected.via).toBe("insert");

    const excel = await openMaster(true);
    const before = sheetIds(excel);
    const runs = excel.runs.length;
    const preview = await previewCollect(excel, [sales], options);
    // A look at the sheets, the insertion that failed, another look, the deletion, the parsed read.
    expect(excel.runs.slice(runs).reduce((n, r) => n + r.syncs, 0)).toBe(5);
    expect(preview.via).toBe("parse");
    expect(preview.temporary).toEqual([]);
    // No sheet of the file is left, not even its very hidden one.
    expect(sheetIds(excel)).toEqual(before);
    expect(preview.used).toEqual(expected.used);
    expect(preview.findings.map((f) => findingText(f, "en"))).toEqual(
      expected.findings.map((f) => findingText(f, "en"))
    );
    expect(preview.findings.map((f) => findingText(f, "en"))).toEqual([
      expect.stringMatching(/^Sales\.xlsx: sheet "Sales 2026-Q1", SALES-O1-KR2: Target changed/),
    ]);

    await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
    await applyCollect(normal, expected, { lang: "en", today: "2026-02-15" });
    expect(valuesOf(excel, SALES)).toEqual(valuesOf(normal, SALES));
    const names = (e: Emulated) => e.state.sheets.map((s) => s.name);
    expect(names(excel)).toEqual(names(normal));
  });

  it("when the pane cannot read the file either, the report gives that reason and nothing is left behind", async () => {
    const excel = await openMaster(true);
    const before = sheetIds(excel);
    const preview = await previewCollect(excel, [sales], {
      ...options,
      parse: () => Promise.reject(new Error("this .xlsx is damaged: a sheet's XML ends early")),
    });
    expect(sheetIds(excel)).toEqual(before);
    expect(preview.used).toEqual([]);
    const texts = JSON.stringify(preview);
    expect(texts).toContain("this .xlsx is damaged: a sheet's XML ends early");
    expect(texts).not.toContain("internal error");
  });
});
