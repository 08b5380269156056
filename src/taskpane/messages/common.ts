// Texts more than one place shows: an operation's progress and outcome, the as-of date field,
// a typed date's problems, the period picker, and failures of steps two places share.
import type { Messages } from "./say";

export const COMMON_MESSAGES = {
  failedTitle: { en: "Something went wrong", "zh-CN": "出现问题", "zh-TW": "發生問題" },
  openSheet: { en: "Open {sheet}", "zh-CN": "打开 {sheet}", "zh-TW": "開啟 {sheet}" },
  phaseReading: {
    en: "Reading the workbook",
    "zh-CN": "正在读取工作簿",
    "zh-TW": "正在讀取活頁簿",
  },
  phaseChecking: {
    en: "Checking and planning",
    "zh-CN": "正在检查和规划",
    "zh-TW": "正在檢查和規劃",
  },
  phaseWriting: { en: "Writing to Excel", "zh-CN": "正在写入 Excel", "zh-TW": "正在寫入 Excel" },
  phaseStep: {
    en: "Step {step} of {steps}: {phase}…",
    "zh-CN": "第 {step} 步，共 {steps} 步：{phase}…",
    "zh-TW": "第 {step} 步，共 {steps} 步：{phase}…",
  },
  cancel: { en: "Cancel", "zh-CN": "取消", "zh-TW": "取消" },
  cancelled: {
    en: "Cancelled before anything was written. The workbook is as it was.",
    "zh-CN": "已在写入前取消，工作簿保持原样。",
    "zh-TW": "已在寫入前取消，活頁簿保持原樣。",
  },
  asOfLabel: { en: "Measure progress as of", "zh-CN": "进度截至日期", "zh-TW": "進度截至日期" },
  dateInvalid: {
    en: "Write the date as YYYY-MM-DD, for example 2026-02-15.",
    "zh-CN": "请按 YYYY-MM-DD 格式填写日期，例如 2026-02-15。",
    "zh-TW": "請依 YYYY-MM-DD 格式填寫日期，例如 2026-02-15。",
  },
  dateMissing: {
    en: "Enter a date as YYYY-MM-DD, for example 2026-02-15.",
    "zh-CN": "请填写日期（YYYY-MM-DD），例如 2026-02-15。",
    "zh-TW": "請填寫日期（YYYY-MM-DD），例如 2026-02-15。",
  },
  dateNoMonth: {
    en: "{input} does not exist: months run from 01 to 12.",
    "zh-CN": "{input} 不存在：月份只能是 01 到 12。",
    "zh-TW": "{input} 不存在：月份只能是 01 到 12。",
  },
  dateNoDay: {
    en: "{input} does not exist: {month} has {days} days.",
    "zh-CN": "{input} 不存在：{month}只有 {days} 天。",
    "zh-TW": "{input} 不存在：{month}只有 {days} 天。",
  },
  createFailed: {
    en: "The sheets could not be created: {error}. Nothing was changed; try again, or save the workbook and reopen it.",
    "zh-CN": "无法创建工作表：{error}。工作簿未被更改；请重试，或保存后重新打开工作簿。",
    "zh-TW": "無法建立工作表：{error}。活頁簿未被更改；請重試，或儲存後重新開啟活頁簿。",
  },
  scoreFailed: {
    en: "Scoring failed: {error}. Your input cells were not changed; try again.",
    "zh-CN": "计分失败：{error}。输入单元格未被修改；请重试。",
    "zh-TW": "計分失敗：{error}。輸入儲存格未被修改；請重試。",
  },
  dateReadAs: {
    en: "Read as {date}.",
    "zh-CN": "读作 {date}。",
    "zh-TW": "讀作 {date}。",
  },
  periodPicker: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
  periodClosed: {
    en: "{period} (closed)",
    "zh-CN": "{period}（已结束）",
    "zh-TW": "{period}（已結束）",
  },
  // A picked .xlsx (Collect, Import) with formulas linking other workbooks, as `okr` warns of it.
  linkedFile: {
    en: "{file}: this workbook has formulas that link to {count} other workbook(s) ({parts}). What is read from it is what those formulas showed when it was last saved, and that is what comes into this workbook. For current values, open the file, update its links (Data › Edit Links), save it and pick it again.",
    "zh-CN":
      "{file}：该工作簿中有公式链接到 {count} 个其他工作簿（{parts}）。读取的是文件上次保存时这些公式显示的值，带入本工作簿的也是这些值。如需最新数值，请打开该文件，更新其链接（数据 › 编辑链接），保存后重新选择。",
    "zh-TW":
      "{file}：該活頁簿中有公式連結到 {count} 個其他活頁簿（{parts}）。讀取的是檔案上次儲存時這些公式顯示的值，帶入本活頁簿的也是這些值。如需最新數值，請開啟該檔案，更新其連結（資料 › 編輯連結），儲存後重新選擇。",
  },
} satisfies Messages;
