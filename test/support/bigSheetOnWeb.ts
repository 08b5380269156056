// A large OKR sheet (bigSheet.ts) in emulated Excel on the web, written straight into the workbook's
// state (no request to pay for), and a pane check-in of every one of its key results: the size
// tests' workbook and their heaviest write.
import { createEmulatedExcel, type EmulatedExcel } from "../../emulator";
import { readCheckinForm, saveCheckin } from "../../src/excel/checkin";
import { krRowsSheet } from "./bigSheet";

/** Emulated Excel on the web holding sheet "Big" of `krs` key results (krRowsSheet). */
export function bigSheetOnWeb(krs: number) {
  const excel = createEmulatedExcel({ platform: "web" });
  const table = krRowsSheet(krs);
  const sheet = excel.state.addSheet("Big");
  excel.state.writeValues(
    sheet,
    { row: 0, col: 0, rows: table.length, cols: table[0].length },
    table
  );
  return { excel, sheet, table };
}

/** The pane's check-in of every key result of the active sheet at 150, on 2026-02-15. */
export async function checkInEveryKr(excel: EmulatedExcel) {
  const form = await readCheckinForm(excel);
  const saved = await saveCheckin(excel, {
    sheet: form.sheet,
    date: "2026-02-15",
    lang: "en",
    entries: form.keyResults.map((kr) => ({ id: kr.id, value: 150 })),
  });
  return { form, saved };
}
