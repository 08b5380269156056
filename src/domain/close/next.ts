// The next period (seed 003: the review feeds the next cycle) as a plan: one new sheet per OKR sheet
// of the period before it, with the objectives that carry over and their key results not done —
// Start is the last Current, the Target kept while still ahead of it (scoring/carryOver.ts),
// Current empty, confidence back to 70 % — each row's Notes naming the ID it came from, and each
// objective aligned to what its parent carried into. Objectives that do not carry over are listed
// in the header block as closed. New sheets get free names, IDs unique in the workbook with the
// period in them (reading/periodIds.ts), and a place beside the last period's sheets, before the
// Summary; nothing existing is touched.
import { actionCountsPlan } from "../actions/counts";
import { actionsInput } from "../rules/lint";
import { isActionsSheet } from "../reading/actionsSheet";
import { COLUMNS, headerRow, type ColumnKey } from "../reading/columns";
import { isoToSerial } from "../reading/dates";
import { format } from "../reading/i18n";
import { idKey, keyResultId, objectiveId, uniqueSheetName } from "../reading/ids";
import {
  CARRIED_FROM,
  carryKeyResult,
  reachedTarget,
  staleStatementNumber,
  type CarriedKeyResult,
} from "../scoring/carryOver";
import { departmentPrefix, periodIdPrefix } from "../reading/periodIds";
import { isReviewSheet } from "../reading/ownSheets";
import { headerBlockRows, inputPlan, layOutOwnSheet } from "../newSheet/generate";
import { TABLE_HEADER_ROW } from "../plan/layout";
import { periodOperands, scoreSheetPlan } from "../score/scoreSheet";
import { childProgressRefs, type SheetInput } from "../plan/sheetLayout";
import { mergePlans, type SheetPlan } from "../plan/types";
import { readFinalScore } from "../scoring/finalScore";
import { krValues } from "../scoring/values";
import type { OkrSheet } from "../reading/sheet";
import type { CellValue, KeyResult, Lang, Localized, Objective, Period } from "../types";
import { LEVELS, termLabel } from "../reading/vocabulary";
import { readReview, type ReviewText } from "./periodReview";
import { isHistorySheet, readHistory } from "../reading/historySheet";
import { emptyHistoryPlan } from "../checkins/plan";
import { DEFAULT_CADENCE_DAYS } from "../reading/cadence";

/** Which objectives carry over: those the Review marks, those with unfinished KRs, or none. */
export const CARRY_MODES = ["marked", "unfinished", "none"] as const;
export type CarryMode = (typeof CARRY_MODES)[number];

/** Confidence a carried key result starts the new period with (set around 70 % at planning). */
export const PLANNING_CONFIDENCE = 0.7;

const CLOSED_IN: Localized = {
  en: "Closed in {period}: {ids}",
  "zh-CN": "已于 {period} 结束：{ids}",
  "zh-TW": "已於 {period} 結束：{ids}",
};

export type NextProblem =
  { kind: "no-sheets" } | { kind: "not-after"; sheet: string; period: string; end: string };

export interface NextOptions {
  /** Every sheet of the workbook, as read. */
  inputs: readonly SheetInput[];
  period: Period;
  carry: CarryMode;
  lang: Lang;
  /** Days between check-ins (the workbook's setting, reading/cadence.ts). */
  cadence?: number;
}

/** What a person must look at on the new sheets: each is also a finding of Check there. */
export type NextNote =
  /** Its Target was reached or passed: left empty, a new one is needed (KR-CARRIED-TARGET). */
  | { kind: "target-dropped"; sheet: string; id: string; from: string }
  /** Its statement's start number was rewritten to the new Start. */
  | { kind: "statement-updated"; sheet: string; id: string; from: string; statement: string }
  /** Its statement still names the old Start in a form not rewritten (KR-CARRIED-STATEMENT). */
  | { kind: "statement-flagged"; sheet: string; id: string; from: string }
  /** Its parent was not carried: it still names the old one, and asks for a new one. */
  | { kind: "parent-not-carried"; sheet: string; id: string; parent: string };

export interface NextPlan {
  plans: SheetPlan[];
  sheets: string[];
  notes: NextNote[];
  /** OKR sheets with nothing to carry over: no new sheet for them. */
  skipped: string[];
  carried: number;
  closed: number;
  problems: NextProblem[];
}

/**
 * A key result done at the end: its values reached the target, or its owner scored it 1. A key result
 * done is not carried unless marked (a reached target has nothing left to aim at).
 */
export function done(kr: KeyResult): boolean {
  const final = readFinalScore(kr.cells.finalScore);
  return reachedTarget(kr) || (final.kind === "score" && final.value >= 1);
}

/** A key result not done at the end. */
export function unfinished(kr: KeyResult): boolean {
  return !done(kr);
}

/** The objectives of a sheet that carry over under a mode. */
function carriedOf(
  sheet: OkrSheet,
  mode: CarryMode,
  marked: ReadonlyMap<string, ReviewText>
): Objective[] {
  if (mode === "none") return [];
  if (mode === "unfinished") return sheet.objectives.filter((o) => o.keyResults.some(unfinished));
  return sheet.objectives.filter((o) => marked.get(idKey(o.id))?.carry === true);
}

