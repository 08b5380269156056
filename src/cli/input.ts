// Reading the command line twin's input files into OKR sheets: .csv (UTF-8 with or without BOM,
// UTF-16 with or without BOM, GB18030 or Big5; comma, semicolon or tab separated; RFC 4180) and
// .xlsx (ExcelJS, hidden rows and sheets noted). Files that cannot be read say why, by name.
import type { LintSettings } from "../domain/rules/lint";
import { SETTINGS_SHEET, settingsFromRows } from "../domain/rules/settingsSheet";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseCsv } from "./csvText";
import { ENCODINGS, type Encoding } from "./options";
import ExcelJS from "exceljs";
import { findHeaderRow, normaliseHeader } from "../domain/reading/header";
import { idKey } from "../domain/reading/ids";
import { columnLetters } from "../domain/reading/cellRefs";
import type { SheetInput } from "../domain/plan/sheetLayout";
import { isActionsSheet } from "../domain/reading/actionsSheet";
import { hasHan, segmentZh } from "../domain/text/analyze";
import { streamWorkbook, type StreamedSheet } from "./xlsxStream";
import { heldOf, loadHolding } from "./heldSheets";
import { cellFormula, excelCell, formulaAtOf, worksheetRows } from "./worksheetCells";

export { excelCell, worksheetRows };
export { detectDelimiter } from "./csvText";
import { readSheet, type OkrSheet, type ReadOptions } from "../domain/reading/sheet";
import { reviewedSheets } from "../domain/reading/periodReviewSheet";
import { isReviewSheet } from "../domain/reading/ownSheets";
import { isHistorySheet } from "../domain/reading/historySheet";
import { cadenceFromRows } from "../domain/reading/cadence";
import type { CellValue } from "../domain/types";
import { InputError, located, problem, sizeText, warn } from "./readProblems";
import { inflateNode } from "./inflateNode";
import { LIMITS, checkXlsxPackage, packageWarning } from "./xlsxPackage";
import type { Checked } from "./checkAside";
// Before any workbook is loaded: a sheet's older password hash is kept (sheetProtection.ts).
import "./sheetProtection";

export { InputError };

/** Why the system could not read a file, in plain words. */
function cannotRead(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError(located(file, "missing"));
  if (code === "ELOOP") return new InputError(located(file, "loop"));
  if (code === "EACCES" || code === "EPERM") return new InputError(located(file, "denied"));
  if (code === "EISDIR")
    return new InputError(
      located(file, "directory", { example: `${file.replace(/\/$/, "")}/*.xlsx` })
    );
  return new InputError(located(file, "unreadable", { code: code ?? "?" }));
}

/**
 * A file's bytes; a missing, unreadable or too large file is an InputError naming it. The size is
 * checked before a byte is read (a multi-gigabyte file is refused, not loaded), and counted as it
 * is read: a device or a pipe (/dev/zero named .csv) has no size on disk and may never end.
 */
export function readBytes(file: string): Buffer {
  let size: number;
  let fd: number;
  try {
    size = statSync(file).size;
    fd = openSync(file, "r");
  } catch (error) {
    throw cannotRead(file, error);
  }
  if (size > LIMITS.fileBytes) {
    closeSync(fd);
    throw new InputError(
      located(file, "tooBig", { size: sizeText(size), limit: sizeText(LIMITS.fileBytes) })
    );
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(1024 ** 2, Math.min(size + 1, 16 * 1024 ** 2)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > LIMITS.fileBytes)
        throw new InputError(located(file, "streamTooBig", { limit: sizeText(LIMITS.fileBytes) }));
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(file, error);
  } finally {
    closeSync(fd);
  }
}

/** Legacy Chinese encodings Excel saves "CSV (Comma delimited)" in, tried when a file is not UTF-8. */
const LEGACY_CHINESE: readonly Encoding[] = ["gb18030", "big5"];

