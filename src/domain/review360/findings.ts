// The review's located findings: weights that do not make 100 %, an unusable scale, and every rating
// the total leaves out or counts twice — a score off the scale, a rater rating themselves as a peer,
// an unknown person, an unknown role, a duplicate.
import { absA1, columnLetters } from "../reading/cellRefs";
import { joinList } from "../reading/i18n";
import { cellNumber } from "../reading/valueCells";
import type { Finding } from "../types";
import { type Person } from "./model";
import {
  usableScale,
  type ReviewSettings,
  roleIn,
  roleWord,
  sameText,
  type RatingsTable,
  COMPONENTS,
  ROLES,
  type Component,
  type RatingColumn,
} from "../reading/ratingsSheet";
import { reviewFinding } from "./rules";

/** Weights must make 100 % (± 0.5 %, as the sheet's own weight rules); the scale must be a scale. */
export function settingsFindings(
  settings: ReviewSettings,
  sheet: string,
  rows: { scale: number; weights: number },
  cols: Record<Component | "total", number>,
  scaleCols: { low: number; high: number }
): Finding[] {
  const findings: Finding[] = [];
  const sum = COMPONENTS.reduce((s, c) => s + (cellNumber(settings.weights[c]) ?? 0), 0);
  if (Math.abs(sum - 1) > 0.005)
    findings.push(
      reviewFinding(
        "REVIEW-WEIGHTS-SUM",
        { sheet, row: rows.weights + 1, cell: absA1(cols.total, rows.weights).replace(/\$/g, "") },
        { sum: Number((sum * 100).toFixed(1)) }
      )
    );
  if (!usableScale(settings.scale))
    findings.push(
      reviewFinding(
        "REVIEW-SCALE",
        { sheet, row: rows.scale + 1, cell: `${columnLetters(scaleCols.low)}${rows.scale + 1}` },
        { low: String(settings.scale.low ?? ""), high: String(settings.scale.high ?? "") }
      )
    );
  return findings;
}

/** Every rating the review cannot count as it stands, located at the cell to fix. */
export function ratingFindings(
  table: RatingsTable,
  sheet: string,
  people: readonly Person[],
  settings: ReviewSettings
): Finding[] {
  const scale = usableScale(settings.scale);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const roles = joinList(
    ROLES.map((r) => roleWord(r, table.lang)),
    table.lang
  );
  for (const r of table.ratings) {
    const at = (k: RatingColumn) => ({
      sheet,
      row: r.row,
      cell: `${columnLetters(table.columns[k] ?? 0)}${r.row}`,
    });
    const role = roleIn(r, table.lang);
    if (!people.some((p) => sameText(p.name, r.person)))
      findings.push(reviewFinding("REVIEW-UNKNOWN-PERSON", at("person"), { person: r.person }));
    if (!role) findings.push(reviewFinding("REVIEW-ROLE", at("role"), { role: r.roleText, roles }));
    const score = cellNumber(r.score);
    if (scale && (score === null || score < scale.low || score > scale.high))
      findings.push(
        reviewFinding("REVIEW-RATING-SCALE", at("score"), {
          value: String(r.score ?? ""),
          low: scale.low,
          high: scale.high,
        })
      );
    if (role === "peer" && sameText(r.rater, r.person))
      findings.push(reviewFinding("REVIEW-SELF-PEER", at("rater"), { person: r.person }));
    if (!role) continue;
    const key = [r.person, r.rater, role].map((x) => x.toLowerCase()).join("\u0000");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.row);
    else
      findings.push(
        reviewFinding("REVIEW-DUPLICATE", at("person"), {
          person: r.person,
          rater: r.rater,
          role: r.roleText,
          first,
        })
      );
  }
  return findings;
}
