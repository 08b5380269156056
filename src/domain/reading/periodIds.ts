// IDs across periods. A workbook keeps years of objectives, and an ID is how a person, the Parent
// column, the check-in history, the Actions sheet and the Review name one of them; so an ID must stay
// unique in the whole workbook and say which period its objective belongs to. The first period's
// sheets keep the template's short IDs (SALES-O1); a later period's sheet whose department already
// has IDs in the workbook writes its period into them: SALES-26Q2-O1, SALES-26Q2-O1-KR1. Read
// aloud, "Sales, 2026 Q2, objective 1" is the row a person means, and Q2's SALES-26Q2-O1 is never
// taken for Q1's SALES-O1 in a Parent cell or an action. A second Sales sheet of the same period
// becomes SALES2-26Q2.
import { idKey } from "./ids";
import type { Period } from "../types";

/** A period as it reads inside an ID: 26Q2, 26H1, 2604 (a month), FY26, 2026 (a year). */
export function periodToken(period: Period): string {
  const label = period.label.toUpperCase();
  const yy = label.slice(2, 4);
  switch (period.kind) {
    case "quarter":
      return `${yy}${label.slice(5)}`; // 2026-Q2 → 26Q2
    case "half":
      return `${yy}${label.slice(5)}`; // 2026-H1 → 26H1
    case "month":
      return `${yy}${label.slice(5)}`; // 2026-04 → 2604
    case "fiscalYear":
      return `FY${label.slice(-2)}`; // FY2026 → FY26
    default:
      return label; // a calendar year: 2026
  }
}

/** A period token at the end of an ID prefix ("SALES-26Q2"): the department's part stays. */
const TOKEN_AT_END = /-(?:\d{2}(?:Q[1-4]|H[12]|\d{2})|FY\d{2}|\d{4})$/i;

/** The department's part of an ID prefix: SALES-26Q2 → SALES, SALES → SALES. */
export function departmentPrefix(prefix: string): string {
  return prefix.replace(TOKEN_AT_END, "");
}

/**
 * The ID prefix of a department's sheet for a period, unique in the workbook: the department's own
 * (SALES) while no ID of the workbook uses it, else with the period in it (SALES-26Q2), else
 * numbered (SALES2-26Q2) when the period already has a sheet of that department.
 */
export function periodIdPrefix(
  department: string,
  period: Period,
  existingIds: Iterable<string>
): string {
  const ids = [...existingIds].map(idKey);
  const used = (prefix: string) => ids.some((id) => id.startsWith(`${idKey(prefix)}-`));
  const base = idKey(departmentPrefix(department)) || "OKR";
  if (!used(base)) return base;
  const token = periodToken(period);
  for (let n = 1; ; n++) {
    const candidate = `${n === 1 ? base : `${base}${n}`}-${token}`;
    // "SALES2-" must also be free as a department prefix of its own.
    if (!used(candidate) && (n === 1 || !used(`${base}${n}`))) return candidate;
  }
}
