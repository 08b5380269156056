// Looking at an .xlsx package before anything is parsed from it, so no reader allocates for what a
// file merely claims: the zip's central directory (every part's declared sizes), each XML part
// unpacked as a stream and counted, never held (a part that unpacks to more than it declares, or to
// more than the limits, is refused while it unpacks), and the sheets' row and cell addresses checked
// against Excel's grid. A Word document, a zip without a workbook and a damaged package are each
// named as what they are. The limits are in the README ("Input limits"). The command line and the
// pane (returned files for Collect) run the same checks: nothing here needs Node, and each gives its
// own inflater (Node's zlib; pako in the pane, the one JSZip already brings).
import { InputError, located, problem, sizeText, type Texts } from "./readProblems";
import { CSV_LINE_LIMIT } from "./csvText";
import { EXCEL_LAST_ROW } from "../domain/plan/layout";

/** The limits an input is checked against (README "Input limits"). */
export const LIMITS = {
  /** Bytes of an input file (.xlsx or .csv) on disk. */
  fileBytes: 256 * 1024 ** 2,
  /** Bytes one part of an .xlsx unpacks to (a scored 100,000-row sheet is about 225 MB). */
  partBytes: 512 * 1024 ** 2,
  /** Bytes all parts of an .xlsx unpack to together. */
  packageBytes: 1024 ** 3,
  /** How many times its packed size a part over 1 MB may unpack to (real sheets: 5–30). */
  ratio: 200,
  /** Excel's grid: rows and columns. */
  rows: EXCEL_LAST_ROW,
  columns: 16_384,
  /** Cells in one workbook (100,000 rows of 25 columns are 2,500,000). */
  cells: 5_000_000,
  /** Characters in one CSV line (record). */
  csvLine: CSV_LINE_LIMIT,
} as const;

interface Entry {
  name: string;
  method: number;
  packed: number;
  size: number;
  /** Where the entry's local header starts. */
  local: number;
}

/**
 * Unpacks raw deflate data (a zip entry's), handing each piece to `see` as it comes. A `see` that
 * throws stops it with that error; data that cannot be unpacked rejects with any other error.
 * `size` is what the entry says it unpacks to: a hint for the pieces' size, never trusted as a limit.
 */
export type Inflate = (
  packed: Uint8Array,
  see: (chunk: Uint8Array) => void,
  size: number
) => Promise<void>;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 0x10000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

const utf8 = new TextDecoder("utf-8");

/**
 * Bytes as one character each, for finding tags (ASCII): a cut multi-byte character is harmless.
 * (WHATWG's "latin1" is windows-1252: still one character per byte.)
 */
const latin1 = new TextDecoder("latin1");
const tagText = (bytes: Uint8Array) => latin1.decode(bytes);

/** The zip's central directory, or null when the bytes are not a zip. */
function centralDirectory(bytes: Uint8Array, file: string): Entry[] | null {
  if (bytes.length < 22) return null;
  // The end record is within the last 64 KB (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64: the counts live in the zip64 end record, found through its locator.
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    end >= 20 &&
    u32(bytes, end - 20) === 0x07064b50
  ) {
    const at = u64(bytes, end - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== 0x06064b50)
      throw new InputError(located(file, "damaged", { what: problem("tocCut") }));
    count = u64(bytes, at + 32);
    offset = u64(bytes, at + 48);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw new InputError(located(file, "damaged", { what: problem("tocCut") }));
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const entry: Entry = {
      method: u16(bytes, at + 10),
      packed: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      local: u32(bytes, at + 42),
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    // Zip64 sizes are in the extra field (id 1), in this order, for the fields that overflowed.
    let x = at + 46 + nameLength;
    const extraEnd = x + extraLength;
    while (x + 4 <= extraEnd) {
      const [id, length] = [u16(bytes, x), u16(bytes, x + 2)];
      if (id === 1) {
        let f = x + 4;
        if (entry.size === 0xffffffff && f + 8 <= x + 4 + length)
          ((entry.size = u64(bytes, f)), (f += 8));
        if (entry.packed === 0xffffffff && f + 8 <= x + 4 + length)
          ((entry.packed = u64(bytes, f)), (f += 8));
        if (entry.local === 0xffffffff && f + 8 <= x + 4 + length) entry.local = u64(bytes, f);
      }
      x += 4 + length;
    }
    entries.push(entry);
    at = extraEnd + u16(bytes, at + 32);
  }
  return entries;
}

