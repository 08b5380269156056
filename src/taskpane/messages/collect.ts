// The Collect place.
import type { Messages } from "./say";

export const COLLECT_MESSAGES = {
  intro: {
    en: "Bring back the workbooks departments returned (the files Split sent out). You see what each file changes before anything in this workbook does; then each returned sheet replaces its own sheet only, its check-ins and its key results' actions are merged and the workbook is scored.",
    "zh-CN":
      "收回各部门退回的工作簿（拆分时分发的文件）。在本工作簿发生任何更改之前，您会先看到每个文件将带来的变化；之后每张退回的工作表只替换其对应的工作表，合并其进度记录和其关键结果的行动，并为工作簿计分。",
    "zh-TW":
      "收回各部門退回的活頁簿（拆分時分發的檔案）。在本活頁簿發生任何變更之前，您會先看到每個檔案將帶來的變化；之後每張退回的工作表只取代其對應的工作表，合併其進度記錄和其關鍵結果的行動，並為活頁簿計分。",
  },
  files: {
    en: "Returned files (.xlsx)",
    "zh-CN": "退回的文件（.xlsx）",
    "zh-TW": "退回的檔案（.xlsx）",
  },
  strict: {
    en: "Do not use a file whose Target, Start or Weight was changed",
    "zh-CN": "不使用目标值、起始值或权重被修改过的文件",
    "zh-TW": "不使用目標值、起始值或權重被修改過的檔案",
  },
  check: { en: "Check files", "zh-CN": "检查文件", "zh-TW": "檢查檔案" },
  report: { en: "Report", "zh-CN": "报告", "zh-TW": "報告" },
  clean: {
    en: "Nothing to report: every file can be used as it is.",
    "zh-CN": "没有需要报告的问题：每个文件都可以直接使用。",
    "zh-TW": "沒有需要報告的問題：每個檔案都可以直接使用。",
  },
  willReplace: {
    en: "{count} sheet(s) will be replaced: {sheets}. Other sheets are not touched.",
    "zh-CN": "将替换 {count} 张工作表：{sheets}。其他工作表不受影响。",
    "zh-TW": "將取代 {count} 張工作表：{sheets}。其他工作表不受影響。",
  },
  nothingToUse: {
    en: "None of these files can be used. Nothing will change.",
    "zh-CN": "这些文件都无法使用，不会做任何更改。",
    "zh-TW": "這些檔案都無法使用，不會做任何變更。",
  },
  apply: { en: "Apply", "zh-CN": "应用", "zh-TW": "套用" },
  cancel: { en: "Cancel", "zh-CN": "取消", "zh-TW": "取消" },
  cancelled: {
    en: "Cancelled: the workbook is as it was.",
    "zh-CN": "已取消：工作簿保持原样。",
    "zh-TW": "已取消：活頁簿保持原樣。",
  },
  applied: {
    en: "{count} sheet(s) collected and scored",
    "zh-CN": "已收回并计分 {count} 张工作表",
    "zh-TW": "已收回並計分 {count} 張工作表",
  },
  openSummary: { en: "Open {sheet}", "zh-CN": "打开 {sheet}", "zh-TW": "開啟 {sheet}" },
  notXlsx: {
    en: "not an .xlsx workbook: {error}. Open it in Excel and save it again as .xlsx",
    "zh-CN": "不是 .xlsx 工作簿：{error}。请在 Excel 中打开并另存为 .xlsx",
    "zh-TW": "不是 .xlsx 活頁簿：{error}。請在 Excel 中開啟並另存為 .xlsx",
  },
  collectFailed: {
    en: "Collecting the files could not finish: {error}",
    "zh-CN": "无法完成收回文件：{error}",
    "zh-TW": "無法完成收回檔案：{error}",
  },
} satisfies Messages;
