import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { checkWorkbook } from "../../src/excel/check";
import { MARKS_BUDGET_BYTES, MARKS_KEY, MARK_FILLS, markFindings } from "../../src/excel/marks";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { parsePeriod } from "../../src/domain/reading/period";
import { fixtureTables } from "../support/fixtures";
import { putTable } from "../support/emulatorTables";

const Q1 = (() => {
  const p = parsePeriod("2026-Q1");
  if (!p.ok) throw new Error();
  return p.value;
})();

async function talentWorkbook(): Promise<EmulatedExcel> {
  const excel = createEmulatedExcel();
  const talent = fixtureTables().find((t) => t.name === "talent-zhtw")!;
  await putTable(excel, "Talent", talent.rows);
  await excel.run(async (context) => {
    // the user's own colour on T-O2's statement
    context.workbook.worksheets.getItem("Talent").getRange("D6").format.fill.color = "#E2EFDA";
  });
  return excel;
}

const cellAt = (excel: EmulatedExcel, address: string) => {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  const sheet = excel.state.findSheet("Talent")!;
  return {
    fill: excel.state.cellStyle(sheet, row, col).fill,
    value: excel.state.readValues(sheet, { row, col, rows: 1, cols: 1 })[0][0],
  };
};

describe("in-sheet marking", () => {
  it("fills finding cells by severity in two round trips, keeping every value", async () => {
    const excel = await talentWorkbook();
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    const before = ["D6", "D7", "M7", "G7"].map((a) => cellAt(excel, a).value);
    const runs = excel.runs.length;
    expect(await markFindings(excel, findings)).toBe(new Set(findings.map((f) => f.cell)).size);
    expect(excel.runs.slice(runs).map((r) => r.syncs)).toEqual([2]);
    expect(cellAt(excel, "D6").fill).toBe(MARK_FILLS.warning); // O-STARTS-WITH-VERB
    expect(cellAt(excel, "G7").fill).toBe(MARK_FILLS.info); // KR-BINARY
    expect(["D6", "D7", "M7", "G7"].map((a) => cellAt(excel, a).value)).toEqual(before);
    const saved = excel.state.settings.get(MARKS_KEY) as { cell: string; fill: string }[];
    expect(saved.find((m) => m.cell === "D6")?.fill).toBe("#E2EFDA");
  });

  it("is undone by the next check, which gives each cell its own fill back, still in two round trips", async () => {
    const excel = await talentWorkbook();
    await markFindings(excel, (await checkWorkbook(excel, "all", { period: Q1 })).findings);
    const runs = excel.runs.length;
    await checkWorkbook(excel, "all", { period: Q1 });
    expect(excel.runs.slice(runs).map((r) => r.syncs)).toEqual([2]);
    expect(cellAt(excel, "D6").fill).toBe("#E2EFDA");
    expect(cellAt(excel, "D7").fill).toBeUndefined();
    expect(excel.state.settings.get(MARKS_KEY)).toEqual([]);
  });

  it("is undone by Score too, in Score's own two round trips", async () => {
    const excel = await talentWorkbook();
    await markFindings(excel, (await checkWorkbook(excel, "all", { period: Q1 })).findings);
    expect(cellAt(excel, "D7").fill).toBeDefined();
    const runs = excel.runs.length;
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
    expect(excel.runs.slice(runs).map((r) => r.syncs)).toEqual([2]);
    expect(cellAt(excel, "D6").fill).toBe("#E2EFDA");
    expect(cellAt(excel, "D7").fill).toBeUndefined();
    expect(excel.state.settings.get(MARKS_KEY)).toEqual([]);
  });

  it("remembers the true original when a marked cell is marked again", async () => {
    const excel = await talentWorkbook();
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    await markFindings(excel, findings);
    await markFindings(excel, findings);
    const saved = excel.state.settings.get(MARKS_KEY) as { cell: string; fill: string }[];
    expect(saved.find((m) => m.cell === "D6")?.fill).toBe("#E2EFDA");
    await checkWorkbook(excel, "all", { period: Q1 });
    expect(cellAt(excel, "D6").fill).toBe("#E2EFDA");
  });

  it("survives a marked sheet being deleted before the next check", async () => {
    const excel = await talentWorkbook();
    await markFindings(excel, (await checkWorkbook(excel, "all", { period: Q1 })).findings);
    await excel.run(async (context) => context.workbook.worksheets.getItem("Talent").delete());
    await expect(checkWorkbook(excel, "all", { period: Q1 })).resolves.toMatchObject({
      findings: [],
    });
  });

  it("saves the list before any fill changes: a write failing part-way leaves no colour nobody can undo", async () => {
    const excel = await talentWorkbook();
    await excel.run(async (context) => {
      const locked = context.workbook.worksheets.add("Locked");
      locked.protection.protect();
    });
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    // a note on the protected sheet: the least severe, so its fill is the last write, and refused
    const onLocked = { ...findings[0], sheet: "Locked", cell: "B2", severity: "info" as const };
    await expect(markFindings(excel, [...findings, onLocked])).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(cellAt(excel, "D6").fill).toBe(MARK_FILLS.warning);
    const saved = excel.state.settings.get(MARKS_KEY) as { cell: string; fill: string }[];
    expect(saved.find((m) => m.cell === "D6")?.fill).toBe("#E2EFDA");
    // The next check (the sheet unprotected meanwhile) gives every cell its own fill back.
    await excel.run(async (context) =>
      context.workbook.worksheets.getItem("Locked").protection.unprotect()
    );
    await checkWorkbook(excel, "all", { period: Q1 });
    expect(cellAt(excel, "D6").fill).toBe("#E2EFDA");
    expect(cellAt(excel, "D7").fill).toBeUndefined();
    expect(excel.state.settings.get(MARKS_KEY)).toEqual([]);
  });

  it("keeps its list within the workbook's settings (about 1 MB): the most severe cells first, the rest not coloured", async () => {
    const excel = await talentWorkbook();
    const { findings } = await checkWorkbook(excel, "all", { period: Q1 });
    const error = { ...findings[0], severity: "error" as const, cell: "A2" };
    const notes = Array.from({ length: 8000 }, (_, i) => ({
      ...findings[0],
      severity: "info" as const,
      cell: `AA${i + 100}`,
    }));
    const marked = await markFindings(excel, [...notes, error]);
    const saved = excel.state.settings.get(MARKS_KEY) as { cell: string }[];
    expect(marked).toBe(saved.length);
    expect(marked).toBeLessThan(notes.length);
    expect(saved[0].cell).toBe("A2");
    expect(JSON.stringify(saved).length).toBeLessThanOrEqual(MARKS_BUDGET_BYTES);
    expect(cellAt(excel, "A2").fill).toBe(MARK_FILLS.error);
  });
});

describe("the workbook's settings in the emulator", () => {
  it("refuse a value that would take them past about 1 MB, as Excel does (office-js issue 3957)", async () => {
    const excel = createEmulatedExcel();
    const add = (value: string) =>
      excel.run(async (context) => {
        context.workbook.settings.add("big", value);
        await context.sync();
      });
    await add("x".repeat(900_000));
    await expect(add("x".repeat(1_100_000))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect((excel.state.settings.get("big") as string).length).toBe(900_000);
  });
});
