// The 360° review's words in the three languages: sheet names, headers, labels, roles, components.
// One place per word; the plan, the readers and the pane all take them from here.
import type { Lang, Localized } from "../types";
import type { Term } from "../reading/vocabulary";

/** The five components of a person's total (seed 002: OKR score + self, peer, manager, designated). */
export const COMPONENTS = ["okr", "self", "peer", "manager", "designated"] as const;
export type Component = (typeof COMPONENTS)[number];

/** The four roles a rating can come in: every component but the OKR score. */
export type Role = Exclude<Component, "okr">;
export const ROLES: readonly Role[] = ["self", "peer", "manager", "designated"];

/** Role words as cells show them; a sheet's dropdown offers its language's label. */
export const ROLE_TERMS: readonly Term<Role>[] = [
  { value: "self", label: { en: "Self", "zh-CN": "自评", "zh-TW": "自評" } },
  { value: "peer", label: { en: "Peer", "zh-CN": "互评", "zh-TW": "互評" } },
  { value: "manager", label: { en: "Manager", "zh-CN": "上级", "zh-TW": "上級" } },
  {
    value: "designated",
    label: { en: "Designated", "zh-CN": "指定人", "zh-TW": "指定人" },
    aliases: ["Designated reviewer", "指定评价人", "指定評價人"],
  },
];

/** The Ratings sheet's columns, in order; headers are read in any of the three languages. */
export const RATING_COLUMNS = {
  person: { en: "Person", "zh-CN": "员工", "zh-TW": "員工" },
  rater: { en: "Rater", "zh-CN": "评价人", "zh-TW": "評價人" },
  role: { en: "Role", "zh-CN": "评价类型", "zh-TW": "評價類型" },
  score: { en: "Score", "zh-CN": "评分", "zh-TW": "評分" },
  comment: { en: "Comment", "zh-CN": "评语", "zh-TW": "評語" },
  date: { en: "Date", "zh-CN": "日期", "zh-TW": "日期" },
} satisfies Record<string, Localized>;
export type RatingColumn = keyof typeof RATING_COLUMNS;
export const RATING_KEYS = Object.keys(RATING_COLUMNS) as RatingColumn[];
/** Columns a Ratings sheet or RATINGS.csv must have. */
export const REQUIRED_RATING_COLUMNS: readonly RatingColumn[] = [
  "person",
  "rater",
  "role",
  "score",
];

export const REVIEW_TEXT = {
  sheetName: { en: "360 Review", "zh-CN": "360 环评", "zh-TW": "360 環評" },
  ratingsName: { en: "Ratings", "zh-CN": "评分明细", "zh-TW": "評分明細" },
  title: { en: "OKR + 360° review", "zh-CN": "OKR + 360° 环评", "zh-TW": "OKR + 360° 環評" },
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
