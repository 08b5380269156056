// Recognising an OKR sheet by its header row (DOMAIN.md: "a sheet is recognised by its header row,
// not by its position or name"). Headers may be in any of the three languages, in any order, with
// extra columns of the user's own beside them.
import { COLUMNS, REQUIRED_COLUMNS, type ColumnKey } from "./columns";
import { LANGS, type CellValue, type Lang } from "../types";

/** What a header row says about the table under it. Column indexes are 0-based. */
export interface HeaderMatch {
  /** 0-based index of the header row among the rows that were scanned. */
  rowIndex: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Required columns the row does not have (in contract order). */
  missing: ColumnKey[];
  /** Columns that appear more than once: the first occurrence is used, the rest are listed here. */
  duplicates: { key: ColumnKey; index: number }[];
  /** Indexes of non-empty header cells that are not contract columns (the user's own columns). */
  extras: number[];
  /** The language most recognised headers are written in (null when no header is language-specific). */
  lang: Lang | null;
}

/**
 * A row is taken for a header row when it names at least this many contract columns. Four keeps a
 * stray row of prose ("Owner: Dana") from passing while a header with several missing columns is
 * still found, so its missing columns can be reported by name.
 */
export const MIN_RECOGNISED_COLUMNS = 4;

/** How far down a sheet the header row is looked for (the header block sits above it). */
export const HEADER_SCAN_ROWS = 30;

/** Header text compared without case, width, spaces or punctuation ("KR-Type:" = "kr type"). */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.:：*()（）]+/g, "");
}

interface Spelling {
  key: ColumnKey;
  /** The language this spelling belongs to, when it belongs to exactly one. */
  lang: Lang | null;
}

const SPELLINGS: ReadonlyMap<string, Spelling> = buildSpellings();

function buildSpellings(): Map<string, Spelling> {
  const map = new Map<string, Spelling>();
  for (const col of COLUMNS) {
    for (const lang of LANGS) {
      const norm = normaliseHeader(col.header[lang]);
      const known = map.get(norm);
      // A spelling shared by several languages (e.g. "起始值") tells nothing about the language.
      map.set(norm, {
        key: col.key,
        lang: known && known.lang !== lang ? null : lang,
      });
    }
    for (const alias of col.aliases ?? []) {
      const norm = normaliseHeader(alias);
      if (!map.has(norm)) map.set(norm, { key: col.key, lang: null });
    }
  }
  return map;
}

/** The spellings as written (the generated headers every sheet repeats), to skip normalising them. */
const EXACT_SPELLINGS = new Map(
  COLUMNS.flatMap((col) => [...Object.values(col.header), ...(col.aliases ?? [])]).map(
    (s) => [s, SPELLINGS.get(normaliseHeader(s))] as const
  )
);

function spellingOf(cell: CellValue): Spelling | undefined {
  if (typeof cell !== "string") return undefined;
  return EXACT_SPELLINGS.get(cell) ?? SPELLINGS.get(normaliseHeader(cell));
}

/** Which contract column a header cell names, if any. */
export function columnForHeader(cell: CellValue): ColumnKey | null {
  return spellingOf(cell)?.key ?? null;
}

/** Reads one row as a header row. */
export function matchHeaderRow(cells: readonly CellValue[], rowIndex = 0): HeaderMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const duplicates: { key: ColumnKey; index: number }[] = [];
  const extras: number[] = [];
  const langVotes = new Map<Lang, number>();
  cells.forEach((cell, index) => {
    const spelling = spellingOf(cell);
    if (!spelling) {
      if (cell !== null && cell !== undefined && String(cell).trim() !== "") extras.push(index);
      return;
    }
    if (columns[spelling.key] !== undefined) {
      duplicates.push({ key: spelling.key, index });
      return;
    }
    columns[spelling.key] = index;
    if (spelling.lang) langVotes.set(spelling.lang, (langVotes.get(spelling.lang) ?? 0) + 1);
  });
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  let lang: Lang | null = null;
  let best = 0;
  for (const [l, votes] of langVotes) {
    if (votes > best) [lang, best] = [l, votes];
  }
  return { rowIndex, columns, missing, duplicates, extras, lang };
}

export function recognisedCount(match: HeaderMatch): number {
  return Object.keys(match.columns).length;
}

/**
 * Finds the header row among the first rows of a sheet: the row naming the most contract columns,
 * provided it names at least MIN_RECOGNISED_COLUMNS. Null when the sheet is not an OKR sheet.
 */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  scanRows = HEADER_SCAN_ROWS
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(rows.length, scanRows);
  for (let i = 0; i < limit; i++) {
    const match = matchHeaderRow(rows[i] ?? [], i);
    if (
      recognisedCount(match) >= MIN_RECOGNISED_COLUMNS &&
      (!best || recognisedCount(match) > recognisedCount(best))
    ) {
      best = match;
      // No later row can name more: the rows under a complete header are not read as headers
      // (reading them cost as much as linting them when a sheet is short).
      if (recognisedCount(best) === COLUMNS.length) break;
    }
  }
  return best;
}
