// The Review place (the OKR + 360° review) and its Ratings part.
import type { Messages } from "./say";

export const REVIEW_MESSAGES = {
  intro: {
    en: "For HR: one sheet with each person's OKR score, taken live from the scored OKR sheets, and their self, peer, manager and designated ratings from the Ratings sheet, weighted into one total and ranked within the department. Score the workbook first.",
    "zh-CN":
      "供人力资源使用：一张表汇总每位员工的 OKR 得分（实时取自已计分的 OKR 表）及评分明细中的自评、互评、上级评价和指定人评价，按权重合成总评分并在部门内排名。请先为工作簿计分。",
    "zh-TW":
      "供人力資源使用：一張表彙總每位員工的 OKR 得分（即時取自已計分的 OKR 表）及評分明細中的自評、互評、上級評價和指定人評價，按權重合成總評分並在部門內排名。請先為活頁簿計分。",
  },
  hide: {
    en: "Hide the Ratings sheet once built (very hidden: shown again only from here)",
    "zh-CN": "生成后隐藏评分明细表（深度隐藏：只能在此处重新显示）",
    "zh-TW": "產生後隱藏評分明細表（深度隱藏：只能在此處重新顯示）",
  },
  button: { en: "Build review", "zh-CN": "生成考核表", "zh-TW": "產生考核表" },
  noOkr: {
    en: "There are no OKR sheets with owners to review yet. Create sheets under New sheet and score them first.",
    "zh-CN": "还没有可供考核的 OKR 表。请先在“新建工作表”中创建并计分。",
    "zh-TW": "還沒有可供考核的 OKR 表。請先在「新增工作表」中建立並計分。",
  },
  refused: {
    en: "Nothing was written. Fix these first:",
    "zh-CN": "未写入任何内容。请先修正以下问题：",
    "zh-TW": "未寫入任何內容。請先修正以下問題：",
  },

  builtBody: {
    en: "Totals and ranks are live formulas: edit a rating, a weight or the scale and they follow.",
    "zh-CN": "总评分和排名都是实时公式：修改评分、权重或评分范围后会自动更新。",
    "zh-TW": "總評分和排名都是即時公式：修改評分、權重或評分範圍後會自動更新。",
  },
  ratingsAdded: {
    en: "A new sheet {sheet} was added: enter one row per rating (person, rater, role, score), then build again to check them.",
    "zh-CN":
      "已新增工作表 {sheet}：每条评分填写一行（员工、评价人、评价类型、评分），然后再次生成以检查。",
    "zh-TW":
      "已新增工作表 {sheet}：每筆評分填寫一列（員工、評價人、評價類型、評分），然後再次產生以檢查。",
  },
  hidden: {
    en: "{sheet} is very hidden.",
    "zh-CN": "{sheet} 已深度隐藏。",
    "zh-TW": "{sheet} 已深度隱藏。",
  },
  findings: { en: "To fix ({count})", "zh-CN": "待修正（{count}）", "zh-TW": "待修正（{count}）" },
  departments: { en: "Totals per department", "zh-CN": "各部门总评分", "zh-TW": "各部門總評分" },

  noTotal: { en: "no total yet", "zh-CN": "暂无总评分", "zh-TW": "暫無總評分" },
  periods: {
    en: "OKR scores from the objectives of {periods} only.",
    "zh-CN": "OKR 得分仅取自 {periods} 的目标。",
    "zh-TW": "OKR 得分僅取自 {periods} 的目標。",
  },
  reviewFailed: {
    en: "The review could not be built: {error}",
    "zh-CN": "无法生成考核表：{error}",
    "zh-TW": "無法產生考核表：{error}",
  },
  /** Counts in words: "1 person", "3 people". */
  built: {
    en: { one: "Review built for {n} person", other: "Review built for {n} people" },
    "zh-CN": "已为 {n} 人生成考核表",
    "zh-TW": "已為 {n} 人產生考核表",
  },
  departmentLine: {
    en: { one: "{n} person, average {average}", other: "{n} people, average {average}" },
    "zh-CN": "{n} 人，平均 {average}",
    "zh-TW": "{n} 人，平均 {average}",
  },
  // The Ratings part
  ratings: {
    en: "Ratings sheet: {sheet}",
    "zh-CN": "评分明细表：{sheet}",
    "zh-TW": "評分明細表：{sheet}",
  },
  Visible: { en: "Visible", "zh-CN": "显示", "zh-TW": "顯示" },
  Hidden: {
    en: "Hidden (Excel's Unhide shows it)",
    "zh-CN": "隐藏（可用 Excel 的“取消隐藏”显示）",
    "zh-TW": "隱藏（可用 Excel 的「取消隱藏」顯示）",
  },
  VeryHidden: {
    en: "Very hidden (only this place shows it again)",
    "zh-CN": "深度隐藏（只能在此处重新显示）",
    "zh-TW": "深度隱藏（只能在此處重新顯示）",
  },
  addRating: { en: "Add a rating", "zh-CN": "添加评分", "zh-TW": "新增評分" },
  ratingAdded: {
    en: "Added to {sheet}, row {row}: the 360 review's totals count it.",
    "zh-CN": "已添加到 {sheet} 第 {row} 行：360度评估的总评分已计入。",
    "zh-TW": "已新增到 {sheet} 第 {row} 列：360度評估的總評分已計入。",
  },
  noRatings: {
    en: "There is no Ratings sheet yet: Build review adds one.",
    "zh-CN": "还没有评分明细表：“生成考核表”会新增一张。",
    "zh-TW": "還沒有評分明細表：「產生考核表」會新增一張。",
  },
  ratingMissing: { en: "Fill this in.", "zh-CN": "请填写。", "zh-TW": "請填寫。" },
  badScore: {
    en: "“{value}” is not a number; type a score such as 4 or 4.5.",
    "zh-CN": "“{value}”不是数字；请输入如 4 或 4.5 的评分。",
    "zh-TW": "「{value}」不是數字；請輸入如 4 或 4.5 的評分。",
  },
  noColumn: {
    en: "The Ratings sheet has no {column} column: add it to its header row.",
    "zh-CN": "评分明细表缺少“{column}”列：请在表头行添加。",
    "zh-TW": "評分明細表缺少「{column}」欄：請在表頭列新增。",
  },
} satisfies Messages;
