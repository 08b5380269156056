// okr split: one workbook per OKR sheet (or per owner's Individual sheet) to send out, each with
// the parent objectives it aligns to (a read-only reference sheet, so alignment still works
// locally), its check-in history rows, and a very hidden fingerprint of what was sent.
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cutText } from "../domain/text/cut";
import { ACTION_KEYS, isActionsSheet } from "../domain/reading/actionsSheet";
import { actionRowsFor } from "../domain/collect/actions";
import { fileNames } from "../domain/collect/fileNames";
import { FINGERPRINT_SHEET, fingerprintOf, fingerprintRows } from "../domain/collect/fingerprint";
import { roundRows, splitRound } from "../domain/chase/sentRecord";
import { todayIso } from "../domain/reading/dates";
import { ALIGNED_TO, UNCOMPUTED } from "../domain/collect/words";
import { format } from "../domain/reading/i18n";
import { referencedSheets } from "../domain/scoring/formulas";
import { HISTORY_COL, isHistorySheet } from "../domain/reading/ownSheets";
import type { OkrSheet } from "../domain/reading/sheet";
import { uniqueSheetName } from "../domain/reading/ids";
import type { Lang, Objective } from "../domain/types";
import { InputError, workbookSheets, worksheetRows } from "./input";
import { located } from "./readProblems";
import { ownSheet } from "./worksheetCells";
import { checkOutput, writeWorkbook } from "./output";
import { copyWorksheet } from "./xlsxHost";

export type SplitBy = "sheet" | "owner";

export interface SplitOptions {
  by: SplitBy;
  lang: Lang;
  force: boolean;
}

