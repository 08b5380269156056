// The period review (seed 003): one row per objective — its final score and grade (formulas, live
// from its OKR sheet), what worked, what did not, why, the lesson for the next period, whether it
// carries over, and its owner. The product's own sheet, recognised by its title (ownSheets.ts); the
// text people type in it is read back, so closing twice keeps it.
import { absA1, a1 } from "../cellRefs";
import { normaliseHeader } from "../header";
import { idKey } from "../ids";
import { REVIEW_TITLE } from "../ownSheets";
import { COLOURS, SCORE_FORMAT } from "../plan/layout";
import { statusWordsIn } from "../plan/sheetLayout";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import { linkFormula, sheetRef, statusFormula } from "../scoring/formulas";
import { LANGS, type CellValue, type Commitment, type Lang, type Localized } from "../types";

export const REVIEW_SHEET_NAME: Localized = { en: "Review", "zh-CN": "复盘", "zh-TW": "檢討" };

/** The Review's columns, in order. */
export const REVIEW_COLUMNS = {
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  id: { en: "Objective ID", "zh-CN": "目标编号", "zh-TW": "目標編號" },
  objective: { en: "Objective", "zh-CN": "目标", "zh-TW": "目標" },
  owner: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  finalScore: { en: "Final score", "zh-CN": "最终得分", "zh-TW": "最終得分" },
  grade: { en: "Grade", "zh-CN": "评级", "zh-TW": "評等" },
  worked: { en: "What worked", "zh-CN": "做得好的", "zh-TW": "做得好的" },
  didNot: { en: "What did not", "zh-CN": "做得不好的", "zh-TW": "做得不好的" },
  why: { en: "Why", "zh-CN": "原因", "zh-TW": "原因" },
  lesson: { en: "Lesson for next period", "zh-CN": "下期借鉴", "zh-TW": "下期借鏡" },
  carry: { en: "Carry over", "zh-CN": "延续到下期", "zh-TW": "延續到下期" },
  // Key results that reached their target carry only when listed here (periods/carryOver.ts).
  carryKrs: {
    en: "Carry over key results",
    "zh-CN": "延续的关键结果",
    "zh-TW": "延續的關鍵結果",
  },
} satisfies Record<string, Localized>;

export type ReviewColumn = keyof typeof REVIEW_COLUMNS;
const KEYS = Object.keys(REVIEW_COLUMNS) as ReviewColumn[];
const COL = Object.fromEntries(KEYS.map((k, i) => [k, i])) as Record<ReviewColumn, number>;

/** What people write in the review, per objective. */
export const REVIEW_TEXT_KEYS = ["worked", "didNot", "why", "lesson"] as const;
export type ReviewText = Partial<Record<(typeof REVIEW_TEXT_KEYS)[number], string>> & {
  carry?: boolean | null;
  /** IDs of key results that reached their target and carry over all the same. */
  carryKrs?: string[];
};

/** The Carry over dropdown's words. */
export const CARRY_WORDS: Record<"yes" | "no", Localized> = {
  yes: { en: "Yes", "zh-CN": "是", "zh-TW": "是" },
  no: { en: "No", "zh-CN": "否", "zh-TW": "否" },
};

const YES = new Set(["yes", "y", "true", "1", "是", ...LANGS.map((l) => CARRY_WORDS.yes[l])]);
const NO = new Set(["no", "n", "false", "0", "否", ...LANGS.map((l) => CARRY_WORDS.no[l])]);

/** A Carry over cell: true, false, null when empty; undefined when it says neither. */
export function parseCarry(value: CellValue): boolean | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value;
  const text = normaliseHeader(String(value));
  if (text === "") return null;
  if (YES.has(text)) return true;
  return NO.has(text) ? false : undefined;
}

/** The table's header row (0-based): the title above it, a blank row between. */
export const REVIEW_HEADER_ROW = 2;

/** One objective on the Review: where it is, and where its progress (its final score) is. */
export interface ReviewLine {
  sheet: string;
  id: string;
  statement: string;
  owner: string;
  commitment: Commitment | null;
  /** Its Progress cell on its sheet (absolute A1). */
  progressRef: string;
}

export interface ReviewOptions {
  name: string;
  /** The workbook has a Review already: it is replaced (its text kept, see `texts`). */
  replace: boolean;
  periodLabel: string;
  lang: Lang;
  lines: readonly ReviewLine[];
  /** Review text by objective ID key: what the Review held, with new text laid over it. */
  texts: ReadonlyMap<string, ReviewText>;
}