/** The department's part of a sheet's objective IDs (SALES of SALES-O1 and of SALES-26Q1-O1). */
function prefixOf(sheet: OkrSheet): string {
  const id = sheet.objectives.find((o) => /-O\d+$/i.test(o.id))?.id;
  return id ? departmentPrefix(id.replace(/-O\d+$/i, "")) : "OKR";
}

/** The key results of a carried objective that carry with it: those not done, and those marked. */
function carriedKeyResults(objective: Objective, marked: ReviewText | undefined): KeyResult[] {
  const keep = new Set((marked?.carryKrs ?? []).map(idKey));
  return objective.keyResults.filter((kr) => unfinished(kr) || keep.has(idKey(kr.id)));
}

const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);

/**
 * Weights of what carries over, rescaled to 100 % when every one had a weight (a part of the old
 * set no longer adds up); left as they were otherwise, for the linter to point at.
 */
function rescaled(weights: readonly (number | null)[]): (number | null)[] {
  if (weights.some((w) => w === null)) return [...weights];
  const sum = (weights as number[]).reduce((a, b) => a + b, 0);
  return sum > 0 ? (weights as number[]).map((w) => w / sum) : [...weights];
}

/** A carried statement that still names the old Start where the Start moved (not rewritten). */
function statementStale(kr: KeyResult, carried: CarriedKeyResult): boolean {
  const before = krValues(kr).start;
  return (
    typeof carried.start === "number" &&
    before !== null &&
    staleStatementNumber(carried.statement, before, carried.start) !== null
  );
}

