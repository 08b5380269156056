// okr collect: brings the sheets departments return (files okr split wrote) back into the master,
// one file at a time so memory does not grow with the number of files. Everything is validated
// into one report first; each usable sheet replaces its own sheet in the master only, check-in
// history rows are merged, and the result is scored like okr score (Summary and formula columns).
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import type ExcelJS from "exceljs";
import { FINGERPRINT_SHEET, fingerprintFromRows } from "../domain/collect/fingerprint";
import {
  changesToSent,
  findingText,
  isError,
  type CollectFinding,
} from "../domain/collect/findings";
import { mergeHistory } from "../domain/collect/history";
import { idKey } from "../domain/ids";
import { refusedSheets } from "../domain/plan/scoreWorkbook";
import { isHistorySheet } from "../domain/ownSheets";
import { readSheet, type OkrSheet } from "../domain/sheet";
import type { Lang } from "../domain/types";
import { InputError, loadWorkbook, workbookSheets, worksheetRows } from "./input";
import { copyWorksheet } from "./xlsxHost";

export interface CollectResult {
  findings: CollectFinding[];
  /** The files used, with the sheet each replaced. */
  used: { file: string; sheet: string }[];
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
      throw new InputError(
        folder
          ? `${arg}: this folder has no .xlsx file. Give the folder the returned workbooks were saved in.`
          : `${arg}: matches no file. Check the pattern (e.g. "returned/*.xlsx", quoted so the shell does not expand it).`
      );
    return matched;
  });
  return [...new Set(files)];
}

function ids(sheet: OkrSheet): string[] {
  return sheet.objectives.flatMap((o) => [o.id, ...o.keyResults.map((k) => k.id)]).filter(Boolean);
}

function historySheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => isHistorySheet(worksheetRows(ws).slice(0, 1)));
}

/** Brings the returned history rows of a sheet into the master's history; returns how many gave way. */
function mergeHistorySheet(
  master: ExcelJS.Workbook,
  returned: ExcelJS.Workbook,
  sheet: string
): number {
  const from = historySheet(returned);
  if (!from) return 0;
  const back = worksheetRows(from);
  let to = historySheet(master);
  if (!to) {
    to = master.addWorksheet(from.name);
    to.addRow(back[0]);
  }
  const { drop, add } = mergeHistory(worksheetRows(to), back, sheet);
  for (const row of [...drop].sort((a, b) => b - a)) to.spliceRows(row + 1, 1);
  for (const row of add) to.addRow(back[row]);
  return drop.length;
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
  const findings: CollectFinding[] = [];
  const used: CollectResult["used"] = [];
  const masterSheets = new Map(
    workbookSheets(master, {})
      .filter((r) => r.sheet.match)
      .map((r) => [r.sheet.name, r.sheet])
  );
  if (masterSheets.size === 0)
    throw new InputError(
      "the master has no OKR sheet (a header row naming ID, Level, Statement, Owner). Give the workbook the files were split from."
    );
  const masterPeriods = [...masterSheets.values()].map((s) => s.header.period?.label ?? null);
  // Which sheet holds each ID now: returned sheets take over their own sheet's IDs.
  const owner = new Map<string, string>();
  for (const sheet of masterSheets.values())
    for (const id of ids(sheet)) owner.set(idKey(id), sheet.name);
  const returnedBy = new Map<string, string>();

  for (const file of files) {
    const found = (f: Omit<CollectFinding, "file">) => findings.push({ file, ...f });
    let wb: ExcelJS.Workbook;
    try {
      wb = await loadWorkbook(file);
    } catch (error) {
      found({ kind: "unreadable", detail: (error as Error).message.replace(`${file}: `, "") });
      continue;
    }
    const hidden = wb.getWorksheet(FINGERPRINT_SHEET);
    const sent = hidden ? fingerprintFromRows(worksheetRows(hidden)) : null;
    if (!sent) {
      found({ kind: "not-ours" });
      continue;
    }
    const inMaster = masterSheets.get(sent.sheet);
    const ws = wb.getWorksheet(sent.sheet);
    const returned = ws ? readSheet(sent.sheet, worksheetRows(ws), {}) : null;
    // The period first: a file of another quarter names a sheet the master does not have.
    const period = returned?.header.period?.label ?? sent.period;
    const expected = inMaster ? [inMaster.header.period?.label ?? period] : masterPeriods;
    if (!expected.includes(period)) {
      found({ kind: "other-period", sheet: sent.sheet, detail: period ?? "?" });
      continue;
    }
    if (!inMaster || !ws || !returned?.match) {
      found({ kind: "unknown-sheet", sheet: sent.sheet });
      continue;
    }
    // A sheet Score would refuse (a required column missing or unrecognised, nothing under the
    // header) is this file's finding: the master keeps its own copy of the sheet.
    const refused = refusedSheets([returned]);
    if (refused.length) {
      for (const r of refused) {
        const lint = r.findings.length ? r.findings : [undefined];
        for (const f of lint)
          found({ kind: "refused", sheet: sent.sheet, ...(f ? { lint: f } : {}) });
      }
      continue;
    }
    const earlier = returnedBy.get(sent.sheet);
    if (earlier) {
      found({ kind: "returned-twice", sheet: sent.sheet, detail: earlier });
      continue;
    }
    const changes = changesToSent(file, sent, returned);
    findings.push(...changes);
    if (changes.some((c) => isError(c, options.strict))) continue;
    for (const id of ids(returned)) {
      const holder = owner.get(idKey(id));
      if (holder && holder !== sent.sheet)
        found({ kind: "id-collision", sheet: sent.sheet, id, detail: holder });
    }
    for (const [key, sheet] of owner) if (sheet === sent.sheet) owner.delete(key);
    for (const id of ids(returned)) if (!owner.has(idKey(id))) owner.set(idKey(id), sent.sheet);
    replaceSheet(master, ws, sent.sheet);
    const replaced = mergeHistorySheet(master, wb, sent.sheet);
    if (replaced) found({ kind: "history-replaced", sheet: sent.sheet, detail: String(replaced) });
    masterSheets.set(sent.sheet, returned);
    returnedBy.set(sent.sheet, file);
    used.push({ file, sheet: sent.sheet });
  }

  // Parents are checked on the result: an objective may align to one another file brought in.
  const objectiveIds = new Set(
    [...masterSheets.values()].flatMap((s) => s.objectives.map((o) => idKey(o.id)))
  );
  for (const { file, sheet } of used)
    for (const o of masterSheets.get(sheet)!.objectives)
      if (o.parent && !objectiveIds.has(idKey(o.parent)))
        findings.push({ kind: "missing-parent", file, sheet, id: o.id, detail: o.parent });
  return { findings, used };
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
