// A workbook of two quarters, made in the (emulated) add-in as a person would: Company and Sales for
// 2026-Q1, one key result checked in, the quarter closed with SALES-O1 carried over, and 2026-Q2
// started from it.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { parsePeriod } from "../../src/domain/reading/period";
import type { Period } from "../../src/domain/types";
import { saveCheckin } from "../../src/excel/checkin";
import { saveClose, startNextPeriod } from "../../src/excel/close";
import { generateSheets } from "../../src/excel/generate";

export const period = (p: string) => (parsePeriod(p) as { ok: true; value: Period }).value;
export const Q1 = period("2026-Q1");
export const Q2 = period("2026-Q2");

export async function twoQuarters(excel: EmulatedExcel = createEmulatedExcel()) {
  await generateSheets(excel, {
    templates: ["company", "sales"],
    lang: "en",
    period: Q1,
    asOf: "2026-03-25",
  });
  await saveCheckin(excel, {
    sheet: "Sales 2026-Q1",
    date: "2026-02-10",
    lang: "en",
    entries: [{ id: "SALES-O1-KR1", value: "1,600,000", confidence: "80%" }],
  });
  await saveClose(excel, {
    asOf: "2026-03-31",
    today: "2026-03-31",
    lang: "en",
    entries: [
      { id: "SALES-O1-KR1", score: "0.6" },
      { id: "SALES-O1", carry: "yes" },
    ],
  });
  const next = await startNextPeriod(excel, { period: Q2, carry: "marked", lang: "en" });
  if (next.sheets.join() !== "Sales 2026-Q2") throw new Error(`started ${next.sheets.join()}`);
  return excel;
}
