// The Split place.
import type { Messages } from "./say";

export const SPLIT_MESSAGES = {
  intro: {
    en: "Make one workbook per department to send out: each holds its own OKR sheet, the parent objectives it aligns to, its check-ins and its actions. Send the files; bring them back with Collect. This workbook keeps a record of what was sent.",
    "zh-CN":
      "为每个部门生成一个要分发的工作簿：其中包含该部门的 OKR 工作表、其对齐的上级目标、进度记录和行动。发送这些文件后，用“收回汇总”收回。本工作簿会记录发送了哪些文件。",
    "zh-TW":
      "為每個部門產生一個要分發的活頁簿：其中包含該部門的 OKR 工作表、其對齊的上級目標、進度記錄和行動。傳送這些檔案後，用「收回彙總」收回。本活頁簿會記錄傳送了哪些檔案。",
  },
  by: { en: "One file per", "zh-CN": "每个文件对应", "zh-TW": "每個檔案對應" },
  bySheet: { en: "OKR sheet", "zh-CN": "OKR 工作表", "zh-TW": "OKR 工作表" },
  byOwner: {
    en: "Person (Individual sheets)",
    "zh-CN": "个人（个人级工作表）",
    "zh-TW": "個人（個人層級工作表）",
  },
  make: { en: "Make the files", "zh-CN": "生成文件", "zh-TW": "產生檔案" },
  made: {
    en: "{count} file(s) made, recorded as sent on {date}",
    "zh-CN": "已生成 {count} 个文件，已记录为于 {date} 发出",
    "zh-TW": "已產生 {count} 個檔案，已記錄為於 {date} 傳送",
  },
  download: {
    en: "Download each file and send it to its department; Collect brings them back.",
    "zh-CN": "下载每个文件并发送给对应部门；用“收回汇总”收回。",
    "zh-TW": "下載每個檔案並傳送給對應部門；用「收回彙總」收回。",
  },
  file: {
    en: "sheet {sheet}: {krs} key results, {parents} parent objective(s), {history} check-in row(s), {actions} action(s)",
    "zh-CN":
      "工作表 {sheet}：{krs} 个关键结果，{parents} 个上级目标，{history} 行进度记录，{actions} 项行动",
    "zh-TW":
      "工作表 {sheet}：{krs} 個關鍵結果，{parents} 個上級目標，{history} 列進度記錄，{actions} 項行動",
  },
  "no-okr-sheet": {
    en: "This workbook has no OKR sheet to split. Make one with New sheet, or add a header row naming ID, Level, Statement, Owner.",
    "zh-CN":
      "本工作簿没有可拆分的 OKR 工作表。请用“新建工作表”创建，或添加含 ID、层级、陈述、负责人的标题行。",
    "zh-TW":
      "本活頁簿沒有可拆分的 OKR 工作表。請用「新增工作表」建立，或新增含 ID、層級、陳述、負責人的標題列。",
  },
  "no-individual-sheet": {
    en: "No Individual sheet (Scope: Individual) to split by person. Choose one file per OKR sheet, or set the sheets' Scope.",
    "zh-CN":
      "没有可按个人拆分的个人级工作表（范围：个人）。请选择每个 OKR 工作表一个文件，或设置工作表的范围。",
    "zh-TW":
      "沒有可按個人拆分的個人層級工作表（範圍：個人）。請選擇每個 OKR 工作表一個檔案，或設定工作表的範圍。",
  },
  splitFailed: {
    en: "Making the files could not finish: {error}. Nothing was recorded as sent.",
    "zh-CN": "无法完成生成文件：{error}。未记录任何发送。",
    "zh-TW": "無法完成產生檔案：{error}。未記錄任何傳送。",
  },
} satisfies Messages;
