// okr split: one workbook per OKR sheet (or per owner's Individual sheet) to send out, each with
// the parent objectives it aligns to (a read-only reference sheet, so alignment still works
// locally), its check-in history rows, and a very hidden fingerprint of what was sent.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fileNames } from "../domain/collect/fileNames";
import { FINGERPRINT_SHEET, fingerprintOf, fingerprintRows } from "../domain/collect/fingerprint";
import { ALIGNED_TO } from "../domain/collect/words";
import { HISTORY_COL, isHistorySheet } from "../domain/ownSheets";
import type { OkrSheet } from "../domain/sheet";
import type { Lang, Objective } from "../domain/types";
import { InputError, workbookSheets, worksheetRows } from "./input";
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
}

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/** The objective rows (with their key results' rows) of the given objectives. */
function objectiveRows(objectives: readonly Objective[]): Set<number> {
  return new Set(objectives.flatMap((o) => [o.row, ...o.keyResults.map((k) => k.row)]));
}

/** Copies a sheet keeping only its header block and the given rows; protected (read-only). */
async function referenceSheet(
  from: ExcelJS.Worksheet,
  source: OkrSheet,
  keep: ReadonlySet<number>,
  to: ExcelJS.Workbook,
  name: string
): Promise<void> {
  const ws = copyWorksheet(from, to, name);
  for (let r = ws.rowCount; r > source.headerRow; r--) if (!keep.has(r)) ws.spliceRows(r, 1);
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
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
        ? `${input}: no Individual sheet (Scope: Individual) to split by owner. Use --by sheet, or set the sheets' Scope.`
        : `${input}: no OKR sheet to split. Add a header row naming ID, Level, Statement, Owner.`
    );
  const byId = new Map<string, { sheet: OkrSheet; objective: Objective }>();
  for (const sheet of okr)
    for (const o of sheet.objectives) if (o.id) byId.set(o.id, { sheet, objective: o });
  const historyWs = workbook.worksheets.find((ws) => isHistorySheet(worksheetRows(ws).slice(0, 1)));
  mkdirSync(outDir, { recursive: true });
  const names = fileNames(targets.map((t) => t.name));
  const written: SplitFile[] = [];
  for (const [i, { sheet }] of targets.entries()) {
    const out = new ExcelJS.Workbook();
    copyWorksheet(workbook.getWorksheet(sheet.name)!, out, sheet.name);
    // Parents in other sheets, grouped by the sheet that holds them.
    const parents = new Map<OkrSheet, Objective[]>();
    for (const o of sheet.objectives) {
      const parent = o.parent ? byId.get(o.parent) : undefined;
      if (!parent || parent.sheet === sheet) continue;
      const list = parents.get(parent.sheet) ?? [];
      if (!list.includes(parent.objective)) list.push(parent.objective);
      parents.set(parent.sheet, list);
    }
    for (const [source, objectives] of parents) {
      const name = `${ALIGNED_TO[options.lang]} - ${source.name}`.slice(0, SHEET_NAME_MAX);
      await referenceSheet(
        workbook.getWorksheet(source.name)!,
        source,
        objectiveRows(objectives),
        out,
        name
      );
    }
    let history = 0;
    if (historyWs) {
      const ws = out.addWorksheet(historyWs.name);
      historyWs.eachRow((row, r) => {
        if (r > 1 && row.getCell(HISTORY_COL.sheet + 1).value !== sheet.name) return;
        ws.addRow(row.values as ExcelJS.CellValue[]);
        if (r > 1) history++;
      });
    }
    const hidden = out.addWorksheet(FINGERPRINT_SHEET);
    for (const row of fingerprintRows(fingerprintOf(sheet))) hidden.addRow(row);
    hidden.state = "veryHidden";
    const file = join(outDir, names[i]);
    checkOutput(file, [input], options.force);
    await writeWorkbook(out, file);
    written.push({
      file,
      sheet: sheet.name,
      krs: sheet.objectives.reduce((n, o) => n + o.keyResults.length, 0),
      parents: [...parents.values()].reduce((n, l) => n + l.length, 0),
      history,
    });
  }
  return written;
}

/** What split wrote, one line per file. */
export function splitText(files: readonly SplitFile[]): string {
  return files
    .map(
      (f) =>
        `${f.file}: sheet "${f.sheet}", ${f.krs} key results, ${f.parents} parent objective(s), ${f.history} check-in row(s)\n`
    )
    .join("");
}
