// The texts the pane's shell shows before any place has loaded (header, host notice, the places'
// tab labels, loading and failure notes), apart from the places' tables so that the first load
// carries none of their text (docs/PERFORMANCE.md). A new place's tab label belongs here.
import type { Localized } from "../../domain/types";
import type { Messages } from "./say";

export const SHELL_MESSAGES = {
  productName: { en: "OKR Sheets", "zh-CN": "OKR 表格", "zh-TW": "OKR 表格" },
  tagline: {
    en: "Objectives and key results that score themselves in Excel.",
    "zh-CN": "在 Excel 中自动计分的目标与关键结果。",
    "zh-TW": "在 Excel 中自動計分的目標與關鍵結果。",
  },
  language: { en: "Language", "zh-CN": "语言", "zh-TW": "語言" },
  navigation: { en: "OKR cycle", "zh-CN": "OKR 流程", "zh-TW": "OKR 流程" },
  loadingPlace: { en: "Loading…", "zh-CN": "正在加载…", "zh-TW": "正在載入…" },
  placeFailedTitle: {
    en: "This part of the pane did not load",
    "zh-CN": "窗格的这一部分未能加载",
    "zh-TW": "窗格的這一部分未能載入",
  },
  placeFailedBody: {
    en: "Close the pane and open it again from the Home tab. The workbook was not changed. ({error})",
    "zh-CN": "请关闭窗格，再从“开始”选项卡重新打开。工作簿未被更改。（{error}）",
    "zh-TW": "請關閉窗格，再從「常用」索引標籤重新開啟。活頁簿未被變更。（{error}）",
  },
  outsideExcelTitle: {
    en: "Running outside Excel",
    "zh-CN": "当前不在 Excel 中运行",
    "zh-TW": "目前不在 Excel 中執行",
  },
  outsideExcelBody: {
    en: "This page is open in a browser, not in Excel, so it cannot read or write a workbook. Open OKR Sheets from the Home tab in Excel (see the README for sideloading), or run `npm run preview` to try it on an emulated workbook.",
    "zh-CN":
      "此页面是在浏览器中打开的，而不是在 Excel 中，因此无法读写工作簿。请在 Excel 的“开始”选项卡中打开 OKR 表格（旁加载方法见 README），或运行 `npm run preview` 在模拟工作簿中试用。",
    "zh-TW":
      "此頁面是在瀏覽器中開啟的，而不是在 Excel 中，因此無法讀寫活頁簿。請在 Excel 的「常用」索引標籤中開啟 OKR 表格（側載方法見 README），或執行 `npm run preview` 在模擬活頁簿中試用。",
  },
  otherHostTitle: {
    en: "Excel only",
    "zh-CN": "仅支持 Excel",
    "zh-TW": "僅支援 Excel",
  },
  otherHostBody: {
    en: "OKR Sheets works in Excel workbooks. This host ({host}) is not supported.",
    "zh-CN": "OKR 表格仅适用于 Excel 工作簿，不支持当前宿主（{host}）。",
    "zh-TW": "OKR 表格僅適用於 Excel 活頁簿，不支援目前的主機（{host}）。",
  },
  oldExcelTitle: {
    en: "This Excel is too old",
    "zh-CN": "此 Excel 版本过旧",
    "zh-TW": "此 Excel 版本過舊",
  },
  oldExcelBody: {
    en: "OKR Sheets needs Excel for Microsoft 365, Office 2021 or later, Excel on the web, or Excel for Mac or iPad (ExcelApi 1.14). Update Office, or use Excel on the web.",
    "zh-CN":
      "OKR 表格需要 Microsoft 365 版 Excel、Office 2021 或更高版本、Excel 网页版，或 Mac、iPad 版 Excel（ExcelApi 1.14）。请更新 Office，或使用 Excel 网页版。",
    "zh-TW":
      "OKR 表格需要 Microsoft 365 版 Excel、Office 2021 或更新版本、Excel 網頁版，或 Mac、iPad 版 Excel（ExcelApi 1.14）。請更新 Office，或使用 Excel 網頁版。",
  },
  connectedTitle: {
    en: "Connected to Excel",
    "zh-CN": "已连接 Excel",
    "zh-TW": "已連線 Excel",
  },
  connectedBody: {
    en: "Excel API level {level}.",
    "zh-CN": "Excel API 级别 {level}。",
    "zh-TW": "Excel API 等級 {level}。",
  },
  emulatedTitle: {
    en: "Preview: emulated Excel",
    "zh-CN": "预览：模拟的 Excel",
    "zh-TW": "預覽：模擬的 Excel",
  },
  emulatedBody: {
    en: "The workbook on the left lives in this page and is computed by a formula engine (ExcelApi {level} emulated). Nothing is saved; reload to start again.",
    "zh-CN":
      "左侧的工作簿只存在于此页面中，由公式引擎计算（模拟 ExcelApi {level}）。不会保存任何内容；刷新页面即可重新开始。",
    "zh-TW":
      "左側的活頁簿只存在於此頁面中，由公式引擎計算（模擬 ExcelApi {level}）。不會儲存任何內容；重新整理頁面即可重新開始。",
  },
  nothingYetTitle: {
    en: "Getting ready",
    "zh-CN": "准备中",
    "zh-TW": "準備中",
  },
  nothingYetBody: {
    en: "No OKR actions are available in this version yet. They will appear here in the order of the OKR cycle: new sheet, check, score, check-in, summary.",
    "zh-CN":
      "此版本尚未提供 OKR 操作。它们将按 OKR 流程的顺序出现在这里：新建表、检查、评分、进度更新、汇总。",
    "zh-TW":
      "此版本尚未提供 OKR 操作。它們將按 OKR 流程的順序出現在這裡：新建表、檢查、評分、進度更新、彙總。",
  },
  checkTab: { en: "Check", "zh-CN": "检查", "zh-TW": "檢查" },
  newSheetTab: { en: "New sheet", "zh-CN": "新建表", "zh-TW": "新增工作表" },
  scoreTab: { en: "Score", "zh-CN": "计分", "zh-TW": "計分" },
  checkinTab: { en: "Check-in", "zh-CN": "进度更新", "zh-TW": "進度更新" },
  closeTab: { en: "Close period", "zh-CN": "期末收尾", "zh-TW": "期末收尾" },
  reviewTab: { en: "Review", "zh-CN": "绩效考核", "zh-TW": "績效考核" },
  splitTab: { en: "Split", "zh-CN": "拆分分发", "zh-TW": "拆分分發" },
  collectTab: { en: "Collect", "zh-CN": "收回汇总", "zh-TW": "收回彙總" },
  importTab: { en: "Import", "zh-CN": "导入", "zh-TW": "匯入" },
  chaseTab: { en: "Who owes", "zh-CN": "待更新", "zh-TW": "待更新" },
} satisfies Messages;

/** The names of the languages, each in its own language (as a language menu shows them). */
export const LANGUAGE_NAMES: Localized = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};
