// One implementation, two front ends: `okr new` writes the cells the add-in writes through Office.js.
import { createEmulatedExcel } from "../../emulator";
import { newWorkbook } from "../../src/cli/templates";
import { parsePeriod } from "../../src/domain/reading/period";
import { TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import type { CellValue, Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { formulasOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** ExcelJS cells as formulas-or-values, the way `range.formulas` shows them. */
function fileCells(ws: import("exceljs").Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const v = cell.value as CellValue | { formula: string };
      (rows[r - 1] ??= [])[c - 1] = v && typeof v === "object" ? `=${v.formula}` : v;
    })
  );
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** Empty cells as null, without trailing empty cells and rows (formatted spare rows hold nothing). */
const trimmed = (rows: CellValue[][]) => {
  const out = rows.map((r) => {
    const line = r.map((v) => (v === "" || v === undefined ? null : v));
    while (line.length && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
};

describe("okr new and New sheet write the same sheets", () => {
  it.each(["en", "zh-TW"] as const)(
    "every template in %s: same cells, same formulas",
    async (lang) => {
      const excel = createEmulatedExcel();
      const { sheets } = await generateSheets(excel, {
        templates: TEMPLATE_KEYS,
        lang,
        period: Q1,
        asOf: "2026-02-15",
      });
      const file = await newWorkbook({
        templates: TEMPLATE_KEYS,
        lang,
        period: Q1,
        asOf: "2026-02-15",
      });
      expect(file.sheets).toEqual(sheets);
      for (const name of sheets) {
        const ws = file.workbook.getWorksheet(name)!;
        expect(trimmed(fileCells(ws))).toEqual(trimmed(formulasOf(excel, name)));
      }
    }
  );
});
