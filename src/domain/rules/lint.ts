// The linter: runs every rule of the registry over a workbook — rows, sheets, the workbook, the
// Actions sheet, the 360° review's ratings — and turns their hits into located findings (sheet,
// row, cell), and renders a finding's message and hint in a reader's language.
import { ACTION_COLUMNS, actionsLang, readActions, type Action } from "../reading/actionsSheet";
import { columnLetters } from "../reading/cellRefs";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "../reading/columns";
import { format } from "../reading/i18n";
import { idKey } from "../reading/ids";
import type { OkrSheet } from "../reading/sheet";
import { splitListMarker } from "../text/analyze";
import type { CellValue, Finding, KeyResult, Lang, Localized, Severity } from "../types";
import { rowName } from "./helpers";
import { RULES, RULE_ORDER, ruleOf, type RuleId } from "./registry";
import type {
  ActionsContext,
  ActionsInput,
  CheckContext,
  Hit,
  Located,
  Params,
  ReviewContext,
  RuleOf,
  RunsOn,
  SheetHit,
  ThresholdDecl,
} from "./rule";
import { DEFAULT_SETTINGS, type LintSettings } from "./settings";

export { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from "./settings";

/** The registry's rules run on any of `kinds`, as the runner calls them (with every setting). */
function rulesOn<K extends RunsOn>(
  ...kinds: K[]
): RuleOf<K, RuleId, ThresholdDecl, LintSettings>[] {
  return RULES.filter((r) => (kinds as RunsOn[]).includes(r.on)) as unknown as RuleOf<
    K,
    RuleId,
    ThresholdDecl,
    LintSettings
  >[];
}

const OBJECTIVE_RULES = rulesOn("objective", "row");
const KEY_RESULT_RULES = rulesOn("keyResult", "row");
const SHEET_RULES = rulesOn("sheet");
const WORKBOOK_RULES = rulesOn("workbook");
const ACTION_RULES = rulesOn("actions");
const REVIEW_RULES = rulesOn("review");

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
function finding(
  sheet: OkrSheet,
  rule: { id: RuleId; severity: Severity },
  hit: SheetHit
): Finding {
  return {
    ...hiddenAt(sheet, hit.row),
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    sheet: sheet.name,
    row: hit.row,
    cell: hit.cell ?? `${columnLetters(sheet.match?.columns[hit.column] ?? 0)}${hit.row}`,
    ...(hit.okrId ? { okrId: hit.okrId } : {}),
    params: hit.params ?? {},
  };
}

/** Runs item rules, keeping only hits on columns the sheet has (missing ones are SHEET-HEADER's). */
function runItem<T extends { row: number; id: string; statement: string }>(
  rules: readonly { id: RuleId; severity: Severity; check: (item: T, ctx: Context) => unknown }[],
  typed: T,
  ctx: Context,
  out: Finding[]
): void {
  // The rules read the statement as a person means it: without a bullet pasted in front of it.
  const { marker, rest } = splitListMarker(typed.statement);
  const item = marker ? { ...typed, statement: rest } : typed;
  for (const rule of rules) {
    for (const hit of hits(rule.check(item, ctx) as Hit | Hit[] | null)) {
      if (ctx.sheet.match?.columns[hit.column] === undefined) continue;
      out.push(
        finding(ctx.sheet, rule, {
          ...hit,
          row: item.row,
          okrId: item.id,
          params: { id: rowName(item), statement: item.statement, ...hit.params },
        })
      );
    }
  }
}

type Context = CheckContext<LintSettings>;

function lintSheet(ctx: Context, out: Finding[]): void {
  const { sheet } = ctx;
  for (const rule of SHEET_RULES)
    for (const hit of hits(rule.check(sheet, ctx))) out.push(finding(sheet, rule, hit));
  for (const kr of sheet.orphans) runItem(KEY_RESULT_RULES, kr, ctx, out);
  for (const objective of sheet.objectives) {
    runItem(OBJECTIVE_RULES, objective, ctx, out);
    for (const kr of objective.keyResults) runItem(KEY_RESULT_RULES, kr, ctx, out);
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Lints the OKR sheets of a workbook. Never throws; a sheet without a header row gives no findings.
 * `workbook`: every OKR sheet of the workbook when `sheets` are one period's (parents, duplicate IDs
 * and carried rows' sources are looked up in all of them; findings are only `sheets`').
 * `more`: what some rules compare with where the caller has it — the sheets' own cells as Score
 * would write them (score/ownCells.ts), the check-in history.
 */
export function lintWorkbook(
  sheets: readonly OkrSheet[],
  settings: LintSettings = DEFAULT_SETTINGS,
  workbook: readonly OkrSheet[] = sheets,
  more: Pick<CheckContext, "ownCells" | "history"> = {}
): Finding[] {
  const okrSheets = sheets.filter((s) => s.match);
  const everySheet = workbook === sheets ? okrSheets : workbook.filter((s) => s.match);
  const objectivePeriods = new Map<string, string | null>();
  for (const s of everySheet)
    for (const o of s.objectives)
      if (o.id && !objectivePeriods.has(idKey(o.id)))
        objectivePeriods.set(idKey(o.id), s.header.period?.label ?? null);
  const objectiveIds = new Set(objectivePeriods.keys());
  // Built on first use: only a carried row asks for its source.
  let byId: Map<string, KeyResult> | null = null;
  const keyResultById = (id: string) => {
    byId ??= new Map(
      everySheet.flatMap((s) =>
        [...s.orphans, ...s.objectives.flatMap((o) => o.keyResults)].map(
          (k) => [idKey(k.id), k] as const
        )
      )
    );
    return byId.get(idKey(id));
  };
  const context = { settings, objectiveIds, objectivePeriods, keyResultById, ...more };
  const out: Finding[] = [];
  for (const sheet of okrSheets) lintSheet({ sheet, ...context }, out);
  const shown = new Set(okrSheets);
  for (const rule of WORKBOOK_RULES)
    for (const hit of hits(rule.check(everySheet, context)))
      if (shown.has(hit.sheet)) out.push(finding(hit.sheet, rule, hit));

  const sheetOrder = new Map(okrSheets.map((s, i) => [s.name, i]));
  return out.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0)
  );
}

