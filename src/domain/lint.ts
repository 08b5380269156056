// The linter: runs the rule checks over every sheet of a workbook and turns their hits into located
// findings (sheet, row, cell), and renders a finding's message and hint in a reader's language.
import { columnLetters } from "./cellRefs";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "./columns";
import { format } from "./i18n";
import { duplicateIds, idKey } from "./ids";
import type { OkrSheet } from "./sheet";
import { RULES, type RuleId } from "./rules/catalogue";
import {
  KEY_RESULT_RULES,
  OBJECTIVE_RULES,
  badWeights,
  commitmentMix,
  objectiveCount,
  type CheckContext,
  type Hit,
  type Params,
  type Rule,
} from "./rules/checks";
import { DEFAULT_SETTINGS, type LintSettings } from "./rules/settings";
import type { Finding, Lang, Localized, Severity } from "./types";

export { DEFAULT_SETTINGS, mergeSettings, type LintSettings } from "./rules/settings";

function cellOf(sheet: OkrSheet, column: ColumnKey, row: number): string {
  return `${columnLetters(sheet.match?.columns[column] ?? 0)}${row}`;
}

function finding(
  sheet: OkrSheet,
  ruleId: RuleId,
  row: number,
  hit: Hit,
  okrId?: string,
  extra: Params = {}
): Finding {
  return {
    ruleId,
    severity: hit.severity ?? RULES[ruleId].severity,
    sheet: sheet.name,
    row,
    cell: cellOf(sheet, hit.column, row),
    ...(okrId ? { okrId } : {}),
    params: { ...extra, ...hit.params },
  };
}

function hits(result: Hit | Hit[] | null): Hit[] {
  return result === null ? [] : Array.isArray(result) ? result : [result];
}

/** Runs item rules, keeping only hits on columns the sheet has (missing ones are SHEET-HEADER's). */
function run<T extends { row: number; id: string; statement: string }>(
  rules: readonly Rule<T>[],
  item: T,
  ctx: CheckContext,
  out: Finding[]
): void {
  for (const rule of rules) {
    for (const hit of hits(rule.check(item, ctx))) {
      if (ctx.sheet.match?.columns[hit.column] === undefined) continue;
      out.push(
        finding(ctx.sheet, rule.id, item.row, hit, item.id || undefined, {
          id: item.id || `#${item.row}`,
          statement: item.statement,
        })
      );
    }
  }
}

function lintSheet(sheet: OkrSheet, ctx: CheckContext, out: Finding[]): void {
  const match = sheet.match;
  if (!match) return;
  for (const column of match.missing) {
    out.push({
      ruleId: "SHEET-HEADER",
      severity: RULES["SHEET-HEADER"].severity,
      sheet: sheet.name,
      row: sheet.headerRow,
      cell: `A${sheet.headerRow}`,
      params: { column },
    });
  }
  const count = objectiveCount(sheet, ctx.settings);
  if (count && match.columns.level !== undefined)
    out.push(
      finding(sheet, "SHEET-OBJECTIVE-COUNT", sheet.headerRow, { column: "level", params: count })
    );
  const mix = commitmentMix(sheet, ctx.settings);
  if (mix && match.columns.commitment !== undefined)
    out.push(
      finding(sheet, "SHEET-COMMITMENT-MIX", sheet.headerRow, { column: "commitment", params: mix })
    );

  for (const row of sheet.unknownLevel) {
    out.push(
      finding(sheet, "ROW-LEVEL", row.row, {
        column: "level",
        params: { row: row.row, value: String(row.cells.level ?? "") },
      })
    );
  }
  for (const kr of sheet.orphans) {
    out.push(
      finding(sheet, "KR-ORPHAN", kr.row, { column: "level" }, kr.id || undefined, {
        id: kr.id || `#${kr.row}`,
      })
    );
    run(KEY_RESULT_RULES, kr, ctx, out);
  }
  for (const objective of sheet.objectives) {
    run(OBJECTIVE_RULES, objective, ctx, out);
    for (const kr of objective.keyResults) run(KEY_RESULT_RULES, kr, ctx, out);
    for (const { kr, problem } of badWeights(objective)) {
      if (match.columns.weight === undefined) continue;
      out.push(
        finding(
          sheet,
          "KR-BAD-WEIGHT",
          kr.row,
          { column: "weight", params: { problem } },
          kr.id || undefined,
          { id: kr.id || `#${kr.row}` }
        )
      );
    }
  }
}

/** Every ID-bearing row of the workbook, for the duplicate check. */
function idRows(sheets: readonly OkrSheet[]): { sheet: OkrSheet; row: number; id: string }[] {
  return sheets.flatMap((sheet) =>
    [...sheet.objectives.flatMap((o) => [o, ...o.keyResults]), ...sheet.orphans]
      .filter((item) => item.id)
      .map((item) => ({ sheet, row: item.row, id: item.id }))
  );
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
  for (const sheet of okrSheets) lintSheet(sheet, { sheet, settings, objectiveIds }, out);

  const rows = idRows(okrSheets);
  for (const [key, where] of duplicateIds(rows.map((r) => r.id))) {
    for (const index of where) {
      const { sheet, row, id } = rows[index];
      out.push(
        finding(
          sheet,
          "ID-DUPLICATE",
          row,
          { column: "id", params: { id, count: where.length } },
          id,
          { id: key }
        )
      );
    }
  }
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
      out[key] = PARAM_WORDS[value][lang];
  }
  if (params.unit) {
    const unit = PARAM_WORDS[String(params.unit)][lang];
    const sep = lang === "en" ? " " : " ";
    out.length = `${params.length}${sep}${unit}`;
    out.limit = `${params.limit}${sep}${unit}`;
  }
  return out;
}

export interface RenderedFinding {
  name: string;
  message: string;
  hint: string;
}

/** A finding's rule name, message and fix hint in a reader's language (whatever the sheet's). */
export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  const rule = RULES[f.ruleId as RuleId];
  if (!rule) return { name: f.ruleId, message: f.ruleId, hint: "" };
  const params = localParams(f.params ?? {}, lang);
  return {
    name: rule.name[lang],
    message: format(rule.message[lang], params),
    hint: format(rule.hint[lang], params),
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
