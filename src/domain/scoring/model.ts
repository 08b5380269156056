// The reference model: the scoring math of DOMAIN.md in TypeScript, computed from the cells as they
// are stored. The formulas in formulas.ts must give the same numbers in every engine; the property
// tests hold them to it. Like a spreadsheet, only numbers count as numbers here: text in a numeric
// cell is "not a number" (the linter reports it), except the "40%" a host hands over for a
// percent-formatted number.
import { dayNumber } from "../reading/dates";
import { idKey } from "../reading/ids";
import { keyResultCount, type OkrSheet } from "../reading/sheet";
import { asTyped, cellNumber } from "../reading/valueCells";
import type {
  CellValue,
  Commitment,
  IsoDate,
  KeyResult,
  Objective,
  Period,
  Status,
} from "../types";
import { gradedAs } from "./krTypes";
import { TOO_EASY_AT, gradingOf } from "./grading";
import { scoreKrAtEnd } from "./finalScore";
import { notStartedKr, type FirstCheckin } from "./notStarted";

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** The share of the period elapsed at `asOf`, counting the as-of day; null without both. */
export function expectedPace(period: Period | null, asOf: IsoDate | null): number | null {
  if (!period || !asOf) return null;
  const start = dayNumber(period.start);
  return clamp01((dayNumber(asOf) - start + 1) / (dayNumber(period.end) - start + 1));
}

export function statusOf(
  commitment: Commitment | null,
  progress: number | null,
  expected: number | null
): Status | null {
  if (progress === null) return null;
  const { bar, band } = gradingOf(commitment);
  const should = bar * (expected ?? 1);
  if (progress >= should) return "green";
  return progress >= should - band ? "yellow" : "red";
}

/** Σ w·p / Σ w over items with progress; equal weights when no weight is a number. */
export function weightedMean(items: readonly { progress: number | null; weight: CellValue }[]) {
  const scored = items.filter((i) => i.progress !== null) as {
    progress: number;
    weight: CellValue;
  }[];
  if (scored.length === 0) return null;
  if (items.every((i) => cellNumber(i.weight) === null)) {
    return scored.reduce((sum, i) => sum + i.progress, 0) / scored.length;
  }
  let used = 0;
  let sum = 0;
  for (const i of scored) {
    const w = cellNumber(i.weight);
    if (w === null) continue;
    used += w;
    sum += w * i.progress;
  }
  return used === 0 ? null : sum / used;
}

export interface RowScore {
  sheet: string;
  row: number;
  id: string;
  level: "objective" | "keyResult";
  progress: number | null;
  gapToTarget: number | null;
  expected: number | null;
  status: Status | null;
  alignmentGap: number | null;
  /** A key result that cannot be scored: the rule ID of the finding that says why. */
  problem: string | null;
  /**
   * No check-in yet before its first is due (scoring/notStarted.ts): its status is null and its
   * Status cell says "Not started"; an objective is when all its key results are.
   */
  notStarted?: boolean;
  /**
   * Graded as committed only because its objective has no Commitment (grading.ts): said wherever
   * the grade shows, "committed (assumed)".
   */
  commitmentAssumed?: true;
}

export interface SheetScore {
  name: string;
  score: number | null;
  objectives: number;
  keyResults: number;
  counts: Record<Status, number>;
  /** Key results that could not be scored (left out of their objective's mean). */
  notScored: number;
  /** Key results not started yet (counted apart from the statuses). */
  notStarted: number;
  rows: RowScore[];
}

export interface WorkbookScore {
  sheets: SheetScore[];
  /** Every row of every sheet, in sheet then row order. */
  rows: RowScore[];
}

/**
 * The model's rows by sheet, then row: looked up without a key string made per row (100,000 key
 * results, each looked up from both Summary sheets).
 */
