// Formulas in Excel: which Current cells hold one (a linked key result, reading/linked.ts) and which
// of the product's formula-column cells still do (CELL-FORMULA-OVERWRITTEN). The workbook read
// (readWorkbook.ts) brings values; this reads the formulas of each OKR sheet's Current column and
// its formula columns only — queued together, read with whatever else the next round trip carries
// (its size bounded below: OWN_FORMULA_ROWS).
import { isFormula } from "../domain/reading/linked";
import { COLUMNS, type ColumnKey } from "../domain/reading/columns";
import { readSheet, type OkrSheet, type ReadOptions } from "../domain/reading/sheet";
import { address } from "./applyPlan";
import { readOptionsOf, type SheetRows } from "./readWorkbook";

/** The product's formula columns: whether their cells still hold formulas is read too. */
const OWN_FORMULAS: readonly ColumnKey[] = COLUMNS.filter((c) => c.kind === "formula").map(
  (c) => c.key
);

/**
 * Rows up to which a sheet's formula columns are read: a product formula is up to ~400 characters
 * (a guarded Progress), so 5 columns of 2,000 rows stay near 4 MB, under Excel on the web's 5 MB
 * response. Beyond it only Current is read, and CELL-FORMULA-OVERWRITTEN is not checked in Excel
 * (the command line reads every formula of a file).
 */
const OWN_FORMULA_ROWS = 2_000;

/**
 * Queues the formulas of the Current column and of the product's formula columns (a number typed
 * over one is CELL-FORMULA-OVERWRITTEN's); after the next sync, `sheets()` reads the sheets with them
 * (ReadOptions.formulaAt). `queued` is false when no sheet has key results: no sync is needed.
 */
export function queueLinks(
  context: Excel.RequestContext,
  cells: readonly SheetRows[],
  options: ReadOptions = {}
): { queued: boolean; sheets: () => OkrSheet[] } {
  const plain = cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options)));
  const reads = plain.flatMap((sheet, i) => {
    const last = cells[i].rows.length; // 1-based: the last row with cells
    if (!sheet.match || last <= sheet.headerRow) return [];
    const columns = sheet.match.columns;
    const keys: readonly ColumnKey[] =
      last - sheet.headerRow <= OWN_FORMULA_ROWS ? ["current", ...OWN_FORMULAS] : ["current"];
    return keys.flatMap((key) => {
      const col = columns[key];
      if (col === undefined) return [];
      const range = context.workbook.worksheets
        .getItem(sheet.name)
        .getRange(address({ row: sheet.headerRow, col, rows: last - sheet.headerRow, cols: 1 }));
      range.load("formulas");
      return [{ i, col, range, first: sheet.headerRow + 1 }];
    });
  });
  // The header block's cells above the table too (its score and counts are the product's formulas):
  // a few short rows.
  const blocks = plain.map((sheet, i) => {
    const above = cells[i].rows.slice(0, Math.max(0, sheet.headerRow - 1));
    const width = Math.max(0, ...above.map((r) => r.length));
    if (!sheet.match || above.length === 0 || width === 0) return null;
    const range = context.workbook.worksheets
      .getItem(sheet.name)
      .getRange(address({ row: 0, col: 0, rows: above.length, cols: width }));
    range.load("formulas");
    return range;
  });
  const sheets = () => {
    const out = [...plain];
    for (let i = 0; i < cells.length; i++) {
      const mine = reads.filter((r) => r.i === i);
      if (mine.length === 0) continue;
      const byCol = new Map(mine.map((r) => [r.col, r]));
      out[i] = readSheet(cells[i].name, cells[i].rows, {
        ...readOptionsOf(cells[i], options),
        formulaAt: (row, c) => {
          const block = blocks[i];
          if (row < (plain[i].headerRow ?? 0) && block) {
            const f = (block.formulas as unknown[][])[row - 1]?.[c];
            return isFormula(f) ? f : null;
          }
          const read = byCol.get(c);
          const f = read ? (read.range.formulas as unknown[][])[row - read.first]?.[0] : null;
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
