// Closing the period (seed 003) as a plan: the final scores people give their key results into each
// OKR sheet's Final score column (added after the sheet's last column when an older sheet has
// none), and the Review sheet with one row per objective and the review text people give. Nothing
// is written when any entry is wrong: every problem comes back, each naming its entry.
import { columnHeader } from "../reading/columns";
import { idKey, uniqueSheetName } from "../reading/ids";
import { isReviewSheet } from "../reading/ownSheets";
import { periodContains } from "../reading/period";
import { SCORE_FORMAT } from "../plan/layout";
import { columnsOf, type SheetInput } from "../plan/sheetLayout";
import { area, emptyPlan, type SheetPlan } from "../plan/types";
import { planScore, type ScorePlan } from "../score/scoreWorkbook";
import { periodScope, reviewedIn } from "../reading/periodScope";
import { readFinalScore } from "../scoring/finalScore";
import { readSheet } from "../reading/sheet";
import { asTyped } from "../reading/valueCells";
import type { CellValue, IsoDate, Lang, Period } from "../types";
import {
  REVIEW_SHEET_NAME,
  REVIEW_TEXT_KEYS,
  parseCarry,
  progressRefOf,
  readReview,
  reviewPlan,
  type ReviewText,
} from "./periodReview";
import { widestRow } from "../reading/largest";

/** One line of what people give at closing: a key result's final score, or an objective's review. */
export interface CloseEntry {
  id: string;
  score?: CellValue;
  text?: Partial<Record<(typeof REVIEW_TEXT_KEYS)[number], string>>;
  carry?: CellValue;
}

export type CloseProblem =
  | { kind: "unknown-id"; id: string }
  | { kind: "bad-score"; id: string; value: string }
  | { kind: "objective-score"; id: string }
  | { kind: "kr-review"; id: string }
  | { kind: "bad-carry"; id: string; value: string }
  /** An ID of another period than the one being closed. */
  | { kind: "other-period"; id: string; period: string; closing: string }
  /** The workbook has no OKR sheet of the period asked for. */
  | { kind: "unknown-period"; asked: string; known: string[] }
  /** One per period, naming every sheet of it. */
  | { kind: "date-outside"; sheets: string[]; period: string; start: IsoDate; end: IsoDate };

export interface CloseOptions {
  /** Every sheet of the workbook, as read. */
  inputs: readonly SheetInput[];
  /** The period to close; by default the latest one not closed (reading/periodScope.ts). */
  period?: Period | null;
  /** Days between check-ins (the workbook's setting): for the scoring that follows. */
  cadence?: number;
  asOf: IsoDate;
  lang: Lang;
  entries: readonly CloseEntry[];
}

export interface ClosePlan {
  plans: SheetPlan[];
  reviewSheet: string;
  /** Final scores written, and the closed period's objectives (now on the Review). */
  scored: number;
  objectives: number;
  problems: CloseProblem[];
  /** The period closed. */
  period?: Period | null;
}

const hasText = (e: CloseEntry) =>
  Object.values(e.text ?? {}).some((t) => t !== undefined && t.trim() !== "");
const hasCarry = (e: CloseEntry) => e.carry !== undefined && e.carry !== null && e.carry !== "";

