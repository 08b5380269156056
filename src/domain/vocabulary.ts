// The words that go into cells (Level, Commitment, KR type, Scope, Status) in every language, and
// reading them back from whatever language a person typed them in.
import { normaliseHeader } from "./header";
import type { Commitment, KrType, Lang, Level, Localized, Scope, Status } from "./types";

interface Term<T extends string> {
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

export const KR_TYPES: readonly Term<KrType>[] = [
  {
    value: "metric",
    label: { en: "Metric", "zh-CN": "指标", "zh-TW": "指標" },
    aliases: ["数值", "數值"],
  },
  {
    value: "milestone",
    label: { en: "Milestone", "zh-CN": "里程碑", "zh-TW": "里程碑" },
  },
  {
    value: "binary",
    label: { en: "Binary", "zh-CN": "是否", "zh-TW": "是否" },
    aliases: ["Yes/No", "Done/Not done", "二元"],
  },
  {
    value: "keepAbove",
    label: { en: "Keep above", "zh-CN": "保持高于", "zh-TW": "保持高於" },
    aliases: ["Stay above", "不低于", "不低於"],
  },
  {
    value: "keepBelow",
    label: { en: "Keep below", "zh-CN": "保持低于", "zh-TW": "保持低於" },
    aliases: ["Stay below", "不高于", "不高於"],
  },
];

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

/** Status labels shown in sheets; machine output uses the value (green/yellow/red). */
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

const INDEXES = new WeakMap<readonly Term<string>[], Map<string, string>>();

/** Every spelling of every term, normalised, mapped to the term's value (built once per list). */
function indexOf<T extends string>(terms: readonly Term<T>[]): Map<string, T> {
  let index = INDEXES.get(terms);
  if (!index) {
    index = new Map();
    for (const term of terms) {
      for (const s of [term.value, ...Object.values(term.label), ...(term.aliases ?? [])]) {
        index.set(normaliseHeader(s), term.value);
      }
    }
    INDEXES.set(terms, index);
  }
  return index as Map<string, T>;
}

/** Reads a term from a cell in any language (and its machine value, e.g. "keepBelow"). */
export function parseTerm<T extends string>(terms: readonly Term<T>[], cell: unknown): T | null {
  if (typeof cell !== "string") return null;
  return indexOf(terms).get(normaliseHeader(cell)) ?? null;
}

/** The label of a term in a language. */
export function termLabel<T extends string>(
  terms: readonly Term<T>[],
  value: T,
  lang: Lang
): string {
  return terms.find((t) => t.value === value)?.label[lang] ?? value;
}