function decode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte-order mark: Latin text in it has a zero in every other byte (the high byte
 * of each code unit), which UTF-8 and the Chinese encodings never have.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * The texts a CSV's bytes may be, most likely first: the encoding asked for; the one a byte-order
 * mark names; UTF-16 without a mark; UTF-8; else GB18030 and Big5 (the caller keeps the one whose
 * header row it recognises).
 */
export function csvTexts(bytes: Buffer, file: string, encoding?: Encoding): string[] {
  const body = (skip: number) => bytes.subarray(skip);
  if (encoding) {
    const bom = encoding === "utf-8" ? 3 : encoding.startsWith("utf-16") ? 2 : 0;
    const marked =
      (bom === 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
      (bom === 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
    const text = decode(body(marked ? bom : 0), encoding);
    if (text === null) throw new InputError(located(file, "wrongEncoding", { encoding }));
    return [text];
  }
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  )
    throw new InputError(located(file, "utf32"));
  for (const [le, name] of [
    [true, "utf-16le"],
    [false, "utf-16be"],
  ] as const) {
    if (bytes[0] !== (le ? 0xff : 0xfe) || bytes[1] !== (le ? 0xfe : 0xff)) continue;
    // A CSV's separators and line ends are ASCII: in UTF-16 each has a zero byte beside it.
    const head = bytes.subarray(2, 4098);
    if ((bytes.length - 2) % 2 === 1 || (head.length >= 8 && !head.includes(0)))
      throw new InputError(
        located(file, "bomMismatch", { bom: le ? "UTF-16 LE" : "UTF-16 BE", offset: 3 })
      );
    return [new TextDecoder(name).decode(body(2))];
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return [new TextDecoder(utf16).decode(bytes)];
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf8 = decode(body(start), "utf-8");
  if (utf8 !== null) return [utf8];
  if (start === 3)
    throw new InputError(
      located(file, "bomMismatch", { bom: "UTF-8", offset: firstNonUtf8(bytes, 3) + 1 })
    );
  const legacy = LEGACY_CHINESE.map((e) => decode(bytes, e)).filter((t): t is string => t !== null);
  if (legacy.length === 0) throw new InputError(located(file, "unknownEncoding"));
  return legacy;
}

/** The offset of the first byte that does not continue valid UTF-8 (from `from`). */
function firstNonUtf8(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
    i += n;
  }
  return bytes.length;
}

/**
 * How much a text reads as Chinese: the share of its Han characters that Intl.Segmenter joins into
 * words. Big5 bytes read as GB18030 (or the reverse) give valid but unrelated characters, which the
 * segmenter leaves one by one.
 */
function chineseWordShare(text: string): number {
  let han = 0;
  let inWords = 0;
  for (const word of segmentZh(text.slice(0, 4000))) {
    if (!hasHan(word)) continue;
    han += word.length;
    if (word.length > 1) inWords += word.length;
  }
  return han === 0 ? 0 : inWords / han;
}

/**
 * A CSV as sheet rows. When the encoding is a guess between GB18030 and Big5, the reading with an
 * OKR header row whose Chinese reads as words wins; with none, the message says what to do.
 */
export function csvRows(bytes: Buffer, file: string, encoding?: Encoding): CellValue[][] {
  const texts = csvTexts(bytes, file, encoding);
  if (texts.length === 1) return parseCsv(texts[0], file);
  const readings = texts
    .map((text) => ({ rows: parseCsv(text, file), share: chineseWordShare(text) }))
    .filter((r) => findHeaderRow(r.rows))
    .sort((a, b) => b.share - a.share);
  if (readings.length > 0) return readings[0].rows;
  throw new InputError(located(file, "legacyNoHeader", { encodings: ENCODINGS.join(", ") }));
}

/**
 * The lines of a CSV keyed by ID in its first column (check-in values, closing scores): each with
 * its 1-based line number; a header line (ID, 编号, 編號) and lines without an ID are left out.
 */
export function csvIdLines(file: string): { line: number; id: string; row: CellValue[] }[] {
  const out: { line: number; id: string; row: CellValue[] }[] = [];
  const firstLine = new Map<string, number>();
  csvRows(readBytes(file), file).forEach((row, i) => {
    const id = String(row[0] ?? "").trim();
    if (!id) return;
    if (i === 0 && ["id", "编号", "編號"].includes(normaliseHeader(id))) return;
    // The same ID twice: which line counts is not clear (the last one won silently).
    const first = firstLine.get(idKey(id));
    if (first !== undefined)
      throw new InputError(located(file, "duplicateId", { line: i + 1, id, first }));
    firstLine.set(idKey(id), i + 1);
    out.push({ line: i + 1, id, row });
  });
  return out;
}

/** Refuses a sheet whose header row names a column twice: which one is read would be a guess. */
function checkHeaderOnce(file: string, sheet: OkrSheet, rows: readonly (readonly CellValue[])[]) {
  const twice = sheet.match?.duplicates[0];
  if (!sheet.match || !twice) return;
  const row = sheet.headerRow;
  const header = rows[row - 1] ?? [];
  const first = sheet.match.columns[twice.key] ?? 0;
  throw new InputError(
    located(file, "duplicateHeader", {
      sheet: sheet.name,
      row,
      header: String(header[twice.index] ?? ""),
      first: `${columnLetters(first)}${row}`,
      second: `${columnLetters(twice.index)}${row}`,
    })
  );
}

/** The signature of a Compound File (OLE2): an old .xls, or an .xlsx encrypted with a password. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx keeps the zip in this stream of the compound file (MS-OFFCRYPTO 2.3.4). */
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

/** Why bytes that should be an .xlsx are not a zip ExcelJS can open, or null when they may be. */
export function notXlsx(bytes: Buffer, file: string): InputError | null {
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    return bytes.includes(ENCRYPTED_STREAM)
      ? new InputError(located(file, "passwordProtected"))
      : new InputError(located(file, "oldXls"));
  }
  return null;
}

