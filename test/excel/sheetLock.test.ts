// The optional lock on the formula columns in Excel (emulated): Score locks exactly the cells it
// writes formulas into, protects the sheet without a password, and every operation that writes a
// protected sheet lifts and restores its protection in the same round trips; a sheet a person
// protected with a password stops the operation with a located message and nothing written.
import { createEmulatedExcel } from "../../emulator";
import { isLocked } from "../../emulator/protection";
import { FORMULA_LOCK_OPTIONS, formulaAreas } from "../../src/domain/plan/protection";
import { parsePeriod } from "../../src/domain/reading/period";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import type { Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { officeHost } from "../../src/excel/officeHost";
import { sendWrites, type Write, type WriteTarget } from "../../src/excel/batching";
import { SheetLockedError, sheetGuard } from "../../src/excel/sheetLock";
import { formulasOf, sheetState } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };
const SALES = "Sales 2026-Q1";

async function generated() {
  const excel = createEmulatedExcel();
  await generateSheets(excel, { templates: ["sales"], lang: "en", period: Q1, asOf: "2026-02-15" });
  return excel;
}

describe("Lock the formula columns (Excel, emulated)", () => {
  it("locks exactly Score's formula cells, unlocks the rest, protects without a password", async () => {
    const excel = await generated();
    const before = excel.runs.length;
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    // the same two round trips as Score without the lock
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    const sheet = sheetState(excel, SALES);
    expect(sheet.protected).toBe(true);
    expect(sheet.protection.password).toBeNull();
    expect(sheet.protection.options).toMatchObject(FORMULA_LOCK_OPTIONS);
    // Cell by cell over the table: locked exactly where Score planned a formula.
    const read = await readWorkbook(excel);
    const input = read.sheets.map((s, i) => ({ sheet: s, rows: read.cells[i].rows }));
    const plan = planScore(input, { ...score, settings: read.settings }).plans.find(
      (p) => p.sheet === SALES && !p.create
    )!;
    const planned = new Set<string>();
    for (const a of formulaAreas(plan))
      for (let r = a.row; r < a.row + a.rows; r++) planned.add(`${r},${a.col}`);
    expect(planned.size).toBeGreaterThan(20);
    const formulas = formulasOf(excel, SALES);
    let locked = 0;
    formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        expect([r, c, isLocked(sheet, r, c)]).toEqual([r, c, planned.has(`${r},${c}`)]);
        if (planned.has(`${r},${c}`)) {
          locked++;
          expect(String(f)).toMatch(/^=/);
        }
      })
    );
    expect(locked).toBe(planned.size);
    // far below and right of the table: unlocked (people type new rows there)
    expect(isLocked(sheet, 5000, 40)).toBe(false);
  });

  it("refuses a typed number over a locked formula, takes one in an input cell", async () => {
    const excel = await generated();
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    const formulas = formulasOf(excel, SALES);
    const header = formulas.findIndex((l) => l.includes("Progress"));
    const progress = formulas[header].indexOf("Progress");
    const current = formulas[header].indexOf("Current");
    const kr = formulas.findIndex((l, r) => r > header && /^=/.test(String(l[progress])));
    const cell = (c: number) => `${String.fromCharCode(65 + c)}${kr + 1}`;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(SALES).getRange(cell(progress)).values = [[0.95]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SALES).getRange(cell(current)).values = [[7]];
      await context.sync();
    });
    expect(formulasOf(excel, SALES)[kr][current]).toBe(7);
  });

  it("scores twice on the locked sheet, and keeps it locked, in the same round trips", async () => {
    const excel = await generated();
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    const before = excel.runs.length;
    await scoreWorkbookInExcel(excel, { ...score, asOf: "2026-03-15" });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    const sheet = sheetState(excel, SALES);
    expect(sheet.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject(FORMULA_LOCK_OPTIONS);
    // Score wrote through the lock: the As-of cell holds the new date (2026-03-15 = 46096).
    expect(formulasOf(excel, SALES)[2]).toContain(46096);
    // and once more, asking for the lock again
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    expect(sheetState(excel, SALES).protected).toBe(true);
  });

  it("saves a check-in on the locked sheet, in its usual round trips, and keeps it locked", async () => {
    const excel = await generated();
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    const before = excel.runs.length;
    const saved = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-20",
      lang: "en",
      entries: [{ id: "SALES-O1-KR1", value: 1_400_000, confidence: "60%" }],
    });
    expect(excel.runs.slice(before).map((r) => r.syncs)).toEqual([2]);
    expect(saved).toMatchObject({ recorded: 1, problems: [] });
    const rows = formulasOf(excel, SALES);
    const header = rows.findIndex((l) => l.includes("Current"));
    const kr = rows.findIndex((l) => l[0] === "SALES-O1-KR1");
    expect(rows[kr][rows[header].indexOf("Current")]).toBe(1_400_000);
    expect(sheetState(excel, SALES).protected).toBe(true);
  });

  it("writes a quick fix's input cell on a locked sheet (the port's edit)", async () => {
    const excel = await generated();
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    await excel.run(async (context) => {
      const host = officeHost(context, excel);
      await host.read();
      await host.edit([{ sheet: SALES, row: 7, column: "owner", cell: "E7", value: "Dana" }]);
    });
    expect(formulasOf(excel, SALES)[6][4]).toBe("Dana");
    expect(sheetState(excel, SALES).protected).toBe(true);
  });

  it("stops at a sheet protected with a password, naming it, with nothing written", async () => {
    const excel = await generated();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SALES).protection.protect({}, "finance");
      await context.sync();
    });
    const formulas = JSON.stringify(formulasOf(excel, SALES));
    const run = scoreWorkbookInExcel(excel, score);
    await expect(run).rejects.toBeInstanceOf(SheetLockedError);
    const error = (await run.catch((e: unknown) => e)) as SheetLockedError;
    expect(error.sheets).toEqual([SALES]);
    expect(error.message).toContain(`'${SALES}': the sheet is protected with a password`);
    expect(error.message).toContain("Unprotect");
    expect(error.text("zh-CN")).toContain("受密码保护");
    expect(error.text("zh-TW")).toContain("受密碼保護");
    expect(JSON.stringify(formulasOf(excel, SALES))).toBe(formulas);
    expect(sheetState(excel, SALES).protected).toBe(true);
  });

  it.each(["Sales 2026-Q1", "HR 2026-Q1"])(
    "a request that fails leaves no sheet it lifted unprotected (%s under a password)",
    async (withPassword) => {
      const excel = createEmulatedExcel();
      await generateSheets(excel, {
        templates: ["sales", "hr"],
        lang: "en",
        period: Q1,
        asOf: "2026-02-15",
      });
      await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
      await excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem(withPassword).protection;
        protection.unprotect();
        protection.protect({}, "finance");
        await context.sync();
      });
      await expect(scoreWorkbookInExcel(excel, score)).rejects.toBeInstanceOf(SheetLockedError);
      for (const name of ["Sales 2026-Q1", "HR 2026-Q1"]) {
        const sheet = sheetState(excel, name);
        expect([name, sheet.protected]).toEqual([name, true]);
        if (name !== withPassword)
          expect(sheet.protection.options).toMatchObject(FORMULA_LOCK_OPTIONS);
      }
    }
  );

  it("a lock asked for takes effect with its cells: a later request failing leaves no sheet all locked", async () => {
    const excel = await generated();
    const cell = (row: number, value: number): Write => ({
      kind: "values",
      sheet: SALES,
      cost: 1000,
      queue: (at) => void (at.sheet(SALES).getRange(`Z${row}`).values = [[value]]),
    });
    const lock: Write = {
      kind: "lock",
      sheet: SALES,
      cost: 1000,
      queue: (at) => {
        at.sheet(SALES).getRange().format.protection.locked = false;
        at.sheet(SALES).getRange("Z1").format.protection.locked = true;
      },
    };
    const fails: Write = {
      kind: "values",
      sheet: "No such sheet",
      cost: 1000,
      queue: (at) => void (at.sheet("No such sheet").getRange("A1").values = [[1]]),
    };
    await expect(
      excel.run((context) =>
        // one write a request: the sheet's values, then a failure before its lock's cells
        sendWrites(context, [cell(1, 1), cell(2, 2), fails, lock], {
          budget: 1500,
          guard: sheetGuard(new Map(), new Map([[SALES, lock]])),
        })
      )
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const sheet = sheetState(excel, SALES);
    // as it was before: not protected (its lock never came), the values of the first requests kept
    expect(sheet.protected).toBe(false);
    expect(formulasOf(excel, SALES)[1][25]).toBe(2);
  });

  it("Score keeps the lock of a locked sheet over a key result added below its table", async () => {
    const excel = await generated();
    await scoreWorkbookInExcel(excel, { ...score, lockFormulas: true });
    // A person types a new key result under the last one (unlocked cells: people type there).
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SALES).getRange("A17:K17").values = [
        ["SALES-O3-KR3", "Key result", "", "Close 10 deals", "", "", "Metric", "deals", 0, 10, 4],
      ];
      await context.sync();
    });
    // Score without asking for the lock: the sheet has it, so its new formula cells take it.
    await scoreWorkbookInExcel(excel, score);
    const rows = formulasOf(excel, SALES);
    const header = rows.findIndex((l) => l.includes("Progress"));
    const progress = rows[header].indexOf("Progress");
    const current = rows[header].indexOf("Current");
    expect(String(rows[16][progress])).toMatch(/^=/);
    const sheet = sheetState(excel, SALES);
    expect(sheet.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject(FORMULA_LOCK_OPTIONS);
    expect([isLocked(sheet, 16, progress), isLocked(sheet, 16, current)]).toEqual([true, false]);
  });

  it("Score leaves a sheet a person protected with other options as they protected it", async () => {
    const excel = await generated();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SALES);
      sheet.getRange().format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    await scoreWorkbookInExcel(excel, score);
    const sheet = sheetState(excel, SALES);
    expect(sheet.protected).toBe(true);
    expect(sheet.protection.options.allowInsertRows).toBe(false);
    const rows = formulasOf(excel, SALES);
    const header = rows.findIndex((l) => l.includes("Progress"));
    expect(isLocked(sheet, 7, rows[header].indexOf("Progress"))).toBe(false);
  });

  it("a request refused for its size and sent in halves takes the lock with the half that writes it", async () => {
    const protects: string[] = [];
    const at = {
      sheet: (name: string) => ({
        protection: { protect: () => protects.push(name), unprotect: () => undefined },
      }),
    } as unknown as WriteTarget;
    const write = (kind: string): Write => ({ kind, sheet: SALES, cost: 1, queue: () => {} });
    const [values, lock] = [write("values"), write("lock")];
    const guard = sheetGuard(new Map(), new Map([[SALES, lock]]));
    guard.before(at, [SALES]);
    guard.after(at, [SALES], [values, lock]);
    const tooLarge = { code: "RequestPayloadSizeLimitExceeded" };
    expect(await guard.failed({} as Excel.RequestContext, tooLarge)).toBe(tooLarge);
    protects.length = 0;
    // the first half: the sheet's values, not its lock — the sheet stays as it was (unprotected)
    guard.before(at, [SALES]);
    guard.after(at, [SALES], [values]);
    guard.synced([SALES]);
    expect(protects).toEqual([]);
    // the second half holds the lock: protected with it
    guard.before(at, [SALES]);
    guard.after(at, [SALES], [lock]);
    guard.synced([SALES]);
    expect(protects).toEqual([SALES]);
  });
});
