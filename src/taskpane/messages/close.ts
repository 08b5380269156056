// The Close period place: final scores, grades, the period review, the next period.
import type { Messages } from "./say";

export const CLOSE_MESSAGES = {
  reading: { en: "Reading the workbook…", "zh-CN": "正在读取工作簿…", "zh-TW": "正在讀取活頁簿…" },
  noPeriod: {
    en: "There is no OKR sheet with a period to close yet.",
    "zh-CN": "还没有带周期的 OKR 表可以收尾。",
    "zh-TW": "還沒有帶週期的 OKR 表可以收尾。",
  },
  notYet: {
    en: "Closing {period} opens on {date}, {days} days before its end (the sheets are as of {asOf}).",
    "zh-CN": "{period} 的收尾将于 {date} 开放，即结束前 {days} 天（工作表截至 {asOf}）。",
    "zh-TW": "{period} 的收尾將於 {date} 開放，即結束前 {days} 天（工作表截至 {asOf}）。",
  },
  intro: {
    en: "Each key result keeps its progress as its score unless you type a final score (70% or 0.7). The objective's grade follows from the weights and shows as you type.",
    "zh-CN":
      "关键结果默认以进度为得分；如需不同，请填写最终得分（70% 或 0.7）。目标评级按权重计算，输入时即时显示。",
    "zh-TW":
      "關鍵結果預設以進度為得分；如需不同，請填寫最終得分（70% 或 0.7）。目標評級按權重計算，輸入時即時顯示。",
  },
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  noOwner: { en: "No owner", "zh-CN": "未填负责人", "zh-TW": "未填負責人" },
  progress: { en: "Progress {value}", "zh-CN": "进度 {value}", "zh-TW": "進度 {value}" },
  finalScore: {
    en: "Final score for {id}",
    "zh-CN": "{id} 的最终得分",
    "zh-TW": "{id} 的最終得分",
  },
  keepsProgress: {
    en: "Empty: the score stays {value}",
    "zh-CN": "留空：得分保持 {value}",
    "zh-TW": "留空：得分保持 {value}",
  },
  keepsFinal: {
    en: "The sheet's final score {value} stays; clear it in the sheet's Final score column to go back to progress.",
    "zh-CN": "工作表上的最终得分 {value} 保留；如要改回按进度计分，请在工作表“最终得分”列中清除。",
    "zh-TW":
      "工作表上的最終得分 {value} 保留；如要改回按進度計分，請在工作表「最終得分」欄中清除。",
  },
  grade: {
    en: "Grade if saved: {score} · {grade}",
    "zh-CN": "保存后评级：{score} · {grade}",
    "zh-TW": "儲存後評級：{score} · {grade}",
  },
  noGrade: {
    en: "No grade yet: no key result has a score.",
    "zh-CN": "暂无评级：没有关键结果有得分。",
    "zh-TW": "暫無評級：沒有關鍵結果有得分。",
  },
  reviewFields: {
    en: "Review: what worked, what did not, why, lesson",
    "zh-CN": "复盘：做得好的、没做好的、原因、经验",
    "zh-TW": "檢討：做得好的、沒做好的、原因、經驗",
  },
  carry: { en: "Carry over to the next period", "zh-CN": "延续到下期", "zh-TW": "延續到下期" },
  save: {
    en: "Save {sheet}",
    "zh-CN": "保存 {sheet}",
    "zh-TW": "儲存 {sheet}",
  },
  next: { en: "Next period", "zh-CN": "下一周期", "zh-TW": "下一週期" },
  carryMode: { en: "Carry over", "zh-CN": "延续哪些目标", "zh-TW": "延續哪些目標" },
  marked: { en: "As the review says", "zh-CN": "按复盘勾选", "zh-TW": "按檢討勾選" },
  unfinished: {
    en: "Objectives with unfinished key results",
    "zh-CN": "有未完成关键结果的目标",
    "zh-TW": "有未完成關鍵結果的目標",
  },
  none: { en: "None", "zh-CN": "不延续", "zh-TW": "不延續" },
  start: { en: "Start next period", "zh-CN": "开始下一周期", "zh-TW": "開始下一週期" },
  started: {
    en: "Added {sheets} beside the old sheets.",
    "zh-CN": "已在原工作表旁新增 {sheets}。",
    "zh-TW": "已在原工作表旁新增 {sheets}。",
  },
  nothingCarried: {
    en: "Nothing carries over, so no sheet was added.",
    "zh-CN": "没有要延续的目标，未新增工作表。",
    "zh-TW": "沒有要延續的目標，未新增工作表。",
  },
  carryReached: {
    en: "{id} reached its target: carry it over all the same",
    "zh-CN": "{id} 已达成目标：仍延续到下期",
    "zh-TW": "{id} 已達成目標：仍延續到下期",
  },
  noteTarget: {
    en: "{id} (from {from}) reached or passed its target: set a new Target on {sheet}.",
    "zh-CN": "{id}（延续自 {from}）已达到或超过目标值：请在 {sheet} 填写新的目标值。",
    "zh-TW": "{id}（延續自 {from}）已達到或超過目標值：請在 {sheet} 填寫新的目標值。",
  },
  noteStatement: {
    en: "{id} (from {from}): the statement now reads “{statement}”.",
    "zh-CN": "{id}（延续自 {from}）：描述已改为“{statement}”。",
    "zh-TW": "{id}（延續自 {from}）：描述已改為「{statement}」。",
  },
  noteStatementFlagged: {
    en: "{id} (from {from}): its statement still names the old start; rewrite it on {sheet}.",
    "zh-CN": "{id}（延续自 {from}）：描述仍是旧的起始值；请在 {sheet} 改写。",
    "zh-TW": "{id}（延續自 {from}）：描述仍是舊的起始值；請在 {sheet} 改寫。",
  },
  noteParent: {
    en: "{id}: its parent {parent} was not carried over; choose its new parent on {sheet}.",
    "zh-CN": "{id}：其上级目标 {parent} 未延续；请在 {sheet} 选择新的上级目标。",
    "zh-TW": "{id}：其上級目標 {parent} 未延續；請在 {sheet} 選擇新的上級目標。",
  },
  badPeriod: {
    en: "Write a period such as 2026-Q2.",
    "zh-CN": "请填写周期，例如 2026-Q2。",
    "zh-TW": "請填寫週期，例如 2026-Q2。",
  },
  /** "Saved 1 final score", "Saved 3 final scores": the count in words. */
  savedScores: {
    en: {
      one: "Saved {n} final score; the review is on {sheet}.",
      other: "Saved {n} final scores; the review is on {sheet}.",
    },
    "zh-CN": "已保存 {n} 个最终得分；复盘见 {sheet}。",
    "zh-TW": "已儲存 {n} 個最終得分；檢討見 {sheet}。",
  },
} satisfies Messages;
