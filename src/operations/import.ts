// Import (the pane's; `okr import` writes a new file): other tools' OKR tables read by the domain
// (src/domain/import) into new OKR sheets beside what the workbook has. First the dry run — what
// each source row becomes, and which tables need a mapping — then, asked again, the write: new
// sheets only (never a name the workbook has), formulas and action counts included.
import { importTable, UnrecognisedLayout, type ImportedTable } from "../domain/import/importTable";
import type { Mapping, SourceColumn } from "../domain/import/layouts";
import { importPeriod, planImport } from "../domain/import/plan";
import type { CellValue, IsoDate, Lang, Period, Scope } from "../domain/types";
import type { WorkbookHost, WorkbookState } from "./host";

/** One table of a picked file: a CSV, or one worksheet of an .xlsx. */
export interface SourceTable {
  /** The table's name: the file's name without extension, or the worksheet's. */
  name: string;
  rows: CellValue[][];
  /** A mapping the person chose for this table (source header → field). */
  mapping?: Mapping;
}

export interface ImportRead {
  tables: ImportedTable[];
  /** Tables whose layout the headers do not tell: their columns, for a mapping. */
  unrecognised: { name: string; columns: SourceColumn[] }[];
  /** The period every source that names one agrees on (null when none, or they differ). */
  period: Period | null;
}

export interface ImportOptions {
  lang: Lang;
}

/** Every ID the workbook's OKR sheets use: imported IDs avoid them. */
function workbookIds(state: WorkbookState): string[] {
  return state.sheets
    .filter((s) => s.sheet.match)
    .flatMap(({ sheet }) => [
      ...sheet.orphans.map((k) => k.id),
      ...sheet.objectives.flatMap((o) => [o.id, ...o.keyResults.map((k) => k.id)]),
    ])
    .filter(Boolean);
}

function readTables(
  sources: readonly SourceTable[],
  taken: readonly string[],
  lang: Lang
): ImportRead {
  const tables: ImportedTable[] = [];
  const unrecognised: ImportRead["unrecognised"] = [];
  for (const source of sources) {
    try {
      const takenIds = [...taken, ...tables.flatMap((t) => t.rows.map((r) => String(r.id)))];
      tables.push(
        importTable(source.name, source.rows, { lang, takenIds, mapping: source.mapping })
      );
    } catch (error) {
      if (!(error instanceof UnrecognisedLayout)) throw error;
      unrecognised.push({ name: source.name, columns: error.columns });
    }
  }
  return { tables, unrecognised, period: importPeriod(tables, null) };
}

/** The dry run: what each row of each table would become (nothing is written). */
export async function previewImport(
  host: WorkbookHost,
  sources: readonly SourceTable[],
  o: ImportOptions
): Promise<ImportRead> {
  return readTables(sources, workbookIds(await host.read()), o.lang);
}

export interface ImportWriteOptions extends ImportOptions {
  /** The sheets' period (the source's own when it names one, else the one asked for). */
  period: Period | null;
  scope: Scope;
  asOf: IsoDate;
  /** The locale the source's typed dates are read in. */
  locale?: string;
}

export interface Imported {
  /** The new OKR sheets, in order (empty when a table still needs a mapping). */
  sheets: string[];
  read: ImportRead;
}

/** Writes the recognised tables as new sheets, in one batch; the first one opens. */
export async function importSheets(
  host: WorkbookHost,
  sources: readonly SourceTable[],
  o: ImportWriteOptions
): Promise<Imported> {
  const state = await host.read();
  const read = readTables(sources, workbookIds(state), o.lang);
  // A table left without a mapping would be a silent loss: nothing is written until each has one.
  if (read.unrecognised.length || read.tables.length === 0) return { sheets: [], read };
  const { plans, sheets } = planImport(read.tables, {
    ...o,
    period: importPeriod(read.tables, o.period),
    existingSheets: state.sheets.map((s) => s.sheet.name),
  });
  await host.apply(plans, { activate: sheets[0] });
  return { sheets, read };
}