export function rowsBySheet(rows: readonly RowScore[]): Map<string, Map<number, RowScore>> {
  const bySheet = new Map<string, Map<number, RowScore>>();
  for (const r of rows) {
    let byRow = bySheet.get(r.sheet);
    if (!byRow) bySheet.set(r.sheet, (byRow = new Map()));
    byRow.set(r.row, r);
  }
  return bySheet;
}

/**
 * One period's sheet with its score, as the Summary's "Quarter by quarter" places it
 * (score/quarterByQuarter.ts): its period, its row's label, and where its score is.
 */
export interface PeriodSheet {
  sheet: string;
  period: Period;
  /** The department, else the sheet's name without its period. */
  label: string;
  /** Its score as a reference the Summary can link to (null: the value alone). */
  ref: string | null;
  /** What the reference model gives. */
  score: number | null;
}

/** An objective's progress: the weighted mean of its key results' (given, or scored here). */
function meanOfKeyResults(
  objective: Objective,
  scored: readonly { progress: number | null }[] = objective.keyResults.map(scoreKrAtEnd)
): number | null {
  return weightedMean(
    scored.map((k, i) => ({ progress: k.progress, weight: objective.keyResults[i].cells.weight }))
  );
}

/**
 * A key result's cells as Score reads them once the sheet is laid out: a CSV's cells are text, and
 * its "197" is the number 197, as Excel stores what a person types (the rules read cells so too).
 */
function asLaidOut(kr: KeyResult): KeyResult {
  const c = kr.cells;
  // Each read once, without a closure per key result: O-TOO-EASY asks for every one of a sheet's.
  const start = asTyped(c.start ?? null);
  const target = asTyped(c.target ?? null);
  const current = asTyped(c.current ?? null);
  const finalScore = asTyped(c.finalScore ?? null);
  // An .xlsx's cells are typed already: the key result as it is, not a copy of it per check.
  if (
    c.weight === kr.weight &&
    start === c.start &&
    target === c.target &&
    current === c.current &&
    finalScore === c.finalScore
  )
    return kr;
  return { ...kr, cells: { ...c, start, target, current, finalScore, weight: kr.weight } };
}

/**
 * An aspirational objective that ends the period this high may not have been ambitious (seed 003):
 * its progress when the sheet's as-of date is at or past the period's end, else null.
 */
export function tooEasyScore(sheet: OkrSheet, objective: Objective): number | null {
  if (objective.commitment !== "aspirational") return null;
  if (expectedPace(sheet.header.period, sheet.header.asOf) !== 1) return null;
  const progress = meanOfKeyResults({
    ...objective,
    keyResults: objective.keyResults.map(asLaidOut),
  });
  return progress !== null && progress >= TOO_EASY_AT ? progress : null;
}

/** The objectives aligned to each objective ID (by Parent), across all sheets. */
export function childrenByParent(
  sheets: readonly OkrSheet[]
): Map<string, { sheet: string; objective: Objective }[]> {
  const children = new Map<string, { sheet: string; objective: Objective }[]>();
  for (const sheet of sheets)
    for (const objective of sheet.objectives) {
      if (!objective.parent) continue;
      const key = idKey(objective.parent);
      const list = children.get(key);
      if (list) list.push({ sheet: sheet.name, objective });
      else children.set(key, [{ sheet: sheet.name, objective }]);
    }
  return children;
}

/**
 * The sheets as seen at a date, as Score leaves them: `asOf` (the date Score writes) in each one's
 * As-of, else the sheet's own, else `fallback` (today). What reads a sheet's time — the period's
 * end for O-TOO-EASY, overdue actions — then sees what Score grades at.
 */
export function sheetsAsOf(
  sheets: readonly OkrSheet[],
  asOf: IsoDate | null,
  fallback: IsoDate | null = null
): OkrSheet[] {
  return sheets.map((sheet) => {
    const at = asOf ?? sheet.header.asOf ?? fallback;
    return at === sheet.header.asOf ? sheet : { ...sheet, header: { ...sheet.header, asOf: at } };
  });
}