export interface SplitFile {
  file: string;
  sheet: string;
  krs: number;
  parents: number;
  history: number;
  /** Actions sent: those under the sheet's key results. */
  actions: number;
  /** Formula cells turned into values that had no value saved with the master (left empty). */
  uncomputed: number;
}

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/** The objective rows (with their key results' rows) of the given objectives. */
function objectiveRows(objectives: readonly Objective[]): Set<number> {
  return new Set(objectives.flatMap((o) => [o.row, ...o.keyResults.map((k) => k.row)]));
}

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
function savedValues(workbook: ExcelJS.Workbook): boolean {
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
  source: OkrSheet,
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

/** The sheets to send: every OKR sheet, or only the Individual ones (named by owner) with --by owner. */
function chosen(sheets: readonly OkrSheet[], by: SplitBy): { sheet: OkrSheet; name: string }[] {
  if (by === "sheet") return sheets.map((sheet) => ({ sheet, name: sheet.name }));
  return sheets
    .filter((s) => s.header.scope === "individual")
    .map((sheet) => ({ sheet, name: sheet.objectives[0]?.owner || sheet.name }));
}

/** Writes one workbook per sheet into outDir; returns what was written. */
export async function splitWorkbook(
  workbook: ExcelJS.Workbook,
  input: string,
  outDir: string,
  options: SplitOptions
): Promise<SplitFile[]> {
  const read = workbookSheets(workbook, {});
  const okr = read.filter((r) => r.sheet.match).map((r) => r.sheet);
  const targets = chosen(okr, options.by);
  if (targets.length === 0)
    throw new InputError(
      options.by === "owner"
        ? located(input, "noIndividualSheet")
        : located(input, "noSheetToSplit")
    );
  const byId = new Map<string, { sheet: OkrSheet; objective: Objective }>();
  for (const sheet of okr)
    for (const o of sheet.objectives) if (o.id) byId.set(o.id, { sheet, objective: o });
  const historyWs = ownSheet(workbook, isHistorySheet);
  const actionsWs = ownSheet(workbook, isActionsSheet);
  // Every output is checked before the first is written: a failing split leaves no half a folder.
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new InputError(located(outDir, "outIsFile"));
  const names = fileNames(targets.map((t) => t.name));
  for (const name of names) checkOutput(join(outDir, name), [input], options.force);
  const round = splitRound(
    targets.map((t) => t.sheet),
    names,
    todayIso()
  );
  const made = !existsSync(outDir);
  mkdirSync(outDir, { recursive: true });
  const written: SplitFile[] = [];
  try {
    await writeEach();
  } catch (error) {
    for (const f of written) rmSync(f.file, { force: true });
    if (made) rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  return written;

  async function writeEach(): Promise<void> {
    const saved = savedValues(workbook);
    for (const [i, { sheet }] of targets.entries()) {
      const out = new ExcelJS.Workbook();
      const ownSource = workbook.getWorksheet(sheet.name)!;
      const own = copyWorksheet(ownSource, out, sheet.name);
      // The sheets split adds never take a name the file has already (a user's sheet may be named
      // like one of them): each gets the next free name.
      const free = (wanted: string) =>
        uniqueSheetName(
          wanted,
          out.worksheets.map((w) => w.name)
        );
      // Parents in other sheets, grouped by the sheet that holds them.
      const parents = new Map<OkrSheet, Objective[]>();
      for (const o of sheet.objectives) {
        const parent = o.parent ? byId.get(o.parent) : undefined;
        if (!parent || parent.sheet === sheet) continue;
        const list = parents.get(parent.sheet) ?? [];
        if (!list.includes(parent.objective)) list.push(parent.objective);
        parents.set(parent.sheet, list);
      }
      let uncomputed = 0;
      for (const [source, objectives] of parents) {
        const name = free(cutText(`${ALIGNED_TO[options.lang]} - ${source.name}`, SHEET_NAME_MAX));
        uncomputed += await referenceSheet(
          workbook.getWorksheet(source.name)!,
          source,
          objectiveRows(objectives),
          out,
          name
        );
      }
      let history = 0;
      if (historyWs) {
        const copied = historyCopy(historyWs, out, sheet.name, free(historyWs.name));
        history = copied.rows;
        uncomputed += copied.uncomputed;
      }
      const krIds = new Set(sheet.objectives.flatMap((o) => o.keyResults.map((k) => k.id)));
      krIds.delete("");
      const actions = actionsWs ? actionsCopy(actionsWs, out, krIds, free(actionsWs.name)) : 0;
      // The sheet itself stays live, but for cells that read a sheet this file does not have.
      const here = new Set(out.worksheets.map((w) => w.name));
      uncomputed += freezeFormulas(own, ownSource, (f) =>
        [...referencedSheets(f)].some((n) => !here.has(n))
      );
      // Collect finds it by its first row, whatever its name.
      const hidden = out.addWorksheet(free(FINGERPRINT_SHEET));
      for (const row of fingerprintRows(fingerprintOf(sheet))) hidden.addRow(row);
      // Every file of the round, so the master learns at Collect what is still out (okr chase).
      for (const row of roundRows(round)) hidden.addRow(row);
      hidden.state = "veryHidden";
      const file = join(outDir, names[i]);
      await writeWorkbook(out, file);
      written.push({
        file,
        sheet: sheet.name,
        krs: sheet.objectives.reduce((n, o) => n + o.keyResults.length, 0),
        parents: [...parents.values()].reduce((n, l) => n + l.length, 0),
        history,
        actions,
        uncomputed: saved ? 0 : uncomputed,
      });
    }
  }
}

/** What split wrote, one line per file, and where values the master did not carry were left empty. */
export function splitText(files: readonly SplitFile[], lang: Lang): string {
  return files
    .map(
      (f) =>
        `${f.file}: sheet "${f.sheet}", ${f.krs} key results, ${f.parents} parent objective(s), ${f.history} check-in row(s), ${f.actions} action(s)\n` +
        (f.uncomputed
          ? `${f.file}: ${format(UNCOMPUTED[lang], { n: String(f.uncomputed) })}\n`
          : "")
    )
    .join("");
}
