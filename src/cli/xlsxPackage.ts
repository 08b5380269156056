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
 */
export type Inflate = (packed: Uint8Array, see: (chunk: Uint8Array) => void) => Promise<void>;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => u16(b, at) + u16(b, at + 2) * 0x10000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

const utf8 = new TextDecoder("utf-8");

/**
 * Bytes as one character each, for finding tags (ASCII): a cut multi-byte character is harmless.
 * (WHATWG's "latin1" is windows-1252: still one character per byte.)
 */
const tagText = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

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

/** Column letters (A, XFD) as a number from 1. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

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
    await inflate(packed, (chunk) => {
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
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      located(file, "damaged", { what: problem("partBroken", { part: entry.name }) })
    );
  }
  return total;
}

/** Scans a sheet part's tags across chunks: rows, cells and shared-string indexes. */
function sheetScanner(file: string, sheet: string, scan: SheetScan, cellsBefore: () => number) {
  let tail = "";
  const beyond = (rows: boolean, at: string) =>
    new InputError(located(file, rows ? "beyondRows" : "beyondColumns", { sheet, at }));
  const check = (text: string) => {
    for (const m of text.matchAll(/<(row|c|dimension)\b([^>]*)>(?:\s*<v>([^<]*)<\/v>)?/g)) {
      const [, tag, attributes, value] = m;
      if (tag === "row") {
        const r = /\br="(\d+)"/.exec(attributes)?.[1];
        if (r && Number(r) > LIMITS.rows) throw beyond(true, `${r}:${r}`);
      } else if (tag === "c") {
        scan.cells++;
        if (cellsBefore() + scan.cells > LIMITS.cells)
          throw new InputError(located(file, "tooManyCells", { limit: LIMITS.cells }));
        const ref = /\br="([A-Za-z]+)(\d+)"/.exec(attributes);
        if (ref) {
          if (Number(ref[2]) > LIMITS.rows) throw beyond(true, `${ref[1]}${ref[2]}`);
          if (ref[1].length > 3 || columnNumber(ref[1]) > LIMITS.columns)
            throw beyond(false, `${ref[1]}${ref[2]}`);
        }
        if (value !== undefined && /\bt="s"/.test(attributes)) {
          // A text cell holds the number of one of the workbook's texts; anything else is read as
          // no text at all (-1, a word) or as another text (ExcelJS takes 1.5 as text 2).
          if (!/^\s*\d+\s*$/.test(value))
            throw new InputError(
              located(file, "damaged", {
                what: problem("badSharedString", {
                  sheet,
                  cell: ref ? `${ref[1]}${ref[2]}` : "?",
                  value: value.slice(0, 20),
                }),
              })
            );
          const index = Number(value);
          if (!scan.maxString || index > scan.maxString.index)
            scan.maxString = { index, cell: ref ? `${ref[1]}${ref[2]}` : "?" };
        }
      } else {
        const ref = /\bref="([^"]*)"/.exec(attributes)?.[1] ?? "";
        for (const [, letters, digits] of ref.matchAll(/([A-Za-z]+)(\d+)/g)) {
          if (Number(digits) > LIMITS.rows) throw beyond(true, ref);
          if (letters.length > 3 || columnNumber(letters) > LIMITS.columns)
            throw beyond(false, ref);
        }
      }
    }
  };
  return {
    see(text: string) {
      const all = tail + text;
      // A cell's tag and its <v> are read together: keep an unfinished cell, else the last tag.
      const lastCell = all.lastIndexOf("<c ");
      const closed = Math.max(all.lastIndexOf("</c>"), all.lastIndexOf("/>"));
      let cut = lastCell > closed ? lastCell : all.lastIndexOf("<");
      // A tag never runs for megabytes: past that, scan what there is.
      if (cut < 0 || all.length - cut > 1024 ** 2) cut = all.length;
      check(all.slice(0, cut));
      tail = all.slice(cut);
    },
    end() {
      check(tail);
      tail = "";
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
    see(text: string) {
      if (head.length < 4096) head += text.slice(0, 4096 - head.length);
      tail = (tail + text).slice(-512);
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
      const scanner = sheetScanner(file, sheet, scan, () => cells);
      await unpack(bytes, entry, file, inflate, (chunk) => {
        const text = tagText(chunk);
        end.see(text);
        scanner.see(text);
      });
      scanner.end();
      cells += scan.cells;
      if (scan.maxString) used.push({ sheet, ...scan.maxString });
    } else if (entry.name === "xl/sharedStrings.xml") {
      const counter = sharedStringCounter();
      await unpack(bytes, entry, file, inflate, (chunk) => {
        const text = tagText(chunk);
        end.see(text);
        counter.see(text);
      });
      strings += counter.end();
    } else await unpack(bytes, entry, file, inflate, (chunk) => end.see(tagText(chunk)));
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
