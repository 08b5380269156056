// Puts a table into a new sheet of an emulated workbook, as a person pasting it would.
import type { EmulatedExcel } from "../../emulator";

/** Adds sheet `name` with `rows` from `at` (short rows padded with blanks); activates it if asked. */
export async function putTable(
  excel: EmulatedExcel,
  name: string,
  rows: (string | number)[][],
  { at = "A1", activate = false }: { at?: string; activate?: boolean } = {}
): Promise<void> {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill("")]);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.getRange(at).getResizedRange(grid.length - 1, width - 1).values = grid;
    if (activate) sheet.activate();
    await context.sync();
  });
}
