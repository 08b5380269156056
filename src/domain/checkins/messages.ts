// What a check-in's problems say, in the reader's language: one table for the pane (at the field)
// and the command line (after the file and line the value came from).
import { format } from "../reading/i18n";
import type { Lang, Localized } from "../types";
import type { CheckinProblem } from "./plan";

export const CHECKIN_PROBLEMS: Record<CheckinProblem["kind"], Localized> = {
  "unknown-id": {
    en: "{id}: no key result has this ID. Use the IDs in the sheet's ID column (read the sheet again if it changed).",
    "zh-CN":
      "{id}：没有关键结果使用此编号。请使用工作表“编号”列中的编号（工作表有改动时请重新读取）。",
    "zh-TW":
      "{id}：沒有關鍵結果使用此編號。請使用工作表「編號」欄中的編號（工作表有變動時請重新讀取）。",
  },
  "bad-value": {
    en: "{id}: “{value}” is not a number. Write the current value as a number (20%, 1,200 and $150 are fine).",
    "zh-CN": "{id}：“{value}”不是数字。请把当前值写成数字（20%、1,200、1.5万 均可）。",
    "zh-TW": "{id}：「{value}」不是數字。請把目前值寫成數字（20%、1,200、1.5萬 均可）。",
  },
  "bad-confidence": {
    en: "{id}: confidence “{value}” is not a number. Write it as a percentage such as 70%.",
    "zh-CN": "{id}：信心指数“{value}”不是数字。请写成百分比，例如 70%。",
    "zh-TW": "{id}：信心指數「{value}」不是數字。請寫成百分比，例如 70%。",
  },
  linked: {
    en: "{id}'s Current is linked to {link}; a check-in records what the link shows and keeps the formula. Leave the value empty (give a confidence or a comment), or add --unlink to replace the formula with this value.",
    "zh-CN":
      "{id} 的当前值关联到 {link}；进度更新会记录其显示的数值并保留公式。请将数值留空（可填写信心指数或备注），或加上 --unlink 用此数值替换公式。",
    "zh-TW":
      "{id} 的目前值連結到 {link}；進度更新會記錄其顯示的數值並保留公式。請將數值留空（可填寫信心指數或備註），或加上 --unlink 以此數值取代公式。",
  },
  "other-period": {
    en: '{id} is on "{sheet}" ({period}); this check-in is of {checking}. --period {period} checks in there.',
    "zh-CN":
      "{id} 位于“{sheet}”（{period}）；本次进度更新针对 {checking}。使用 --period {period} 更新该周期。",
    "zh-TW":
      "{id} 位於「{sheet}」（{period}）；本次進度更新針對 {checking}。使用 --period {period} 更新該週期。",
  },
  "nothing-said": {
    en: "no line gives a value, a confidence or a comment; a check-in records what people said. Write ID,Current[,Confidence,Comment] lines.",
    "zh-CN":
      "没有任何一行给出数值、信心指数或备注；进度更新只记录大家填写的内容。请按 编号,当前值[,信心指数,备注] 逐行填写。",
    "zh-TW":
      "沒有任何一列給出數值、信心指數或備註；進度更新只記錄大家填寫的內容。請按 編號,目前值[,信心指數,備註] 逐列填寫。",
  },
  "no-okr-sheet": {
    en: "No OKR sheet found. Create sheets with New sheet (okr new) or add a header row.",
    "zh-CN": "未找到 OKR 表。请用“新建工作表”（okr new）创建，或添加表头行。",
    "zh-TW": "找不到 OKR 工作表。請用「新增工作表」（okr new）建立，或新增表頭列。",
  },
  "history-full": {
    en: "“{sheet}” has check-ins down to row {row}; this check-in needs {count} rows more, past Excel's last row (1,048,576). Nothing was written. Move older check-ins to another workbook, or delete what lies below the last check-in, then check in again.",
    "zh-CN":
      "“{sheet}”的进度记录已到第 {row} 行；本次进度更新还需要 {count} 行，会超出 Excel 的最后一行（1,048,576）。未写入任何内容。请把较早的记录移到另一个工作簿，或删除最后一条记录下方的内容，然后重新更新进度。",
    "zh-TW":
      "「{sheet}」的進度記錄已到第 {row} 列；本次進度更新還需要 {count} 列，會超出 Excel 的最後一列（1,048,576）。未寫入任何內容。請把較早的記錄移到另一個活頁簿，或刪除最後一筆記錄下方的內容，然後重新更新進度。",
  },
  "not-okr-sheet": {
    en: "“{sheet}” is not an OKR sheet. Open one, then read it again.",
    "zh-CN": "“{sheet}”不是 OKR 表。请打开一张 OKR 表后重新读取。",
    "zh-TW": "「{sheet}」不是 OKR 工作表。請開啟一張 OKR 工作表後重新讀取。",
  },
};

/** A check-in problem as a sentence in a language. */
export function checkinProblemText(problem: CheckinProblem, lang: Lang): string {
  return format(CHECKIN_PROBLEMS[problem.kind][lang], problem as unknown as Record<string, string>);
}
