// The next period (seed 003: the review feeds the next cycle) as a plan: one new sheet per OKR sheet,
// with the objectives that carry over and their unfinished key results — Start is the last Current,
// Target unchanged, Current empty, confidence back to 70 % — each row's Notes naming the ID it came
// from. Objectives that do not carry over are listed in the header block as closed. New sheets get
// free names and IDs unique in the workbook; nothing existing is touched.
import { actionCountsPlan } from "../actions/counts";
import { actionsInput } from "../rules/lint";
import { isActionsSheet } from "../reading/actionsSheet";
import { COLUMNS, headerRow, type ColumnKey } from "../reading/columns";
import { isoToSerial } from "../reading/dates";
import { format } from "../reading/i18n";
import { idKey, keyResultId, objectiveId, uniqueIdPrefix, uniqueSheetName } from "../reading/ids";
import { isReviewSheet } from "../reading/ownSheets";
import { headerBlockRows, inputPlan, layOutOwnSheet } from "../newSheet/generate";
import { TABLE_HEADER_ROW } from "../plan/layout";
import { periodOperands, scoreSheetPlan } from "../score/scoreSheet";
import { childProgressRefs, type SheetInput } from "../plan/sheetLayout";
import { mergePlans, type SheetPlan } from "../plan/types";
import { scoreKrAtEnd } from "../scoring/finalScore";
import { KR_TYPES } from "../scoring/krTypes";
import { krValues } from "../scoring/values";
import type { OkrSheet } from "../reading/sheet";
import type { CellValue, KeyResult, Lang, Localized, Objective, Period } from "../types";
import { LEVELS, termLabel } from "../reading/vocabulary";
import { readReview } from "./periodReview";

/** Which objectives carry over: those the Review marks, those with unfinished KRs, or none. */
export const CARRY_MODES = ["marked", "unfinished", "none"] as const;
export type CarryMode = (typeof CARRY_MODES)[number];

/** Confidence a carried key result starts the new period with (set around 70 % at planning). */
export const PLANNING_CONFIDENCE = 0.7;

const CARRIED_FROM: Localized = {
  en: "Carried over from {id}",
  "zh-CN": "延续自 {id}",
  "zh-TW": "延續自 {id}",
};
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
}

export interface NextPlan {
  plans: SheetPlan[];
  sheets: string[];
  /** OKR sheets with nothing to carry over: no new sheet for them. */
  skipped: string[];
  carried: number;
  closed: number;
  problems: NextProblem[];
}

/** A key result not done at the end: its score (final score where typed) below 1, or none. */
export function unfinished(kr: KeyResult): boolean {
  const { progress } = scoreKrAtEnd(kr);
  return progress === null || progress < 1;
}

/** The objectives of a sheet that carry over under a mode. */
function carriedOf(
  sheet: OkrSheet,
  mode: CarryMode,
  marked: ReadonlyMap<string, { carry?: boolean | null }>
): Objective[] {
  if (mode === "none") return [];
  if (mode === "unfinished") return sheet.objectives.filter((o) => o.keyResults.some(unfinished));
  return sheet.objectives.filter((o) => marked.get(idKey(o.id))?.carry === true);
}

/** The part of an objective ID before "-O1": the sheet's ID prefix. */
function prefixOf(sheet: OkrSheet): string {
  const id = sheet.objectives.find((o) => /-O\d+$/i.test(o.id))?.id;
  return id ? id.replace(/-O\d+$/i, "") : "OKR";
}

/** Start and Target of a carried key result: Start is the last Current, as the score read it. */
function carriedValues(kr: KeyResult): { start: CellValue; target: CellValue } {
  const type = kr.krType ? KR_TYPES[kr.krType] : null;
  if (type?.yesNo) return { start: null, target: kr.cells.target ?? null };
  const v = krValues(kr);
  // Milestones and % key results are written as shares (as templates write them): a ladder ends at 1.
  const target = type?.ladder ? 1 : v.target;
  return { start: v.current ?? v.start, target };
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
    return { plans: [], sheets: [], skipped: [], carried: 0, closed: 0, problems };

  const review = o.inputs.find((i) => isReviewSheet(i.rows));
  const marked = review ? readReview(review.rows) : new Map();
  const ids = o.inputs.flatMap((i) => [
    ...i.sheet.objectives.flatMap((x) => [x.id, ...x.keyResults.map((k) => k.id)]),
    ...i.sheet.orphans.map((k) => k.id),
  ]);
  const taken = o.inputs.map((i) => i.sheet.name);
  // New IDs first, across sheets, so a carried objective's Parent can follow its parent.
  const drafts = okr.map(({ sheet }) => {
    const prefix = uniqueIdPrefix(prefixOf(sheet), ids);
    ids.push(`${prefix}-`);
    const carried = carriedOf(sheet, o.carry, marked);
    return { sheet, prefix, carried };
  });
  const newId = new Map<string, string>();
  for (const d of drafts)
    d.carried.forEach((x, i) => newId.set(idKey(x.id), objectiveId(d.prefix, i + 1)));

  let carriedCount = 0;
  let closedCount = 0;
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
      const notes = (from: string, before: string) =>
        [format(CARRIED_FROM[lang], { id: from }), before].filter(Boolean).join(" — ");
      const objectiveWeights = rescaled(carried.map((x) => x.weight));
      carried.forEach((x, i) => {
        const id = objectiveId(prefix, i + 1);
        const row: CellValue[] = new Array(COLUMNS.length).fill(null);
        row[col("id")] = id;
        row[col("level")] = termLabel(LEVELS, "objective", lang);
        row[col("parent")] = x.parent ? (newId.get(idKey(x.parent)) ?? null) : null;
        row[col("statement")] = x.statement;
        row[col("owner")] = x.owner;
        row[col("commitment")] = x.cells.commitment ?? null;
        row[col("weight")] = objectiveWeights[i];
        row[col("notes")] = notes(x.id, x.notes);
        grid.push(row);
        const krs = x.keyResults.filter(unfinished);
        const krWeights = rescaled(krs.map((kr) => kr.weight));
        krs.forEach((kr, k) => {
          const line: CellValue[] = new Array(COLUMNS.length).fill(null);
          const { start, target } = carriedValues(kr);
          line[col("id")] = keyResultId(id, k + 1);
          line[col("level")] = termLabel(LEVELS, "keyResult", lang);
          line[col("statement")] = kr.statement;
          line[col("owner")] = kr.owner || null;
          line[col("krType")] = kr.cells.krType ?? null;
          line[col("unit")] = kr.unit || null;
          line[col("start")] = start;
          line[col("target")] = target;
          line[col("weight")] = krWeights[k];
          line[col("confidence")] = PLANNING_CONFIDENCE;
          line[col("due")] = due;
          line[col("notes")] = notes(kr.id, kr.notes);
          grid.push(line);
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
  const plans = made.map((m) => {
    const sheetPlan = mergePlans(
      inputPlan(m.laid.input.sheet, m.grid, m.lang, m.shareRows),
      scoreSheetPlan(m.laid, o.period.start, children)
    );
    if (!plan) return sheetPlan;
    const asOf = periodOperands(m.laid, o.period.start)?.asOf ?? null;
    const known = { actions, asOf: asOf === null ? null : o.period.start };
    return mergePlans(sheetPlan, actionCountsPlan(m.laid, plan.sheet.name, asOf, known));
  });
  return {
    plans,
    sheets: made.map((m) => m.name),
    skipped,
    carried: carriedCount,
    closed: closedCount,
    problems,
  };
}
