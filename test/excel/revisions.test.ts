// Revisions are visible: a check-in records each KR's Target, Weight and statement fingerprint; a
// later check-in after a revision says old → new on its history row, and Score's Summary lists the
// key results revised in the period.
import { createEmulatedExcel } from "../../emulator";
import { COLUMNS, columnHeader } from "../../src/domain/reading/columns";
import { HISTORY_COL } from "../../src/domain/reading/historySheet";
import { REVISED_TEXT, statementFingerprint } from "../../src/domain/checkins/revisions";
import { HISTORY_SHEET_NAME } from "../../src/domain/reading/ownSheets";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type Lang, type Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { generateSheets } from "../../src/excel/generate";
import { scoreWorkbookInExcel } from "../../src/excel/score";
import { valuesOf } from "../support/emulatorRead";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);

describe("revisions in the check-in history (emulated Excel)", () => {
  it.each(LANGS)(
    "shows what changed since the previous check-in, and the Summary lists it (%s)",
    async (lang: Lang) => {
      const excel = createEmulatedExcel();
      const { sheets } = await generateSheets(excel, {
        templates: ["sales"],
        lang,
        period: Q1,
        asOf: "2026-01-05",
      });
      const name = sheets[0];
      const sheet = readSheet(name, valuesOf(excel, name));
      const [kr1, kr2] = sheet.objectives[0].keyResults;
      // Every key result checked in: a confidence for each (a check-in records what is said).
      const all = sheet.objectives.flatMap((o) => o.keyResults);
      const checkIn = (date: string) =>
        saveCheckin(excel, {
          sheet: name,
          date,
          lang,
          entries: all.map((k) => ({ id: k.id, value: "", confidence: "70%" })),
        });
      await checkIn("2026-01-20");
      // The owner raises KR1's target and weight, and rewords KR2.
      await excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(name);
        ws.getCell(kr1.row - 1, col("target")).values = [[2_500_000]];
        ws.getCell(kr1.row - 1, col("weight")).values = [[0.5]];
        ws.getCell(kr2.row - 1, col("statement")).values = [
          ["Grow qualified pipeline from $4M to $7M"],
        ];
        await context.sync();
      });
      await checkIn("2026-02-10");
      const history = valuesOf(excel, HISTORY_SHEET_NAME[lang]);
      const rowOf = (id: string, serial: number) =>
        history.find((r) => r[HISTORY_COL.krId] === id && r[HISTORY_COL.date] === serial)!;
      const [jan, feb] = [46042, 46063];
      expect(rowOf(kr1.id, jan)[HISTORY_COL.revised]).toBe("");
      const revisedKr1 = String(rowOf(kr1.id, feb)[HISTORY_COL.revised]);
      expect(revisedKr1).toContain(`${columnHeader("target", lang)} 2000000 → 2500000`);
      expect(revisedKr1).toContain(`${columnHeader("weight", lang)} 40% → 50%`);
      expect(rowOf(kr1.id, feb)[HISTORY_COL.weight]).toBe(0.5);
      expect(rowOf(kr2.id, feb)[HISTORY_COL.revised]).toBe(
        `${columnHeader("statement", lang)} ${statementFingerprint(kr2.statement)} → ${statementFingerprint(
          "Grow qualified pipeline from $4M to $7M"
        )}`
      );
      // Every other key result: nothing revised.
      const others = history.filter(
        (r) =>
          r[HISTORY_COL.date] === feb &&
          r[HISTORY_COL.krId] !== kr1.id &&
          r[HISTORY_COL.krId] !== kr2.id
      );
      expect(others.length).toBe(5);
      expect(others.every((r) => r[HISTORY_COL.revised] === "")).toBe(true);

      await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang });
      // The Summary's details sheet: key result, check-in date, what changed.
      const summary = valuesOf(excel, SUMMARY_TEXT.detailsSheetName[lang]);
      const at = summary.findIndex((r) => r[0] === REVISED_TEXT.heading[lang]);
      expect(at).toBeGreaterThan(0);
      expect(summary.slice(at + 2, at + 4).map((r) => r.slice(0, 2))).toEqual([
        [kr1.id, feb],
        [kr2.id, feb],
      ]);
      expect(summary[at + 2][2]).toBe(revisedKr1);
    }
  );

  it("a Summary without revisions has no such section", async () => {
    const excel = createEmulatedExcel();
    const { sheets } = await generateSheets(excel, {
      templates: ["sales"],
      lang: "en",
      period: Q1,
      asOf: "2026-01-05",
    });
    const entries = [{ id: "SALES-O1-KR1", value: "", confidence: "70%" }];
    await saveCheckin(excel, { sheet: sheets[0], date: "2026-01-20", lang: "en", entries });
    await saveCheckin(excel, { sheet: sheets[0], date: "2026-02-10", lang: "en", entries });
    await scoreWorkbookInExcel(excel, { asOf: "2026-02-15", checkedOn: "2026-02-15", lang: "en" });
    expect(valuesOf(excel, "Summary details").some((r) => r[0] === REVISED_TEXT.heading.en)).toBe(
      false
    );
  });
});

describe("statement fingerprints", () => {
  it("ignore width, case and spacing, and change with the words", () => {
    const a = statementFingerprint("Grow ARR  from $1M to $2M");
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(statementFingerprint("grow arr from ＄1M to ＄2M")).toBe(a);
    expect(statementFingerprint("Grow ARR from $1M to $3M")).not.toBe(a);
    expect(statementFingerprint("将客户满意度从80%提升到90%")).not.toBe(
      statementFingerprint("将客户满意度从80%提升到95%")
    );
    expect(statementFingerprint("")).toBe("");
  });
});
