// `okr check INPUT... [--period P] [--scope S] [--lang L] [--format text|json]`: lint files as the
// add-in lints a workbook. All inputs are checked together, so a team CSV may align to a company one.
import { lintActions, lintWorkbook, renderFinding } from "../domain/rules/lint";
import { fixAll } from "../domain/rules/fixes";
import { type CellEdit } from "../domain/rules/rule";
import { severityCountsText } from "../domain/rules/severityCounts";
import type { ReadOptions } from "../domain/reading/sheet";
import type { Finding, Lang } from "../domain/types";
import { forgetCachedResults } from "./xlsxHost";
import { InputError, workbookSheets, type InputFile } from "./input";
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
  // Each workbook's action plan, checked against the key results of every input.
  for (const input of inputs) if (input.actions) fileOf.set(input.actions.sheet, input.file);
  const actionFindings = inputs.flatMap((i) => (i.actions ? lintActions(sheets, i.actions) : []));
  // the workbook's own thresholds, as the add-in checks with
  const findings = [...lintWorkbook(sheets, workbookSettings(inputs)), ...actionFindings].map(
    (finding) => ({ file: fileOf.get(finding.sheet) ?? "", finding })
  );
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

/** Findings for people: file:row cell, severity, rule, message, then the hint; a count at the end. */
export function asText(output: CheckOutput, lang: Lang): string {
  const lines = output.findings.map(({ file, finding }) => {
    const text = renderFinding(finding, lang);
    const where = `${file}${file.endsWith(".csv") ? "" : ` [${finding.sheet}]`}:${finding.row} ${finding.cell}`;
    return `${where}  ${finding.severity}  ${finding.ruleId}  ${text.message}\n    → ${text.hint}`;
  });
  lines.push(
    severityCountsText(
      output.findings.map((f) => f.finding),
      lang
    )
  );
  return `${lines.join("\n")}\n`;
}

/**
 * `check --fix`: applies every mechanical fix (domain/rules/fixes.ts) to the input workbook in memory —
 * only the cells the fixes name. The caller writes it to a new file, then reads it again.
 */
export function fixInput(input: InputFile, output: CheckOutput): CellEdit[] {
  const workbook = input.workbook;
  if (!workbook)
    throw new InputError(
      `${input.file}: --fix writes a fixed copy of an .xlsx workbook. Turn a CSV into one with okr score first.`
    );
  const edits = fixAll(
    output.findings.map((f) => f.finding),
    input.sheets
  );
  for (const edit of edits) {
    const cell = workbook.getWorksheet(edit.sheet)?.getCell(edit.cell);
    if (!cell) continue;
    // ExcelJS writes a string as text, whatever it starts with: it never becomes a formula.
    cell.value = edit.value;
    if (edit.numberFormat) cell.numFmt = edit.numberFormat;
  }
  // Fixed cells change what formulas show: results cached before would be stale.
  if (edits.length) forgetCachedResults(workbook);
  return edits;
}

/** The input's workbook read again (after fixing and writing it) as the file `file`. */
export function reread(input: InputFile, file: string, options: ReadOptions): InputFile {
  const read = input.workbook
    ? workbookSheets(input.workbook, options).filter((r) => r.sheet.match)
    : [];
  return { ...input, file, sheets: read.map((r) => r.sheet), rows: read.map((r) => r.rows) };
}

const FIXED: Record<Lang, string> = {
  en: "Fixed {cells} cell(s) in {out}; the findings that remain:",
  "zh-CN": "已在 {out} 中修正 {cells} 个单元格；其余问题如下：",
  "zh-TW": "已在 {out} 中修正 {cells} 個儲存格；其餘問題如下：",
};

export function fixedText(edits: readonly CellEdit[], out: string, lang: Lang): string {
  return `${FIXED[lang].replace("{cells}", String(edits.length)).replace("{out}", out)}\n`;
}
