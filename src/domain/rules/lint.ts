// The linter: runs the rule checks over every sheet of a workbook and turns their hits into located
// findings (sheet, row, cell), and renders a finding's message and hint in a reader's language.
import { columnLetters } from "../reading/cellRefs";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "../reading/columns";
import { format } from "../reading/i18n";
import { idKey } from "../reading/ids";
import type { OkrSheet } from "../reading/sheet";
import { RULES, type RuleId } from "./catalogue";
import {
  KEY_RESULT_RULES,
  OBJECTIVE_RULES,
  type CheckContext,
  type Hit,
  type Params,
  type Rule,
  type SheetHit,
} from "./checks";
import { DEFAULT_SETTINGS, type LintSettings } from "./settings";
import { SHEET_RULES, WORKBOOK_RULES, rowName } from "./sheetRules";
import { splitListMarker } from "../text/analyze";
import type { Finding, Lang, Localized, Severity } from "../types";

export { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from "./settings";

/** No hits: most checks find nothing on most rows, and one shared empty list saves an allocation each. */
const NONE: readonly never[] = [];

function hits<H>(result: H | H[] | null): readonly H[] {
  return result === null ? NONE : Array.isArray(result) ? result : [result];
}

/** Whether the workbook hides the finding's sheet or row (hidden rows are checked all the same). */
function hiddenAt(sheet: OkrSheet, row: number): Pick<Finding, "hidden"> {
  if (sheet.hidden?.hiddenSheet) return { hidden: "sheet" };
  return sheet.hidden?.hiddenRows?.has(row) ? { hidden: "row" } : {};
}

/** A rule's hit on a sheet row as a located finding. */
function finding(sheet: OkrSheet, ruleId: RuleId, hit: SheetHit): Finding {
  return {
    ...hiddenAt(sheet, hit.row),
    ruleId,
    severity: hit.severity ?? RULES[ruleId].severity,
    sheet: sheet.name,
    row: hit.row,
    cell: hit.cell ?? `${columnLetters(sheet.match?.columns[hit.column] ?? 0)}${hit.row}`,
    ...(hit.okrId ? { okrId: hit.okrId } : {}),
    params: hit.params ?? {},
  };
}

/** Runs item rules, keeping only hits on columns the sheet has (missing ones are SHEET-HEADER's). */
function runItem<T extends { row: number; id: string; statement: string }>(
  rules: readonly Rule<T>[],
  typed: T,
  ctx: CheckContext,
  out: Finding[]
): void {
  // The rules read the statement as a person means it: without a bullet pasted in front of it.
  const { marker, rest } = splitListMarker(typed.statement);
  const item = marker ? { ...typed, statement: rest } : typed;
  for (const rule of rules) {
    for (const hit of hits<Hit>(rule.check(item, ctx))) {
      if (ctx.sheet.match?.columns[hit.column] === undefined) continue;
      out.push(
        finding(ctx.sheet, rule.id, {
          ...hit,
          row: item.row,
          okrId: item.id,
          params: { id: rowName(item), statement: item.statement, ...hit.params },
        })
      );
    }
  }
}

function lintSheet(ctx: CheckContext, out: Finding[]): void {
  const { sheet } = ctx;
  for (const rule of SHEET_RULES)
    for (const hit of hits(rule.check(sheet, ctx))) out.push(finding(sheet, rule.id, hit));
  for (const kr of sheet.orphans) runItem(KEY_RESULT_RULES, kr, ctx, out);
  for (const objective of sheet.objectives) {
    runItem(OBJECTIVE_RULES, objective, ctx, out);
    for (const kr of objective.keyResults) runItem(KEY_RESULT_RULES, kr, ctx, out);
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lints the OKR sheets of a workbook. Never throws; a sheet without a header row gives no findings. */
export function lintWorkbook(
  sheets: readonly OkrSheet[],
  settings: LintSettings = DEFAULT_SETTINGS
): Finding[] {
  const okrSheets = sheets.filter((s) => s.match);
  const objectiveIds = new Set(
    okrSheets.flatMap((s) => s.objectives.map((o) => idKey(o.id))).filter(Boolean)
  );
  const out: Finding[] = [];
  for (const sheet of okrSheets) lintSheet({ sheet, settings, objectiveIds }, out);
  for (const rule of WORKBOOK_RULES)
    for (const hit of hits(rule.check(okrSheets, { settings, objectiveIds })))
      out.push(finding(hit.sheet, rule.id, hit));

  const sheetOrder = new Map(okrSheets.map((s, i) => [s.name, i]));
  const ruleOrder = new Map(Object.keys(RULES).map((id, i) => [id, i]));
  return out.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0)
  );
}

/** Words that some params stand for, in each language. */
const PARAM_WORDS: Record<string, Localized> = {
  number: { en: "number", "zh-CN": "数字", "zh-TW": "數字" },
  date: { en: "date", "zh-CN": "日期", "zh-TW": "日期" },
  negative: { en: "is negative", "zh-CN": "为负数", "zh-TW": "為負數" },
  missing: {
    en: "is missing while other key results of the objective have weights",
    "zh-CN": "缺失，而同一目标的其他关键结果设有权重",
    "zh-TW": "缺失，而同一目標的其他關鍵結果設有權重",
  },
  chars: { en: "characters", "zh-CN": "个字", "zh-TW": "個字" },
  partial: {
    en: "are given on some objectives but not on {id}",
    "zh-CN": "只填写在部分目标上，{id} 没有",
    "zh-TW": "只填寫在部分目標上，{id} 沒有",
  },
  sum: {
    en: "on this sheet add up to {sum}, not 100%",
    "zh-CN": "合计为 {sum}，不是 100%",
    "zh-TW": "合計為 {sum}，不是 100%",
  },
  words: { en: "words", "zh-CN": "个词", "zh-TW": "個詞" },
};

function localParams(params: Params, lang: Lang): Params {
  const out: Params = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key === "column" && (COLUMN_KEYS as readonly string[]).includes(String(value)))
      out.column = columnHeader(value as ColumnKey, lang);
    else if (
      typeof value === "string" &&
      PARAM_WORDS[value] &&
      key !== "value" &&
      key !== "statement"
    )
      out[key] = format(PARAM_WORDS[value][lang], params);
  }
  if (params.unit) {
    const unit = PARAM_WORDS[String(params.unit)][lang];
    out.length = `${params.length} ${unit}`;
    out.limit = `${params.limit} ${unit}`;
  }
  return out;
}

export interface RenderedFinding {
  name: string;
  message: string;
  hint: string;
}

/** Said after the message of a finding on a hidden row or sheet. */
const HIDDEN_NOTE: Record<NonNullable<Finding["hidden"]>, Localized> = {
  row: {
    en: " (The row is hidden.)",
    "zh-CN": "（该行已隐藏。）",
    "zh-TW": "（該列已隱藏。）",
  },
  sheet: {
    en: " (The sheet is hidden.)",
    "zh-CN": "（该工作表已隐藏。）",
    "zh-TW": "（該工作表已隱藏。）",
  },
};

/** A finding's rule name, message and fix hint in a reader's language (whatever the sheet's). */
export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  const rule = RULES[f.ruleId as RuleId];
  if (!rule) return { name: f.ruleId, message: f.ruleId, hint: "" };
  const params = localParams(f.params ?? {}, lang);
  return {
    name: rule.name[lang],
    message: format(rule.message[lang], params) + (f.hidden ? HIDDEN_NOTE[f.hidden][lang] : ""),
    hint: format(rule.hint[lang], params),
  };
}
