// Reading an .xlsx row by row for `okr check`, so 100,000 rows stay well under 1 GB: ExcelJS's
// streaming reader, with two things it gets wrong done here. It decodes each zip chunk on its own,
// breaking a multi-byte character split across chunks (CJK text, "•"): the sheet XML reaches it
// already decoded with a streaming TextDecoder, and the shared strings are read whole from the
// package. It does not report hidden rows: they are read from the <row> tags as the XML passes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Readable } from "node:stream";
import { HEADER_SCAN_ROWS, findHeaderRow } from "../domain/reading/header";
import { COLUMNS } from "../domain/reading/columns";
import { NO_CELLS } from "../domain/reading/sheet";
import type { CellValue } from "../domain/types";

export interface StreamedSheet {
  name: string;
  hiddenSheet: boolean;
  hiddenRows: Set<number>;
  /** Sheet rows from row 1, columns from A, as the domain reads cells. */
  rows: CellValue[][];
  /**
   * The formulas ("row:col" → "=…") of the rows above the table and of the Current column (a linked
   * key result's, reading/linked.ts) and the product's formula columns (CELL-FORMULA-OVERWRITTEN
   * compares them with Score's): no other column's are kept.
   */
  formulas: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text as it reads: entities, character references and Excel's _xHHHH_ escapes. */
function xmlText(text: string): string {
  return text
    .replace(
      /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi,
      (whole, hex: string, dec: string, name: string) =>
        hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : dec
            ? String.fromCodePoint(Number(dec))
            : (ENTITIES[name] ?? whole)
    )
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings table, rich text joined, phonetic guides (<rPh>) left out. */
async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    ([, si]) =>
      xmlText([...si.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
  );
}

/**
 * The sheet XML's chunks decoded as one stream (a character split across chunks stays whole),
 * noting each hidden <row> on the way.
 */
async function* decoded(
  source: AsyncIterable<Buffer>,
  hidden: Set<number>
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let tail = "";
  const scan = (text: string) => {
    for (const [tag] of text.matchAll(/<row\b[^>]*>/g))
      if (/\bhidden="(?:1|true)"/.test(tag)) hidden.add(Number(/\br="(\d+)"/.exec(tag)?.[1]));
  };
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    // A tag cut by the chunk boundary is scanned with the next chunk.
    const open = (tail + text).lastIndexOf("<");
    scan((tail + text).slice(0, open));
    tail = (tail + text).slice(open);
    yield text;
  }
  const rest = decoder.decode();
  scan(tail + rest);
  if (rest) yield rest;
}

/** The columns whose formulas are kept below the header row: Current and the formula columns. */
const KEPT = ["current", ...COLUMNS.filter((c) => c.kind === "formula").map((c) => c.key)] as const;
function keptColumns(rows: (CellValue[] | undefined)[]): ReadonlySet<number> {
  const match = findHeaderRow(Array.from(rows, (r) => r ?? []));
  const cols = KEPT.map((key) => match?.columns[key]).filter((c): c is number => c !== undefined);
  return new Set(cols);
}

/** How many times a read that lost the workbook's part is tried in all (see streamWorkbook). */
const READS = 3;

/** How many sheets xl/workbook.xml lists: a read that found fewer lost part of the package. */
async function listedSheets(zip: JSZip): Promise<number> {
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<(?:\w+:)?sheet\s/g)].length;
}

/**
 * Every worksheet's cells, read row by row; `cellValue` turns an ExcelJS cell into a domain value.
 * ExcelJS's streaming reader sometimes ends its pass over the zip before the last entry, which in a
 * file ExcelJS wrote is xl/workbook.xml; it then fails with "Cannot read properties of undefined
 * (reading 'sheets')" (exceljs issue #3064, a race on Node 18+: a few reads in a hundred here, on
 * a loaded machine). The bytes are in memory and reading changes nothing, so such a read, or one
 * that found fewer sheets than the workbook lists, is read again; a file that fails every time is
 * reported as damaged by the caller.
 */
export async function streamWorkbook(
  bytes: Buffer,
  cellValue: (cell: ExcelJS.Cell) => CellValue,
  formulaOf: (cell: ExcelJS.Cell) => string | null = () => null
): Promise<StreamedSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const strings = await sharedStrings(zip);
  const listed = await listedSheets(zip);
  for (let attempt = 1; ; attempt++) {
    try {
      const sheets = await readOnce(bytes, strings, cellValue, formulaOf);
      if (sheets.length >= listed || attempt === READS) return sheets;
    } catch (error) {
      const lost = error instanceof TypeError && /reading 'sheets'/.test(error.message);
      if (!lost || attempt === READS) throw error;
    }
  }
}

/** One pass of ExcelJS's streaming reader over the package. */
async function readOnce(
  bytes: Buffer,
  strings: readonly string[],
  cellValue: (cell: ExcelJS.Cell) => CellValue,
  formulaOf: (cell: ExcelJS.Cell) => string | null
): Promise<StreamedSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: "emit",
    sharedStrings: "ignore",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets: StreamedSheet[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as {
      name: string;
      state?: string;
      iterator: AsyncIterable<Buffer> | AsyncIterable<string>;
    } & AsyncIterable<ExcelJS.Row>;
    const hiddenRows = new Set<number>();
    ws.iterator = decoded(ws.iterator as AsyncIterable<Buffer>, hiddenRows);
    const rows: CellValue[][] = [];
    // The header row is among the first HEADER_SCAN_ROWS: formulas are kept from every column
    // until then, and from the Current and formula columns after.
    const formulas = new Map<string, string>();
    let current: ReadonlySet<number> | undefined;
    for await (const row of ws) {
      const cells: CellValue[] = [];
      if (current === undefined && row.number > HEADER_SCAN_ROWS) current = keptColumns(rows);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cell.value as { sharedString?: number } | null;
        if (v && typeof v === "object" && typeof v.sharedString === "number")
          cell.value = strings[v.sharedString] ?? "";
        cells[col - 1] = cellValue(cell);
        if (current === undefined || current.has(col - 1)) {
          const formula = formulaOf(cell);
          if (formula) formulas.set(`${row.number}:${col - 1}`, formula);
        }
      });
      rows[row.number - 1] = Array.from(cells, (c) => c ?? null);
    }
    const whole = Array.from(rows, (r) => r ?? NO_CELLS);
    current ??= keptColumns(whole);
    const headerRow = findHeaderRow(whole)?.rowIndex ?? -1;
    for (const key of [...formulas.keys()]) {
      const [row, col] = key.split(":").map(Number);
      if (row > headerRow + 1 && !current.has(col)) formulas.delete(key);
    }
    sheets.push({
      name: ws.name,
      hiddenSheet: ws.state === "hidden" || ws.state === "veryHidden",
      hiddenRows,
      rows: whole,
      formulas,
    });
  }
  return sheets;
}
