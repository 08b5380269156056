// The OKR sheet's table columns (DOMAIN.md, "The OKR sheet"): the one place that says which columns
// exist, in which order, which are typed by people and which are written by the product, and what
// each is called in every language.
import type { ColumnKey, Lang, Localized } from "../types";

export type { ColumnKey };

export interface ColumnDef {
  key: ColumnKey;
  /** input: typed by people, never written by the product; formula: written (and rewritten) by it. */
  kind: "input" | "formula";
  header: Localized;
  /** Other spellings people use for the same header (any language); matched after normalisation. */
  aliases?: readonly string[];
  /** An input column a sheet may do without (older sheets): not required to read it as an OKR sheet. */
  optional?: true;
}

/** The contract's columns, in the contract's order. */
export const COLUMNS: readonly ColumnDef[] = [
  {
    key: "id",
    kind: "input",
    header: { en: "ID", "zh-CN": "编号", "zh-TW": "編號" },
  },
  {
    key: "level",
    kind: "input",
    header: { en: "Level", "zh-CN": "层级", "zh-TW": "層級" },
    aliases: ["级别", "級別"],
  },
  {
    key: "parent",
    kind: "input",
    header: { en: "Parent", "zh-CN": "上级目标", "zh-TW": "上級目標" },
    aliases: ["Parent ID", "Aligned to", "对齐目标", "對齊目標"],
  },
  {
    key: "statement",
    kind: "input",
    header: { en: "Statement", "zh-CN": "描述", "zh-TW": "描述" },
    aliases: ["Description", "内容", "內容"],
  },
  {
    key: "owner",
    kind: "input",
    header: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  },
  {
    key: "commitment",
    kind: "input",
    header: { en: "Commitment", "zh-CN": "承诺类型", "zh-TW": "承諾類型" },
    aliases: ["OKR type", "OKR 类型", "OKR 類型"],
  },
  {
    key: "krType",
    kind: "input",
    header: { en: "KR type", "zh-CN": "关键结果类型", "zh-TW": "關鍵結果類型" },
    aliases: ["Key result type", "KR 类型", "KR 類型"],
  },
  {
    key: "unit",
    kind: "input",
    header: { en: "Unit", "zh-CN": "单位", "zh-TW": "單位" },
  },
  {
    key: "start",
    kind: "input",
    header: { en: "Start", "zh-CN": "起始值", "zh-TW": "起始值" },
    aliases: ["Start value", "Baseline"],
  },
  {
    key: "target",
    kind: "input",
    header: { en: "Target", "zh-CN": "目标值", "zh-TW": "目標值" },
    aliases: ["Target value"],
  },
  {
    key: "current",
    kind: "input",
    header: { en: "Current", "zh-CN": "当前值", "zh-TW": "目前值" },
    aliases: ["Current value", "當前值"],
  },
  {
    key: "weight",
    kind: "input",
    header: { en: "Weight", "zh-CN": "权重", "zh-TW": "權重" },
  },
  {
    key: "confidence",
    kind: "input",
    header: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
  },
  {
    key: "due",
    kind: "input",
    header: { en: "Due", "zh-CN": "截止日期", "zh-TW": "截止日期" },
    aliases: ["Due date", "Deadline", "到期日"],
  },
  {
    key: "progress",
    kind: "formula",
    header: { en: "Progress", "zh-CN": "进度", "zh-TW": "進度" },
  },
  {
    // Seed 003: at the period's end the owner scores each key result (0–1); where typed it stands
    // in for Progress in the objective's score and in the grade (scoring/finalScore.ts).
    key: "finalScore",
    kind: "input",
    optional: true,
    header: { en: "Final score", "zh-CN": "最终得分", "zh-TW": "最終得分" },
    aliases: ["Final", "期末得分"],
  },
  {
    key: "gapToTarget",
    kind: "formula",
    header: { en: "Gap to target", "zh-CN": "目标差距", "zh-TW": "目標差距" },
  },
  {
    key: "expected",
    kind: "formula",
    header: { en: "Expected", "zh-CN": "预期进度", "zh-TW": "預期進度" },
  },
  {
    key: "status",
    kind: "formula",
    header: { en: "Status", "zh-CN": "状态", "zh-TW": "狀態" },
  },
  {
    key: "alignmentGap",
    kind: "formula",
    header: { en: "Alignment gap", "zh-CN": "目标差值", "zh-TW": "目標差值" },
  },
  {
    key: "notes",
    kind: "input",
    header: { en: "Notes", "zh-CN": "备注", "zh-TW": "備註" },
    aliases: ["Comment", "Comments"],
  },
];

export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

/**
 * Columns a sheet must have to be read as an OKR sheet. Formula columns are not required: the
 * product adds them when it scores a sheet (a hand-made CSV need not carry them).
 */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = COLUMNS.filter(
  (c) => c.kind === "input" && !c.optional
).map((c) => c.key);

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

export function columnDef(key: ColumnKey): ColumnDef {
  // Every ColumnKey is in COLUMNS (the type guarantees the key space; the test guarantees the table).
  return BY_KEY.get(key) as ColumnDef;
}

/** The header text of a column in a language, as written into a generated sheet. */
export function columnHeader(key: ColumnKey, lang: Lang): string {
  return columnDef(key).header[lang];
}

/** The header row of a generated sheet: every contract column, in order. */
export function headerRow(lang: Lang): string[] {
  return COLUMNS.map((c) => c.header[lang]);
}