/**
 * An .xlsx's bytes, looked at before anything is parsed: what is not a workbook, is damaged or
 * passes the limits is refused by name (xlsxPackage.ts). A file `checked` aside (checkAside.ts) is
 * what that check read and said.
 */
async function xlsxBytes(file: string, checked?: Checked): Promise<Buffer> {
  const aside = await checked;
  if (aside) {
    const warning = packageWarning(aside.notes, file);
    if (warning) warn(warning);
    return aside.bytes;
  }
  const bytes = readBytes(file);
  const wrong = notXlsx(bytes, file);
  if (wrong) throw wrong;
  const warning = packageWarning(await checkXlsxPackage(bytes, file, inflateNode), file);
  if (warning) warn(warning);
  return bytes;
}

/** What a parser's failure means for the user: the .xlsx is damaged, located where the parser says. */
function damaged(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const at = /^(\d+):(\d+):/.exec((error as Error).message ?? "");
  return new InputError(
    located(file, "damaged", {
      what: at ? problem("xmlBroken", { line: at[1], column: at[2] }) : problem("unreadableXlsx"),
    })
  );
}

/** Loads an .xlsx workbook; an unreadable file is an InputError naming it. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadBytes(file, await xlsxBytes(file));
}

async function loadBytes(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw damaged(file, error);
  }
  forgetUnreadableDates(workbook);
  return workbook;
}

/**
 * Loads an .xlsx workbook as loadWorkbook does, with its sheets of at least `holdRows` rows held
 * (heldSheets.ts: their rows read without ExcelJS's cells; with `copy`, their cells kept to be
 * copied). A file with no such sheet, or one the held reading does not cover, is loaded whole.
 * With `checked`, its bytes and check are those checkAside.ts made.
 */
