// The command line and the Actions sheet: `okr new` adds it, `okr check` lints it with the OKR
// sheets, `okr score` adds live action counts that HyperFormula computes to the model's numbers.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { worksheetRows } from "../../src/cli/input";
import { ACTION_COUNT_KEYS, countActions } from "../../src/domain/actions/counts";
import { ACTIONS_SHEET_NAME } from "../../src/domain/reading/actionsSheet";
import { LANGS, type CellValue } from "../../src/domain/types";
import { plannedWorkbook, scoredCounts } from "../support/actionsWorkbook";
import { okr } from "../support/cli";

const tmp = () => mkdtempSync(join(tmpdir(), "okr-actions-"));

/** Every sheet of an .xlsx in HyperFormula: formulas recomputed there, not the cached results. */
async function recalc(file: string): Promise<{ hf: HyperFormula; sheets: Map<string, number> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const data: Record<string, (string | number | boolean | null)[][]> = {};
  for (const ws of wb.worksheets) {
    const grid: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        line[c - 1] =
          v && typeof v === "object" && "formula" in v
            ? `=${v.formula}`
            : v instanceof Date
              ? v.getTime() / 86_400_000 + 25_569
              : typeof v === "object"
                ? cell.text
                : (v as string | number | boolean | null);
      });
      grid[r - 1] = Array.from(line, (x) => x ?? null);
    });
    data[ws.name] = Array.from(grid, (x) => x ?? []);
  }
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3" });
  return { hf, sheets: new Map(Object.keys(data).map((n) => [n, hf.getSheetId(n)!])) };
}

describe("okr and the Actions sheet", () => {
  it.each(LANGS)(
    "check finds the action findings in an .xlsx (%s), located on the sheet",
    async (lang) => {
      const dir = tmp();
      const planned = await plannedWorkbook(dir, lang);
      const scored = join(dir, "scored.xlsx");
      expect((await okr("score", planned, "--as-of", "2026-02-15", "-o", scored)).status).toBe(0);
      const { status, out } = await okr("check", scored, "--format", "json", "--lang", lang);
      expect(status).toBe(1); // ACTION-UNKNOWN-KR is an error
      const found = (
        JSON.parse(out) as { sheet: string; cell: string; ruleId: string; message: string }[]
      ).filter(
        (f) =>
          f.ruleId.startsWith("ACTION-") ||
          f.ruleId === "KR-NO-ACTION" ||
          f.ruleId === "KR-NO-MEASURE"
      );
      const actions = ACTIONS_SHEET_NAME[lang];
      const at = (id: string) =>
        found.filter((f) => f.ruleId === id).map((f) => `${f.sheet}!${f.cell}`);
      expect(at("ACTION-UNKNOWN-KR")).toEqual([`${actions}!A6`]);
      expect(at("ACTION-NO-OWNER")).toEqual([`${actions}!C5`]);
      // As of the sheet's 2026-02-15: "Call 40 accounts" (due 02-01, blocked) only.
      expect(at("ACTION-OVERDUE")).toEqual([`${actions}!D3`]);
      expect(found.find((f) => f.ruleId === "ACTION-OVERDUE")?.message).toContain(
        "Call 40 accounts"
      );
      // KR1 and KR2 have measured actions; every other key result has none.
      expect(found.filter((f) => f.ruleId === "KR-NO-MEASURE")).toEqual([]);
      expect(at("KR-NO-ACTION").length).toBeGreaterThan(3);
      expect(at("KR-NO-ACTION").some((c) => c.startsWith(actions))).toBe(false);
    }
  );

  it("score writes open / done / overdue per key result; HyperFormula computes the model's counts", async () => {
    const dir = tmp();
    const planned = await plannedWorkbook(dir, "en");
    const scored = join(dir, "scored.xlsx");
    expect((await okr("score", planned, "--as-of", "2026-02-15", "-o", scored)).status).toBe(0);
    const { sheet, actions, header, cols } = await scoredCounts(scored, "en");
    expect(cols.every((c) => c > 0)).toBe(true);
    // Scoring again finds the columns and keeps them where they are.
    const again = join(dir, "again.xlsx");
    expect((await okr("score", scored, "--as-of", "2026-02-15", "-o", again)).status).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(again);
    expect(worksheetRows(wb2.getWorksheet(sheet.name)!)[sheet.headerRow - 1]).toEqual(header);

    const { hf, sheets } = await recalc(scored);
    const id = sheets.get(sheet.name)!;
    const krs = sheet.objectives.flatMap((o) => o.keyResults);
    for (const kr of krs) {
      const shown = Object.fromEntries(
        ACTION_COUNT_KEYS.map((k, i) => [
          k,
          hf.getCellValue({ sheet: id, row: kr.row - 1, col: cols[i] }),
        ])
      );
      expect(shown).toEqual(countActions(actions, kr.id, "2026-02-15"));
    }
    const at = (kr: number) =>
      cols.map((c) => hf.getCellValue({ sheet: id, row: krs[kr].row - 1, col: c }) as CellValue);
    expect(at(0)).toEqual([2, 1, 1]);
    expect(at(1)).toEqual([0, 1, 0]);
    expect(at(2)).toEqual([0, 0, 0]);
    hf.destroy();
  });
});
