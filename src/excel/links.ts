// Formulas in Excel: which Current cells hold one (a linked key result, reading/linked.ts) and which
// of the product's formula-column cells still do (CELL-FORMULA-OVERWRITTEN). The workbook read
// (readWorkbook.ts) brings values; this reads the formulas of each OKR sheet's Current column and
// its formula columns only, in bands of rows under Excel on the web's 5 MB response (readBands.ts):
// the first band goes with whatever else the next round trip carries, the rest one round trip per
// 4 MB.
import { isFormula } from "../domain/reading/linked";
import { COLUMNS, type ColumnKey } from "../domain/reading/columns";
import { readSheet, type OkrSheet, type ReadOptions } from "../domain/reading/sheet";
import { utf8Length } from "../domain/reading/utf8";
import { address } from "./applyPlan";
import { BandReader, CELL_BYTES_ESTIMATE } from "./readBands";
import { readOptionsOf, type SheetRows } from "./readWorkbook";

/** The product's formula columns: whether their cells still hold formulas is read too. */
const OWN_FORMULAS: readonly ColumnKey[] = COLUMNS.filter((c) => c.kind === "formula").map(
  (c) => c.key
);

/**
 * Rows up to which a sheet's formula columns are read: a product formula is up to ~400 characters
 * (a guarded Progress), so 5 columns of 2,000 rows are near 4 MB, about a round trip. Beyond it
 * only Current is read (its bands cost little), and CELL-FORMULA-OVERWRITTEN is not checked in
 * Excel (the command line reads every formula of a file).
 */
const OWN_FORMULA_ROWS = 2_000;

/**
 * What a cell of a product formula column is taken to weigh against one of the Current column
 * (a typed number, or a short link) before any has come back: about ten times as much.
 */
const OWN_FORMULA_WEIGHT = 10;

/**
 * Queues the formulas of the Current column and of the product's formula columns (a number typed
 * over one is CELL-FORMULA-OVERWRITTEN's), in bands of rows (readBands.ts' BandReader): the first
 * round trip's bands are queued now, to go with the next sync, and `sheets()` reads the rest (one
 * more round trip per 4 MB of formulas, none for a workbook the first holds) and then the sheets
 * with them (ReadOptions.formulaAt). `queued` is false when no sheet has key results: no sync is
 * needed. Should that sync fail, `refused(error)` says whether it was for its response's size, the
 * bands then to be read again smaller by `sheets()` (a response Excel refuses for its size fails
 * after its actions ran, so whatever else the round trip carried is done).
 */
export function queueLinks(
  context: Excel.RequestContext,
  cells: readonly SheetRows[],
  options: ReadOptions = {}
): { queued: boolean; refused: (error: unknown) => boolean; sheets: () => Promise<OkrSheet[]> } {
  const plain = cells.map((c) => readSheet(c.name, c.rows, readOptionsOf(c, options)));
  const reads = plain.flatMap((sheet, i) => {
    // 1-based: the table's last row (a stray cell below its end is no key result to link)
    const last = sheet.tableEnd;
    if (!sheet.match || last <= sheet.headerRow) return [];
    const columns = sheet.match.columns;
    const rows = last - sheet.headerRow;
    const keys: readonly ColumnKey[] =
      rows <= OWN_FORMULA_ROWS ? ["current", ...OWN_FORMULAS] : ["current"];
    return keys.flatMap((key) => {
      const col = columns[key];
      if (col === undefined) return [];
      const weight = key === "current" ? 1 : OWN_FORMULA_WEIGHT;
      return [{ i, col, first: sheet.headerRow + 1, rows, weight, formulas: [] as unknown[] }];
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
  const reader = new BandReader(
    reads.map(({ rows, weight }) => ({ rows, width: weight })),
    CELL_BYTES_ESTIMATE,
    (index, row, rows) => {
      const read = reads[index];
      const range = context.workbook.worksheets
        .getItem(cells[read.i].name)
        .getRange(address({ row: read.first - 1 + row, col: read.col, rows, cols: 1 }));
      range.load("formulas");
      return range;
    },
    (index, _row, range) => {
      const formulas = range.formulas as unknown[][] | null;
      if (!formulas)
        throw new Error(`Excel gave no formulas for rows of '${cells[reads[index].i].name}'`);
      for (const [f] of formulas) reads[index].formulas.push(f);
      return utf8Length(JSON.stringify(formulas));
    }
  );
  const queued = reader.queueNext() || blocks.some(Boolean);
  // A round trip refused for its response's size loaded none of it: the header blocks (a few short
  // rows) are loaded again in a round trip of their own, only then.
  let blocksLost = false;
  const sheets = async () => {
    if (reader.waiting) reader.received();
    if (blocksLost) {
      for (const block of blocks) block?.load("formulas");
      await context.sync();
    }
    await reader.readRest(context);
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
          const f = read ? read.formulas[row - read.first] : null;
          return isFormula(f) ? f : null;
        },
      });
    }
    return out;
  };
  return {
    queued,
    refused: (error) => {
      const refused = reader.refused(error);
      blocksLost = refused;
      return refused;
    },
    sheets,
  };
}

/** The sheets read again with their formulas: one round trip per 4 MB, none without key results. */
export async function readWithLinks(
  context: Excel.RequestContext,
  cells: readonly SheetRows[],
  options: ReadOptions = {}
): Promise<OkrSheet[]> {
  const links = queueLinks(context, cells, options);
  try {
    if (links.queued) await context.sync();
  } catch (error) {
    if (!links.refused(error)) throw error;
  }
  return links.sheets();
}
