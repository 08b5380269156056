// Reading ratings: the Ratings sheet in a workbook, or RATINGS.csv on the command line. Headers are
// recognised in any of the three languages; each rating keeps its sheet row so findings can point
// at its cells. Like a spreadsheet's COUNTIFS, a role or person matches ignoring case only.
import { normaliseHeader } from "../reading/header";
import { LANGS, type CellValue, type Lang } from "../types";
import { parseTerm } from "../reading/vocabulary";
import {
  RATING_COLUMNS,
  RATING_KEYS,
  REQUIRED_RATING_COLUMNS,
  ROLE_TERMS,
  type RatingColumn,
  type Role,
} from "./text";

/** One rating as read: raw cells, so the model reads them as the formulas do. */
export interface Rating {
  /** 1-based row of the sheet (or line of the CSV). */
  row: number;
  person: string;
  rater: string;
  /** The role cell as typed. */
  roleText: string;
  score: CellValue;
  comment: CellValue;
  date: CellValue;
}

export interface RatingsTable {
  /** 1-based row of the header row. */
  headerRow: number;
  /** 0-based column of each column found. */
  columns: Partial<Record<RatingColumn, number>>;
  /** Required columns the header row lacks. */
  missing: RatingColumn[];
  /** The language the headers are written in: the role words the formulas match. */
  lang: Lang;
  ratings: Rating[];
}

/** How far down a sheet the Ratings header row is looked for. */
const SCAN_ROWS = 10;

const HEADER_INDEX = new Map<string, { key: RatingColumn; lang: Lang }>(
  RATING_KEYS.flatMap((key) =>
    LANGS.map((lang) => [normaliseHeader(RATING_COLUMNS[key][lang]), { key, lang }] as const)
  )
);

const text = (v: CellValue): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : String(v);

/**
 * The ratings under a header row naming at least three of Person, Rater, Role, Score (any language);
 * null when there is no such row (this is not a Ratings sheet).
 */
export function readRatings(rows: readonly (readonly CellValue[])[]): RatingsTable | null {
  for (let r = 0; r < Math.min(SCAN_ROWS, rows.length); r++) {
    const columns: Partial<Record<RatingColumn, number>> = {};
    const langs: Lang[] = [];
    (rows[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const hit = HEADER_INDEX.get(normaliseHeader(cell));
      if (!hit || columns[hit.key] !== undefined) return;
      columns[hit.key] = c;
      langs.push(hit.lang);
    });
    const required = REQUIRED_RATING_COLUMNS.filter((k) => columns[k] !== undefined);
    if (required.length < 3) continue;
    // zh-CN and zh-TW share some words: the language most headers are only in wins.
    const lang =
      LANGS.map((l) => ({ l, n: langs.filter((x) => x === l).length })).sort((a, b) => b.n - a.n)[0]
        ?.l ?? "en";
    const ratings: Rating[] = [];
    for (let i = r + 1; i < rows.length; i++) {
      const line = rows[i] ?? [];
      const cell = (k: RatingColumn): CellValue =>
        columns[k] === undefined ? null : line[columns[k] as number];
      if (RATING_KEYS.every((k) => text(cell(k)).trim() === "")) continue;
      ratings.push({
        row: i + 1,
        person: text(cell("person")),
        rater: text(cell("rater")),
        roleText: text(cell("role")),
        score: cell("score") ?? null,
        comment: cell("comment") ?? null,
        date: cell("date") ?? null,
      });
    }
    return {
      headerRow: r + 1,
      columns,
      missing: REQUIRED_RATING_COLUMNS.filter((k) => columns[k] === undefined),
      lang: langFromHeaders(rows[r] ?? [], lang),
      ratings,
    };
  }
  return null;
}

/** zh-CN and zh-TW headers can be identical (日期); a header only one language uses decides. */
function langFromHeaders(row: readonly CellValue[], fallback: Lang): Lang {
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const key = normaliseHeader(cell);
    const langs = LANGS.filter((l) =>
      RATING_KEYS.some((k) => normaliseHeader(RATING_COLUMNS[k][l]) === key)
    );
    if (langs.length === 1) return langs[0];
  }
  return fallback;
}

/** The role word a sheet in `lang` uses (the word its formulas count). */
export const roleWord = (role: Role, lang: Lang): string =>
  ROLE_TERMS.find((t) => t.value === role)?.label[lang] ?? role;

/** Same text as a spreadsheet criterion compares it: ignoring case, nothing trimmed. */
export const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The role a rating counts as in a sheet of `lang`: its word there, ignoring case; else null. */
export function roleIn(rating: Rating, lang: Lang): Role | null {
  return ROLE_TERMS.find((t) => sameText(t.label[lang], rating.roleText))?.value ?? null;
}

/** A role word in any language or spelling (CSV input), for writing it in the sheet's language. */
export const parseRole = (cell: string): Role | null => parseTerm(ROLE_TERMS, cell);
