// A workbook's own thresholds, saved by the add-in, are what `okr check` checks against too: the
// same file gives the same findings in both hosts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createEmulatedExcel } from "../../emulator";
import { run } from "../../src/cli/main";
import { mergeSettings } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { SETTINGS_SHEET } from "../../src/domain/rules/settingsSheet";
import type { Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { generateSheets } from "../../src/excel/generate";
import { readSettings, saveSettings } from "../../src/excel/settings";
import { sheetState, valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

async function okrCheck(file: string) {
  let out = "";
  let err = "";
  const status = await run(["check", file, "--format", "json"], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    tty: false,
  });
  // What the command said when it printed no findings, rather than a JSON parse error.
  if (!out) throw new Error(`okr check exited ${status} with: ${err}`);
  return JSON.parse(out) as { sheet: string; cell: string; ruleId: string }[];
}

// KR-NO-ACTION depends on the sheet's as-of date, which okr new sets to today: left out here.
const keys = (findings: { sheet: string; cell: string; ruleId: string }[]) =>
  findings
    .filter((f) => f.ruleId !== "KR-NO-ACTION")
    .map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`)
    .sort();

describe("thresholds saved with the workbook, read by both hosts", () => {
  it("gives the same findings in the add-in and in okr check", async () => {
    // the add-in: a Sales sheet, thresholds saying an objective needs at least 4 key results
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-02-15",
    });
    expect(await saveSettings(excel, mergeSettings({ krCount: { min: 4 } }))).toBe(true);
    expect(sheetState(excel, SETTINGS_SHEET).visibility).toBe("VeryHidden");
    // the sheet is what the add-in reads back, not only its copy in workbook.settings
    excel.state.settings.clear();
    expect((await readSettings(excel)).krCount.min).toBe(4);
    const inExcel = (await checkWorkbook(excel, "all", { period: Q1 })).findings;
    expect(inExcel.some((f) => f.ruleId === "O-KR-COUNT")).toBe(true);

    // the same workbook as a file: the command line's Sales sheet and the add-in's settings sheet
    const dir = mkdtempSync(join(tmpdir(), "okr-settings-"));
    const file = join(dir, "q1.xlsx");
    await run(["new", "--template", "sales", "--lang", "en", "--period", "2026-Q1", "-o", file], {
      out: () => undefined,
      err: () => undefined,
      tty: false,
    });
    const plain = await okrCheck(file);
    expect(plain.some((f) => f.ruleId === "O-KR-COUNT")).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const settings = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    valuesOf(excel, SETTINGS_SHEET).forEach((row) => settings.addRow(row));
    await wb.xlsx.writeFile(file);

    expect(keys(await okrCheck(file))).toEqual(keys(inExcel));
  });
});
