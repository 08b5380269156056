// Reading the period review (seed 003) back: its columns in any of the three languages, the text
// people typed per objective, whether it carries over (and which key results that reached their
// target carry all the same), and which sheets it lists: their periods are closed
// (reading/periodScope.ts). The Review's plan is close/periodReview.ts; this is the reader every
// floor may use, like the other own sheets' readers here.
import { normaliseHeader } from "./header";
import { idKey } from "./ids";
import { LANGS, type CellValue, type Localized } from "../types";
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
  // Key results that reached their target carry only when listed here (scoring/carryOver.ts).
  carryKrs: {
    en: "Carry over key results",
    "zh-CN": "延续的关键结果",
    "zh-TW": "延續的關鍵結果",
  },
} satisfies Record<string, Localized>;

export type ReviewColumn = keyof typeof REVIEW_COLUMNS;
export const REVIEW_KEYS = Object.keys(REVIEW_COLUMNS) as ReviewColumn[];
export const REVIEW_COL = Object.fromEntries(REVIEW_KEYS.map((k, i) => [k, i])) as Record<
  ReviewColumn,
  number
>;

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

/** The Review's columns found in its header row (any language), or null when it is not one. */
export function reviewColumns(
  rows: readonly (readonly CellValue[])[]
): Partial<Record<ReviewColumn, number>> | null {
  const spelling = new Map(
    REVIEW_KEYS.flatMap((k) =>
      LANGS.map((l) => [normaliseHeader(REVIEW_COLUMNS[k][l]), k] as const)
    )
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
 * (reading/periodScope.ts).
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
