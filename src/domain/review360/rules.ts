// The 360° review's findings: stable IDs, severities, and message plus fix hint in three languages.
// Placeholders in braces are filled from the finding's params.
import { format } from "../reading/i18n";
import type { Finding, Lang, Localized, Severity } from "../types";

export interface ReviewRuleDef {
  severity: Severity;
  message: Localized;
  hint: Localized;
}

export const REVIEW_RULES = {
  "REVIEW-WEIGHTS-SUM": {
    severity: "warning",
    message: {
      en: "The component weights add up to {sum} %, not 100 %.",
      "zh-CN": "各组成部分的权重合计为 {sum}%，不是 100%。",
      "zh-TW": "各組成部分的權重合計為 {sum}%，不是 100%。",
    },
    hint: {
      en: "Change the weights so they add up to 100 % (default: OKR 40, manager 25, peer 15, designated 10, self 10).",
      "zh-CN": "调整权重使其合计为 100%（默认：OKR 40、上级 25、互评 15、指定人 10、自评 10）。",
      "zh-TW": "調整權重使其合計為 100%（預設：OKR 40、上級 25、互評 15、指定人 10、自評 10）。",
    },
  },
  "REVIEW-SCALE": {
    severity: "error",
    message: {
      en: "The rating scale {low}–{high} is not usable: the high end must be a number above the low end.",
      "zh-CN": "评分范围 {low}–{high} 无法使用：最高分必须是大于最低分的数字。",
      "zh-TW": "評分範圍 {low}–{high} 無法使用：最高分必須是大於最低分的數字。",
    },
    hint: {
      en: "Use 1–5, 0–100 or 0–1.",
      "zh-CN": "请使用 1–5、0–100 或 0–1。",
      "zh-TW": "請使用 1–5、0–100 或 0–1。",
    },
  },
  "REVIEW-RATING-SCALE": {
    severity: "error",
    message: {
      en: "The score “{value}” is not a number on the scale {low}–{high}; it is not counted.",
      "zh-CN": "评分“{value}”不是 {low}–{high} 范围内的数字，不计入。",
      "zh-TW": "評分「{value}」不是 {low}–{high} 範圍內的數字，不計入。",
    },
    hint: {
      en: "Enter a number from {low} to {high}.",
      "zh-CN": "请填写 {low} 到 {high} 之间的数字。",
      "zh-TW": "請填寫 {low} 到 {high} 之間的數字。",
    },
  },
  "REVIEW-SELF-PEER": {
    severity: "warning",
    message: {
      en: "{person} rates themselves as a peer; the rating is not counted.",
      "zh-CN": "{person} 以互评身份给自己打分，此评分不计入。",
      "zh-TW": "{person} 以互評身分給自己評分，此評分不計入。",
    },
    hint: {
      en: "Record it with the role Self, or have a colleague rate instead.",
      "zh-CN": "请把评价类型改为“自评”，或改由同事评分。",
      "zh-TW": "請把評價類型改為「自評」，或改由同事評分。",
    },
  },
  "REVIEW-UNKNOWN-PERSON": {
    severity: "warning",
    message: {
      en: "“{person}” owns no objective on any OKR sheet; the rating is not counted.",
      "zh-CN": "“{person}”在任何 OKR 表中都不是目标负责人，此评分不计入。",
      "zh-TW": "「{person}」在任何 OKR 表中都不是目標負責人，此評分不計入。",
    },
    hint: {
      en: "Write the name exactly as in the Owner column (spaces count), or add the person's objectives.",
      "zh-CN": "请按“负责人”列中的写法填写姓名（空格也算），或为此人添加目标。",
      "zh-TW": "請按「負責人」欄中的寫法填寫姓名（空格也算），或為此人新增目標。",
    },
  },
  "REVIEW-DUPLICATE": {
    severity: "warning",
    message: {
      en: "{rater} already rated {person} as {role} on row {first}; both ratings count.",
      "zh-CN": "{rater} 已在第 {first} 行以“{role}”身份评价过 {person}，两条评分都会计入。",
      "zh-TW": "{rater} 已在第 {first} 列以「{role}」身分評價過 {person}，兩筆評分都會計入。",
    },
    hint: {
      en: "Delete the rating that is out of date.",
      "zh-CN": "请删除过时的那条评分。",
      "zh-TW": "請刪除過時的那筆評分。",
    },
  },
  "REVIEW-ROLE": {
    severity: "error",
    message: {
      en: "The role “{role}” is not one of {roles}; the rating is not counted.",
      "zh-CN": "评价类型“{role}”不是 {roles} 之一，此评分不计入。",
      "zh-TW": "評價類型「{role}」不是 {roles} 之一，此評分不計入。",
    },
    hint: {
      en: "Write one of these roles (the Ratings sheet offers them in a dropdown).",
      "zh-CN": "请填写上述评价类型之一（评分明细表中有下拉列表可选）。",
      "zh-TW": "請填寫上述評價類型之一（評分明細表中有下拉清單可選）。",
    },
  },
  "REVIEW-RATINGS-HEADER": {
    severity: "error",
    message: {
      en: "The ratings have no column {column}.",
      "zh-CN": "评分明细缺少“{column}”列。",
      "zh-TW": "評分明細缺少「{column}」欄。",
    },
    hint: {
      en: "Add the column: the header row needs Person, Rater, Role and Score (Comment and Date are optional).",
      "zh-CN": "请添加此列：表头需要 员工、评价人、评价类型、评分（评语和日期可选）。",
      "zh-TW": "請新增此欄：表頭需要 員工、評價人、評價類型、評分（評語和日期可選）。",
    },
  },
  "REVIEW-NOT-SCORED": {
    severity: "error",
    message: {
      en: "The OKR sheet {sheet} has no Progress column yet, so its OKR scores cannot be linked.",
      "zh-CN": "OKR 表 {sheet} 还没有“进度”列，无法链接其 OKR 得分。",
      "zh-TW": "OKR 表 {sheet} 還沒有「進度」欄，無法連結其 OKR 得分。",
    },
    hint: {
      en: "Score the workbook first, then build the review.",
      "zh-CN": "请先为工作簿计分，再生成环评。",
      "zh-TW": "請先為活頁簿計分，再產生環評。",
    },
  },
} satisfies Record<string, ReviewRuleDef>;

export type ReviewRuleId = keyof typeof REVIEW_RULES;

/** A review finding: located like every other finding. */
export function reviewFinding(
  ruleId: ReviewRuleId,
  where: { sheet: string; row: number; cell: string },
  params: Record<string, string | number> = {}
): Finding {
  return { ruleId, severity: REVIEW_RULES[ruleId].severity, ...where, params };
}

/** A review finding's message and hint in a reader's language. */
export function renderReviewFinding(f: Finding, lang: Lang): { message: string; hint: string } {
  const rule = REVIEW_RULES[f.ruleId as ReviewRuleId];
  const params = f.params ?? {};
  return { message: format(rule.message[lang], params), hint: format(rule.hint[lang], params) };
}
