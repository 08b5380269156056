// `okr review INPUT.xlsx… --ratings RATINGS.csv -o OUT.xlsx`: the inputs scored (as okr score does),
// a Ratings sheet holding every rating of RATINGS.csv, and the 360 Review sheet with live formulas.
// Any problem with the input is one located line each, exit 2, and nothing is written.
import type ExcelJS from "exceljs";
import { columnLetters } from "../domain/reading/cellRefs";
import { joinList } from "../domain/reading/i18n";
import { refusedSheets, sheetsAfterScore } from "../domain/score/scoreWorkbook";
import type { NewRating, ReviewPlan } from "../domain/review360/plan";
import {
  parseRole,
  readRatings,
  type RatingsTable,
  RATING_COLUMNS,
  RATING_KEYS,
  ROLE_TERMS,
  type Component,
} from "../domain/reading/ratingsSheet";
import { findingOf, renderFinding } from "../domain/rules/lint";
import type { Finding, IsoDate, Lang, Period, Scope } from "../domain/types";
import { leftOutLine, unknownPeriodText } from "../domain/reading/periodScope";
import { review } from "../operations/review";
import { inputsScope } from "./check";
import { fileHost } from "./fileHost";
import { InputError, csvRows, readBytes, type InputFile } from "./input";
import { located } from "./readProblems";
import { refusedText, scoreFiles } from "./score";
import type { FileSkipped } from "./xlsxHost";
import { largest } from "../domain/reading/largest";

/** A score as typed in the CSV: a plain number is a number; anything else stays text (a finding). */
const scoreOf = (text: string): number | string =>
  /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;

/** RATINGS.csv as ratings for the new sheet, each with its CSV line; a role in any language. */
export function readRatingsCsv(
  file: string,
  lang: Lang
): { ratings: (NewRating & { line: number })[]; table: RatingsTable; problems: string[] } {
  const rows = csvRows(readBytes(file), file);
  const table = readRatings(rows);
  if (!table) throw new InputError(located(file, "noRatingsHeader"));
  const line = (row: number, col: number, f: Finding) => {
    const { message, hint } = renderFinding(f, lang);
    return `${file}:${row} ${columnLetters(col)}${row}  ${message} ${hint}`;
  };
  const at = { sheet: file, row: table.headerRow, cell: "" };
  const problems = table.missing.map((k) =>
    line(
      table.headerRow,
      0,
      findingOf("REVIEW-RATINGS-HEADER", { ...at, params: { column: RATING_COLUMNS[k][lang] } })
    )
  );
  if (problems.length) return { ratings: [], table, problems };
  const roles = joinList(
    ROLE_TERMS.map((t) => t.label[lang]),
    lang
  );
  const ratings = table.ratings.flatMap((r) => {
    const role = parseRole(r.roleText);
    if (!role) {
      const col = table.columns.role as number;
      problems.push(
        line(r.row, col, findingOf("REVIEW-ROLE", { ...at, params: { role: r.roleText, roles } }))
      );
      return [];
    }
    const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
    return [
      {
        line: r.row,
        person: r.person,
        rater: r.rater,
        role,
        score: scoreOf(str(r.score)),
        comment: str(r.comment),
        date: str(r.date),
      },
    ];
  });
  return { ratings, table, problems };
}

export interface ReviewFileOptions {
  lang: Lang;
  relabel: boolean;
  scope: Scope;
  asOf: IsoDate;
  today: IsoDate;
  weights?: Record<Component, number>;
  scale?: { low: number; high: number };
  ratingsFile: string;
  hideRatings: boolean;
  /** The periods reviewed (empty: the latest one not closed). */
  periods: readonly Period[];
}

/**
 * The scored workbook with its review (src/operations/score.ts, then review.ts over the sheets as
 * Score left them: nothing is read back), or the located problems (then nothing may be written).
 */
export async function reviewFiles(
  files: readonly InputFile[],
  o: ReviewFileOptions
): Promise<
  | { ok: true; workbook: ExcelJS.Workbook; plan: ReviewPlan; skipped: FileSkipped[] }
  | { ok: false; problems: string[] }
