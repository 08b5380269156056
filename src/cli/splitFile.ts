// One split file built with ExcelJS from the master as an ExcelJS workbook, as Split's operation
// planned it (src/operations/split.ts): the sheet sent (live, but for formulas reading a sheet the
// file does not have), read-only references to its parent objectives, its check-in history rows,
// the actions under its key results and a very hidden record of what was sent. `okr split` builds
// from the .xlsx; the pane from a workbook made of Excel's cells (src/taskpane/splitInPane.ts).
// ExcelJS is a type here only: the pane loads it on demand and hands over `fresh`.
import type ExcelJS from "exceljs";
import { cutText } from "../domain/text/cut";
import { ACTION_KEYS } from "../domain/reading/actionsSheet";
import { actionRowsFor } from "../domain/collect/actions";
import { FINGERPRINT_SHEET } from "../domain/collect/fingerprint";
import { ALIGNED_TO } from "../domain/collect/words";
import { referencedSheets } from "../domain/scoring/formulas";
import { HISTORY_COL } from "../domain/reading/ownSheets";
import { uniqueSheetName } from "../domain/reading/ids";
import type { Lang } from "../domain/types";
import type { ParentRows, SplitFilePlan, SplitPlan } from "../operations/split";
import { copyWorksheet, worksheetRows } from "./worksheetCells";

/** What a file holds, as split reports it. */
export interface SplitFileCounts {
  parents: number;
  history: number;
  /** Actions sent: those under the sheet's key results. */
  actions: number;
  /** Formula cells turned into values that had no value saved with the master (left empty). */
  uncomputed: number;
}

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

type FormulaCell = ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;

function formulaOf(cell: ExcelJS.Cell): FormulaCell | null {
  const v = cell.value;
  return v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? v : null;
}

/**
 * A formula cell's saved value, or null when none was saved. Read through cell.result: ExcelJS's
 * cell.value leaves out a saved 0, "" or FALSE (and it reads a saved "" as no value at all).
 */
function savedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  return (cell.result ?? null) as ExcelJS.CellValue;
}

/**
 * In a copy (`to`) of `from`, formula cells for which `freeze` says so become the value the master
 * saved with them (Excel and LibreOffice save one): in a split file they would point at rows or
 * sheets it does not have. A cell without a saved value is left empty, never 0, and counted (the
 * count only means something when the master saved no value at all, see savedValues). Formulas
 * kept live lose their shared-formula link (its anchor may have been frozen) and carry their own
 * text and saved value instead.
 */
function freezeFormulas(
  to: ExcelJS.Worksheet,
  from: ExcelJS.Worksheet,
  freeze: (formula: string) => boolean
): number {
  let uncomputed = 0;
  from.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!formulaOf(cell)) return;
      const { formula, result } = cell;
      if (!freeze(formula)) {
        to.getCell(r, c).value = { formula, result } as ExcelJS.CellFormulaValue;
        return;
      }
      if (result === undefined) uncomputed++;
      to.getCell(r, c).value = savedValue(cell);
    })
  );
  return uncomputed;
}

const always = () => true;

/** Whether the workbook was saved with its formulas' values (Excel and LibreOffice always do). */
export function savedValues(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((ws) => {
    let saved = false;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (formulaOf(cell) && cell.result !== undefined) saved = true;
      })
    );
    return saved;
  });
}

/**
 * Copies a sheet keeping only its header block and the given rows, every formula as its value (the
 * rows it read are gone); protected (read-only). Returns the cells that had no saved value.
 */
async function referenceSheet(
  from: ExcelJS.Worksheet,
  source: ParentRows,
  keep: ReadonlySet<number>,
  to: ExcelJS.Workbook,
  name: string
): Promise<number> {
  const ws = copyWorksheet(from, to, name);
  const uncomputed = freezeFormulas(ws, from, always);
  for (let r = ws.rowCount; r > source.headerRow; r--) if (!keep.has(r)) ws.spliceRows(r, 1);
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  return uncomputed;
}

/**
 * The history's header row and the sheet's check-in rows, styled as in the master; their computed
 * cells hold what they were when sent (past check-ins are a record). Returns the rows and the
 * cells that had no saved value.
 */