/**
 * One sheet rule's findings on a sheet, for a command that reports that rule without a whole check
 * (Score says what it left out below a table: SHEET-BELOW-TABLE).
 */
export function sheetRuleFindings(
  ruleId: RuleId,
  sheet: OkrSheet,
  settings: LintSettings = DEFAULT_SETTINGS
): Finding[] {
  if (!sheet.match) return [];
  const ctx: Context = { sheet, settings, objectiveIds: new Set() };
  return SHEET_RULES.filter((rule) => rule.id === ruleId).flatMap((rule) =>
    hits(rule.check(sheet, ctx)).map((hit) => finding(sheet, rule, hit))
  );
}

/** A finding of a rule at a place its caller found (a rule reported outside a check run). */
export function findingOf(ruleId: RuleId, where: Located): Finding {
  const rule = ruleOf(ruleId) as { severity: Severity };
  return { ruleId, severity: rule.severity, ...where, params: where.params ?? {} };
}

/**
 * Runs located rules and lists their findings as lintWorkbook lists a sheet's: by sheet (in
 * `sheets`' order), row, severity, then the registry's order.
 */
function locatedFindings<C>(
  rules: readonly { id: RuleId; severity: Severity; check: (ctx: C) => unknown }[],
  ctx: C,
  sheets: readonly string[]
): Finding[] {
  const out = rules.flatMap((rule) =>
    hits(rule.check(ctx) as Located | Located[] | null).map((hit) => findingOf(rule.id, hit))
  );
  const order = new Map(sheets.map((name, i) => [name, i]));
  return out.sort(
    (a, b) =>
      (order.get(a.sheet) ?? sheets.length) - (order.get(b.sheet) ?? sheets.length) ||
      a.row - b.row ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0)
  );
}

/** An Actions sheet's rows as the action rules read them. */
export function actionsInput(sheet: string, rows: readonly (readonly CellValue[])[]): ActionsInput {
  return { sheet, actions: readActions(rows), lang: actionsLang(rows) ?? "en" };
}

/**
 * The action-plan rules, run when the workbook has an Actions sheet: on the OKR sheets' key results
 * (first) and on the Actions sheet's rows.
 */
export function lintActions(sheets: readonly OkrSheet[], input: ActionsInput): Finding[] {
  const okr = sheets.filter((s) => s.match);
  const keyResults = new Map<string, { sheet: OkrSheet; kr: KeyResult }>();
  for (const sheet of okr)
    for (const kr of [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)])
      if (kr.id && !keyResults.has(idKey(kr.id))) keyResults.set(idKey(kr.id), { sheet, kr });
  const byKeyResult = new Map<string, Action[]>();
  for (const a of input.actions) {
    const list = byKeyResult.get(idKey(a.krId)) ?? [];
    list.push(a);
    byKeyResult.set(idKey(a.krId), list);
  }
  const ctx: ActionsContext = {
    input,
    keyResults,
    byKeyResult,
    header: (c) => ACTION_COLUMNS[c].header[input.lang],
  };
  return locatedFindings(ACTION_RULES, ctx, [...okr.map((s) => s.name), input.sheet]);
}

