// The 360° review's words in the three languages: sheet names, headers, labels. One place per word;
// the plan and the pane take them from here (the Ratings sheet's own words, roles and components are
// with its reader, reading/ratingsSheet.ts).
import { RATINGS_SHEET_NAME, REVIEW_360_SHEET_NAME, REVIEW_360_TITLE } from "../reading/ownSheets";
import type { Lang, Localized } from "../types";

export const REVIEW_TEXT = {
  sheetName: REVIEW_360_SHEET_NAME,
  ratingsName: RATINGS_SHEET_NAME,
  title: REVIEW_360_TITLE,
  scale: {
    en: "Rating scale (low, high)",
    "zh-CN": "评分范围（最低、最高）",
    "zh-TW": "評分範圍（最低、最高）",
  },
  weights: { en: "Weights", "zh-CN": "权重", "zh-TW": "權重" },
  weightsOff: {
    en: "Weights do not add up to 100 %",
    "zh-CN": "权重合计不等于 100%",
    "zh-TW": "權重合計不等於 100%",
  },
  person: { en: "Person", "zh-CN": "员工", "zh-TW": "員工" },
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  okr: { en: "OKR score", "zh-CN": "OKR 得分", "zh-TW": "OKR 得分" },
  okrSource: { en: "OKR score from", "zh-CN": "OKR 得分来源", "zh-TW": "OKR 得分來源" },
  self: { en: "Self", "zh-CN": "自评", "zh-TW": "自評" },
  peer: { en: "Peer", "zh-CN": "互评", "zh-TW": "互評" },
  peers: { en: "Peers", "zh-CN": "互评人数", "zh-TW": "互評人數" },
  manager: { en: "Manager", "zh-CN": "上级评价", "zh-TW": "上級評價" },
  designated: { en: "Designated", "zh-CN": "指定人评价", "zh-TW": "指定人評價" },
  total: { en: "Total", "zh-CN": "总评分", "zh-TW": "總評分" },
  basis: { en: "Total over", "zh-CN": "总评分依据", "zh-TW": "總評分依據" },
  rank: { en: "Rank", "zh-CN": "部门排名", "zh-TW": "部門排名" },
  allComponents: {
    en: "all components",
    "zh-CN": "全部组成部分",
    "zh-TW": "全部組成部分",
  },
  rescaled: {
    en: "rescaled, without:",
    "zh-CN": "已按比例换算，缺少：",
    "zh-TW": "已按比例換算，缺少：",
  },
  noComponents: { en: "no scores yet", "zh-CN": "尚无评分", "zh-TW": "尚無評分" },
  individualSheet: {
    en: "individual sheet {sheet}",
    "zh-CN": "个人表 {sheet}",
    "zh-TW": "個人表 {sheet}",
  },
  ownedObjectives: {
    en: "{count} objective(s) owned on {sheets}",
    "zh-CN": "负责的 {count} 个目标（{sheets}）",
    "zh-TW": "負責的 {count} 個目標（{sheets}）",
  },
  departments: { en: "Departments", "zh-CN": "各部门", "zh-TW": "各部門" },
  people: { en: "People", "zh-CN": "人数", "zh-TW": "人數" },
  averageTotal: { en: "Average total", "zh-CN": "平均总评分", "zh-TW": "平均總評分" },
  band: { en: "Total band", "zh-CN": "总评分区间", "zh-TW": "總評分區間" },
  chart: {
    en: "Totals — {department}",
    "zh-CN": "总评分分布 — {department}",
    "zh-TW": "總評分分布 — {department}",
  },
  noDepartment: { en: "(no department)", "zh-CN": "（无部门）", "zh-TW": "（無部門）" },
} satisfies Record<string, Localized>;

export type ReviewTextKey = keyof typeof REVIEW_TEXT;
export const reviewText = (key: ReviewTextKey, lang: Lang): string => REVIEW_TEXT[key][lang];
