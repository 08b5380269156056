// The Import place.
import type { ImportField, PRODUCT_FIELDS } from "../../domain/import/fields";
import type { Localized } from "../../domain/types";
import type { Messages } from "./say";

export const IMPORT_MESSAGES = {
  intro: {
    en: "Bring OKRs in from other tools: a Viva Goals export, a spreadsheet OKR template, or one row per objective with numbered key-result columns (.csv or .xlsx). You see what each row becomes before anything is written; Import then adds new sheets and changes none the workbook has.",
    "zh-CN":
      "从其他工具导入 OKR：Viva Goals 导出文件、表格 OKR 模板，或每个目标一行、关键结果按编号分列的表格（.csv 或 .xlsx）。写入之前您会先看到每一行将变成什么；随后“导入”会添加新工作表，不改动工作簿中已有的任何工作表。",
    "zh-TW":
      "從其他工具匯入 OKR：Viva Goals 匯出檔、試算表 OKR 範本，或每個目標一列、關鍵結果依編號分欄的表格（.csv 或 .xlsx）。寫入之前您會先看到每一列將變成什麼；之後「匯入」會新增工作表，不變更活頁簿中已有的任何工作表。",
  },
  files: {
    en: "Files to import (.csv, .xlsx)",
    "zh-CN": "要导入的文件（.csv、.xlsx）",
    "zh-TW": "要匯入的檔案（.csv、.xlsx）",
  },
  read: { en: "Read files", "zh-CN": "读取文件", "zh-TW": "讀取檔案" },
  report: { en: "What each row becomes", "zh-CN": "每行将变成什么", "zh-TW": "每列將變成什麼" },
  mapping: {
    en: "Which column is which: {table}",
    "zh-CN": "列的对应关系：{table}",
    "zh-TW": "欄的對應關係：{table}",
  },
  mappingIntro: {
    en: "The headers do not say how the rows are laid out. Choose what each column holds: at least the statement with a type (Level), or the objective with its key result.",
    "zh-CN":
      "无法从表头判断行的布局。请选择每一列的内容：至少要有描述和类型（层级），或目标和其关键结果。",
    "zh-TW":
      "無法從表頭判斷列的版面。請選擇每一欄的內容：至少要有描述和類型（層級），或目標和其關鍵結果。",
  },
  leaveOut: { en: "(leave out)", "zh-CN": "（不导入）", "zh-TW": "（不匯入）" },
  useMapping: { en: "Read with this mapping", "zh-CN": "按此对应读取", "zh-TW": "依此對應讀取" },
  period: { en: "Period of the new sheets", "zh-CN": "新工作表的周期", "zh-TW": "新工作表的週期" },
  periodHint: {
    en: "From the file when it names one, else this quarter: 2026-Q1, 2026-H1, FY2026",
    "zh-CN": "文件中有周期时取自文件，否则为本季度：2026-Q1、2026-H1、FY2026",
    "zh-TW": "檔案中有週期時取自檔案，否則為本季：2026-Q1、2026-H1、FY2026",
  },
  import: { en: "Import", "zh-CN": "导入", "zh-TW": "匯入" },
  imported: {
    en: "Imported as {count} new sheet(s)",
    "zh-CN": "已导入为 {count} 张新工作表",
    "zh-TW": "已匯入為 {count} 張新工作表",
  },
  importedBody: {
    en: "Check names what the source lacked (a missing commitment, a metric without a start); Score updates the Summary.",
    "zh-CN": "“检查”会指出来源缺少的内容（缺少承诺类型、指标缺少起始值）；“计分”会更新摘要。",
    "zh-TW": "「檢查」會指出來源缺少的內容（缺少承諾類型、指標缺少起始值）；「計分」會更新摘要。",
  },
  nothing: {
    en: "These files hold no table to import.",
    "zh-CN": "这些文件中没有可导入的表格。",
    "zh-TW": "這些檔案中沒有可匯入的表格。",
  },
  unreadableType: {
    en: "{file}: not a .csv or .xlsx file. Save it from its tool as CSV (UTF-8) or as an Excel workbook.",
    "zh-CN": "{file}：不是 .csv 或 .xlsx 文件。请在原工具中另存为 CSV（UTF-8）或 Excel 工作簿。",
    "zh-TW": "{file}：不是 .csv 或 .xlsx 檔案。請在原工具中另存為 CSV（UTF-8）或 Excel 活頁簿。",
  },
  unreadableEncoding: {
    en: "{file}: not UTF-8 text. Open it in Excel and save it as “CSV UTF-8 (Comma delimited)”.",
    "zh-CN": "{file}：不是 UTF-8 文本。请在 Excel 中打开并另存为“CSV UTF-8（逗号分隔）”。",
    "zh-TW": "{file}：不是 UTF-8 文字。請在 Excel 中開啟並另存為「CSV UTF-8（逗號分隔）」。",
  },
  unreadableXlsx: {
    en: "{file}: not an .xlsx workbook ({error}). Open it in Excel and save it again as .xlsx.",
    "zh-CN": "{file}：不是 .xlsx 工作簿（{error}）。请在 Excel 中打开并另存为 .xlsx。",
    "zh-TW": "{file}：不是 .xlsx 活頁簿（{error}）。請在 Excel 中開啟並另存為 .xlsx。",
  },
  importFailed: {
    en: "The import could not finish: {error}. Nothing was written; try again.",
    "zh-CN": "无法完成导入：{error}。未写入任何内容，请重试。",
    "zh-TW": "無法完成匯入：{error}。未寫入任何內容，請重試。",
  },
} satisfies Messages;

/**
 * What a source column may fill beyond the product's own columns (whose names are their headers),
 * keyed by field so a new field is a compile error until it has a name.
 */
export const IMPORT_FIELD_NAMES: Record<
  Exclude<ImportField, (typeof PRODUCT_FIELDS)[number]>,
  Localized
> = {
  progress: { en: "Progress (source)", "zh-CN": "进度（来源）", "zh-TW": "進度（來源）" },
  status: { en: "Status (source)", "zh-CN": "状态（来源）", "zh-TW": "狀態（來源）" },
  objective: { en: "Objective", "zh-CN": "目标", "zh-TW": "目標" },
  keyResult: { en: "Key result", "zh-CN": "关键结果", "zh-TW": "關鍵結果" },
  period: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
};
