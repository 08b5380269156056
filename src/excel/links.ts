// Linked key results in Excel (reading/linked.ts): which Current cells hold a formula. The workbook
// read (readWorkbook.ts) brings values; this reads the formulas of each OKR sheet's Current column
// only — one column per sheet, queued together, read with whatever else the next round trip
// carries (a column of 100,000 numbers is well under Excel's 5 MB response).
import { isFormula } from "../domain/reading/linked";
import { readSheet, type OkrSheet, type ReadOptions } from "../domain/reading/sheet";
import { address } from "./applyPlan";
import { readOptionsOf, type SheetRows } from "./readWorkbook";

/**
 * Queues the Current columns' formulas; after the next sync, `sheets()` reads the sheets with them
 * (ReadOptions.formulaAt). `queued` is false when no sheet has key results: no sync is needed.
 */
export function queueLinks(
  context: Excel.RequestContext,
  cells: readonly SheetRows[],
  options: ReadOptions = {}
): { queued: boolean; sheets: () => OkrSheet[] } {
  const plain = cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options)));
  const reads = plain.flatMap((sheet, i) => {
    const col = sheet.match?.columns.current;
    const last = cells[i].rows.length; // 1-based: the last row with cells
    if (col === undefined || last <= sheet.headerRow) return [];
    const range = context.workbook.worksheets
      .getItem(sheet.name)
      .getRange(address({ row: sheet.headerRow, col, rows: last - sheet.headerRow, cols: 1 }));
    range.load("formulas");
    return [{ i, col, range, first: sheet.headerRow + 1 }];
  });
  const sheets = () => {
    const out = [...plain];
    for (const { i, col, range, first } of reads) {
      const formulas = range.formulas as unknown[][];
      if (!formulas.some((r) => isFormula(r[0]))) continue;
      out[i] = readSheet(cells[i].name, cells[i].rows, {
        ...readOptionsOf(cells[i], options),
        formulaAt: (row, c) => {
          const f = c === col ? formulas[row - first]?.[0] : null;
          return isFormula(f) ? f : null;
        },
      });
    }
    return out;
  };
  return { queued: reads.length > 0, sheets };
}

/** The sheets read again with their Current formulas: one sync, none without key results. */
export async function readWithLinks(
  context: Excel.RequestContext,
  cells: readonly SheetRows[],
  options: ReadOptions = {}
): Promise<OkrSheet[]> {
  const links = queueLinks(context, cells, options);
  if (links.queued) await context.sync();
  return links.sheets();
}
