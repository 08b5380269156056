// `okr import`: other tools' OKR files (CSV, or every worksheet of an .xlsx) read as tables, turned
// into OKR sheets by the domain (src/domain/import) and scored into a new workbook exactly as
// `okr score` writes CSV sheets.
import { basename, extname } from "node:path";
import { readSheet } from "../domain/reading/sheet";
import { uniqueSheetName } from "../domain/reading/ids";
import { fieldByName, PRODUCT_FIELDS } from "../domain/import/fields";
import { readMapping, type Mapping } from "../domain/import/layouts";
import { importedGrid, importPeriod } from "../domain/import/plan";
import { importTable, UnrecognisedLayout, type ImportedTable } from "../domain/import/importTable";
import { unrecognisedText } from "../domain/import/report";
import type { CellValue, Lang, Period } from "../domain/types";
import {
  csvRows,
  InputError,
  loadWorkbook,
  readBytes,
  worksheetRows,
  type InputFile,
} from "./input";
import { located } from "./readProblems";

export { importPeriod };

export interface SourceTable {
  file: string;
  name: string;
  rows: CellValue[][];
}

/** A source file's tables: a CSV is one, named for the file; an .xlsx one per non-empty sheet. */
export async function sourceTables(file: string): Promise<SourceTable[]> {
  const ext = extname(file).toLowerCase();
  const stem = basename(file, extname(file));
  if (ext === ".csv" || ext === ".txt") {
    return [{ file, name: stem, rows: csvRows(readBytes(file), file) }];
  }
  if (ext !== ".xlsx") throw new InputError(located(file, "unknownType", { ext: ext || "(none)" }));
  const workbook = await loadWorkbook(file);
  const sheets = workbook.worksheets
    .filter((ws) => ws.state === "visible" || ws.state === undefined)
    .map((ws) => ({ name: ws.name, rows: worksheetRows(ws) }))
    .filter((t) => t.rows.some((r) => r.some((v) => v !== null && v !== undefined && v !== "")));
  return sheets.map((t) => ({ file, name: sheets.length === 1 ? stem : t.name, rows: t.rows }));
}

/** A mapping file: CSV lines "source column,product column", or a JSON object of the same. */
export function loadMapping(file: string): Mapping {
  const text = readBytes(file)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  let entries: [string, string][];
  if (/\.json$/i.test(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InputError(located(file, "notJson"));
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
      throw new InputError(located(file, "jsonNotObject"));
    entries = Object.entries(parsed).map(([k, v]) => [k, v === null ? "" : String(v)]);
  } else {
    entries = csvRows(readBytes(file), file).map((r) => [String(r[0] ?? ""), String(r[1] ?? "")]);
  }
  const { mapping, unknown } = readMapping(entries, fieldByName);
  if (unknown.length)
    throw new InputError(
      located(file, "unknownProductColumns", {
        columns: unknown.map((u) => `"${u}"`).join(", "),
        known: [...PRODUCT_FIELDS, "progress", "status", "objective", "keyResult", "period"].join(
          ", "
        ),
      })
    );
  return mapping;
}

export interface Imported {
  tables: ImportedTable[];
  /** The sources whose layout was not recognised: each with what to write in a mapping. */
  unrecognised: string[];
}

/** Reads every source into OKR sheets' rows; IDs stay unique across them. */
export async function importSources(
  files: readonly string[],
  o: { mapping?: Mapping; lang: Lang }
): Promise<Imported> {
  const tables: ImportedTable[] = [];
  const unrecognised: string[] = [];
  for (const file of files) {
    for (const source of await sourceTables(file)) {
      try {
        const takenIds = tables.flatMap((t) => t.rows.map((r) => String(r.id)));
        tables.push(importTable(source.name, source.rows, { ...o, takenIds }));
      } catch (error) {
        if (!(error instanceof UnrecognisedLayout)) throw error;
        unrecognised.push(
          unrecognisedText(
            `${file}${source.name === basename(file, extname(file)) ? "" : ` (${source.name})`}`,
            error.columns,
            o.lang
          )
        );
      }
    }
  }
  return { tables, unrecognised };
}

/** The imported tables as input files, laid out as CSV sheets in the contract's columns. */
export function importedInputs(
  tables: readonly ImportedTable[],
  o: { lang: Lang; period: Period | null }
): InputFile[] {
  const names: string[] = [];
  return tables.map((t) => {
    const name = uniqueSheetName(t.name, names);
    names.push(name);
    const grid = importedGrid(t, o.lang);
    return { file: t.name, sheets: [readSheet(name, grid, { period: o.period })], rows: [grid] };
  });
}
