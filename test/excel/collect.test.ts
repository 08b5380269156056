// Collect in emulated Excel: files okr split wrote, edited as departments would, brought into the
// open workbook — through insertWorksheetsFromBase64 on the web and the desktop, and parsed in the
// pane on iPad (which has no such method) and wherever Excel refuses to insert a file.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, type ColumnKey } from "../../src/domain/reading/columns";
import { findingText } from "../../src/domain/collect/findings";
import { SENT_RECORD_SHEET } from "../../src/domain/chase/sentRecord";
import {
  applyCollect,
  cancelCollect,
  previewCollect,
  toBase64,
  type CollectOptions,
  type PickedFile,
} from "../../src/excel/collect";
import { saveCadence } from "../../src/excel/settings";
import { checkXlsx, parseXlsx } from "../../src/taskpane/xlsxInPane";
import { withChartAndComment } from "../support/chartAndComment";
import { okr } from "../support/cli";
import { valuesOf } from "../support/emulatorRead";
import { readActions } from "../../src/domain/reading/actionsSheet";
import { ACTION_COUNT_COLUMNS } from "../../src/domain/actions/counts";
import {
  ACTIONS_AFTER_COLLECT,
  checkedInMaster,
  generatedMaster,
  loadXlsx,
  masterWithActions,
  salesActionEdits,
} from "../support/split";

type Emulated = ReturnType<typeof createEmulatedExcel>;

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
const SALES = "Sales 2026-Q1";
const HR = "HR 2026-Q1";

const options: CollectOptions = {
  strict: false,
  parse: parseXlsx,
  check: checkXlsx,
  unreadable: (error) => (error as Error).message,
};

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void, to = file) {
  const wb = await loadXlsx(file);
  change(wb);
  await wb.xlsx.writeFile(to);
}

/** The 0-based row of an ID on a sheet's values. */
const rowOf = (values: unknown[][], id: string) => values.findIndex((r) => r[col("id")] === id);

/** A master split into files; Sales raises a target and checks in, HR checks in; a corrupt file. */
async function returnedFiles() {
  const dir = mkdtempSync(join(tmpdir(), "okr-collect-pane-"));
  const master = await generatedMaster(dir, "company,sales,hr", "master.xlsx");
  const out = join(dir, "out");
  expect((await okr("split", master, "-o", out)).status).toBe(0);
  const file = (prefix: string) =>
    join(
      out,
      readdirSync(out).find((f) => f.startsWith(prefix))!
    );
  const [sales, hr, company] = [file("Sales"), file("HR"), file("Company")];
  await edit(sales, (wb) => {
    const ws = wb.getWorksheet(SALES)!;
    ws.eachRow((row) => {
      if (row.getCell(col("id") + 1).value !== "SALES-O1-KR2") return;
      row.getCell(col("target") + 1).value = 999;
      row.getCell(col("current") + 1).value = 5;
    });
  });
  await edit(hr, (wb) => {
    const ws = wb.getWorksheet(HR)!;
    ws.eachRow((row) => {
      if (row.getCell(col("id") + 1).value === "HR-O1-KR1")
        row.getCell(col("current") + 1).value = 3;
    });
  });
  // The same Sales file with 500 more key results, for counting round trips.
  const big = join(dir, "big.xlsx");
  await edit(
    sales,
    (wb) => {
      const ws = wb.getWorksheet(SALES)!;
      for (let n = 1; n <= 500; n++) {
        const row = ws.getRow(ws.rowCount + 1);
        row.getCell(col("id") + 1).value = `SALES-O1-KR${100 + n}`;
        row.getCell(col("level") + 1).value = "Key result";
        row.getCell(col("statement") + 1).value = `Close ${n} more deals`;
        row.getCell(col("owner") + 1).value = "Lee";
      }
    },
    big
  );
  const corrupt = join(dir, "corrupt.xlsx");
  writeFileSync(corrupt, "this is not a workbook");
  const pick = (path: string, name: string): PickedFile => ({
    name,
    bytes: new Uint8Array(readFileSync(path)),
  });
  return {
    master: readFileSync(master),
    sales: pick(sales, "Sales.xlsx"),
    hr: pick(hr, "HR.xlsx"),
    company: pick(company, "Company.xlsx"),
    corrupt: pick(corrupt, "corrupt.xlsx"),
    big: pick(big, "Sales.xlsx"),
  };
}

