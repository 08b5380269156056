// One implementation, two front ends: `okr new` writes the cells the add-in writes through Office.js.
import { createEmulatedExcel } from "../../emulator";
import { newWorkbook } from "../../src/cli/templates";
import { parsePeriod } from "../../src/domain/reading/period";
import { TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import type { Period } from "../../src/domain/types";
import { generateSheets } from "../../src/excel/generate";
import { formulasOf } from "../support/emulatorRead";
import { fileCells, trimmed } from "../support/sameCells";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

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
