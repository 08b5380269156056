// The New sheet place: templates, period, scope, language and owners of the sheets it creates.
import type { Messages } from "./say";

export const NEW_SHEET_MESSAGES = {
  newSheetIntro: {
    en: "Pick department templates; each becomes its own OKR sheet in this workbook, with dropdowns, formats and live scoring formulas. Existing sheets are never touched.",
    "zh-CN":
      "选择部门模板，每个模板都会在此工作簿中生成一张独立的 OKR 表，带下拉列表、格式和实时计分公式。现有工作表不会被改动。",
    "zh-TW":
      "選擇部門範本，每個範本都會在此活頁簿中產生一張獨立的 OKR 工作表，含下拉清單、格式和即時計分公式。現有工作表不會被更動。",
  },
  templates: { en: "Templates", "zh-CN": "模板", "zh-TW": "範本" },
  periodLabel: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
  periodHint: {
    en: "For example 2026-Q1, 2026-H2 or FY2026.",
    "zh-CN": "例如 2026-Q1、2026-H2 或 FY2026。",
    "zh-TW": "例如 2026-Q1、2026-H2 或 FY2026。",
  },
  scopeLabel: { en: "Scope", "zh-CN": "范围", "zh-TW": "範圍" },
  scopeFromTemplate: { en: "As in the template", "zh-CN": "按模板设定", "zh-TW": "依範本設定" },
  sheetLanguage: { en: "Sheet language", "zh-CN": "表格语言", "zh-TW": "工作表語言" },
  ownerLabel: {
    en: "Owner for {template} (optional)",
    "zh-CN": "{template}负责人（可选）",
    "zh-TW": "{template}負責人（選填）",
  },
  createSheets: { en: "Create sheets", "zh-CN": "创建工作表", "zh-TW": "建立工作表" },
  createdTitle: {
    en: "Created {count}",
    "zh-CN": "已创建 {count}",
    "zh-TW": "已建立 {count}",
  },
  createdBody: {
    en: "Open a sheet to fill it in, then Check it.",
    "zh-CN": "打开工作表填写内容，然后进行检查。",
    "zh-TW": "開啟工作表填寫內容，然後進行檢查。",
  },
  pickTemplate: {
    en: "Pick at least one template.",
    "zh-CN": "请至少选择一个模板。",
    "zh-TW": "請至少選擇一個範本。",
  },
} satisfies Messages;