/**
 * The 360° review's rules: OKR sheets not scored yet, the ratings' columns, the weights and scale,
 * and every rating the total leaves out or counts twice.
 */
export function lintReview(ctx: ReviewContext): Finding[] {
  const sheets = [...ctx.okrSheets.map((s) => s.name), ctx.reviewSheet, ctx.ratingsSheet];
  return locatedFindings(REVIEW_RULES, ctx, sheets);
}

/** Words that some params stand for, in each language. */
const PARAM_WORDS: Record<string, Localized> = {
  number: { en: "number", "zh-CN": "数字", "zh-TW": "數字" },
  date: { en: "date", "zh-CN": "日期", "zh-TW": "日期" },
  yesNo: {
    en: "yes/no value (TRUE, 1 or yes for done; FALSE, 0 or no for not done)",
    "zh-CN": "是/否值（TRUE、1 或“是”表示完成；FALSE、0 或“否”表示未完成）",
    "zh-TW": "是/否值（TRUE、1 或「是」表示完成；FALSE、0 或「否」表示未完成）",
  },
  step: {
    en: "number or a step of the ladder in its Notes (it could be: {steps})",
    "zh-CN": "数字或备注中里程碑阶梯的某一步（可能是：{steps}）",
    "zh-TW": "數字或備註中里程碑階梯的某一步（可能是：{steps}）",
  },
  stepsTooLong: {
    en: "number (the ladder in its Notes is too long to read step names from: use fewer steps or shorter names, or type the step's percentage)",
    "zh-CN":
      "数字（备注中的里程碑阶梯太长，无法按步骤名称读取：请减少步骤或缩短名称，或直接输入该步的百分比）",
    "zh-TW":
      "數字（備註中的里程碑階梯太長，無法按步驟名稱讀取：請減少步驟或縮短名稱，或直接輸入該步的百分比）",
  },
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
  // CELL-FORMULA-OVERWRITTEN: what a product cell holds instead of its formula, and the header
  // block's cells by name.
  typedValue: {
    en: "holds a typed value ({value})",
    "zh-CN": "填入了固定值（{value}）",
    "zh-TW": "填入了固定值（{value}）",
  },
  otherFormula: {
    en: "holds another formula ({value})",
    "zh-CN": "填入了另一个公式（{value}）",
    "zh-TW": "填入了另一個公式（{value}）",
  },
  emptied: { en: "is empty", "zh-CN": "被清空了", "zh-TW": "被清空了" },
  blockSheetScore: { en: "Sheet score", "zh-CN": "总得分", "zh-TW": "總得分" },
  blockGreen: { en: "The On track count", "zh-CN": "“正常”计数", "zh-TW": "「正常」計數" },
  blockYellow: { en: "The At risk count", "zh-CN": "“有风险”计数", "zh-TW": "「有風險」計數" },
  blockRed: { en: "The Off track count", "zh-CN": "“落后”计数", "zh-TW": "「落後」計數" },
  blockGreenLabel: {
    en: "The On track count's label",
    "zh-CN": "“正常”计数的标签",
    "zh-TW": "「正常」計數的標籤",
  },
  blockYellowLabel: {
    en: "The At risk count's label",
    "zh-CN": "“有风险”计数的标签",
    "zh-TW": "「有風險」計數的標籤",
  },
  blockRedLabel: {
    en: "The Off track count's label",
    "zh-CN": "“落后”计数的标签",
    "zh-TW": "「落後」計數的標籤",
  },
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
  const rule = ruleOf(f.ruleId);
  if (!rule) return { name: f.ruleId, message: f.ruleId, hint: "" };
  // The review's params are people's names and roles as typed: none is a word to translate.
  const params = rule.topic === "review" ? (f.params ?? {}) : localParams(f.params ?? {}, lang);
  return {
    name: rule.name[lang],
    message: format(rule.message[lang], params) + (f.hidden ? HIDDEN_NOTE[f.hidden][lang] : ""),
    hint: format(rule.hint[lang], params),
  };
}
