// Picked files read in the pane, for Import: a .csv as text (csv-parse, the command line's reading
// of CSV text: src/cli/csvText.ts), an .xlsx with ExcelJS (loaded on demand, as for Collect), one
// table per visible worksheet that holds something. Nothing goes over the network.
import type { SourceTable } from "../operations/import";
import type { CellValue } from "../domain/types";
import { worksheetRows } from "../cli/worksheetCells";
import type { PickedFile } from "../excel/collect";

/** Why a picked file cannot be read: its name, and what the reader is told. */
export class UnreadableSource extends Error {
  constructor(
    readonly file: string,
    readonly reason: "type" | "encoding" | "csv" | "xlsx",
    readonly detail: string,
    /** What the reader threw (a CSV's located problem, in three languages). */
    readonly thrown?: unknown
  ) {
    super(`${file}: ${detail}`);
  }
}

const stem = (file: string) => file.replace(/\.[^.]*$/, "");
const filled = (rows: readonly (readonly CellValue[])[]) =>
  rows.some((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== ""));

/** A CSV's text: UTF-8 (with or without its mark) or UTF-16 with a mark, as Excel saves them. */
function csvText(file: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UnreadableSource(file, "encoding", "not UTF-8 text");
  }
}

async function csvTable(file: string, bytes: Uint8Array): Promise<SourceTable[]> {
  const text = csvText(file, bytes);
  const { parseCsv } = await import("../cli/csvText");
  try {
    return [{ name: stem(file), rows: parseCsv(text, file) }];
  } catch (error) {
    throw new UnreadableSource(file, "csv", (error as Error).message, error);
  }
}

async function xlsxTables(file: string, bytes: Uint8Array): Promise<SourceTable[]> {
  const loaded = await import("exceljs");
  const ExcelJS = loaded.default ?? loaded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableSource(file, "xlsx", (error as Error).message);
  }
  const sheets = wb.worksheets
    .filter((ws) => ws.state === "visible" || ws.state === undefined)
    .map((ws) => ({ name: ws.name, rows: worksheetRows(ws) }))
    .filter((t) => filled(t.rows));
  // A workbook of one table is named for its file, as a CSV is (and as `okr import` names it).
  return sheets.map((t) => ({ name: sheets.length === 1 ? stem(file) : t.name, rows: t.rows }));
}

/** The tables of the picked files, in order; throws UnreadableSource for the first unreadable one. */
export async function readSources(files: readonly PickedFile[]): Promise<SourceTable[]> {
  const tables: SourceTable[] = [];
  for (const { name, bytes } of files) {
    if (/\.(csv|txt)$/i.test(name)) tables.push(...(await csvTable(name, bytes)));
    else if (/\.xlsx$/i.test(name)) tables.push(...(await xlsxTables(name, bytes)));
    else throw new UnreadableSource(name, "type", name);
  }
  return tables;
}
