// okr collect: brings the sheets departments return (files okr split wrote) back into the master
// through Collect's operation (src/operations/collect.ts, the pane's too): the files read one at a
// time, everything validated into one report first; each usable sheet replaces its own sheet in the
// master only, check-in history and actions are merged, what came back is recorded, and the result
// is scored like okr score (Summary and formula columns).
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import type ExcelJS from "exceljs";
import { findingText, isError, type CollectFinding } from "../domain/collect/findings";
import { format } from "../domain/reading/i18n";
import { readSheet, type SheetInput } from "../domain/reading/sheet";
import type { IsoDate, Lang } from "../domain/types";
import {
  applyCollect,
  NoMasterError,
  previewCollect,
  type Collected,
  type ReturnedWorkbook,
} from "../operations/collect";
import type { Aside } from "./checkAside";
import { fileHost, type FileSource } from "./fileHost";
import { EXIT_FINDINGS, EXIT_OK, type ExitCode } from "./exitCodes";
import { heldOf } from "./heldSheets";
import { InputError, loadWorkbook, loadWorkbookHolding, worksheetRows } from "./input";
import { located, problem } from "./readProblems";

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

/**
 * The returned files read into sheets of rows for Collect (operations/collect.ts), one at a time
 * and each let go once read: the sheets' sources open the file again when their cells are copied.
 * The last file read is kept for its first opening instead (one file, the usual case, is then
 * loaded once: at 100,000 rows a load took a fifth of okr collect's time), so still only one
 * returned file is held at a time. Sheets of at least `holdRows` rows are held (heldSheets.ts):
 * read without ExcelJS's cells, copied as they are held; an opening after the first loads the
 * file whole.
 */
export async function readReturned(
  files: readonly string[],
  holdRows = HOLD_ROWS,
  aside?: Pick<Aside, "take">
): Promise<ReturnedWorkbook[]> {
  const read: ReturnedWorkbook[] = [];
  // Each file's workbook as read, until its first opening or until the next file is read.
  let last: { workbook: ExcelJS.Workbook | null } | null = null;
  for (const file of files) {
    if (last) last.workbook = null;
    let wb: ExcelJS.Workbook;
    try {
      wb = await loadWorkbookHolding(file, { holdRows, copy: true, checked: aside?.take(file) });
    } catch (error) {
      read.push({ file, reason: (error as Error).message.replace(`${file}: `, "") });
      continue;
    }
    const held: { workbook: ExcelJS.Workbook | null } = { workbook: wb };
    last = held;
    const open = async () => {
      const kept = held.workbook;
      held.workbook = null;
      return kept ?? loadWorkbook(file);
    };
    read.push({
      file,
      sheets: wb.worksheets.map((ws) => ({
        name: ws.name,
        rows: heldOf(ws)?.rows ?? worksheetRows(ws),
        source: { kind: "file", file, sheet: ws.name, open } satisfies FileSource,
      })),
    });
  }
  // Held by the last file's sources only: a file not used is let go with them.
  last = null;
  return read;
}

export interface CollectResult {
  findings: CollectFinding[];
  /** The files used, with the sheet each replaced. */
  used: { file: string; sheet: string }[];
}

/** OKR sheets of the master at least this many rows long are parked (parkLongSheets). */
const PARK_ROWS = 10_000;

/**
 * Sheets at least this many rows long are held (heldSheets.ts): the master's (loaded with
 * loadWorkbookHolding) and the returned files'.
 */
export const HOLD_ROWS = 10_000;

/**
 * Lets go of the cells ExcelJS holds for the master's long OKR sheets, once read into rows: a
 * sheet a returned file replaces is removed whole, its cells never used again, and holding them
 * while the returned file is loaded held two 100,000-row sheets at once. Returns their names; a
 * parked sheet no returned file replaces means the master must be loaded again.
 */
function parkLongSheets(
  master: ExcelJS.Workbook,
  sheets: readonly SheetInput[],
  rows: number
): string[] {
  const parked = sheets
    .filter((s) => s.sheet.match && s.rows.length >= rows)
    .map((s) => s.sheet.name);
  for (const name of parked)
    // ExcelJS's rows (not in its typings): the sheet stays, with its name, place and settings.
    (master.getWorksheet(name) as unknown as { _rows: unknown[] })._rows = [];
  return parked;
}

