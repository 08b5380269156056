// The things the pane counts, with their nouns, for `count` (say.ts): "1 sheet", "2 sheets", "2 张工作表".
import { SEVERITY_COUNTS } from "../../domain/rules/severityCounts";
import type { CountForms } from "./say";

const counted = (en: string, enPlural: string, zhCN: string, zhTW: string): CountForms => ({
  en: { one: en, other: enPlural },
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

export const COUNTS = {
  sheets: counted("{n} sheet", "{n} sheets", "{n} 张工作表", "{n} 張工作表"),
  fields: counted("{n} field", "{n} fields", "{n} 个字段", "{n} 個欄位"),
  cells: counted("{n} cell", "{n} cells", "{n} 个单元格", "{n} 個儲存格"),
  objectives: counted("{n} objective", "{n} objectives", "{n} 个目标", "{n} 個目標"),
  keyResults: counted("{n} key result", "{n} key results", "{n} 个关键结果", "{n} 個關鍵結果"),
  ...SEVERITY_COUNTS,
  green: counted("{n} on track", "{n} on track", "{n} 个正常", "{n} 個正常"),
  yellow: counted("{n} at risk", "{n} at risk", "{n} 个有风险", "{n} 個有風險"),
  red: counted("{n} off track", "{n} off track", "{n} 个落后", "{n} 個落後"),
  notStarted: counted("{n} not started", "{n} not started", "{n} 个未开始", "{n} 個未開始"),
  // At the end of the period a status is a grade (seed 003), as the sheet's Status cells say.
  achieved: counted("{n} achieved", "{n} achieved", "{n} 个达成", "{n} 個達成"),
  acceptable: counted("{n} acceptable", "{n} acceptable", "{n} 个可接受", "{n} 個可接受"),
  missed: counted("{n} missed", "{n} missed", "{n} 个未达成", "{n} 個未達成"),
} satisfies Record<string, CountForms>;
