// CELL-FORMULA-OVERWRITTEN in both hosts: a number typed over a Progress formula (95 % shown) of a New-sheet
// workbook is an error in Excel (emulated) and in an .xlsx (`okr new`, then `okr check --fix`), and
// its quick fix writes Score's formula back, the one that was there.
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS } from "../../src/domain/reading/columns";
import { parsePeriod } from "../../src/domain/reading/period";
import { renderFinding } from "../../src/domain/rules/lint";
import { LANGS, type Period } from "../../src/domain/types";
import { checkWorkbook } from "../../src/excel/check";
import { fixFindings } from "../../src/excel/fix";
import { generateSheets } from "../../src/excel/generate";
import { fileHost } from "../../src/cli/fileHost";
import { check } from "../../src/operations/check";
import { fix } from "../../src/operations/fix";
import { okr } from "../support/cli";
import { formulasOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const RULE = "CELL-FORMULA-OVERWRITTEN";

describe("CELL-FORMULA-OVERWRITTEN", () => {
  it("in Excel (emulated): 0.95 typed over a Progress formula is an error; Fix restores the formula", async () => {
    const excel = createEmulatedExcel();
    const [name] = (
      await generateSheets(excel, {
        templates: ["sales"],
        lang: "en",
        period: Q1,
        asOf: "2026-02-15",
      })
    ).sheets;
    const row = formulasOf(excel, name).findIndex((r) => r[0] === "SALES-O1-KR1");
    const original = formulasOf(excel, name)[row][col("progress")];
    expect(String(original)).toMatch(/^=/);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).getCell(row, col("progress")).values = [[0.95]];
      await context.sync();
    });
    const checked = await checkWorkbook(excel, "all");
    const found = checked.findings.filter((f) => f.ruleId === RULE);
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        row: row + 1,
        okrId: "SALES-O1-KR1",
        cell: `O${row + 1}`,
      }),
    ]);
    for (const lang of LANGS) expect(renderFinding(found[0], lang).message).toContain("95%");
    const written = await fixFindings(excel, found);
    expect(written.map((e) => e.cell)).toEqual([`O${row + 1}`]);
    expect(formulasOf(excel, name)[row][col("progress")]).toBe(original);
    const again = await checkWorkbook(excel, "all");
    expect(again.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it("in Excel (emulated): another formula, an emptied Status and the header block's score, count and label typed over are errors; Fix all restores each", async () => {
    const excel = createEmulatedExcel();
    const [name] = (
      await generateSheets(excel, {
        templates: ["sales"],
        lang: "en",
        period: Q1,
        asOf: "2026-02-15",
      })
    ).sheets;
    const before = formulasOf(excel, name);
    const row = before.findIndex((r) => r[0] === "SALES-O1-KR1");
    const [progress, status] = [col("progress"), col("status")];
    // The header block: Sheet score's value is B4, the On track count's H4 and its label G4.
    const block = { score: [3, 1], green: [3, 7], label: [3, 6] } as const;
    for (const [r, c] of Object.values(block)) expect(String(before[r][c])).toMatch(/^=/);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.getCell(row, progress).formulas = [[`=K${row + 1}/J${row + 1}`]];
      ws.getCell(row + 1, status).values = [[""]];
      ws.getCell(...block.score).values = [[0.9]];
      ws.getCell(...block.green).formulas = [["=1"]];
      // The label typed as text (emptied, it would no longer mark where the count is).
      ws.getCell(...block.label).values = [["On track"]];
      await context.sync();
    });
    const found = (await checkWorkbook(excel, "all")).findings.filter((f) => f.ruleId === RULE);
    expect(found.map((f) => [f.cell, f.params?.what])).toEqual([
      ["B4", "typedValue"],
      ["H4", "otherFormula"],
      ["G4", "typedValue"],
      [`O${row + 1}`, "otherFormula"],
      [`S${row + 2}`, "emptied"],
    ]);
    expect(renderFinding(found[0], "en").message).toMatch(
      /^Sheet score of .* holds a typed value \(90%\)/
    );
    expect(renderFinding(found[3], "zh-CN").message).toContain("填入了另一个公式");
    expect(renderFinding(found[4], "zh-TW").message).toContain("「狀態」儲存格被清空了");
    const written = await fixFindings(excel, found);
    expect(written.map((e) => e.cell).sort()).toEqual(
      ["B4", "G4", "H4", `O${row + 1}`, `S${row + 2}`].sort()
    );
    expect(formulasOf(excel, name)).toEqual(before);
    const again = await checkWorkbook(excel, "all");
    expect(again.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it("finds nothing on a New-sheet workbook in its first check-in window (no history, no Not-started wrapper)", async () => {
    const excel = createEmulatedExcel();
    await generateSheets(excel, {
      templates: ["sales", "finance"],
      lang: "zh-CN",
      period: Q1,
      asOf: "2026-01-03",
    });
    const checked = await checkWorkbook(excel, "all");
    expect(checked.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it("leaves a sheet whose column holds no formula alone (never scored, or a CSV)", async () => {
    const { status, out } = await okr(
      "check",
      join(__dirname, "..", "fixtures", "shared", "customer-success-en.csv"),
      "--period",
      "2026-Q1",
      "--format",
      "json"
    );
    expect(status).toBe(0);
    expect(JSON.parse(out).filter((f: { ruleId: string }) => f.ruleId === RULE)).toEqual([]);
  });

  it("in an .xlsx: a typed Status and Progress are errors; the fix restores both formulas", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-formula-"));
    const file = join(dir, "new.xlsx");
    const made = await okr("new", "--template", "finance", "--period", "2026-Q1", "-o", file);
    expect(made.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.name.startsWith("Finance"))!;
    let at = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === "FIN-O1-KR1") at = n;
    });
    const cell = (key: string) => ws.getRow(at).getCell(col(key) + 1);
    const before = {
      progress: (cell("progress").value as ExcelJS.CellFormulaValue).formula,
      status: (cell("status").value as ExcelJS.CellFormulaValue).formula,
    };
    cell("progress").value = 0.95;
    cell("status").value = "On track";
    const host = fileHost(wb);
    const checked = await check(host, "all");
    expect(checked.findings.filter((f) => f.ruleId === RULE).map((f) => f.cell)).toEqual([
      `O${at}`,
      `S${at}`,
    ]);
    const written = await fix(host, "all");
    expect(written.filter((e) => e.cell === `O${at}` || e.cell === `S${at}`)).toHaveLength(2);
    expect((cell("progress").value as ExcelJS.CellFormulaValue).formula).toBe(before.progress);
    expect((cell("status").value as ExcelJS.CellFormulaValue).formula).toBe(before.status);
    const again = await check(fileHost(wb), "all");
    expect(again.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it("`okr check` names another formula, an emptied Status and a typed Sheet score; `--fix` restores them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-formula-"));
    const file = join(dir, "new.xlsx");
    expect(
      (await okr("new", "--template", "finance", "--period", "2026-Q1", "-o", file)).status
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.name.startsWith("Finance"))!;
    let at = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === "FIN-O1-KR1") at = n;
    });
    const formulaOf = (row: number, key: string) =>
      (ws.getRow(row).getCell(col(key) + 1).value as ExcelJS.CellFormulaValue).formula;
    const before = {
      progress: formulaOf(at, "progress"),
      status: formulaOf(at + 1, "status"),
      score: (ws.getCell("B4").value as ExcelJS.CellFormulaValue).formula,
    };
    ws.getRow(at).getCell(col("progress") + 1).value = { formula: `K${at}/J${at}` };
    ws.getRow(at + 1).getCell(col("status") + 1).value = null;
    ws.getCell("B4").value = 0.9;
    const broken = join(dir, "broken.xlsx");
    await wb.xlsx.writeFile(broken);
    const checked = await okr("check", broken, "--format", "json");
    expect(checked.status).toBe(1);
    const found = JSON.parse(checked.out).filter((f: { ruleId: string }) => f.ruleId === RULE);
    expect(found.map((f: { cell: string }) => f.cell)).toEqual(["B4", `O${at}`, `S${at + 1}`]);
    expect(found[1].message).toContain(`holds another formula (=K${at}/J${at})`);
    const fixed = join(dir, "fixed.xlsx");
    expect((await okr("check", broken, "--fix", "-o", fixed)).status).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(fixed);
    const fws = out.getWorksheet(ws.name)!;
    const f = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
    expect(f(fws.getRow(at).getCell(col("progress") + 1))).toBe(before.progress);
    expect(f(fws.getRow(at + 1).getCell(col("status") + 1))).toBe(before.status);
    expect(f(fws.getCell("B4"))).toBe(before.score);
    const again = await okr("check", fixed, "--format", "json");
    expect(JSON.parse(again.out).filter((x: { ruleId: string }) => x.ruleId === RULE)).toEqual([]);
  });
});
