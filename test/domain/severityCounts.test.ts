// The findings' count line the command line prints and the pane's counts share: English nouns
// agree with the number (Intl.PluralRules), Chinese counts with their measure words.
import { countBySeverity, severityCountsText } from "../../src/domain/rules/severityCounts";
import type { Finding, Severity } from "../../src/domain/types";

const findings = (...severities: Severity[]): Finding[] =>
  severities.map((severity, i) => ({
    ruleId: "KR-NO-NUMBER",
    severity,
    sheet: "Sales",
    row: i + 7,
    cell: `E${i + 7}`,
  }));

describe("severity counts", () => {
  it("count each severity", () => {
    expect(countBySeverity(findings("error", "info", "info"))).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    });
  });

  it.each([
    ["en", findings("warning", "info"), "0 errors, 1 warning, 1 note"],
    [
      "en",
      findings("error", "error", "warning", "warning", "info", "info"),
      "2 errors, 2 warnings, 2 notes",
    ],
    ["zh-CN", findings("warning", "info"), "0 个错误，1 个警告，1 个提示"],
    ["zh-TW", findings("error"), "1 個錯誤，0 個警告，0 個提示"],
  ] as const)("read as a line in %s", (lang, list, line) => {
    expect(severityCountsText(list, lang)).toBe(line);
  });
});
