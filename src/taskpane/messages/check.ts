// The Check place: findings, go-to-cell, colouring, quick fixes, the thresholds editor, and the
// ribbon's Check button and its result dialog.
import type { Messages } from "./say";

export const CHECK_MESSAGES = {
  checkIntro: {
    en: "Check every objective and key result against the OKR writing rules. Click a finding to go to its cell.",
    "zh-CN": "按 OKR 撰写规则检查每个目标和关键结果。点击问题即可跳到对应单元格。",
    "zh-TW": "按 OKR 撰寫規則檢查每個目標和關鍵結果。點擊問題即可跳到對應儲存格。",
  },
  checkActive: { en: "Check this sheet", "zh-CN": "检查当前工作表", "zh-TW": "檢查目前工作表" },
  checkAll: {
    en: "Check all OKR sheets",
    "zh-CN": "检查全部 OKR 表",
    "zh-TW": "檢查全部 OKR 工作表",
  },
  activeSheetIs: {
    en: "Active sheet: {sheet}",
    "zh-CN": "当前工作表：{sheet}",
    "zh-TW": "目前工作表：{sheet}",
  },
  findingsForOtherSheet: {
    en: "These findings are for {sheet}. You are now on {active}: check this sheet to see its own.",
    "zh-CN": "以下结果属于 {sheet}。您现在位于 {active}：点击“检查当前工作表”查看其结果。",
    "zh-TW": "以下結果屬於 {sheet}。您現在位於 {active}：點擊「檢查目前工作表」查看其結果。",
  },
  checkedSummary: {
    en: "Checked {sheets}: {objectives}, {keyResults}.",
    "zh-CN": "已检查 {sheets}：{objectives}，{keyResults}。",
    "zh-TW": "已檢查 {sheets}：{objectives}，{keyResults}。",
  },
  allClearTitle: { en: "No problems found", "zh-CN": "没有发现问题", "zh-TW": "沒有發現問題" },
  allClearBody: {
    en: "Every objective and key result follows the writing rules. Nice work.",
    "zh-CN": "所有目标和关键结果都符合撰写规则，做得好！",
    "zh-TW": "所有目標和關鍵結果都符合撰寫規則，做得好！",
  },
  noOkrSheetTitle: { en: "Not an OKR sheet", "zh-CN": "不是 OKR 表", "zh-TW": "不是 OKR 工作表" },
  noOkrSheetBody: {
    en: "“{sheet}” has no OKR header row (ID, Level, Statement, Owner…). Open an OKR sheet, or check all OKR sheets.",
    "zh-CN":
      "“{sheet}”没有 OKR 表头行（编号、层级、描述、负责人…）。请打开一张 OKR 表，或检查全部 OKR 表。",
    "zh-TW":
      "「{sheet}」沒有 OKR 表頭列（編號、層級、描述、負責人…）。請開啟一張 OKR 工作表，或檢查全部 OKR 工作表。",
  },
  noOkrSheetsAtAll: {
    en: "This workbook has no OKR sheets yet.",
    "zh-CN": "此工作簿中还没有 OKR 表。",
    "zh-TW": "此活頁簿中還沒有 OKR 工作表。",
  },
  rowLabel: { en: "Row {row}", "zh-CN": "第 {row} 行", "zh-TW": "第 {row} 列" },
  goToCell: { en: "Go to {cell}", "zh-CN": "转到 {cell}", "zh-TW": "前往 {cell}" },
  checkFailed: {
    en: "The check could not read the workbook: {error}. Close any open cell editor and try again.",
    "zh-CN": "检查时无法读取工作簿：{error}。请退出单元格编辑状态后重试。",
    "zh-TW": "檢查時無法讀取活頁簿：{error}。請結束儲存格編輯後重試。",
  },
  selectFailed: {
    en: "Could not go to {cell}: {error}. The sheet may have been renamed or deleted; check again.",
    "zh-CN": "无法转到 {cell}：{error}。工作表可能已被重命名或删除，请重新检查。",
    "zh-TW": "無法前往 {cell}：{error}。工作表可能已被重新命名或刪除，請重新檢查。",
  },
  ribbonCheckTitle: { en: "OKR check", "zh-CN": "OKR 检查", "zh-TW": "OKR 檢查" },
  ribbonCheckCounts: {
    en: "{sheet}: {errors}, {warnings}, {notes}.",
    "zh-CN": "{sheet}：发现 {errors}，{warnings}，{notes}。",
    "zh-TW": "{sheet}：發現 {errors}，{warnings}，{notes}。",
  },
  ribbonCheckClean: {
    en: "{sheet}: no problems found.",
    "zh-CN": "{sheet}：没有发现问题。",
    "zh-TW": "{sheet}：沒有發現問題。",
  },
  ribbonCheckDetails: {
    en: "Open OKR Sheets → Check to see each finding and go to its cell.",
    "zh-CN": "打开 OKR 表格 → 检查，查看每个问题并跳到对应单元格。",
    "zh-TW": "開啟 OKR 表格 → 檢查，查看每個問題並前往對應儲存格。",
  },
  ribbonCheckFailed: {
    en: "The check could not run: {error}",
    "zh-CN": "检查无法运行：{error}",
    "zh-TW": "檢查無法執行：{error}",
  },
  close: { en: "Close", "zh-CN": "关闭", "zh-TW": "關閉" },
  thresholds: { en: "Thresholds", "zh-CN": "规则阈值", "zh-TW": "規則閾值" },
  thresholdsIntro: {
    en: "Saved with this workbook, so everyone who checks it uses the same rules.",
    "zh-CN": "随工作簿保存，所有人检查时都使用同一套规则。",
    "zh-TW": "隨活頁簿儲存，所有人檢查時都使用同一套規則。",
  },
  fixAllOfKind: {
    en: "Fix all of this kind ({count})",
    "zh-CN": "修正所有同类问题（{count}）",
    "zh-TW": "修正所有同類問題（{count}）",
  },
  fixedCells: {
    en: "Fixed: {count} cell(s) written.",
    "zh-CN": "已修正：写入 {count} 个单元格。",
    "zh-TW": "已修正：寫入 {count} 個儲存格。",
  },
  nothingToFix: {
    en: "Nothing was written: the workbook changed since the check, or this needs a person's decision. Check again.",
    "zh-CN": "未写入任何内容：工作簿在检查后已有变化，或此问题需要人工决定。请重新检查。",
    "zh-TW": "未寫入任何內容：活頁簿在檢查後已有變化，或此問題需要人工決定。請重新檢查。",
  },
  fixFailed: {
    en: "The fix could not be written: {error}. Nothing was changed; close any open cell editor and try again.",
    "zh-CN": "无法写入修正：{error}。未做任何更改；请退出单元格编辑状态后重试。",
    "zh-TW": "無法寫入修正：{error}。未做任何變更；請結束儲存格編輯後重試。",
  },
  save: { en: "Save thresholds", "zh-CN": "保存阈值", "zh-TW": "儲存閾值" },
  saved: {
    en: "Saved with the workbook.",
    "zh-CN": "已随工作簿保存。",
    "zh-TW": "已隨活頁簿儲存。",
  },
  reset: { en: "Defaults", "zh-CN": "恢复默认", "zh-TW": "恢復預設" },
  saveFailed: {
    en: "Could not save the thresholds: {error}.",
    "zh-CN": "无法保存阈值：{error}。",
    "zh-TW": "無法儲存閾值：{error}。",
  },
  markCells: {
    en: "Colour problem cells in the sheet",
    "zh-CN": "在工作表中为有问题的单元格着色",
    "zh-TW": "在工作表中為有問題的儲存格著色",
  },
  marked: {
    en: "{count} coloured (red: error, amber: warning, blue: note). The next check puts their own colours back; values are never changed.",
    "zh-CN":
      "已为 {count}着色（红：错误，黄：警告，蓝：提示）。下次检查会恢复原有颜色；数值不会被更改。",
    "zh-TW":
      "已為 {count}著色（紅：錯誤，黃：警告，藍：提示）。下次檢查會恢復原有顏色；數值不會被更改。",
  },
  markFailed: {
    en: "The findings are listed, but the cells could not be coloured: {error}.",
    "zh-CN": "问题已列出，但无法为单元格着色：{error}。",
    "zh-TW": "問題已列出，但無法為儲存格著色：{error}。",
  },
} satisfies Messages;
