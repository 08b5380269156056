// Findings counted with their noun, in the pane and on the command line alike. Apart from the rule
// registry so the pane's texts can use it without loading the linter.
import { countOf } from "../reading/i18n";
import type { Finding, Lang, Severity } from "../types";

/** Per severity: "1 error", "2 warnings", "2 个警告". */
export const SEVERITY_COUNTS = {
  error: {
    en: { one: "{n} error", other: "{n} errors" },
    "zh-CN": "{n} 个错误",
    "zh-TW": "{n} 個錯誤",
  },
  warning: {
    en: { one: "{n} warning", other: "{n} warnings" },
    "zh-CN": "{n} 个警告",
    "zh-TW": "{n} 個警告",
  },
  info: {
    en: { one: "{n} note", other: "{n} notes" },
    "zh-CN": "{n} 个提示",
    "zh-TW": "{n} 個提示",
  },
} satisfies Record<Severity, Parameters<typeof countOf>[1]>;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The findings' counts as a line: "0 errors, 1 warning, 2 notes" / "0 个错误，1 个警告，2 个提示". */
export function severityCountsText(findings: readonly Finding[], lang: Lang): string {
  const counts = countBySeverity(findings);
  return (["error", "warning", "info"] as const)
    .map((s) => countOf(counts[s], SEVERITY_COUNTS[s], lang))
    .join(lang === "en" ? ", " : "，");
}
