// OKR IDs (SALES-O1, SALES-O1-KR2) that are unique in the workbook, and sheet names Excel accepts.
import { cutText } from "../text/cut";

/** The ID of the n-th objective (1-based) under a prefix: SALES-O1. */
export function objectiveId(prefix: string, n: number): string {
  return `${prefix}-O${n}`;
}

/** The ID of the n-th key result (1-based) of an objective: SALES-O1-KR2. */
export function keyResultId(objectiveIdText: string, n: number): string {
  return `${objectiveIdText}-KR${n}`;
}

/** IDs compare without case or surrounding spaces, as people read them. */
export function idKey(id: string): string {
  // NFKC leaves printable ASCII as it is: most IDs skip it (it runs several times per row at 100,000 rows).
  return (ASCII.test(id) ? id : id.normalize("NFKC")).trim().toUpperCase();
}

/** Printable ASCII only (anything else is normalised as before). */
const ASCII = /^[ -~]*$/;

/**
 * A prefix whose IDs cannot clash with IDs already in the workbook: SALES if no ID starts with
 * "SALES-", else SALES2, SALES3, … (a second Sales sheet in the same workbook).
 */
export function uniqueIdPrefix(prefix: string, existingIds: Iterable<string>): string {
  const taken = new Set<string>();
  for (const id of existingIds) {
    const key = idKey(id);
    const dash = key.indexOf("-");
    if (dash > 0) taken.add(key.slice(0, dash));
  }
  const base = idKey(prefix);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}${n}`)) return `${base}${n}`;
  }
}

/** IDs that occur more than once, each with every 0-based position it occurs at (blank IDs ignored). */
export function duplicateIds(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const key = idKey(id);
    if (key === "") return;
    const where = seen.get(key);
    if (where) where.push(index);
    else seen.set(key, [index]);
  });
  return new Map([...seen].filter(([, where]) => where.length > 1));
}

/** Excel's rules for a worksheet name. */
export const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Why Excel would refuse a sheet name, or null when it is acceptable. */
export function sheetNameProblem(
  name: string
): "empty" | "too-long" | "forbidden-character" | "apostrophe-edge" | "reserved" | null {
  if (name.trim() === "") return "empty";
  if (name.length > SHEET_NAME_MAX) return "too-long";
  if (SHEET_NAME_FORBIDDEN.test(name)) return "forbidden-character";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe-edge";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/**
 * A sheet name Excel accepts that no existing sheet has (compared ignoring case, as Excel does):
 * "Sales 2026-Q1", then "Sales 2026-Q1 (2)", … Forbidden characters become "-" and the base is
 * shortened so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  let base = wanted
    .replace(new RegExp(SHEET_NAME_FORBIDDEN.source, "g"), "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "" || base.toLowerCase() === "history") base = `OKR ${base}`.trim();
  const fit = (suffix: string): string =>
    cutText(base, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
  const first = fit("");
  if (!taken.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const candidate = fit(` (${n})`);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
