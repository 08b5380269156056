// The words that go into cells (Level, Commitment, KR type, Scope, Status) in every language, and
// reading them back from whatever language a person typed them in.
import { normaliseHeader } from "./header";
import type { Commitment, KrType, Lang, Level, Localized, Scope, Status } from "../types";

export interface Term<T extends string> {
  value: T;
  label: Localized;
  /** Further spellings accepted when reading a cell. */
  aliases?: readonly string[];
}

export const LEVELS: readonly Term<Level>[] = [
  {
    value: "objective",
    label: { en: "Objective", "zh-CN": "目标", "zh-TW": "目標" },
    aliases: ["O", "Obj"],
  },
  {
    value: "keyResult",
    label: { en: "Key result", "zh-CN": "关键结果", "zh-TW": "關鍵結果" },
    aliases: ["KR", "Key-result"],
  },
];

export const COMMITMENTS: readonly Term<Commitment>[] = [
  {
    value: "committed",
    label: { en: "Committed", "zh-CN": "承诺型", "zh-TW": "承諾型" },
    aliases: ["Commit", "承诺", "承諾"],
  },
  {
    value: "aspirational",
    label: { en: "Aspirational", "zh-CN": "挑战型", "zh-TW": "挑戰型" },
    aliases: ["Stretch", "Moonshot", "挑战", "挑戰"],
  },
];

/** KR types as cell words; every other fact about a type is in KR_TYPES (scoring/krTypes.ts). */
export const KR_TYPE_WORDS: Record<KrType, Term<KrType>> = {
  metric: {
    value: "metric",
    label: { en: "Metric", "zh-CN": "指标", "zh-TW": "指標" },
    aliases: ["数值", "數值"],
  },
  milestone: {
    value: "milestone",
    label: { en: "Milestone", "zh-CN": "里程碑", "zh-TW": "里程碑" },
  },
  binary: {
    value: "binary",
    label: { en: "Binary", "zh-CN": "是否", "zh-TW": "是否" },
    aliases: ["Yes/No", "Done/Not done", "二元"],
  },
  keepAbove: {
    value: "keepAbove",
    label: { en: "Keep above", "zh-CN": "保持高于", "zh-TW": "保持高於" },
    aliases: ["Stay above", "不低于", "不低於"],
  },
  keepBelow: {
    value: "keepBelow",
    label: { en: "Keep below", "zh-CN": "保持低于", "zh-TW": "保持低於" },
    aliases: ["Stay below", "不高于", "不高於"],
  },
};

export const KR_TYPE_TERMS: readonly Term<KrType>[] = Object.values(KR_TYPE_WORDS);

export const SCOPES: readonly Term<Scope>[] = [
  {
    value: "company",
    label: { en: "Company", "zh-CN": "公司", "zh-TW": "公司" },
  },
  {
    value: "department",
    label: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  },
  { value: "team", label: { en: "Team", "zh-CN": "团队", "zh-TW": "團隊" } },
  {
    value: "individual",
    label: { en: "Individual", "zh-CN": "个人", "zh-TW": "個人" },
    aliases: ["Personal"],
  },
];

/** Status words shown in sheets during the period; machine output uses the value (green/yellow/red). */
export const STATUSES: readonly Term<Status>[] = [
  {
    value: "green",
    label: { en: "On track", "zh-CN": "正常", "zh-TW": "正常" },
  },
  {
    value: "yellow",
    label: { en: "At risk", "zh-CN": "有风险", "zh-TW": "有風險" },
  },
  {
    value: "red",
    label: { en: "Off track", "zh-CN": "落后", "zh-TW": "落後" },
  },
];

/** Status words at the end of the period, when a status is a grade (seed 003). */
export const GRADES: readonly Term<Status>[] = [
  {
    value: "green",
    label: { en: "Achieved", "zh-CN": "达成", "zh-TW": "達成" },
  },
  {
    value: "yellow",
    label: { en: "Acceptable", "zh-CN": "可接受", "zh-TW": "可接受" },
  },
  {
    value: "red",
    label: { en: "Missed", "zh-CN": "未达成", "zh-TW": "未達成" },
  },
];

interface TermIndex {
  /** Every spelling of every term, normalised, mapped to the term's value. */
  normalised: Map<string, string>;
  /** The same spellings as written, mapped to what their normalised form reads as. */
  exact: Map<string, string>;
}

const INDEXES = new WeakMap<readonly Term<string>[], TermIndex>();

/** A list's index, built once per list. */
function indexOf(terms: readonly Term<string>[]): TermIndex {
  let index = INDEXES.get(terms);
  if (!index) {
    const spellings = terms.flatMap((term) =>
      [term.value, ...Object.values(term.label), ...(term.aliases ?? [])].map((s) => [
        s,
        term.value,
      ])
    );
    const normalised = new Map(spellings.map(([s, value]) => [normaliseHeader(s), value]));
    const exact = new Map(spellings.map(([s]) => [s, normalised.get(normaliseHeader(s)) ?? ""]));
    index = { normalised, exact };
    INDEXES.set(terms, index);
  }
  return index;
}

/** Reads a term from a cell in any language (and its machine value, e.g. "keepBelow"). */
export function parseTerm<T extends string>(terms: readonly Term<T>[], cell: unknown): T | null {
  if (typeof cell !== "string") return null;
  // A cell spelled exactly as a label (as dropdowns fill it, on every row) needs no normalising.
  const { normalised, exact } = indexOf(terms);
  return (exact.get(cell) ?? normalised.get(normaliseHeader(cell)) ?? null) as T | null;
}

/** The label of a term in a language. */
export function termLabel<T extends string>(
  terms: readonly Term<T>[],
  value: T,
  lang: Lang
): string {
  return terms.find((t) => t.value === value)?.label[lang] ?? value;
}
