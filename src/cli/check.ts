// `okr check INPUT... [--period P] [--scope S] [--lang L] [--format text|json]`: lint files as the
// add-in lints a workbook. All inputs are checked together, so a team CSV may align to a company one.
import { renderFinding } from "../domain/rules/lint";
import type { CellEdit } from "../domain/rules/rule";
import { DEFAULT_SETTINGS } from "../domain/rules/settings";
import { severityCountsText } from "../domain/rules/severityCounts";
import type { ReadOptions } from "../domain/reading/sheet";
import { LANGS, type Finding, type Lang, type Period } from "../domain/types";
import { DEFAULT_CADENCE_DAYS } from "../domain/reading/cadence";
import { scopeOf, unknownPeriodText, type PeriodScope } from "../domain/reading/periodScope";
import { checkState, type CheckTime } from "../operations/check";
import { fix } from "../operations/fix";
import type { WorkbookState } from "../operations/host";
import { fileHost } from "./fileHost";
import { EXIT_FINDINGS, EXIT_OK } from "./exitCodes";
import { InputError, workbookSheets, type InputFile } from "./input";
import { located, type Texts } from "./readProblems";
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
  /** EXIT_FINDINGS when any finding is an error, else EXIT_OK. */
  exitCode: typeof EXIT_OK | typeof EXIT_FINDINGS;
  /** The period checked and what was left out (reading/periodScope.ts). */
  scope?: PeriodScope;
}

/**
 * The view of the inputs' OKR sheets: one period (asked, or the latest open one). The inputs keep
 * only the Review's list of sheets, not its rows, so the scope is worked out from that list.
 */
export function inputsScope(inputs: readonly InputFile[], asked: Period | null): PeriodScope {
  const reviewed = new Set(inputs.flatMap((i) => [...(i.reviewed ?? [])]));
  const chosen = scopeOf(
    inputs.flatMap((i) => i.sheets),
    reviewed,
    asked
  );
  if (!chosen.ok)
    throw new InputError(
      Object.fromEntries(LANGS.map((lang) => [lang, unknownPeriodText(chosen, lang)])) as Texts
    );
  return chosen.scope;
}

/**
 * Every input checked together (src/operations/check.ts), with the first workbook's thresholds,
 * for one period (parents and IDs resolve in every period).
 */
export function checkInputs(
  inputs: readonly InputFile[],
  scope: PeriodScope = inputsScope(inputs, null),
  time?: CheckTime
): CheckOutput {
  const fileOf = new Map<string, string>();
  for (const input of inputs) for (const s of input.sheets) fileOf.set(s.name, input.file);
  for (const input of inputs)
    if (input.actionsSheet) fileOf.set(input.actionsSheet.sheet.name, input.file);
  const state: WorkbookState = {
    sheets: [
      ...inputs.flatMap((i) => i.sheets.map((sheet, n) => ({ sheet, rows: i.rows[n] ?? [] }))),
      // Each workbook's action plan, checked against the key results of every input.
      ...inputs.flatMap((i) => (i.actionsSheet ? [i.actionsSheet] : [])),
      // The check-in history, which Score's formulas count in (compared: CELL-FORMULA-OVERWRITTEN).
      ...inputs.flatMap((i) => (i.historySheet ? [i.historySheet] : [])),
    ],
    // the workbook's own thresholds, as the add-in checks with
    settings: workbookSettings(inputs) ?? DEFAULT_SETTINGS,
    activeSheet: null,
    cadence: inputs.find((i) => i.cadence !== undefined)?.cadence ?? DEFAULT_CADENCE_DAYS,
  };
  const findings = checkState(state, "all", scope, time).findings.map((finding) => ({
    file: fileOf.get(finding.sheet) ?? "",
    finding,
  }));
  return {
    findings,
    exitCode: findings.some((f) => f.finding.severity === "error") ? EXIT_FINDINGS : EXIT_OK,
    scope,
  };
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
 * `check --fix`: every mechanical fix (src/operations/fix.ts) applied to the input workbook in
 * memory — only the cells the fixes name. The caller writes it to a new file, then reads it again.
 */
export async function fixInput(
  input: InputFile,
  options: ReadOptions,
  findings: readonly Finding[] | "all" = "all"
): Promise<CellEdit[]> {
  const workbook = input.workbook;
  if (!workbook) throw new InputError(located(input.file, "fixNeedsXlsx"));
  return fix(fileHost(workbook, { read: options, file: input.file }), findings);
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