type Where = "web" | "desktop" | "ipad";

/** The master open in emulated Excel (brought in the way Excel would), with a sheet of the user's. */
async function openMaster(master: Buffer, platform: Where): Promise<Emulated> {
  const loader = createEmulatedExcel({ platform: "desktop", sheets: ["Notes"] });
  await loader.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(master)));
    context.workbook.worksheets.getItem("Notes").getRange("A1:B1").values = [["my notes", 42]];
    await context.sync();
  });
  return createEmulatedExcel({ platform, state: loader.state });
}

const sheetNames = (excel: Emulated) => excel.state.sheets.map((s) => s.name);
const syncsOfLastRun = (excel: Emulated) => excel.runs[excel.runs.length - 1].syncs;

let files: Awaited<ReturnType<typeof returnedFiles>>;
beforeAll(async () => {
  files = await returnedFiles();
});

describe.each([
  ["web", "insert", 3],
  ["ipad", "parse", 1],
] as const)("Collect in Excel on %s (%s)", (api, via, previewSyncs) => {
  it("reports before anything changes, the same findings the command line reports", async () => {
    const excel = await openMaster(files.master, api);
    const before = valuesOf(excel, SALES);
    const preview = await previewCollect(excel, [files.sales, files.hr, files.corrupt], options);
    expect(preview.via).toBe(via);
    expect(preview.used).toEqual([
      { file: "Sales.xlsx", sheet: SALES },
      { file: "HR.xlsx", sheet: HR },
    ]);
    const text = preview.findings.map((f) => findingText(f, "en"));
    expect(text).toContainEqual(
      expect.stringMatching(
        /^Sales\.xlsx: sheet "Sales 2026-Q1", SALES-O1-KR2: Target changed \$[\d,]+ → \$999$/
      )
    );
    expect(text).toContainEqual(
      expect.stringMatching(/^corrupt\.xlsx: cannot be read \(.+\); not used$/)
    );
    expect(preview.findings).toHaveLength(2);
    // The master's sheets are as they were; with insertion the files wait in hidden sheets.
    expect(valuesOf(excel, SALES)).toEqual(before);
    const extra = excel.state.sheets.filter((s) => preview.temporary.some((t) => t.id === s.id));
    expect(extra.length).toBe(via === "insert" ? preview.temporary.length : 0);
    expect(extra.every((s) => s.visibility !== "Visible")).toBe(true);
    if (via === "insert") expect(preview.temporary.length).toBeGreaterThanOrEqual(4);
  });

  it("cancel leaves the workbook as it was", async () => {
    const excel = await openMaster(files.master, api);
    const names = sheetNames(excel);
    const preview = await previewCollect(excel, [files.sales, files.hr], options);
    await cancelCollect(excel, preview);
    expect(sheetNames(excel)).toEqual(names);
  });

  it("apply replaces only the returned sheets, keeps the user's, scores, and removes the temporary sheets", async () => {
    const excel = await openMaster(files.master, api);
    const names = sheetNames(excel);
    const company = valuesOf(excel, "Company 2026-Q1");
    const preview = await previewCollect(excel, [files.sales, files.hr, files.corrupt], options);
    const applied = await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
    expect(applied.replaced).toEqual([SALES, HR]);
    expect(syncsOfLastRun(excel)).toBe(2);
    const sales = valuesOf(excel, SALES);
    const kr = sales[rowOf(sales, "SALES-O1-KR2")];
    expect([kr[col("target")], kr[col("current")]]).toEqual([999, 5]);
    const hr = valuesOf(excel, HR);
    expect(hr[rowOf(hr, "HR-O1-KR1")][col("current")]).toBe(3);
    // Progress is a live formula again on the replaced sheet (Score ran over the result).
    const sheet = excel.state.findSheet(SALES)!;
    const progress = excel.state.readFormulas(sheet, {
      row: rowOf(sales, "SALES-O1-KR2"),
      col: col("progress"),
      rows: 1,
      cols: 1,
    })[0][0];
    expect(String(progress)).toMatch(/^=/);
    // Nothing else: the other OKR sheet (scored as of the day asked, today by default, as okr
    // collect scores: its As-of says so), the user's sheet, the sheets and their order.
    const header = company.slice(0, 3).map((r) => [...r]);
    const r = header.findIndex((row) => row.includes("As of"));
    header[r][header[r].indexOf("As of") + 1] = 46068; // 2026-02-15
    expect(valuesOf(excel, "Company 2026-Q1").slice(0, 3)).toEqual(header);
    expect(valuesOf(excel, "Notes")).toEqual([["my notes", 42]]);
    expect(sheetNames(excel).filter((n) => names.includes(n))).toEqual(names);
    expect(excel.state.sheets.some((s) => preview.temporary.some((t) => t.id === s.id))).toBe(
      false
    );
  });

  it("scores with the workbook's check-in cadence, as okr collect does", async () => {
    const excel = await openMaster(files.master, api);
    // Four weeks between check-ins: on 2026-01-20 the first is not due yet, so a key result nobody
    // checked in is "Not started" (with the weekly default it would be due since 2026-01-08).
    await saveCadence(excel, 28);
    const preview = await previewCollect(excel, [files.hr], options);
    await applyCollect(excel, preview, { lang: "en", today: "2026-01-20" });
    const company = valuesOf(excel, "Company 2026-Q1");
    const kr = company.find((r) => /^CO-O1-KR\d$/.test(String(r[col("id")])))!;
    expect(kr[col("status")]).toBe("Not started");
  });

  it("takes a fixed number of round trips whatever the number of files or rows", async () => {
    const counts: number[][] = [];
    for (const picked of [
      [files.sales],
      [files.sales, files.hr, files.company, files.corrupt],
      [files.big, files.hr],
    ]) {
      const excel = await openMaster(files.master, api);
      const preview = await previewCollect(excel, picked, options);
      const previewed = syncsOfLastRun(excel);
      expect(preview.used.map((u) => u.file)).toContain(picked[0].name);
      await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
      const applied = syncsOfLastRun(excel);
      const again = await previewCollect(excel, picked, options);
      await cancelCollect(excel, again);
      counts.push([previewed, applied, again.temporary.length ? syncsOfLastRun(excel) : 2]);
    }
    // the big file (500 more key results) is past the read's head (150 rows) once inserted: its
    // cells take one band more to read, in the preview and in the apply
    const big = via === "insert" ? 1 : 0;
    expect(counts).toEqual([
      [previewSyncs, 2, 2],
      [previewSyncs, 2, 2],
      [previewSyncs + big, 2 + big, 2],
    ]);
  }, 90_000); // three masters opened and collected into, twice each
});