export function planClose(o: CloseOptions): ClosePlan {
  const chosen = periodScope(o.inputs, o.period ?? null);
  if (!chosen.ok)
    return {
      plans: [],
      reviewSheet: "",
      scored: 0,
      objectives: 0,
      problems: [{ kind: "unknown-period", asked: chosen.asked, known: chosen.known }],
    };
  const scope = chosen.scope;
  const all = o.inputs.filter((i) => i.sheet.match);
  const okr = all.filter((i) => scope.shown.has(i.sheet.name));
  const problems: CloseProblem[] = [];
  for (const { sheet } of okr) {
    const p = sheet.header.period;
    if (!p || periodContains(p, o.asOf)) continue;
    const same = problems.find((x) => x.kind === "date-outside" && x.period === p.label);
    if (same?.kind === "date-outside") same.sheets.push(sheet.name);
    else
      problems.push({
        kind: "date-outside",
        sheets: [sheet.name],
        period: p.label,
        start: p.start,
        end: p.end,
      });
  }
  const krs = new Map<string, { input: SheetInput; row: number; objective: string | null }>();
  const objectives = new Set<string>();
  for (const input of okr) {
    const s = input.sheet;
    for (const kr of s.orphans)
      if (kr.id) krs.set(idKey(kr.id), { input, row: kr.row, objective: null });
    for (const x of s.objectives) {
      if (x.id) objectives.add(idKey(x.id));
      for (const kr of x.keyResults)
        if (kr.id) krs.set(idKey(kr.id), { input, row: kr.row, objective: x.id || null });
    }
  }
  // The period of an ID on another sheet, for saying so.
  const elsewhere = new Map<string, string>();
  for (const { sheet } of all)
    if (!scope.shown.has(sheet.name))
      for (const x of sheet.objectives)
        for (const id of [x.id, ...x.keyResults.map((k) => k.id)])
          if (id) elsewhere.set(idKey(id), sheet.header.period?.label ?? sheet.name);

  const scores = new Map<SheetInput, { row: number; value: number }[]>();
  const texts = new Map<string, ReviewText>();
  /** Key results that reached their target and are marked to carry over (or unmarked), by objective. */
  const krCarry = new Map<string, Map<string, boolean>>();
  for (const e of o.entries) {
    const key = idKey(e.id);
    const kr = krs.get(key);
    const hasScore = e.score !== undefined && e.score !== null && e.score !== "";
    if (!kr && !objectives.has(key)) {
      const other = elsewhere.get(key);
      problems.push(
        other
          ? { kind: "other-period", id: e.id, period: other, closing: scope.period?.label ?? "" }
          : { kind: "unknown-id", id: e.id }
      );
      continue;
    }
    if (kr) {
      if (hasText(e)) problems.push({ kind: "kr-review", id: e.id });
      if (hasCarry(e)) {
        const carry = parseCarry(e.carry ?? null);
        if (carry === undefined || kr.objective === null)
          problems.push({ kind: "bad-carry", id: e.id, value: String(e.carry) });
        else {
          const marks = krCarry.get(idKey(kr.objective)) ?? new Map<string, boolean>();
          marks.set(e.id, carry === true);
          krCarry.set(idKey(kr.objective), marks);
        }
      }
      if (!hasScore) continue;
      const read = readFinalScore(asTyped(e.score as CellValue));
      if (read.kind !== "score") {
        problems.push({ kind: "bad-score", id: e.id, value: String(e.score) });
        continue;
      }
      scores.set(kr.input, [...(scores.get(kr.input) ?? []), { row: kr.row, value: read.value }]);
      continue;
    }
    if (hasScore) problems.push({ kind: "objective-score", id: e.id });
    const carry = parseCarry(e.carry ?? null);
    if (carry === undefined) {
      problems.push({ kind: "bad-carry", id: e.id, value: String(e.carry) });
      continue;
    }
    const text: ReviewText = {};
    for (const k of REVIEW_TEXT_KEYS) if (e.text?.[k]?.trim()) text[k] = e.text[k]!.trim();
    if (carry !== null) text.carry = carry;
    texts.set(key, text);
  }

  const reviewInput = o.inputs.find((i) => isReviewSheet(i.rows));
  const reviewSheet =
    reviewInput?.sheet.name ??
    uniqueSheetName(
      REVIEW_SHEET_NAME[o.lang],
      o.inputs.map((i) => i.sheet.name)
    );
  const empty = {
    plans: [],
    reviewSheet,
    scored: 0,
    objectives: 0,
    problems,
    period: scope.period,
  };
  if (problems.length) return empty;

  const plans: SheetPlan[] = [];
  /** Final score columns added to older sheets, where Score then places the formula columns after. */
  const added = new Map<SheetInput, number>();
  let scored = 0;
  for (const [input, list] of scores) {
    const plan = emptyPlan(input.sheet.name, false);
    const lang = input.sheet.header.lang ?? o.lang;
    // An older sheet without the column: it goes after the sheet's last used column.
    let col = input.sheet.match?.columns.finalScore;
    if (col === undefined) {
      col = widestRow(input.rows);
      added.set(input, col);
      plan.blocks.push({
        row: input.sheet.headerRow - 1,
        col,
        values: [[columnHeader("finalScore", lang)]],
      });
    }
    for (const { row, value } of list) {
      plan.blocks.push({ row: row - 1, col, values: [[value]] });
      plan.numberFormats.push({ area: area(row - 1, col), format: SCORE_FORMAT });
    }
    scored += list.length;
    plans.push(plan);
  }

  // What the Review held stays; what was given now is laid over it.
  const kept = reviewInput ? readReview(reviewInput.rows) : new Map<string, ReviewText>();
  for (const [key, text] of texts) kept.set(key, { ...kept.get(key), ...text });
  for (const [key, marks] of krCarry) {
    const text = kept.get(key) ?? {};
    const listed = new Map((text.carryKrs ?? []).map((id) => [idKey(id), id]));
    for (const [id, carry] of marks)
      if (carry) listed.set(idKey(id), id);
      else listed.delete(idKey(id));
    kept.set(key, { ...text, carryKrs: [...listed.values()] });
  }
  // The Review keeps the periods it closed before: their objectives stay on it, beside this one's.
  const reviewed = reviewedIn(o.inputs);
  const onReview = all.filter((i) => scope.shown.has(i.sheet.name) || reviewed.has(i.sheet.name));
  const lines = onReview.flatMap((input) => {
    // Progress is the first formula column Score places after the last one when a sheet lacks it.
    const after = added.get(input);
    const progress =
      input.sheet.match?.columns.progress ??
      (after === undefined ? columnsOf(input).progress : after + 1);
    return input.sheet.objectives.map((x) => ({
      sheet: input.sheet.name,
      id: x.id,
      statement: x.statement,
      owner: x.owner,
      commitment: x.commitment,
      progressRef: progressRefOf(progress, x.row),
    }));
  });
  const periods = [...new Set(onReview.map((i) => i.sheet.header.period?.label).filter(Boolean))];
  plans.push(
    reviewPlan({
      name: reviewSheet,
      replace: reviewInput !== undefined,
      periodLabel: periods.join(", "),
      lang: o.lang,
      lines,
      texts: kept,
    })
  );
  const closing = okr.reduce((n, i) => n + i.sheet.objectives.length, 0);
  return { plans, reviewSheet, scored, objectives: closing, problems, period: scope.period };
}

