// A rating entered in the pane (issue 36): the row it becomes on the Ratings sheet, in the sheet's
// own language and columns, right below its last rating — the same row a person would type, so the
// 360 review's formulas count it as they count every other.
import { EN_US_SEPARATORS, parseNumber, type NumberSeparators } from "../reading/numbers";
import { ROLE_TERMS, type RatingsTable, type Role } from "../reading/ratingsSheet";
import { termLabel } from "../reading/vocabulary";

export interface NewRating {
  person: string;
  rater: string;
  role: Role;
  /** As typed: "4", "4.5", "80%". */
  score: string;
  comment?: string;
}

export type NewRatingProblem =
  | { kind: "missing"; field: "person" | "rater" | "score" }
  | { kind: "bad-score"; value: string }
  /** The sheet's header row lacks a column the rating needs. */
  | { kind: "no-column"; field: "person" | "rater" | "role" | "score" };

export interface RatingRow {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column and value of each cell written. */
  cells: { col: number; value: string | number }[];
}

/** The rating's row; its score read with the separators of the Excel it is typed in. */
export function ratingRow(
  table: RatingsTable,
  r: NewRating,
  separators: NumberSeparators = EN_US_SEPARATORS
): { ok: true; row: RatingRow } | { ok: false; problems: NewRatingProblem[] } {
  const problems: NewRatingProblem[] = [];
  for (const field of ["person", "rater", "score"] as const)
    if (r[field].trim() === "") problems.push({ kind: "missing", field });
  const score = r.score.trim() === "" ? null : parseNumber(r.score, separators);
  if (score && !score.ok) problems.push({ kind: "bad-score", value: r.score });
  for (const field of ["person", "rater", "role", "score"] as const)
    if (table.columns[field] === undefined) problems.push({ kind: "no-column", field });
  if (problems.length || !score?.ok) return { ok: false, problems };
  const last = Math.max(table.headerRow, ...table.ratings.map((x) => x.row));
  const values: Partial<Record<keyof typeof table.columns, string | number>> = {
    person: r.person.trim(),
    rater: r.rater.trim(),
    role: termLabel(ROLE_TERMS, r.role, table.lang),
    score: score.value,
    ...(r.comment?.trim() ? { comment: r.comment.trim() } : {}),
  };
  const cells = Object.entries(values).flatMap(([key, value]) => {
    const col = table.columns[key as keyof typeof table.columns];
    return col === undefined || value === undefined ? [] : [{ col, value }];
  });
  return { ok: true, row: { row: last + 1, cells } };
}
