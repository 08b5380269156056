// Puts a table into a new sheet of an emulated workbook, as a person pasting it would.
import type { EmulatedExcel } from "../../emulator";
import { columnLetters } from "../../src/domain/reading/cellRefs";

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
    // An address, not getResizedRange (ExcelApi 1.2): the helper works on every level tested.
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(at) as RegExpExecArray;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const end = `${columnLetters(col + width - 1)}${Number(digits) + grid.length - 1}`;
    sheet.getRange(`${at}:${end}`).values = grid;
    if (activate) sheet.activate();
    await context.sync();
  });
}
