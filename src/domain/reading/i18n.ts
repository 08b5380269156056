// Choosing a language and rendering the domain's messages in it.
import { columnHeader, type ColumnKey } from "./columns";
import type { Lang, Localized, Problem, ProblemCode } from "../types";

/**
 * The product language for an Office display language or browser locale ("zh-CN", "zh-Hant-TW",
 * "zh-HK", "en-GB"…). Chinese in Taiwan, Hong Kong and Macau, and anything marked Hant, reads
 * Traditional; other Chinese reads Simplified; everything else English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const tag = (locale ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (!tag.startsWith("zh")) return "en";
  if (/\bhant\b|-(tw|hk|mo)\b/.test(tag)) return "zh-TW";
  return "zh-CN";
}

/** Replaces {name} placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

const PROBLEM_TEXT: Record<ProblemCode, Localized> = {
  empty: {
    en: "The cell is empty.",
    "zh-CN": "单元格为空。",
    "zh-TW": "儲存格是空的。",
  },
  "excel-error": {
    en: "The cell holds the error {input}; fix the formula or type a value.",
    "zh-CN": "单元格是错误值 {input}；请修正公式或直接输入数值。",
    "zh-TW": "儲存格是錯誤值 {input}；請修正公式或直接輸入數值。",
  },
  "not-a-number": {
    en: "“{input}” is not a number; type a number such as 1200, 20% or $150.",
    "zh-CN": "“{input}”不是数字；请输入如 1200、20% 或 1.5万 这样的数字。",
    "zh-TW": "「{input}」不是數字；請輸入如 1200、20% 或 1.5萬 這樣的數字。",
  },
  "bad-grouping": {
    en: "“{input}” is ambiguous: use a point for decimals (1.5) and commas only between thousands (1,200).",
    "zh-CN": "“{input}”有歧义：小数请用小数点（1.5），逗号只用于千位分隔（1,200）。",
    "zh-TW": "「{input}」有歧義：小數請用小數點（1.5），逗號只用於千位分隔（1,200）。",
  },
  "not-a-period": {
    en: "“{input}” is not a period; use e.g. 2026-Q1, 2026-H2, FY2026, 2026-03 or 2026.",
    "zh-CN":
      "“{input}”不是有效周期；请使用如 2026-Q1、2026-H2、FY2026、2026-03、2026 或 2026年第一季度。",
    "zh-TW":
      "「{input}」不是有效週期；請使用如 2026-Q1、2026-H2、FY2026、2026-03、2026 或 2026年第一季。",
  },
  "not-a-date": {
    en: "“{input}” is not a date; use yyyy-mm-dd, e.g. 2026-03-31.",
    "zh-CN": "“{input}”不是日期；请使用 yyyy-mm-dd 格式，例如 2026-03-31。",
    "zh-TW": "「{input}」不是日期；請使用 yyyy-mm-dd 格式，例如 2026-03-31。",
  },
  "ambiguous-date": {
    en: "“{input}” could be either day ({detail}); write it as yyyy-mm-dd, e.g. 2026-03-31.",
    "zh-CN": "“{input}”可理解为两个日期（{detail}）；请写成 yyyy-mm-dd，例如 2026-03-31。",
    "zh-TW": "「{input}」可理解為兩個日期（{detail}）；請寫成 yyyy-mm-dd，例如 2026-03-31。",
  },
  "date-out-of-range": {
    en: "{input} is outside the dates Excel can show (1900-01-01 to 9999-12-31).",
    "zh-CN": "{input} 超出了 Excel 可表示的日期范围（1900-01-01 至 9999-12-31）。",
    "zh-TW": "{input} 超出了 Excel 可表示的日期範圍（1900-01-01 至 9999-12-31）。",
  },
};

/** A parse problem as a sentence in a language. */
export function describeProblem(problem: Problem, lang: Lang): string {
  return format(PROBLEM_TEXT[problem.code][lang], {
    input: problem.input,
    detail: problem.detail ?? "",
  });
}

const MISSING_COLUMNS: Localized = {
  en: "Missing column(s): {columns}. Add a header cell with this name to the header row.",
  "zh-CN": "缺少列：{columns}。请在表头行添加同名的表头单元格。",
  "zh-TW": "缺少欄：{columns}。請在表頭列新增同名的表頭儲存格。",
};

/** Names missing columns in the reader's language, e.g. for a SHEET-HEADER finding. */
export function describeMissingColumns(keys: readonly ColumnKey[], lang: Lang): string {
  return format(MISSING_COLUMNS[lang], {
    columns: joinList(
      keys.map((k) => columnHeader(k, lang)),
      lang
    ),
  });
}

/** The separator between the items of a list in running text ("A, B, C" / "A、B、C"). */
export const LIST_SEPARATOR: Localized = { en: ", ", "zh-CN": "、", "zh-TW": "、" };

/**
 * Items as a list reads in a language. Not Intl.ListFormat: its zh-TW "narrow" style adds 和 before
 * the last item where zh-CN does not, and a list of sheet names should read the same in both.
 */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(LIST_SEPARATOR[lang]);
}

/** A count with its noun: "1 sheet", "3 sheets", "3 张工作表"; forms chosen by Intl.PluralRules. */
export function countOf(
  n: number,
  forms: Record<"en", { one: string; other: string }> & Record<"zh-CN" | "zh-TW", string>,
  lang: Lang
): string {
  if (lang !== "en") return format(forms[lang], { n });
  const form = new Intl.PluralRules("en").select(n) === "one" ? forms.en.one : forms.en.other;
  return format(form, { n });
}