/** The packed bytes of an entry, from its local header. */
function packedBytes(bytes: Uint8Array, entry: Entry, file: string): Uint8Array {
  const at = entry.local;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
    throw new InputError(
      located(file, "damaged", { what: problem("partMissing", { part: entry.name }) })
    );
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.packed > bytes.length)
    throw new InputError(
      located(file, "damaged", { what: problem("partCut", { part: entry.name }) })
    );
  return bytes.subarray(start, start + entry.packed);
}

/** Sheet names by part ("xl/worksheets/sheet1.xml" → "Sales"), from the workbook and its links. */
export function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target)
      targets.set(
        id,
        target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`
      );
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1] ?? /\b\w+:id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, xmlUnescape(name));
  }
  return names;
}

const xmlUnescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] ?? e
  );

/** What a sheet part's tags say, counted as the part unpacks. */
interface SheetScan {
  cells: number;
  /** The highest shared-string index a cell uses, and the cell. */
  maxString: { index: number; cell: string } | null;
}

/**
 * Unpacks one part as a stream, handing each piece to `see`, refusing it once it passes what it
 * declares or the limits. Nothing of the part is kept.
 */
async function unpack(
  bytes: Uint8Array,
  entry: Entry,
  file: string,
  inflate: Inflate,
  see: ((chunk: Uint8Array) => void) | null
): Promise<number> {
  const packed = packedBytes(bytes, entry, file);
  const cap = Math.min(entry.size, LIMITS.partBytes);
  if (entry.method === 0) {
    if (see) see(packed);
    return packed.length;
  }
  if (entry.method !== 8)
    throw new InputError(
      located(file, "damaged", { what: problem("oddPacking", { part: entry.name }) })
    );
  let total = 0;
  try {
    await inflate(
      packed,
      (chunk) => {
        total += chunk.length;
        if (total > cap)
          throw total > LIMITS.partBytes
            ? new InputError(
                located(file, "partTooBig", {
                  part: entry.name,
                  size: `${sizeText(total)}+`,
                  limit: sizeText(LIMITS.partBytes),
                })
              )
            : new InputError(
                located(file, "damaged", { what: problem("partLies", { part: entry.name }) })
              );
        if (see) see(chunk);
      },
      entry.size
    );
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      located(file, "damaged", { what: problem("partBroken", { part: entry.name }) })
    );
  }
  return total;
}

/** Bytes the sheet scanner looks for. */
const [LT, GT, QUOTE, EQUALS, SLASH] = [0x3c, 0x3e, 0x22, 0x3d, 0x2f];
const [LETTER_R, LETTER_T, LETTER_S, LETTER_V] = [0x72, 0x74, 0x73, 0x76];
/** An ASCII text's bytes. */
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const C = ascii("c");
const ROW = ascii("row");
const DIMENSION = ascii("dimension");

const [WORD, SPACE, DIGIT, LETTER] = [1, 2, 4, 8];
/** Each byte's classes, as the patterns \w, \s, \d and [A-Za-z] match it read as one character. */
const CLASSES = Uint8Array.from({ length: 256 }, (_, byte) => {
  const ch = String.fromCharCode(byte);
  return (
    (/\w/.test(ch) ? WORD : 0) |
    (/\s/.test(ch) ? SPACE : 0) |
    (/\d/.test(ch) ? DIGIT : 0) |
    (/[A-Za-z]/.test(ch) ? LETTER : 0)
  );
});
const is = (byte: number, kind: number) => (CLASSES[byte] & kind) !== 0;

/** The number written by the digits bytes[from, to), as Number() reads it (past 2^53 too). */
function digitsValue(bytes: Uint8Array, from: number, to: number): number {
  if (to - from > 15) return Number(tagText(bytes.subarray(from, to)));
  let n = 0;
  for (let at = from; at < to; at++) n = n * 10 + bytes[at] - 0x30;
  return n;
}

/** Column letters bytes[from, to) (A, xfd) as a number from 1. */
function columnNumber(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let at = from; at < to; at++) n = n * 26 + (bytes[at] & 0xdf) - 64;
  return n;
}

/** Whether the letter at `at` starts an attribute (that letter=" after no letter, digit or "_": \b). */
const attributeAt = (bytes: Uint8Array, at: number) =>
  bytes[at + 1] === EQUALS && bytes[at + 2] === QUOTE && !is(bytes[at - 1], WORD);

/**
 * Which of the scanner's tags is at `at` ("<" there), or null: its name, then no letter, digit or
 * "_" (\b).
 */
function tagAt(bytes: Uint8Array, at: number, end: number): Uint8Array | null {
  const first = bytes[at + 1];
  const name =
    first === C[0] ? C : first === ROW[0] ? ROW : first === DIMENSION[0] ? DIMENSION : null;
  if (!name) return null;
  for (let k = 1; k < name.length; k++) if (bytes[at + 1 + k] !== name[k]) return null;
  const after = at + 1 + name.length;
  return after >= end || !is(bytes[after], WORD) ? name : null;
}

/** The longest tag name the scanner reads ("<dimension") and the byte after it. */
const TAG_HEAD = 11;
/** How much of an unfinished tag waits for the next chunk: a tag never runs for megabytes. */
const CARRY_LIMIT = 1024 ** 2;

/**
 * Scans a sheet part's tags from its bytes, chunk by chunk: rows, cells and shared-string indexes.
 * It reads what /<(row|c|dimension)\b([^>]*)>(?:\s*<v>([^<]*)<\/v>)?/g matches, byte by byte and
 * allocating nothing per cell: on a 100,000-row sheet (89 MB, 2.5 million cells) a match and two or
 * three more patterns per cell took ~2 s. A tag (a cell with its value) cut by the chunk's end waits
 * for the next chunk, whole.
 */
function sheetScanner(file: string, sheet: string, scan: SheetScan, cellsBefore: number) {
  const beyond = (rows: boolean, at: string) =>
    new InputError(located(file, rows ? "beyondRows" : "beyondColumns", { sheet, at }));
  const text = (bytes: Uint8Array, from: number, to: number) => tagText(bytes.subarray(from, to));

  /** A cell's tag bytes[from, to) (its attributes), and its <v> bytes[valueFrom, valueTo) or -1. */
  const cell = (
    bytes: Uint8Array,
    from: number,
    to: number,
    valueFrom: number,
    valueTo: number
  ) => {
    scan.cells++;
    if (cellsBefore + scan.cells > LIMITS.cells)
      throw new InputError(located(file, "tooManyCells", { limit: LIMITS.cells }));
    // Its address r="B7" (the first one whole) and whether it is a text cell (t="s").
    let ref = -1;
    let lettersEnd = -1;
    let refEnd = -1;
    let textCell = false;
    for (let at = from; at < to; at++) {
      const byte = bytes[at];
      if (byte === LETTER_R && ref < 0 && attributeAt(bytes, at)) {
        let x = at + 3;
        while (x < to && is(bytes[x], LETTER)) x++;
        let y = x;
        while (y < to && is(bytes[y], DIGIT)) y++;
        if (x > at + 3 && y > x && y < to && bytes[y] === QUOTE) {
          ref = at + 3;
          lettersEnd = x;
          refEnd = y;
        }
      } else if (
        byte === LETTER_T &&
        attributeAt(bytes, at) &&
        bytes[at + 3] === LETTER_S &&
        bytes[at + 4] === QUOTE
      )
        textCell = true;
    }
    if (ref >= 0) {
      if (digitsValue(bytes, lettersEnd, refEnd) > LIMITS.rows)
        throw beyond(true, text(bytes, ref, refEnd));
      if (lettersEnd - ref > 3 || columnNumber(bytes, ref, lettersEnd) > LIMITS.columns)
        throw beyond(false, text(bytes, ref, refEnd));
    }
    if (valueFrom < 0 || !textCell) return;
    // A text cell holds the number of one of the workbook's texts; anything else is read as
    // no text at all (-1, a word) or as another text (ExcelJS takes 1.5 as text 2).
    let at = valueFrom;
    while (at < valueTo && is(bytes[at], SPACE)) at++;
    const digitsFrom = at;
    while (at < valueTo && is(bytes[at], DIGIT)) at++;
    const digitsTo = at;
    while (at < valueTo && is(bytes[at], SPACE)) at++;
    if (digitsTo === digitsFrom || at !== valueTo)
      throw new InputError(
        located(file, "damaged", {
          what: problem("badSharedString", {
            sheet,
            cell: ref >= 0 ? text(bytes, ref, refEnd) : "?",
            value: text(bytes, valueFrom, Math.min(valueTo, valueFrom + 20)),
          }),
        })
      );
    const index = digitsValue(bytes, digitsFrom, digitsTo);
    if (!scan.maxString || index > scan.maxString.index)
      scan.maxString = { index, cell: ref >= 0 ? text(bytes, ref, refEnd) : "?" };
  };

  const row = (attributes: string) => {
    const r = /\br="(\d+)"/.exec(attributes)?.[1];
    if (r && Number(r) > LIMITS.rows) throw beyond(true, `${r}:${r}`);
  };

  const dimension = (attributes: string) => {
    const ref = /\bref="([^"]*)"/.exec(attributes)?.[1] ?? "";
    for (const [, letters, digits] of ref.matchAll(/([A-Za-z]+)(\d+)/g)) {
      if (Number(digits) > LIMITS.rows) throw beyond(true, ref);
      if (letters.length > 3 || columnNumber(ascii(letters), 0, letters.length) > LIMITS.columns)
        throw beyond(false, ref);
    }
  };

  /**
   * Reads the tags of `bytes`; returns where the first one it cannot finish yet starts (the
   * length when none). At the part's `last` bytes every tag is finished: one cut there is no tag.
   */
  const read = (bytes: Uint8Array, last: boolean): number => {
    const end = bytes.length;
    let i = 0;
    for (;;) {
      while (i < end && bytes[i] !== LT) i++;
      if (!last && end - i < TAG_HEAD) return i;
      if (i >= end) return end;
      const name = tagAt(bytes, i, end);
      if (name === null) {
        i++;
        continue;
      }
      let gt = i + 1 + name.length;
      while (gt < end && bytes[gt] !== GT) gt++;
      if (gt >= end) return last ? end : i;
      if (name === ROW) row(text(bytes, i + 1 + name.length, gt));
      else if (name === DIMENSION) dimension(text(bytes, i + 1 + name.length, gt));
      else {
        // Its value, <v>…</v> after spaces, if one follows: until its end has come, undecided.
        let v = gt + 1;
        while (v < end && is(bytes[v], SPACE)) v++;
        let close = -1;
        if (v + 3 > end) {
          if (!last) return i;
        } else if (bytes[v] === LT && bytes[v + 1] === LETTER_V && bytes[v + 2] === GT) {
          close = v + 3;
          while (close < end && bytes[close] !== LT) close++;
          if (close + 4 > end) {
            if (!last) return i;
            close = -1;
          } else if (
            bytes[close + 1] !== SLASH ||
            bytes[close + 2] !== LETTER_V ||
            bytes[close + 3] !== GT
          )
            close = -1;
        }
        cell(bytes, i + 2, gt, close < 0 ? -1 : v + 3, close);
        if (close >= 0) {
          i = close + 4;
          continue;
        }
      }
      i = gt + 1;
    }
  };

  let tail = new Uint8Array(0);
  return {
    see(chunk: Uint8Array) {
      // Plain Uint8Arrays only (not Node's Buffers): reading one kind of array is faster.
      let all = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
      if (tail.length) {
        all = new Uint8Array(tail.length + chunk.length);
        all.set(tail);
        all.set(chunk, tail.length);
      }
      let stop = read(all, false);
      // Past the limit, an unfinished tag is read as it stands (as one cut at the part's end).
      if (all.length - stop > CARRY_LIMIT) {
        read(all.subarray(stop), true);
        stop = all.length;
      }
      tail = all.slice(stop);
    },
    end() {
      read(tail, true);
      tail = new Uint8Array(0);
    },
  };
}

/**
 * Whether an XML part's text ends where its root element closes, seen chunk by chunk: a part cut
 * off (an interrupted download or copy) otherwise reads as a shorter sheet, or as no sheet at all.
 */
function xmlEnd() {
  let head = "";
  let tail = "";
  return {
    see(bytes: Uint8Array) {
      if (head.length < 4096) head += tagText(bytes.subarray(0, 4096 - head.length));
      tail = (tail + tagText(bytes.subarray(Math.max(0, bytes.length - 512)))).slice(-512);
    },
    whole(): boolean {
      // The root: the first element after the declaration, comments and processing instructions.
      const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
      const root = /<([\w:.-]+)[^>]*?(\/?)>/.exec(body);
      if (!root) return head.trim() === "";
      if (root[2] === "/" && body.trim().startsWith(root[0])) return true;
      return new RegExp(`</${root[1].replace(/\./g, "\\.")}\\s*>\\s*$`).test(tail);
    },
  };
}

const DOCUMENTS: Record<string, "word" | "powerPoint"> = {
  "word/document.xml": "word",
  "ppt/presentation.xml": "powerPoint",
};

/** What a sound package holds that its readers do not keep. */
export interface PackageNotes {
  /**
   * The parts of links to other workbooks (xl/externalLinks/externalLinkN.xml, ECMA-376 Part 1
   * §18.14). ExcelJS reads the formulas that use them ("[1]Budget!B2") and drops the parts: a file
   * it writes would name a link it no longer has.
   */
  externalLinks: string[];
}

const EXTERNAL_LINK = /^xl\/externalLinks\/externalLink\d+\.xml$/i;

/** The warning for a package's notes, or null where there is nothing to say. */
export function packageWarning(notes: PackageNotes, file: string): Texts | null {
  if (notes.externalLinks.length === 0) return null;
  return located(file, "externalLinks", {
    count: notes.externalLinks.length,
    parts: notes.externalLinks.join(", "),
  });
}

/**
 * Refuses an .xlsx package that is not a workbook, is damaged, or passes the limits, by name, before
 * any reader allocates for it. Every XML part is unpacked once as a stream and counted. Returns
 * what the package holds that its readers will not keep.
 */
export async function checkXlsxPackage(
  bytes: Uint8Array,
  file: string,
  inflate: Inflate
): Promise<PackageNotes> {
  const entries = centralDirectory(bytes, file);
  if (!entries) throw new InputError(located(file, "notZip"));
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has("xl/workbook.xml")) {
    const other = Object.entries(DOCUMENTS).find(([part]) => byName.has(part));
    throw new InputError(located(file, other ? other[1] : "noWorkbook"));
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > LIMITS.partBytes || declared > LIMITS.packageBytes)
      throw new InputError(
        located(file, "partTooBig", {
          part: e.size > LIMITS.partBytes ? e.name : "the workbook",
          size: sizeText(e.size > LIMITS.partBytes ? e.size : declared),
          limit: sizeText(e.size > LIMITS.partBytes ? LIMITS.partBytes : LIMITS.packageBytes),
        })
      );
    if (e.size > 1024 ** 2 && e.size > e.packed * LIMITS.ratio)
      throw new InputError(
        located(file, "bomb", {
          part: e.name,
          ratio: Math.round(e.size / Math.max(e.packed, 1)),
          limit: LIMITS.ratio,
        })
      );
  }
  const text = async (name: string) => {
    const entry = byName.get(name);
    if (!entry) return "";
    const chunks: Uint8Array[] = [];
    await unpack(bytes, entry, file, inflate, (chunk) => chunks.push(chunk.slice()));
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (all.set(c, at), at + c.length), 0);
    return utf8.decode(all);
  };
  const names = sheetNames(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
  let cells = 0;
  let strings = 0;
  const used: { sheet: string; index: number; cell: string }[] = [];
  for (const entry of entries) {
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue;
    const sheet = names.get(entry.name);
    const end = xmlEnd();
    if (sheet !== undefined) {
      const scan: SheetScan = { cells: 0, maxString: null };
      const scanner = sheetScanner(file, sheet, scan, cells);
      await unpack(bytes, entry, file, inflate, (chunk) => {
        end.see(chunk);
        scanner.see(chunk);
      });
      scanner.end();
      cells += scan.cells;
      if (scan.maxString) used.push({ sheet, ...scan.maxString });
    } else if (entry.name === "xl/sharedStrings.xml") {
      const counter = sharedStringCounter();
      await unpack(bytes, entry, file, inflate, (chunk) => {
        end.see(chunk);
        counter.see(tagText(chunk));
      });
      strings += counter.end();
    } else await unpack(bytes, entry, file, inflate, (chunk) => end.see(chunk));
    if (!end.whole())
      throw new InputError(
        located(file, "damaged", {
          what: problem("xmlEndsEarly", {
            part: sheet !== undefined ? problem("sheetPart", { sheet }) : entry.name,
          }),
        })
      );
  }
  const wrong = used.find((u) => u.index >= strings);
  if (wrong)
    throw new InputError(
      located(file, "damaged", {
        what: problem("noSharedString", {
          sheet: wrong.sheet,
          cell: wrong.cell,
          index: wrong.index + 1,
          count: strings,
        }),
      })
    );
  return { externalLinks: entries.filter((e) => EXTERNAL_LINK.test(e.name)).map((e) => e.name) };
}

/**
 * Counts the shared strings (`<si>` elements) of xl/sharedStrings.xml as it unpacks, chunk by chunk:
 * an opening tag cut between two chunks is counted once. A match starting before the last 3
 * characters is whole (the pattern is 4 long); only those 3 wait for the next chunk.
 */
export function sharedStringCounter(): { see: (text: string) => void; end: () => number } {
  const opening = /<si[\s>/]/g;
  let count = 0;
  let tail = "";
  const countIn = (text: string, before: number) => {
    opening.lastIndex = 0;
    for (let m = opening.exec(text); m && m.index < before; m = opening.exec(text)) count++;
  };
  return {
    see(text) {
      const all = tail + text;
      const cut = Math.max(0, all.length - 3);
      countIn(all, cut);
      tail = all.slice(cut);
    },
    end() {
      countIn(tail, tail.length);
      tail = "";
      return count;
    },
  };
}