export async function loadWorkbookHolding(
  file: string,
  o: { holdRows: number; copy: boolean; checked?: Checked }
): Promise<ExcelJS.Workbook> {
  const bytes = await xlsxBytes(file, o.checked);
  const holding = await loadHolding(bytes, o.holdRows, o.copy);
  if (!holding) return loadBytes(file, bytes);
  forgetUnreadableDates(holding);
  return holding;
}

/**
 * The file's own dates (docProps/core.xml: created, modified, last printed) that do not read, left
 * out (ExcelJS writes the time of writing in their place): they say nothing of the OKRs, and
 * ExcelJS would stop writing the output at them ("Invalid time value"), so one damaged date kept
 * every command that writes a workbook from working.
 */
function forgetUnreadableDates(workbook: ExcelJS.Workbook): void {
  for (const key of ["created", "modified", "lastPrinted"] as const) {
    const date: unknown = workbook[key];
    if (date instanceof Date && Number.isNaN(date.getTime()))
      delete (workbook as Partial<ExcelJS.Workbook>)[key];
  }
}

/** The rows a worksheet hides, and whether it is hidden itself: checked all the same, and said. */
export function hiddenState(
  ws: ExcelJS.Worksheet
): Pick<ReadOptions, "hiddenRows" | "hiddenSheet"> {
  const hiddenRows = new Set<number>(heldOf(ws)?.hiddenRows);
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.hidden) hiddenRows.add(number);
  });
  return { hiddenRows, hiddenSheet: ws.state === "hidden" || ws.state === "veryHidden" };
}

export interface InputFile {
  file: string;
  /** The OKR sheets found in the file (sheets without an OKR header row are left out). */
  sheets: OkrSheet[];
  /** The cells behind each OKR sheet, in the same order (rows from sheet row 1). */
  rows: CellValue[][][];
  /** The workbook, for an .xlsx input. */
  workbook?: ExcelJS.Workbook;
  /** The thresholds the workbook carries in its settings sheet (saved by the add-in), if any. */
  settings?: LintSettings;
  /** Every worksheet of an .xlsx as read (OKR sheets or not), when the workbook was kept. */
  all?: { sheet: OkrSheet; rows: CellValue[][] }[];
  /** The workbook's Actions sheet, as read (check lints it with the OKR sheets). */
  actionsSheet?: SheetInput;
  /** The check-in history: the formulas Score writes count check-ins in it (CELL-FORMULA-OVERWRITTEN). */
  historySheet?: SheetInput;
  /** The sheets the workbook's Review lists: their periods are closed (reading/periodScope.ts). */
  reviewed?: Set<string>;
  /** Days between check-ins, from the workbook's settings sheet (reading/cadence.ts). */
  cadence?: number;
}

export interface InputOptions extends ReadOptions {
  /** Forces a CSV's encoding instead of detecting it. */
  encoding?: Encoding;
  /**
   * Only the OKR sheets are needed (check): an .xlsx is read row by row (xlsxStream.ts) and neither
   * the workbook nor the rows are kept, so 100,000 rows stay well under 1 GB.
   */
  sheetsOnly?: boolean;
  /**
   * Read the Current cells' formulas (linked key results); default true. Score leaves them out,
   * as Score in Excel does (it reads values only), so both Summaries count the same findings.
   */
  links?: boolean;
}

/** Every worksheet of a workbook read as a sheet, with the rows behind it. */
export function workbookSheets(
  workbook: ExcelJS.Workbook,
  options: ReadOptions,
  links = true
): { sheet: OkrSheet; rows: CellValue[][] }[] {
  return workbook.worksheets.map((ws) => {
    // A held sheet's formulas are not kept (okr collect, which reads no links, holds sheets).
    const rows = heldOf(ws)?.rows ?? worksheetRows(ws);
    const read = {
      ...options,
      ...hiddenState(ws),
      ...(links ? { formulaAt: formulaAtOf(ws) } : {}),
    };
    return { sheet: readSheet(ws.name, rows, read), rows };
  });
}

