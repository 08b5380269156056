// `okr check INPUT... [--period P] [--scope S] [--lang L] [--format text|json]`: lint files as the
// add-in lints a workbook. All inputs are checked together, so a team CSV may align to a company one.
import { countBySeverity, lintWorkbook, renderFinding } from "../domain/lint";
import type { Finding, Lang } from "../domain/types";
import type { InputFile } from "./input";
import { workbookSettings } from "./workbookSettings";

/** One finding as `--format json` prints it (the contract in the command line issue). */
export interface JsonFinding {
  file: string;
  sheet: string;
  row: number;
  cell: string;
  id: string | null;
  ruleId: string;
  severity: string;
  message: string;
  hint: string;
}

export interface CheckOutput {
  findings: { file: string; finding: Finding }[];
  /** 1 when any finding is an error, else 0. */
  exitCode: 0 | 1;
}

export function checkInputs(inputs: readonly InputFile[]): CheckOutput {
  const fileOf = new Map<string, string>();
  for (const input of inputs) for (const s of input.sheets) fileOf.set(s.name, input.file);
  const sheets = inputs.flatMap((i) => i.sheets);
  // the workbook's own thresholds, as the add-in checks with
  const findings = lintWorkbook(sheets, workbookSettings(inputs)).map((finding) => ({
    file: fileOf.get(finding.sheet) ?? "",
    finding,
  }));
  return { findings, exitCode: findings.some((f) => f.finding.severity === "error") ? 1 : 0 };
}

export function asJson(output: CheckOutput, lang: Lang): JsonFinding[] {
  return output.findings.map(({ file, finding }) => {
    const text = renderFinding(finding, lang);
    return {
      file,
      sheet: finding.sheet,
      row: finding.row,
      cell: finding.cell,
      id: finding.okrId ?? null,
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: text.message,
      hint: text.hint,
    };
  });
}

const SUMMARY: Record<Lang, string> = {
  en: "{errors} errors, {warnings} warnings, {notes} notes",
  "zh-CN": "{errors} 个错误，{warnings} 个警告，{notes} 个提示",
  "zh-TW": "{errors} 個錯誤，{warnings} 個警告，{notes} 個提示",
};

/** Findings for people: file:row cell, severity, rule, message, then the hint; a count at the end. */
export function asText(output: CheckOutput, lang: Lang): string {
  const lines = output.findings.map(({ file, finding }) => {
    const text = renderFinding(finding, lang);
    const where = `${file}${file.endsWith(".csv") ? "" : ` [${finding.sheet}]`}:${finding.row} ${finding.cell}`;
    return `${where}  ${finding.severity}  ${finding.ruleId}  ${text.message}\n    → ${text.hint}`;
  });
  const counts = countBySeverity(output.findings.map((f) => f.finding));
  lines.push(
    SUMMARY[lang]
      .replace("{errors}", String(counts.error))
      .replace("{warnings}", String(counts.warning))
      .replace("{notes}", String(counts.info))
  );
  return `${lines.join("\n")}\n`;
}
