// What closing a period and starting the next say when they cannot, in the reader's language: one
// table for the pane and the command line (which puts the file and line, or the option, first).
import { format, joinList } from "../reading/i18n";
import { unknownPeriodText } from "../reading/periodScope";
import type { Lang, Localized } from "../types";
import type { NextProblem } from "./next";
import type { CloseProblem } from "./plan";

export const CLOSE_PROBLEMS: Record<CloseProblem["kind"], Localized> = {
  "unknown-id": {
    en: "{id}: no objective or key result has this ID. Use the IDs in the sheets' ID column.",
    "zh-CN": "{id}：没有目标或关键结果使用此编号。请使用工作表“编号”列中的编号。",
    "zh-TW": "{id}：沒有目標或關鍵結果使用此編號。請使用工作表「編號」欄中的編號。",
  },
  "bad-score": {
    en: "{id}: “{value}” is not a score from 0 to 1. Type 0.7 or 70%.",
    "zh-CN": "{id}：“{value}”不是 0 到 1 的分数。请输入 0.7 或 70%。",
    "zh-TW": "{id}：「{value}」不是 0 到 1 的分數。請輸入 0.7 或 70%。",
  },
  "objective-score": {
    en: "{id} is an objective: its score follows from its key results' weights. Give final scores to its key results.",
    "zh-CN": "{id} 是目标：其得分由关键结果按权重计算。请为其关键结果填写最终得分。",
    "zh-TW": "{id} 是目標：其得分由關鍵結果按權重計算。請為其關鍵結果填寫最終得分。",
  },
  "kr-review": {
    en: "{id} is a key result: the review (what worked … carry over) belongs to its objective.",
    "zh-CN": "{id} 是关键结果：复盘内容（做得好的 … 是否延续）应写在其目标上。",
    "zh-TW": "{id} 是關鍵結果：檢討內容（做得好的 … 是否延續）應寫在其目標上。",
  },
  "bad-carry": {
    en: "{id}: carry over “{value}” is neither yes nor no. Write yes or no (是 / 否).",
    "zh-CN": "{id}：是否延续“{value}”既不是“是”也不是“否”。请填写 是 或 否（yes / no）。",
    "zh-TW": "{id}：是否延續「{value}」既不是「是」也不是「否」。請填寫 是 或 否（yes / no）。",
  },
  "date-outside": {
    en: "The date is outside the period {period} ({start} to {end}) of {sheets}. Close as of a day in the period, usually its last (--period names another period to close).",
    "zh-CN":
      "该日期不在 {sheets} 的周期 {period}（{start} 至 {end}）内。请以周期内的某一天收尾，通常是最后一天（--period 可指定要收尾的其他周期）。",
    "zh-TW":
      "該日期不在 {sheets} 的週期 {period}（{start} 至 {end}）內。請以週期內的某一天收尾，通常是最後一天（--period 可指定要收尾的其他週期）。",
  },
  "other-period": {
    en: "{id} belongs to {period}; this closes {closing}. Close {period} with --period {period}.",
    "zh-CN": "{id} 属于 {period}；本次收尾的是 {closing}。请用 --period {period} 收尾 {period}。",
    "zh-TW": "{id} 屬於 {period}；本次收尾的是 {closing}。請用 --period {period} 收尾 {period}。",
  },
  // Said by reading/periodScope.ts's unknownPeriodText (the same words as every --period).
  "unknown-period": { en: "", "zh-CN": "", "zh-TW": "" },
};

export const NEXT_PROBLEMS: Record<NextProblem["kind"], Localized> = {
  "no-sheets": {
    en: "No OKR sheet found. Create sheets with New sheet (okr new) or add a header row.",
    "zh-CN": "未找到 OKR 表。请用“新建工作表”（okr new）创建，或添加表头行。",
    "zh-TW": "找不到 OKR 工作表。請用「新增工作表」（okr new）建立，或新增表頭列。",
  },
  "not-after": {
    en: "{next} does not start after {period} of “{sheet}” (it ends {end}). Give the period that follows it.",
    "zh-CN": "{next} 并不在“{sheet}”的周期 {period}（结束于 {end}）之后开始。请填写其后的周期。",
    "zh-TW": "{next} 並不在「{sheet}」的週期 {period}（結束於 {end}）之後開始。請填寫其後的週期。",
  },
};

const quoted: Localized = { en: "“{name}”", "zh-CN": "“{name}”", "zh-TW": "「{name}」" };

/** A closing problem as a sentence in a language. */
export function closeProblemText(problem: CloseProblem, lang: Lang): string {
  if (problem.kind === "unknown-period")
    return unknownPeriodText({ ok: false, asked: problem.asked, known: problem.known }, lang);
  const sheets =
    problem.kind === "date-outside"
      ? joinList(
          problem.sheets.map((name) => format(quoted[lang], { name })),
          lang
        )
      : "";
  return format(CLOSE_PROBLEMS[problem.kind][lang], {
    ...(problem as unknown as Record<string, string>),
    sheets,
  });
}

/** A next-period problem as a sentence in a language; `next` is the period asked for. */
export function nextProblemText(problem: NextProblem, next: string, lang: Lang): string {
  return format(NEXT_PROBLEMS[problem.kind][lang], {
    ...(problem as unknown as Record<string, string>),
    next,
  });
}