function historyCopy(
  from: ExcelJS.Worksheet,
  to: ExcelJS.Workbook,
  sheet: string,
  name: string
): { rows: number; uncomputed: number } {
  const ws = to.addWorksheet(name);
  let rows = 0;
  let uncomputed = 0;
  from.eachRow((row, r) => {
    if (r > 1 && row.getCell(HISTORY_COL.sheet + 1).value !== sheet) return;
    const target = ws.getRow(rows + 1);
    row.eachCell((cell, c) => {
      const copy = target.getCell(c);
      if (formulaOf(cell) && cell.result === undefined) uncomputed++;
      copy.value = formulaOf(cell) ? savedValue(cell) : cell.value;
      copy.style = JSON.parse(JSON.stringify(cell.style ?? {}));
    });
    rows++;
  });
  from.columns?.forEach((col, i) => {
    if (col.width) ws.getColumn(i + 1).width = col.width;
  });
  ws.views = from.views;
  return { rows: rows - 1, uncomputed };
}

/**
 * The Actions sheet with only the actions under `krIds`, moved up under the header. Every row of the
 * sheet is styled and validated alike (status and yes/no dropdowns, date format), so the copy keeps
 * the sheet whole and moves only values. Returns the actions sent.
 */
function actionsCopy(
  from: ExcelJS.Worksheet,
  to: ExcelJS.Workbook,
  krIds: ReadonlySet<string>,
  name: string
): number {
  const ws = copyWorksheet(from, to, name);
  const rows = worksheetRows(from);
  const kept = actionRowsFor(rows, krIds);
  for (let r = 1; r < rows.length; r++)
    ACTION_KEYS.forEach((_, c) => {
      const source = kept[r - 1];
      ws.getCell(r + 1, c + 1).value =
        source === undefined ? null : from.getCell(source + 1, c + 1).value;
    });
  return kept.length;
}

/**
 * Builds one file of the round. `saved`: the master carries its formulas' values (savedValues),
 * so a value missing from a frozen cell means something.
 */
export async function buildSplitFile(
  workbook: ExcelJS.Workbook,
  plan: SplitPlan,
  file: SplitFilePlan,
  o: { lang: Lang; saved: boolean; fresh: () => ExcelJS.Workbook }
): Promise<{ workbook: ExcelJS.Workbook; counts: SplitFileCounts }> {
  const out = o.fresh();
  const ownSource = workbook.getWorksheet(file.sheet)!;
  const own = copyWorksheet(ownSource, out, file.sheet);
  // The sheets split adds never take a name the file has already (a user's sheet may be named
  // like one of them): each gets the next free name.
  const free = (wanted: string) =>
    uniqueSheetName(
      wanted,
      out.worksheets.map((w) => w.name)
    );
  let uncomputed = 0;
  for (const parent of file.parents) {
    const name = free(cutText(`${ALIGNED_TO[o.lang]} - ${parent.sheet}`, SHEET_NAME_MAX));
    uncomputed += await referenceSheet(
      workbook.getWorksheet(parent.sheet)!,
      parent,
      new Set(parent.rows),
      out,
      name
    );
  }
  const historyWs = plan.history ? workbook.getWorksheet(plan.history) : undefined;
  let history = 0;
  if (historyWs) {
    const copied = historyCopy(historyWs, out, file.sheet, free(historyWs.name));
    history = copied.rows;
    uncomputed += copied.uncomputed;
  }
  const actionsWs = plan.actions ? workbook.getWorksheet(plan.actions) : undefined;
  const actions = actionsWs
    ? actionsCopy(actionsWs, out, new Set(file.krIds), free(actionsWs.name))
    : 0;
  // The sheet itself stays live, but for cells that read a sheet this file does not have.
  const here = new Set(out.worksheets.map((w) => w.name));
  uncomputed += freezeFormulas(own, ownSource, (f) =>
    [...referencedSheets(f)].some((n) => !here.has(n))
  );
  // Collect finds it by its first row, whatever its name.
  const hidden = out.addWorksheet(free(FINGERPRINT_SHEET));
  for (const row of file.record) hidden.addRow(row);
  hidden.state = "veryHidden";
  return {
    workbook: out,
    counts: {
      parents: file.parents.reduce((n, p) => n + p.objectives, 0),
      history,
      actions,
      uncomputed: o.saved ? 0 : uncomputed,
    },
  };
}