/** An .xlsx read row by row into sheets (check), refusing what is not one by name. */
async function streamSheets(
  file: string,
  options: ReadOptions
): Promise<{ sheet: OkrSheet; rows: CellValue[][] }[]> {
  const bytes = await xlsxBytes(file);
  let streamed: StreamedSheet[];
  try {
    streamed = await streamWorkbook(bytes, excelCell, cellFormula);
  } catch (error) {
    throw damaged(file, error);
  }
  return streamed.map(({ name, rows, hiddenRows, hiddenSheet, formulas }) => {
    const sheet = readSheet(name, rows, {
      ...options,
      hiddenRows,
      hiddenSheet,
      formulaAt: (row, col) => formulas.get(`${row}:${col}`) ?? null,
    });
    checkHeaderOnce(file, sheet, rows);
    return {
      sheet,
      // Only the settings sheet's rows (its thresholds), the Actions sheet's and the Review's (which
      // periods are closed) are checked with.
      // A scored sheet's rows too: Check compares its formulas with the ones Score would write.
      rows:
        name === SETTINGS_SHEET ||
        isActionsSheet(rows) ||
        isReviewSheet(rows) ||
        isHistorySheet(rows) ||
        Object.values(sheet.formulaRows ?? {}).some((r) => r.size > 0)
          ? rows
          : [],
    };
  });
}

/** Refuses what is not a file of a known type, by name, before anything is parsed. */
function checkPath(file: string): string {
  let isDirectory = false;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch {
    // missing: readBytes says so
  }
  if (isDirectory)
    throw new InputError(
      located(file, "directory", { example: `${file.replace(/\/$/, "")}/*.xlsx` })
    );
  const ext = extname(file).toLowerCase();
  if (ext === ".xls") throw new InputError(located(file, "oldXls"));
  if (ext !== ".csv" && ext !== ".xlsx" && ext !== ".txt") {
    throw new InputError(located(file, "unknownType", { ext: ext || "(none)" }));
  }
  return ext;
}

/** Reads one input file; an unusable file throws InputError with a message naming it. */
export async function readInput(file: string, options: InputOptions): Promise<InputFile> {
  const ext = checkPath(file);
  const { encoding, sheetsOnly, links = true, ...readOptions } = options;
  let read: { sheet: OkrSheet; rows: CellValue[][] }[];
  let workbook: ExcelJS.Workbook | undefined;
  if (ext === ".xlsx" && sheetsOnly) {
    read = await streamSheets(file, readOptions);
  } else if (ext === ".xlsx") {
    workbook = await loadWorkbook(file);
    read = workbookSheets(workbook, readOptions, links);
  } else {
    const rows = csvRows(readBytes(file), file, encoding);
    read = [{ sheet: readSheet(basename(file, extname(file)), rows, readOptions), rows }];
  }
  const okr = read.filter((r) => r.sheet.match);
  // Streamed sheets were checked as they were read (their rows are not kept).
  if (!(ext === ".xlsx" && sheetsOnly)) for (const r of okr) checkHeaderOnce(file, r.sheet, r.rows);
  if (okr.length === 0) {
    throw new InputError(located(file, "noHeaderRow"));
  }
  const saved = read.find((r) => r.sheet.name === SETTINGS_SHEET);
  const actions = read.find((r) => isActionsSheet(r.rows));
  const history = read.find((r) => isHistorySheet(r.rows));
  const review = read.find((r) => isReviewSheet(r.rows));
  return {
    reviewed: review ? reviewedSheets(review.rows) : new Set(),
    cadence: cadenceFromRows(saved?.rows),
    file,
    sheets: okr.map((r) => r.sheet),
    // Streamed, only a scored sheet's rows were kept (streamSheets).
    rows: okr.map((r) => r.rows),
    workbook,
    settings: settingsFromRows(saved?.rows) ?? undefined,
    all: workbook ? read : undefined,
    ...(actions ? { actionsSheet: actions } : {}),
    ...(history ? { historySheet: history } : {}),
  };
}