export function reviewPlan(o: ReviewOptions): SheetPlan {
  const plan = emptyPlan(o.name, true);
  plan.replace = o.replace;
  const words = statusWordsIn(o.lang);
  const first = REVIEW_HEADER_ROW + 1;
  const carryWord = (c: boolean | null | undefined) =>
    c === true ? CARRY_WORDS.yes[o.lang] : c === false ? CARRY_WORDS.no[o.lang] : "";
  const rows: PlanValue[][] = o.lines.map((line, i) => {
    const text = o.texts.get(idKey(line.id)) ?? {};
    const score = a1(COL.finalScore, first + i);
    return [
      line.sheet,
      line.id,
      line.statement,
      line.owner,
      { formula: linkFormula(sheetRef(line.sheet, line.progressRef)) },
      // Expected pace 1: the grade at the period's end, in the words the Status cells use.
      { formula: statusFormula(line.commitment, score, "1", words) },
      ...REVIEW_TEXT_KEYS.map((k) => text[k] ?? ""),
      carryWord(text.carry),
      (text.carryKrs ?? []).join(", "),
    ];
  });
  plan.blocks.push(
    { row: 0, col: 0, values: [[`${REVIEW_TITLE[o.lang]} — ${o.periodLabel}`]] },
    { row: REVIEW_HEADER_ROW, col: 0, values: [KEYS.map((k) => REVIEW_COLUMNS[k][o.lang])] }
  );
  if (rows.length) plan.blocks.push({ row: first, col: 0, values: rows });
  const height = Math.max(1, rows.length);
  plan.formats.push(
    { area: area(0, 0), format: { bold: true, fontSize: 16 } },
    {
      area: area(REVIEW_HEADER_ROW, 0, 1, KEYS.length),
      format: { bold: true, fill: COLOURS.inputHeaderFill, wrap: true },
    },
    { area: area(first, COL.finalScore, height, 2), format: { fill: COLOURS.formulaFill } },
    { area: area(first, COL.worked, height, REVIEW_TEXT_KEYS.length), format: { wrap: true } }
  );
  plan.numberFormats.push({ area: area(first, COL.finalScore, height), format: SCORE_FORMAT });
  plan.validations.push({
    area: area(first, COL.carry, height),
    list: [CARRY_WORDS.yes[o.lang], CARRY_WORDS.no[o.lang]],
  });
  const widths: Record<ReviewColumn, number> = {
    sheet: 18,
    id: 14,
    objective: 40,
    owner: 14,
    finalScore: 11,
    grade: 12,
    worked: 30,
    didNot: 30,
    why: 30,
    lesson: 30,
    carry: 12,
    carryKrs: 22,
  };
  for (const k of KEYS) plan.columnWidths.push({ col: COL[k], chars: widths[k] });
  plan.freezeRows = first;
  plan.filter = area(REVIEW_HEADER_ROW, 0, rows.length + 1, KEYS.length);
  return plan;
}

/** The Review's columns found in its header row (any language), or null when it is not one. */
function reviewColumns(
  rows: readonly (readonly CellValue[])[]
): Partial<Record<ReviewColumn, number>> | null {
  const spelling = new Map(
    KEYS.flatMap((k) => LANGS.map((l) => [normaliseHeader(REVIEW_COLUMNS[k][l]), k] as const))
  );
  const found: Partial<Record<ReviewColumn, number>> = {};
  (rows[REVIEW_HEADER_ROW] ?? []).forEach((cell, i) => {
    const key = spelling.get(normaliseHeader(String(cell ?? "")));
    if (key && found[key] === undefined) found[key] = i;
  });
  return found.id === undefined ? null : found;
}

/** The text of a Review sheet by objective ID key, as people left it. */
export function readReview(rows: readonly (readonly CellValue[])[]): Map<string, ReviewText> {
  const cols = reviewColumns(rows);
  const out = new Map<string, ReviewText>();
  if (!cols) return out;
  const cell = (row: readonly CellValue[], key: ReviewColumn) =>
    cols[key] === undefined ? null : (row[cols[key] as number] ?? null);
  for (const row of rows.slice(REVIEW_HEADER_ROW + 1)) {
    const id = String(cell(row, "id") ?? "").trim();
    if (!id) continue;
    const text: ReviewText = {};
    for (const k of REVIEW_TEXT_KEYS) {
      const value = String(cell(row, k) ?? "").trim();
      if (value) text[k] = value;
    }
    text.carry = parseCarry(cell(row, "carry")) ?? null;
    const krs = String(cell(row, "carryKrs") ?? "")
      .split(/[\s,，、;；]+/)
      .filter(Boolean);
    if (krs.length) text.carryKrs = krs;
    out.set(idKey(id), text);
  }
  return out;
}

/**
 * The sheets a Review lists objectives of (its Sheet column): their periods are closed
 * (periods/scope.ts).
 */
export function reviewedSheets(rows: readonly (readonly CellValue[])[]): Set<string> {
  const cols = reviewColumns(rows);
  const out = new Set<string>();
  if (!cols || cols.sheet === undefined) return out;
  for (const row of rows.slice(REVIEW_HEADER_ROW + 1)) {
    const sheet = String(row[cols.sheet] ?? "").trim();
    if (sheet) out.add(sheet);
  }
  return out;
}

/** Where an objective's Progress is on its sheet. */
export function progressRefOf(progressCol: number, row: number): string {
  return absA1(progressCol, row - 1);
}
