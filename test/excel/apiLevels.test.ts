// Every operation on the manifest's minimum (ExcelApi 1.1) and on the lowest level that leaves
// nothing out. The emulator throws ApiNotFound for any member above its level, by the requirement
// sets @types/office-js names (test/support/apiSets-setup.ts), so a member used without a check
// fails here.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { headerRow } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Finding, Period } from "../../src/domain/types";
import { PLAN_FEATURES, type PlanFeature } from "../../src/excel/applyPlan";
import { checkWorkbook } from "../../src/excel/check";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { MARK_FILLS, canMark, markFindings } from "../../src/excel/marks";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const score = { asOf: "2026-03-01", checkedOn: "2026-03-01", lang: "en" as const };
const SALES = "Sales 2026-Q1";

/** The highest level any plan feature needs: from there on nothing is left out. */
const FULL = Object.values(PLAN_FEATURES)
  .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
  .pop() as string;
/** Features a host at `level` leaves out. */
const missingAt = (level: string): PlanFeature[] =>
  (Object.keys(PLAN_FEATURES) as PlanFeature[])
    .filter((f) => Number(PLAN_FEATURES[f].split(".")[1]) > Number(level.split(".")[1]))
    .sort();

async function generated(
  apiVersion: string
): Promise<{ excel: EmulatedExcel; skipped: PlanFeature[] }> {
  const excel = createEmulatedExcel({ apiVersion });
  const { skipped } = await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: "en",
    period: Q1,
    asOf: "2026-02-15",
  });
  return { excel, skipped };
}

describe.each(["1.1", FULL])("every operation at ExcelApi %s", (level) => {
  const full = level === FULL;

  it("New sheet: the sheets, with what this level cannot show named", async () => {
    const { excel, skipped } = await generated(level);
    expect(skipped.sort()).toEqual(full ? [] : missingAt(level));
    // the contract's columns (the action counts follow them)
    expect(valuesOf(excel, SALES)[5].slice(0, headerRow("en").length)).toEqual(headerRow("en"));
    expect(sheetState(excel, SALES).columnWidths.size > 0).toBe(full);
  });

  it("Check: the same findings", async () => {
    const { excel } = await generated(level);
    const result = await checkWorkbook(excel, "all", { period: Q1 });
    expect(result.checked).toEqual(["Company 2026-Q1", SALES]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("Score: the same numbers", async () => {
    const { excel } = await generated(level);
    const result = await scoreWorkbookInExcel(excel, score);
    if (full) expect(result.skipped).toEqual([]);
    else expect(missingAt(level)).toEqual(expect.arrayContaining(result.skipped));
    expect(result.skipped.length > 0).toBe(!full);
    const model = result.model.sheets.find((s) => s.name === SALES)!;
    expect(valuesOf(excel, SALES)[3][1]).toBeCloseTo(model.score as number, 9);
  });

  it("Check-in: the values and the history", async () => {
    const { excel } = await generated(level);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SALES).activate();
      await context.sync();
    });
    const form = await readCheckinForm(excel);
    const saved = await saveCheckin(excel, {
      sheet: SALES,
      date: "2026-02-20",
      lang: "en",
      entries: form.keyResults.map((kr) => ({ id: kr.id, value: 1 })),
    });
    expect(saved.problems).toEqual([]);
    expect(saved.recorded).toBe(form.keyResults.length);
  });

  it("Marks: coloured where the workbook can remember them (ExcelApi 1.4), offered nowhere else", async () => {
    const { excel } = await generated(level);
    const finding = { sheet: SALES, cell: "D8", severity: "warning" } as Finding;
    expect(canMark(excel)).toBe(full);
    expect(await markFindings(excel, [finding])).toBe(full ? 1 : 0);
    const fill = excel.state.cellStyle(sheetState(excel, SALES), 7, 3).fill;
    expect(fill === MARK_FILLS.warning).toBe(full);
  });
});
