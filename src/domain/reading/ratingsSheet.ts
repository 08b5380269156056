// Reading ratings: the Ratings sheet in a workbook, or RATINGS.csv on the command line, with its
// words (columns, roles, the components a total is made of) and the review's weights and scale as
// their cells hold them. Headers are recognised in any of the three languages; each rating keeps
// its sheet row so findings can point at its cells. Like a spreadsheet's COUNTIFS, a role or person
// matches ignoring case only.
import { normaliseHeader } from "./header";
import { cellNumber } from "./valueCells";
import { LANGS, type CellValue, type Lang, type Localized } from "../types";
import { parseTerm, type Term } from "./vocabulary";

/** The five components of a person's total (seed 002: OKR score + self, peer, manager, designated). */
export const COMPONENTS = ["okr", "self", "peer", "manager", "designated"] as const;
export type Component = (typeof COMPONENTS)[number];

/** The four roles a rating can come in: every component but the OKR score. */
export type Role = Exclude<Component, "okr">;
export const ROLES: readonly Role[] = ["self", "peer", "manager", "designated"];

/** Role words as cells show them; a sheet's dropdown offers its language's label. */
export const ROLE_TERMS: readonly Term<Role>[] = [
  { value: "self", label: { en: "Self", "zh-CN": "自评", "zh-TW": "自評" } },
  { value: "peer", label: { en: "Peer", "zh-CN": "互评", "zh-TW": "互評" } },
  { value: "manager", label: { en: "Manager", "zh-CN": "上级", "zh-TW": "上級" } },
  {
    value: "designated",
    label: { en: "Designated", "zh-CN": "指定人", "zh-TW": "指定人" },
    aliases: ["Designated reviewer", "指定评价人", "指定評價人"],
  },
];

/** The Ratings sheet's columns, in order; headers are read in any of the three languages. */
export const RATING_COLUMNS = {
  person: { en: "Person", "zh-CN": "员工", "zh-TW": "員工" },
  rater: { en: "Rater", "zh-CN": "评价人", "zh-TW": "評價人" },
  role: { en: "Role", "zh-CN": "评价类型", "zh-TW": "評價類型" },
  score: { en: "Score", "zh-CN": "评分", "zh-TW": "評分" },
  comment: { en: "Comment", "zh-CN": "评语", "zh-TW": "評語" },
  date: { en: "Date", "zh-CN": "日期", "zh-TW": "日期" },
} satisfies Record<string, Localized>;
export type RatingColumn = keyof typeof RATING_COLUMNS;
export const RATING_KEYS = Object.keys(RATING_COLUMNS) as RatingColumn[];
/** Columns a Ratings sheet or RATINGS.csv must have. */
export const REQUIRED_RATING_COLUMNS: readonly RatingColumn[] = [
  "person",
  "rater",
  "role",
  "score",
];

/** The weights and the scale as their cells hold them (live: people may edit them). */
export interface ReviewSettings {
  weights: Record<Component, CellValue>;
  scale: { low: CellValue; high: CellValue };
}

/** The scale's ends when they make a scale (numbers, high above low); null otherwise. */
export function usableScale(scale: ReviewSettings["scale"]): { low: number; high: number } | null {
  const low = cellNumber(scale.low);
  const high = cellNumber(scale.high);
  return low !== null && high !== null && high > low ? { low, high } : null;
}

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

/** A name as sameText compares it: the key to look people, departments and ratings up by. */
export const textKey = (text: string): string => text.toLowerCase();

/** Same text as a spreadsheet criterion compares it: ignoring case, nothing trimmed. */
export const sameText = (a: string, b: string): boolean => textKey(a) === textKey(b);

/** The role a rating counts as in a sheet of `lang`: its word there, ignoring case; else null. */
export function roleIn(rating: Rating, lang: Lang): Role | null {
  return ROLE_TERMS.find((t) => sameText(t.label[lang], rating.roleText))?.value ?? null;
}

/** A role word in any language or spelling (CSV input), for writing it in the sheet's language. */
export const parseRole = (cell: string): Role | null => parseTerm(ROLE_TERMS, cell);