/** The as-of date a sheet is scored at: the one Score writes, else the sheet's own. */
function asOfFor(sheet: OkrSheet, asOf: IsoDate | null): IsoDate | null {
  return asOf ?? sheet.header.asOf;
}

/**
 * Scores every OKR sheet of a workbook. `asOf` is the date Score writes into every sheet; `first`,
 * the cadence and check-ins that say which key results have not started (none without it).
 */
export function scoreWorkbook(
  sheets: readonly OkrSheet[],
  asOf: IsoDate | null,
  first?: FirstCheckin
): WorkbookScore {
  const okr = sheets.filter((s) => s.match);
  const progressOf = new Map<Objective, number | null>();
  /** Each objective's row, for the alignment gaps, which need every sheet scored first. */
  const objectiveRows: { row: RowScore; objective: Objective }[] = [];
  const perSheet = okr.map((sheet) => {
    const expected = expectedPace(sheet.header.period, asOfFor(sheet, asOf));
    const rows: RowScore[] = [];
    const counts: Record<Status, number> = { green: 0, yellow: 0, red: 0 };
    let notScored = 0;
    let notStarted = 0;
    const sheetAsOf = asOfFor(sheet, asOf);
    const krRow = (kr: KeyResult, commitment: Commitment | null): RowScore => {
      const { progress, gapToTarget, problem } = scoreKrAtEnd(kr);
      const waiting = first ? notStartedKr(sheet, kr, sheetAsOf, first) : false;
      const graded = gradedAs(kr, commitment);
      const status = waiting ? null : statusOf(graded, progress, expected);
      if (status) counts[status]++;
      if (problem) notScored++;
      if (waiting) notStarted++;
      return {
        sheet: sheet.name,
        row: kr.row,
        id: kr.id,
        level: "keyResult",
        progress,
        gapToTarget,
        expected,
        status,
        alignmentGap: null,
        problem,
        ...(waiting ? { notStarted: true } : {}),
        ...(graded === null ? { commitmentAssumed: true as const } : {}),
      };
    };
    for (const kr of sheet.orphans) rows.push(krRow(kr, null));
    for (const objective of sheet.objectives) {
      const krs = objective.keyResults.map((kr) => krRow(kr, objective.commitment));
      const progress = meanOfKeyResults(objective, krs);
      progressOf.set(objective, progress);
      const waiting = krs.length > 0 && krs.every((k) => k.notStarted);
      const own: RowScore = {
        sheet: sheet.name,
        row: objective.row,
        id: objective.id,
        level: "objective",
        progress,
        gapToTarget: null,
        expected,
        status: waiting ? null : statusOf(objective.commitment, progress, expected),
        alignmentGap: null,
        problem: null,
        ...(waiting ? { notStarted: true } : {}),
        ...(objective.commitment === null ? { commitmentAssumed: true as const } : {}),
      };
      objectiveRows.push({ row: own, objective });
      rows.push(own, ...krs);
    }
    const score = weightedMean(
      sheet.objectives.map((o) => ({ progress: progressOf.get(o) ?? null, weight: o.cells.weight }))
    );
    const keyResults = keyResultCount(sheet);
    return {
      name: sheet.name,
      score,
      objectives: sheet.objectives.length,
      keyResults,
      counts,
      notScored,
      notStarted,
      rows,
    };
  });

  const children = childrenByParent(okr);
  for (const { row, objective } of objectiveRows) {
    const kids = (children.get(idKey(row.id)) ?? [])
      .map((c) => progressOf.get(c.objective) ?? null)
      .filter((p): p is number => p !== null);
    const p = progressOf.get(objective) ?? null;
    if (row.id && p !== null && kids.length > 0)
      row.alignmentGap = p - kids.reduce((a, b) => a + b, 0) / kids.length;
  }
  return { sheets: perSheet, rows: perSheet.flatMap((s) => s.rows) };
}
