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
  "no-okr-sheet": {
    en: "No OKR sheet found. Create sheets with New sheet (okr new) or add a header row.",
    "zh-CN": "未找到 OKR 表。请用“新建工作表”（okr new）创建，或添加表头行。",
    "zh-TW": "找不到 OKR 工作表。請用「新增工作表」（okr new）建立，或新增表頭列。",
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