/**
 * Lets go of what was read of the master's sheets a returned sheet replaces, once the preview has
 * compared them: the apply reads only their names (the returned rows are scored instead), and at
 * 100,000 rows their rows and what the domain read of them were ~100 MB held through the scoring.
 */
function letGoOfReplaced(
  master: ExcelJS.Workbook,
  sheets: SheetInput[],
  replaced: ReadonlySet<string>
): void {
  sheets.forEach((s, i) => {
    if (!replaced.has(s.sheet.name)) return;
    sheets[i] = { sheet: readSheet(s.sheet.name, []), rows: [] };
    const ws = master.getWorksheet(s.sheet.name);
    const held = ws && heldOf(ws);
    if (held) held.rows = [];
  });
}

/**
 * Validates the returned files and brings them into the master, scored as of `asOf`; what the
 * pane's Collect does, through the file host. Returns the workbook to write: the master given,
 * changed, or (when a long sheet was parked and no file replaces it) the master loaded again by
 * `reload` and changed, so that sheet is written whole.
 */
export async function collectFiles(
  master: ExcelJS.Workbook,
  files: readonly string[],
  o: {
    strict: boolean;
    lang: Lang;
    today: IsoDate;
    asOf?: IsoDate;
    /** The master as it is on disk, loaded again; without it no sheet is parked. */
    reload?: () => Promise<ExcelJS.Workbook>;
    /** How long an OKR sheet is to be parked while the returned files are read (PARK_ROWS). */
    parkRows?: number;
    /** The master's file, named where a write is refused. */
    file?: string;
    /** How long a returned file's sheet is to be held (HOLD_ROWS). */
    holdRows?: number;
    /** The returned files checked aside while the master loaded (checkAside.ts). */
    aside?: Pick<Aside, "take">;
  }
): Promise<Collected & CollectResult & { workbook: ExcelJS.Workbook }> {
  const read = { scope: "team" } as const;
  // The master's sheets are read once, for the preview and again for the apply: nothing changes
  // the workbook in between (every cell of a 100,000-row master read twice took seconds).
  const { sheets } = await fileHost(master, { read }).read();
  const parked = o.reload ? parkLongSheets(master, sheets, o.parkRows ?? PARK_ROWS) : [];
  // The master's held sheets have no cells to write: like parked ones, replaced or loaded again.
  parked.push(...master.worksheets.filter((ws) => heldOf(ws)).map((ws) => ws.name));
  let preview;
  try {
    const returned = await readReturned(files, o.holdRows, o.aside);
    preview = await previewCollect(fileHost(master, { read, sheets }), returned, {
      strict: o.strict,
    });
  } catch (error) {
    if (error instanceof NoMasterError) throw new InputError(problem("masterNoSheet"));
    throw error;
  }
  const replaced = new Set(preview.incoming.map((i) => i.sheet));
  letGoOfReplaced(master, sheets, replaced);
  let workbook = master;
  if (parked.some((name) => !replaced.has(name))) {
    if (!o.reload) throw new Error("A master with held sheets is collected into with its reload");
    workbook = await o.reload();
  }
  const collected = await applyCollect(
    fileHost(workbook, { read, sheets, file: o.file }),
    preview,
    o
  );
  return { ...collected, findings: preview.findings, used: preview.used, workbook };
}

/** EXIT_FINDINGS when anything was found (a replaced check-in row is only said), else EXIT_OK. */
export function collectStatus(result: CollectResult): ExitCode {
  return result.findings.some((f) => f.kind !== "history-replaced") ? EXIT_FINDINGS : EXIT_OK;
}

/** The last line of the report: how many sheets, into which file, which ones. */
const COLLECTED: Record<Lang, string> = {
  en: "{count} sheet(s) collected into {out}: {sheets}",
  "zh-CN": "已收回 {count} 个工作表到 {out}：{sheets}",
  "zh-TW": "已收回 {count} 個工作表到 {out}：{sheets}",
};
const NONE: Record<Lang, string> = { en: "none", "zh-CN": "无", "zh-TW": "無" };

/** The report a person reads. */
export function collectText(result: CollectResult, lang: Lang, out: string): string {
  const lines = result.findings.map((f) => findingText(f, lang));
  const sheets = result.used.map((u) => u.sheet).join(lang === "en" ? ", " : "、");
  lines.push(
    format(COLLECTED[lang], {
      count: String(result.used.length),
      out,
      sheets: sheets || NONE[lang],
    })
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