describe("Collect into a workbook that has no OKR sheet", () => {
  it.each(["web", "ipad"] as const)(
    "on %s says so, and whatever came in goes again (the split file's very hidden sheet too)",
    async (api) => {
      const excel = createEmulatedExcel({ platform: api, sheets: ["Notes"] });
      await expect(previewCollect(excel, [files.sales], options)).rejects.toThrow(
        /This workbook has no OKR sheet/
      );
      expect(sheetNames(excel)).toEqual(["Notes"]);
    }
  );
});

describe("insertWorksheetsFromBase64 in the emulator", () => {
  it("needs ExcelApi 1.13", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.12" });
    await expect(
      excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(toBase64(new Uint8Array(files.master)));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("takes the base64 of an .xlsx only: anything else is refused and nothing is inserted", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.13" });
    for (const bad of ["not base64!", toBase64(new TextEncoder().encode("plain text"))])
      await expect(
        excel.run(async (context) => {
          context.workbook.insertWorksheetsFromBase64(bad);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per bad input
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sheetNames(excel)).toEqual(["Sheet1"]);
  });

  it("returns the new sheets' IDs after the sync, names a sheet met again 'Name (2)', and places them as asked", async () => {
    const excel = createEmulatedExcel({ apiVersion: "1.13", sheets: ["Sheet1", SALES] });
    const base64 = toBase64(files.sales.bytes);
    const ids = await excel.run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: [SALES],
        positionType: "Before" as Excel.WorksheetPositionType,
        relativeTo: "Sheet1",
      });
      expect(() => result.value).toThrow();
      await context.sync();
      return result.value;
    });
    expect(ids).toHaveLength(1);
    expect(sheetNames(excel)).toEqual([`${SALES.slice(0, 27)} (2)`.slice(0, 31), "Sheet1", SALES]);
    expect(excel.state.sheetById(ids[0])?.name).toBe(sheetNames(excel)[0]);
    await expect(
      excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: ["Nope"] });
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel on the web and on iPad in the emulator", () => {
  const insert = (excel: Emulated, bytes: Uint8Array) =>
    excel.run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(toBase64(bytes));
      await context.sync();
      return ids.value;
    });

  it("the web refuses a file holding a chart or a comment with UnsupportedFeature and inserts nothing; the desktop inserts it", async () => {
    const noted = await withChartAndComment(files.sales.bytes, SALES);
    const web = createEmulatedExcel({ platform: "web" });
    await expect(insert(web, noted)).rejects.toMatchObject({
      code: "UnsupportedFeature",
      message: expect.stringContaining("This file holds: Comment, Chart."),
    });
    expect(sheetNames(web)).toEqual(["Sheet1"]);
    const desktop = createEmulatedExcel({ platform: "desktop" });
    expect(await insert(desktop, noted)).toHaveLength(sheetNames(desktop).length - 1);
  });

  it("iPad answers ExcelApi 1.13 yet has no insertWorksheetsFromBase64", async () => {
    const ipad = createEmulatedExcel({ platform: "ipad" });
    expect(ipad.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(ipad.platform).toBe("iOS");
    await expect(insert(ipad, files.sales.bytes)).rejects.toMatchObject({ code: "NotImplemented" });
    expect(sheetNames(ipad)).toEqual(["Sheet1"]);
  });

  it("a very hidden sheet cannot be deleted until it is hidden or visible (a split file carries one)", async () => {
    const excel = createEmulatedExcel({ platform: "desktop" });
    const ids = await insert(excel, files.sales.bytes);
    const veryHidden = excel.state.sheets.find(
      (s) => ids.includes(s.id) && s.visibility === "VeryHidden"
    )!;
    expect(veryHidden).toBeDefined();
    const remove = (hideFirst: boolean) =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(veryHidden.id);
        if (hideFirst) sheet.visibility = "Hidden" as Excel.SheetVisibility;
        sheet.delete();
        await context.sync();
      });
    await expect(remove(false)).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.state.sheetById(veryHidden.id)).toBeDefined();
    await remove(true);
    expect(excel.state.sheetById(veryHidden.id)).toBeUndefined();
  });
});