> {
  // The periods reviewed must be the workbook's; the latest of them is scored (the others keep the
  // scores their sheets have).
  const known = inputsScope(files, null).periods.map((p) => p.period.label);
  const unknown = o.periods.find((p) => !known.includes(p.label));
  if (unknown)
    return {
      ok: false,
      problems: [unknownPeriodText({ ok: false, asked: unknown.label, known }, o.lang)],
    };
  const asked = [...o.periods].sort((a, b) => a.start.localeCompare(b.start));
  const latest = asked[asked.length - 1] ?? null;
  const shown = inputsScope(files, latest).shown;
  const unusable = refusedText(
    refusedSheets(files.flatMap((f) => f.sheets).filter((s) => shown.has(s.name))),
    files,
    o.lang
  );
  if (unusable) return { ok: false, problems: [unusable] };
  const csv = readRatingsCsv(o.ratingsFile, o.lang);
  if (csv.table.missing.length) return { ok: false, problems: csv.problems };
  const scored = await scoreFiles(files, {
    lang: o.lang,
    relabel: o.relabel,
    scope: o.scope,
    period: latest,
    asOf: o.asOf,
    today: o.today,
  });
  const { workbook } = scored;
  const host = fileHost(workbook, {
    sheets: sheetsAfterScore(scored.sheets, scored.plan),
    ...scored.origin,
  });
  const reviewed = await review(host, {
    lang: o.lang,
    weights: o.weights,
    scale: o.scale,
    newRatings: csv.ratings,
    periods: asked,
    hideRatings: o.hideRatings,
  });
  const { skipped, ...plan } = reviewed;
  if (!plan.ratingsCreated)
    return {
      ok: false,
      problems: [
        `${plan.ratingsSheet}: the input already has a ratings sheet; give its ratings in ${o.ratingsFile} instead and leave the sheet out of the input.`,
      ],
    };
  const problems = [
    ...csv.problems,
    ...plan.findings.map((f) => locate(f, { ...plan, plans: [] }, csv, o)),
  ];
  if (problems.length) return { ok: false, problems };
  const all = [...new Set([...scored.skipped, ...(skipped as FileSkipped[])])];
  return { ok: true, workbook, plan: { ...plan, plans: [] }, skipped: all };
}

/** A finding as one line: in RATINGS.csv at its line and column, or on the option that set it. */
function locate(
  f: Finding,
  plan: ReviewPlan,
  csv: ReturnType<typeof readRatingsCsv>,
  o: ReviewFileOptions
): string {
  const { message, hint } = renderFinding(f, o.lang);
  if (f.sheet === plan.ratingsSheet && f.row > 1) {
    const rating = csv.ratings[f.row - 2];
    // The sheet's columns are RATING_KEYS in order; the CSV's are wherever its header put them.
    const key = RATING_KEYS[f.cell.replace(/\d+$/, "").charCodeAt(0) - 65];
    const col = columnLetters(csv.table.columns[key] ?? 0);
    return `${o.ratingsFile}:${rating.line} ${col}${rating.line}  ${message} ${hint}`;
  }
  const option = f.ruleId === "REVIEW-SCALE" ? "--scale" : "--weights";
  return `${option}  ${message} ${hint}`;
}

/** A number for JSON: 12 significant digits, so binary noise stays out. */
const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(12)));

/** The `--format json` document of the issue. */
export function reviewJson(plan: ReviewPlan) {
  return {
    // The periods whose objectives make the OKR scores.
    periods: plan.periods,
    people: plan.model.people.map((p) => ({
      person: p.person,
      department: p.department,
      okr: round(p.components.okr),
      self: round(p.components.self),
      peer: round(p.components.peer),
      peerCount: p.peerCount,
      manager: round(p.components.manager),
      designated: round(p.components.designated),
      total: round(p.total),
      rank: p.rank,
    })),
  };
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);

export function reviewText(plan: ReviewPlan, out: string, skipped: readonly FileSkipped[]): string {
  const width = largest(
    plan.model.people.map((p) => p.person.length),
    6
  );
  const lines = plan.model.people.map(
    (p) =>
      `${p.person.padEnd(width)}  ${p.department}  total ${pct(p.total)}  rank ${p.rank ?? "—"}` +
      (p.missing.length ? `  (rescaled, without: ${p.missing.join(", ")})` : "")
  );
  return [
    ...lines,
    ...(plan.periods.length ? [`OKR scores from ${plan.periods.join(", ")}`] : []),
    ...(plan.scope && plan.scope.leftOut.length ? [leftOutLine(plan.scope, "en", "cli")] : []),
    `Wrote ${out} (review: ${plan.reviewSheet}, ratings: ${plan.ratingsSheet})`,
    ...(skipped.includes("charts")
      ? ["(charts are not written to .xlsx by the command line; Review in Excel adds them)"]
      : []),
    "",
  ].join("\n");
}
