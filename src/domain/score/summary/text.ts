// Every word the Summary and its details sheet show, in three languages (one place: the status and
// level words come from the vocabulary, the titles from ownSheets.ts).
import {
  SUMMARY_DETAILS_SHEET_NAME,
  SUMMARY_DETAILS_TITLE,
  SUMMARY_SHEET_NAME,
  SUMMARY_TITLE,
} from "../../reading/ownSheets";
import type { Level, Localized } from "../../types";
import { LEVELS } from "../../reading/vocabulary";

function levelLabel(level: Level): Localized {
  return LEVELS.find((t) => t.value === level)?.label as Localized;
}

export const SUMMARY_TEXT = {
  sheetName: SUMMARY_SHEET_NAME,
  detailsSheetName: SUMMARY_DETAILS_SHEET_NAME,
  title: SUMMARY_TITLE,
  detailsTitle: SUMMARY_DETAILS_TITLE,
  asOf: { en: "As of", "zh-CN": "截至日期", "zh-TW": "截至日期" },
  periodEnd: { en: "Period ends", "zh-CN": "周期结束", "zh-TW": "週期結束" },
  lastCheck: { en: "Checked on", "zh-CN": "检查日期", "zh-TW": "檢查日期" },
  sheets: { en: "Sheets", "zh-CN": "工作表", "zh-TW": "工作表" },
  objectives: { en: "Objectives", "zh-CN": "目标", "zh-TW": "目標" },
  alignment: { en: "Alignment", "zh-CN": "目标对齐", "zh-TW": "目標對齊" },
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  allSheets: { en: "All sheets", "zh-CN": "全部工作表", "zh-TW": "全部工作表" },
  score: { en: "Score", "zh-CN": "得分", "zh-TW": "得分" },
  objectiveCount: { en: "Objectives", "zh-CN": "目标数", "zh-TW": "目標數" },
  krCount: { en: "Key results", "zh-CN": "关键结果数", "zh-TW": "關鍵結果數" },
  errors: { en: "Errors", "zh-CN": "错误", "zh-TW": "錯誤" },
  warnings: { en: "Warnings", "zh-CN": "警告", "zh-TW": "警告" },
  info: { en: "Info", "zh-CN": "提示", "zh-TW": "提示" },
  id: { en: "ID", "zh-CN": "编号", "zh-TW": "編號" },
  progress: { en: "Progress", "zh-CN": "进度", "zh-TW": "進度" },
  status: { en: "Status", "zh-CN": "状态", "zh-TW": "狀態" },
  statement: { en: "Statement", "zh-CN": "描述", "zh-TW": "描述" },
  owner: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  current: { en: "Current", "zh-CN": "当前值", "zh-TW": "目前值" },
  target: { en: "Target", "zh-CN": "目标值", "zh-TW": "目標值" },
  gap: { en: "Alignment gap", "zh-CN": "目标差值", "zh-TW": "目標差值" },
  chartSheets: { en: "Sheet scores", "zh-CN": "各表得分", "zh-TW": "各表得分" },
  weight: { en: "Weight", "zh-CN": "权重", "zh-TW": "權重" },
  checkins: { en: "Check-ins", "zh-CN": "进度更新次数", "zh-TW": "進度更新次數" },
  checkinsHeading: { en: "Check-ins", "zh-CN": "进度更新", "zh-TW": "進度更新" },
  lastCheckin: { en: "Last check-in", "zh-CN": "最近进度更新", "zh-TW": "最近進度更新" },
  notScored: { en: "Not scored", "zh-CN": "未计分", "zh-TW": "未計分" },
  notStarted: { en: "Not started", "zh-CN": "未开始", "zh-TW": "未開始" },
  chartObjectives: { en: "Objective progress", "zh-CN": "目标进度", "zh-TW": "目標進度" },
  overallScore: { en: "Overall score", "zh-CN": "总体得分", "zh-TW": "總體得分" },
  attention: { en: "What needs attention", "zh-CN": "需要关注", "zh-TW": "需要關注" },
  nothingNeedsAttention: {
    en: "Nothing: no key result is behind, stale or losing confidence.",
    "zh-CN": "无：没有落后、久未更新或信心下降的关键结果。",
    "zh-TW": "無：沒有落後、久未更新或信心下降的關鍵結果。",
  },
  nothingMissed: {
    en: "Nothing: every key result was achieved.",
    "zh-CN": "无：所有关键结果均已达成。",
    "zh-TW": "無：所有關鍵結果均已達成。",
  },
  // The levels' own words (one place: the vocabulary).
  keyResult: levelLabel("keyResult"),
  objective: levelLabel("objective"),
  why: { en: "Why", "zh-CN": "原因", "zh-TW": "原因" },
  moreNeedAttention: {
    en: "…and {n} more: the OKR sheets' Status columns and filters show them all.",
    "zh-CN": "……另有 {n} 个：在各 OKR 工作表的状态列中筛选即可全部查看。",
    "zh-TW": "……另有 {n} 個：在各 OKR 工作表的狀態欄中篩選即可全部查看。",
  },
  details: {
    en: "Every sheet, objective and alignment: sheet “{sheet}”.",
    "zh-CN": "各工作表、目标与对齐明细：见工作表“{sheet}”。",
    "zh-TW": "各工作表、目標與對齊明細：見工作表「{sheet}」。",
  },
  notPickedUp: { en: "Not picked up", "zh-CN": "无人承接", "zh-TW": "無人承接" },
  findings: { en: "Findings", "zh-CN": "检查结果", "zh-TW": "檢查結果" },
} satisfies Record<string, Localized>;

export type SummaryText = keyof typeof SUMMARY_TEXT;