describe.each(["web", "ipad"] as const)(
  "Collect on %s of a returned file holding a chart and a comment",
  (where) => {
    it("reads the file in the pane, reports it, applies it, and leaves no sheet of it behind", async () => {
      const excel = await openMaster(files.master, where);
      const names = sheetNames(excel);
      const sales = {
        name: "Sales.xlsx",
        bytes: await withChartAndComment(files.sales.bytes, SALES),
      };
      const runs = excel.runs.length;
      const preview = await previewCollect(excel, [sales, files.hr], options);
      const syncs = excel.runs.slice(runs).reduce((n, r) => n + r.syncs, 0);
      expect(preview.via).toBe("parse");
      expect(preview.temporary).toEqual([]);
      expect(preview.used).toEqual([
        { file: "Sales.xlsx", sheet: SALES },
        { file: "HR.xlsx", sheet: HR },
      ]);
      expect(preview.findings.map((f) => findingText(f, "en"))).toEqual([
        expect.stringMatching(/^Sales\.xlsx: sheet "Sales 2026-Q1", SALES-O1-KR2: Target changed/),
      ]);
      // Whatever the web inserted before it refused is gone, its very hidden sheet too.
      expect(sheetNames(excel)).toEqual(names);
      // The web: a look at the sheets, the refused insertion, another look (nothing to delete), then
      // the parsed path's read. iPad goes straight to the read.
      expect(syncs).toBe(where === "web" ? 4 : 1);
      const applied = await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
      const after = valuesOf(excel, SALES);
      const kr = after[rowOf(after, "SALES-O1-KR2")];
      expect([kr[col("target")], kr[col("current")]]).toEqual([999, 5]);
      const hr = valuesOf(excel, HR);
      expect(hr[rowOf(hr, "HR-O1-KR1")][col("current")]).toBe(3);
      // Score's Summary sheets came, and the master's very hidden record of what came back (as
      // okr collect keeps it, for Chase); nothing of the returned files did.
      expect(sheetNames(excel).filter((n) => !n.startsWith("Summary"))).toEqual([
        ...names,
        SENT_RECORD_SHEET,
      ]);
      const record = excel.state.sheets.find((s) => s.name === SENT_RECORD_SHEET)!;
      expect(record.visibility).toBe("VeryHidden");
      // The round's third file (Company) is still out, as okr collect says.
      expect(applied.notReturned.map((f) => f.sheet)).toEqual(["Company 2026-Q1"]);
    });
  }
);

