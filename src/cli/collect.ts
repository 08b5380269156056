// okr collect: brings the sheets departments return (files okr split wrote) back into the master,
// one file at a time so memory does not grow with the number of files. Everything is validated
// into one report first; each usable sheet replaces its own sheet in the master only, check-in
// history rows are merged, and the result is scored like okr score (Summary and formula columns).
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import type ExcelJS from "exceljs";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { actionsNotCollected, departmentKrIds, placeActions } from "../domain/collect/actions";
import { fingerprintIn, isFingerprintSheet } from "../domain/collect/fingerprint";
import { roundFromRows, type SentRound } from "../domain/chase/sentRecord";
import { findingText, isError, type CollectFinding } from "../domain/collect/findings";
import { placeHistory } from "../domain/collect/history";
import { CollectValidation } from "../domain/collect/validate";
import { isHistorySheet } from "../domain/reading/ownSheets";
import { readSheet } from "../domain/reading/sheet";
import type { Lang } from "../domain/types";
import { InputError, loadWorkbook, workbookSheets, worksheetRows } from "./input";
import { located, problem } from "./readProblems";
import { ownSheet } from "./worksheetCells";
import { copyWorksheet } from "./xlsxHost";

export interface CollectResult {
  findings: CollectFinding[];
  /** The files used, with the sheet each replaced. */
  used: { file: string; sheet: string }[];
  /** The rounds the used files were sent in (files split before rounds were kept carry none). */
  rounds: { sheet: string; round: SentRound }[];
}

/** Excel's lock file beside an open workbook ("~$Sales.xlsx"): never a returned file. */
const isLockFile = (file: string) => basename(file).startsWith("~$");

/**
 * The returned files: each argument as given, the .xlsx files in a folder, or the files a glob
 * matches (tinyglobby: "returned/*.xlsx", quoted so the shell leaves it; "**" for subfolders).
 * Each folder or glob is sorted, so runs repeat; a file named twice is used once. A folder or glob
 * with no file in it is an InputError: it is most likely a typo, and collecting nothing is not
 * what was asked.
 */
export function expandInputs(args: readonly string[]): string[] {
  const files = args.flatMap((arg) => {
    let folder = false;
    try {
      folder = statSync(arg).isDirectory();
    } catch {
      // missing: a glob, or reported as unreadable with the others
    }
    if (!folder && (existsSync(arg) || !isDynamicPattern(arg))) return [arg];
    const found = folder
      ? readdirSync(arg)
          .filter((name) => /\.xlsx$/i.test(name))
          .map((name) => join(arg, name))
      : globSync(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) });
    const matched = found.filter((file) => !isLockFile(file)).sort();
    if (matched.length === 0)
      throw new InputError(folder ? located(arg, "folderNoXlsx") : located(arg, "patternNoFile"));
    return matched;
  });
  return [...new Set(files)];
}

/** Row `from` of one sheet over row `to` of another (1-based), values and styles; null empties it. */
function putRow(to: ExcelJS.Worksheet, at: number, from: ExcelJS.Worksheet | null, row: number) {
  const source = from?.getRow(row);
  const width = Math.max(to.getRow(at).cellCount, source?.cellCount ?? 0);
  for (let c = 1; c <= width; c++) {
    const cell = to.getCell(at, c);
    cell.value = source ? source.getCell(c).value : null;
    if (source) cell.style = JSON.parse(JSON.stringify(source.getCell(c).style ?? {}));
  }
}

/**
 * The department's actions (under `krIds`) in place of the master's under the same key results,
 * the master's rows kept where they are (placeActions); returns the placement for the report.
 */
function mergeActionsSheet(
  master: ExcelJS.Workbook,
  returned: ExcelJS.Workbook,
  krIds: ReadonlySet<string>
) {
  const from = ownSheet(returned, isActionsSheet);
  if (!from) return null;
  const back = worksheetRows(from);
  let to = ownSheet(master, isActionsSheet);
  if (!to) {
    // A sheet of the master's own under that name is never replaced: the actions stay out, said.
    if (master.getWorksheet(from.name)) return placeActions([], back, new Set());
    to = copyWorksheet(from, master, from.name);
    for (let r = 2; r <= back.length; r++) putRow(to, r, null, r);
  }
  const rows = worksheetRows(to);
  const placement = placeActions(rows, back, krIds);
  for (const [row, at] of placement.replace) putRow(to, at + 1, from, row + 1);
  for (const at of placement.clear) putRow(to, at + 1, null, at + 1);
  placement.append.forEach((row, i) => putRow(to, rows.length + i + 1, from, row + 1));
  return placement;
}