export function planNext(o: NextOptions): NextPlan {
  const okr = o.inputs.filter((i) => i.sheet.match);
  const problems: NextProblem[] = [];
  if (okr.length === 0) problems.push({ kind: "no-sheets" });
  for (const { sheet } of okr) {
    const p = sheet.header.period;
    if (p && p.end >= o.period.start)
      problems.push({ kind: "not-after", sheet: sheet.name, period: p.label, end: p.end });
  }
  if (problems.length)
    return { plans: [], sheets: [], notes: [], skipped: [], carried: 0, closed: 0, problems };

  // What carries is the period just before: the latest one the sheets name (sheets without a
  // period carry too). Older periods' sheets stay where they are, untouched.
  const latest = okr
    .map((i) => i.sheet.header.period)
    .filter((p): p is Period => p !== null)
    .sort((a, b) => a.start.localeCompare(b.start))
    .pop();
  const sources = okr.filter(
    (i) => !latest || !i.sheet.header.period || i.sheet.header.period.label === latest.label
  );
  const review = o.inputs.find((i) => isReviewSheet(i.rows));
  const marked: Map<string, ReviewText> = review ? readReview(review.rows) : new Map();
  const ids = o.inputs.flatMap((i) => [
    ...i.sheet.objectives.flatMap((x) => [x.id, ...x.keyResults.map((k) => k.id)]),
    ...i.sheet.orphans.map((k) => k.id),
  ]);
  const taken = o.inputs.map((i) => i.sheet.name);
  // New IDs first, across sheets, so a carried objective's Parent can follow its parent.
  const drafts = sources.map(({ sheet }) => {
    const prefix = periodIdPrefix(prefixOf(sheet), o.period, ids);
    ids.push(`${prefix}-`);
    const carried = carriedOf(sheet, o.carry, marked);
    return { sheet, prefix, carried };
  });
  const newId = new Map<string, string>();
  for (const d of drafts)
    d.carried.forEach((x, i) => newId.set(idKey(x.id), objectiveId(d.prefix, i + 1)));

  let carriedCount = 0;
  let closedCount = 0;
  const notes: NextNote[] = [];
  // A sheet with nothing to carry gets no new sheet: an OKR sheet without rows cannot be scored.
  const skipped = drafts.filter((d) => d.carried.length === 0).map((d) => d.sheet.name);
  const made = drafts
    .filter((d) => d.carried.length > 0)
    .map(({ sheet, prefix, carried }) => {
      const lang = sheet.header.lang ?? o.lang;
      const old = sheet.header.period?.label ?? "";
      const renamed =
        old && sheet.name.includes(old) ? sheet.name.replace(old, o.period.label) : "";
      const name = uniqueSheetName(renamed || `${sheet.name} ${o.period.label}`, taken);
      taken.push(name);
      const title = sheet.header.title || sheet.name;
      const grid = headerBlockRows({
        title:
          old && title.includes(old)
            ? title.replace(old, o.period.label)
            : `${title} — ${o.period.label}`,
        department: sheet.header.department,
        scope: sheet.header.scope ?? "team",
        period: o.period,
        asOf: o.period.start,
        lang,
      });
      const closed = sheet.objectives.filter((x) => !carried.includes(x)).map((x) => x.id);
      if (closed.length)
        grid[TABLE_HEADER_ROW - 1] = [
          format(CLOSED_IN[lang], { period: old || sheet.name, ids: closed.join(", ") }),
        ];
      grid[TABLE_HEADER_ROW] = headerRow(lang);
      const due = isoToSerial(o.period.end);
      const rowNotes = (from: string, before: string) =>
        [format(CARRIED_FROM[lang], { id: from }), before].filter(Boolean).join(" — ");
      const objectiveWeights = rescaled(carried.map((x) => x.weight));
      carried.forEach((x, i) => {
        const id = objectiveId(prefix, i + 1);
        const row: CellValue[] = new Array(COLUMNS.length).fill(null);
        row[col("id")] = id;
        row[col("level")] = termLabel(LEVELS, "objective", lang);
        // Aligned to what its parent carried into; a parent not carried stays named (an objective of
        // the period before), and Check asks for a new one (O-PARENT-OTHER-PERIOD).
        const parent = x.parent ? (newId.get(idKey(x.parent)) ?? x.parent) : null;
        if (x.parent && !newId.has(idKey(x.parent)))
          notes.push({ kind: "parent-not-carried", sheet: name, id, parent: x.parent });
        row[col("parent")] = parent;
        row[col("statement")] = x.statement;
        row[col("owner")] = x.owner;
        row[col("commitment")] = x.cells.commitment ?? null;
        row[col("weight")] = objectiveWeights[i];
        row[col("notes")] = rowNotes(x.id, x.notes);
        grid.push(row);
        const krs = carriedKeyResults(x, marked.get(idKey(x.id)));
        const krWeights = rescaled(krs.map((kr) => kr.weight));
        krs.forEach((kr, k) => {
          const line: CellValue[] = new Array(COLUMNS.length).fill(null);
          const carriedKr: CarriedKeyResult = carryKeyResult(kr);
          const krId = keyResultId(id, k + 1);
          line[col("id")] = krId;
          line[col("level")] = termLabel(LEVELS, "keyResult", lang);
          line[col("statement")] = carriedKr.statement;
          line[col("owner")] = kr.owner || null;
          line[col("krType")] = kr.cells.krType ?? null;
          line[col("unit")] = kr.unit || null;
          line[col("start")] = carriedKr.start;
          line[col("target")] = carriedKr.target;
          line[col("weight")] = krWeights[k];
          line[col("confidence")] = PLANNING_CONFIDENCE;
          line[col("due")] = due;
          line[col("notes")] = rowNotes(kr.id, kr.notes);
          grid.push(line);
          const at = { sheet: name, id: krId, from: kr.id };
          if (carriedKr.targetDropped) notes.push({ kind: "target-dropped", ...at });
          if (carriedKr.statementUpdated)
            notes.push({ kind: "statement-updated", ...at, statement: carriedKr.statement });
          else if (statementStale(kr, carriedKr)) notes.push({ kind: "statement-flagged", ...at });
        });
      });
      carriedCount += carried.length;
      return { name, grid, lang, ...layOutOwnSheet(name, grid, lang) };
    });
  for (const d of drafts) closedCount += d.sheet.objectives.length - d.carried.length;
  const children = childProgressRefs(made.map((m) => m.laid));
  // In a workbook with an Actions sheet the new sheets count their key results' actions, live, as
  // New sheet's do: an action planned for the new period shows on its key result at once.
  const plan = o.inputs.find((i) => isActionsSheet(i.rows));
  const actions = plan ? actionsInput(plan.sheet.name, plan.rows).actions : [];
  // The new period starts "Not started" until its first check-in is due: the status formulas
  // count check-ins in the history (an empty one is added to a workbook without).
  const historyInput = o.inputs.find((i) => isHistorySheet(i.rows));
  const newHistory = historyInput || made.length === 0 ? null : emptyHistoryPlan(taken, o.lang);
  const checkins = {
    cadence: o.cadence ?? DEFAULT_CADENCE_DAYS,
    history: historyInput
      ? { name: historyInput.sheet.name, entries: readHistory(historyInput.rows) }
      : newHistory && { name: newHistory.sheet, entries: [] },
  };
  const plans = made.map((m) => {
    const sheetPlan = mergePlans(
      inputPlan(m.laid.input.sheet, m.grid, m.lang, m.shareRows),
      scoreSheetPlan(m.laid, o.period.start, children, undefined, undefined, checkins)
    );
    if (!plan) return sheetPlan;
    const asOf = periodOperands(m.laid, o.period.start)?.asOf ?? null;
    const known = { actions, asOf: asOf === null ? null : o.period.start };
    return mergePlans(sheetPlan, actionCountsPlan(m.laid, plan.sheet.name, asOf, known));
  });
  // The new sheets go beside the sheets they carry on from: after the last OKR sheet, before the
  // sheets after it (Actions, the history, the Review; the Summary and its details lead the tabs).
  const tabs = o.inputs.map((i) => i.sheet.name);
  const lastOkr = Math.max(...okr.map((i) => tabs.indexOf(i.sheet.name)));
  plans.forEach((p, i) => (p.position = lastOkr + 1 + i));
  return {
    plans: newHistory ? [newHistory, ...plans] : plans,
    sheets: made.map((m) => m.name),
    notes,
    skipped,
    carried: carriedCount,
    closed: closedCount,
    problems,
  };
}