describe.each(["web", "ipad"] as const)("Collect's check-ins on %s", (api) => {
  it("a returned row for the same KR and date takes the master's row's place (the report says so); a new one goes after the last", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-history-"));
    const master = await checkedInMaster(dir, "SALES-O1-KR1,1000");
    const out = join(dir, "out");
    expect((await okr("split", master, "-o", out)).status).toBe(0);
    const sales = join(
      out,
      readdirSync(out).find((f) => f.startsWith("Sales"))!
    );
    await edit(sales, (wb) => {
      const history = wb.getWorksheet("Check-ins")!;
      let checkedIn: ExcelJS.Row | undefined;
      history.eachRow((row, n) => {
        if (n > 1 && row.getCell(3).value === "SALES-O1-KR1") checkedIn = row;
      });
      checkedIn!.getCell(4).value = 1234;
      const next = history.getRow(history.rowCount + 1);
      const date = checkedIn!.getCell(1).value;
      next.getCell(1).value = date instanceof Date ? new Date(Date.UTC(2026, 1, 8)) : "2026-02-08";
      next.getCell(1).numFmt = checkedIn!.getCell(1).numFmt;
      for (const c of [2, 3]) next.getCell(c).value = checkedIn!.getCell(c).value;
      next.getCell(4).value = 1500;
    });
    const excel = await openMaster(readFileSync(master), api);
    const before = valuesOf(excel, "Check-ins");
    const at = before.findIndex((r) => r[2] === "SALES-O1-KR1");
    const picked = { name: "Sales.xlsx", bytes: new Uint8Array(readFileSync(sales)) };
    const preview = await previewCollect(excel, [picked], options);
    // The check-in of 2026-02-01 wrote one row, for the key result it was given: the file returns it.
    const salesRows = before.filter((r) => r[1] === SALES).length;
    expect(salesRows).toBe(1);
    expect(preview.findings.map((f) => findingText(f, "en"))).toEqual([
      `Sales.xlsx: sheet "Sales 2026-Q1": ${salesRows} check-in row(s) with the same KR and date replaced by the returned ones`,
    ]);
    await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
    const after = valuesOf(excel, "Check-ins");
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, at)).toEqual(before.slice(0, at));
    expect([after[at][2], after[at][3]]).toEqual(["SALES-O1-KR1", 1234]);
    expect([after[before.length][2], after[before.length][3]]).toEqual(["SALES-O1-KR1", 1500]);
  });
});

describe.each(["web", "ipad"] as const)("Collect's actions on %s", (api) => {
  it("the returned actions take the place of the master's under the same key results; others stay; one under another sheet's key result is reported, not brought in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-collect-actions-"));
    const master = await masterWithActions(dir);
    const out = join(dir, "out");
    expect((await okr("split", master, "-o", out)).status).toBe(0);
    const sales = join(
      out,
      readdirSync(out).find((f) => f.startsWith("Sales"))!
    );
    await edit(sales, salesActionEdits);
    const excel = await openMaster(readFileSync(master), api);
    const picked = { name: "Sales.xlsx", bytes: new Uint8Array(readFileSync(sales)) };
    const preview = await previewCollect(excel, [picked], options);
    expect(preview.findings.map((f) => findingText(f, "en"))).toContainEqual(
      expect.stringMatching(
        /^Sales\.xlsx: sheet "Sales 2026-Q1": the returned actions under KR ID HR-O1-KR1 are not collected/
      )
    );
    await applyCollect(excel, preview, { lang: "en", today: "2026-02-15" });
    const actions = readActions(valuesOf(excel, "Actions")).map((a) => [
      a.krId,
      a.action,
      a.status,
    ]);
    expect(actions).toEqual(ACTIONS_AFTER_COLLECT);
    // The new Sales action is counted on its key result's row, live.
    const sheet = valuesOf(excel, SALES);
    const header = sheet.find((r) => r.includes(ACTION_COUNT_COLUMNS.open.en))!;
    const open = header.indexOf(ACTION_COUNT_COLUMNS.open.en);
    expect(sheet[rowOf(sheet, "SALES-O2-KR1")][open]).toBe(1);
    expect(sheetNames(excel)).not.toContainEqual(expect.stringMatching(/\(2\)$/));
  });
});