/** A sheet's rows with a plan's values in them, as a host would store them (formulas aside). */
function withBlocks(rows: readonly (readonly CellValue[])[], plan: SheetPlan): CellValue[][] {
  const out = rows.map((r) => [...r]);
  for (const b of plan.blocks)
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null || typeof v === "object") return;
        (out[b.row + i] ??= [])[b.col + j] = v;
      })
    );
  return Array.from(out, (r) => r ?? []);
}

/**
 * Closing and scoring in one go, for one batch in Excel and one write on a file: the close plans,
 * then Score as of the closing date over the sheets as they will be (final scores in), so the
 * objectives' means and the grades follow the final scores at once.
 */
export function planCloseAndScore(
  o: CloseOptions & { checkedOn: IsoDate }
): ClosePlan & { score: ScorePlan | null } {
  const close = planClose(o);
  if (close.problems.length) return { ...close, score: null };
  const after = o.inputs.map((input) => {
    const plan = close.plans.find((p) => p.sheet === input.sheet.name && !p.create);
    if (!plan) return input;
    const rows = withBlocks(input.rows, plan);
    const { period, scope } = input.sheet.header;
    return {
      sheet: readSheet(input.sheet.name, rows, { period, scope: scope ?? undefined }),
      rows,
    };
  });
  const score = planScore(after, {
    asOf: o.asOf,
    checkedOn: o.checkedOn,
    lang: o.lang,
    period: close.period ?? null,
    cadence: o.cadence,
  });
  return { ...close, plans: [...close.plans, ...score.plans], score };
}