/**
 * Brings the returned history rows of a sheet into the master's history as the pane does
 * (placeHistory): a returned row for the same key result and date takes the master row's place,
 * the others go after the last row. Returns how many gave way.
 */
function mergeHistorySheet(
  master: ExcelJS.Workbook,
  returned: ExcelJS.Workbook,
  sheet: string
): number {
  const from = ownSheet(returned, isHistorySheet);
  if (!from) return 0;
  const back = worksheetRows(from);
  let to = ownSheet(master, isHistorySheet);
  if (!to) {
    to = master.addWorksheet(from.name);
    putRow(to, 1, from, 1);
  }
  const rows = worksheetRows(to);
  const { replace, append } = placeHistory(rows, back, sheet);
  for (const [row, at] of replace) putRow(to, at + 1, from, row + 1);
  append.forEach((row, i) => putRow(to, rows.length + i + 1, from, row + 1));
  return replace.length;
}

/** Replaces the master's sheet with the returned one, in the same place among the sheets. */
function replaceSheet(master: ExcelJS.Workbook, returned: ExcelJS.Worksheet, name: string): void {
  // ExcelJS orders sheets by orderNo, which its typings leave out.
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  const old = master.getWorksheet(name) as Ordered;
  const order = old.orderNo;
  master.removeWorksheet(old.id);
  (copyWorksheet(returned, master, name) as Ordered).orderNo = order;
}

/** Validates and merges the returned files into the master workbook (changed in place). */
export async function collectFiles(
  master: ExcelJS.Workbook,
  files: readonly string[],
  options: { strict: boolean }
): Promise<CollectResult> {
  const masterSheets = workbookSheets(master, {})
    .filter((r) => r.sheet.match)
    .map((r) => r.sheet);
  if (masterSheets.length === 0) throw new InputError(problem("masterNoSheet"));
  const validation = new CollectValidation(masterSheets, options.strict);
  const rounds: CollectResult["rounds"] = [];
  for (const file of files) {
    let wb: ExcelJS.Workbook;
    try {
      wb = await loadWorkbook(file);
    } catch (error) {
      validation.unreadable(file, (error as Error).message.replace(`${file}: `, ""));
      continue;
    }
    // Found by its first row, as the pane finds it (fingerprintIn), whatever its name.
    const hidden = ownSheet(wb, isFingerprintSheet);
    const sent = hidden ? fingerprintIn([{ rows: worksheetRows(hidden) }]) : null;
    const ws = sent ? wb.getWorksheet(sent.sheet) : undefined;
    const returned = ws ? readSheet(ws.name, worksheetRows(ws), {}) : null;
    if (!validation.check({ file, sent, returned }) || !ws) continue;
    const round = roundFromRows(worksheetRows(hidden!));
    if (round) rounds.push({ sheet: ws.name, round });
    const krIds = departmentKrIds(sent!, returned!);
    replaceSheet(master, ws, ws.name);
    const actions = mergeActionsSheet(master, wb, krIds);
    if (actions)
      for (const f of actionsNotCollected(file, ws.name, actions)) validation.findings.push(f);
    const replaced = mergeHistorySheet(master, wb, ws.name);
    if (replaced)
      validation.findings.push({
        kind: "history-replaced",
        file,
        sheet: ws.name,
        detail: String(replaced),
      });
  }
  return { findings: validation.finish(), used: validation.used, rounds };
}

/** Exit status: 0 clean, 1 when anything was found (a replaced check-in row is only said). */
export function collectStatus(result: CollectResult): number {
  return result.findings.some((f) => f.kind !== "history-replaced") ? 1 : 0;
}

/** The report a person reads. */
export function collectText(result: CollectResult, lang: Lang, out: string | null): string {
  const lines = result.findings.map((f) => findingText(f, lang));
  lines.push(
    `${result.used.length} sheet(s) collected${out ? ` into ${out}` : ""}: ${result.used.map((u) => u.sheet).join(", ") || "none"}`
  );
  return `${lines.join("\n")}\n`;
}

/** The `--format json` report: the same findings, each with its text. */
export function collectJson(
  result: CollectResult,
  lang: Lang,
  strict: boolean,
  out: string | null
) {
  return {
    out,
    used: result.used,
    findings: result.findings.map((f) => ({
      ...f,
      error: isError(f, strict),
      text: findingText(f, lang),
    })),
  };
}
