// The product's own sheets (the Summary and its details, the check-in history, the period review,
// the 360° review, the settings sheet): their names, their titles or columns' words, and how to
// recognise them in a workbook. One home below the sheet reader and the features that write them,
// so reading a sheet does not depend on the plans that write these sheets; ownSheetRegistry.ts
// lists every own sheet (the Actions and Ratings sheets' with their tables' words).
import { normaliseHeader } from "./header";
import { LANGS, type CellValue, type Lang, type Localized } from "../types";

export const HISTORY_SHEET_NAME: Localized = {
  en: "Check-ins",
  "zh-CN": "进度更新",
  "zh-TW": "進度更新",
};

/** The history's columns, in order. */
export const HISTORY_COLUMNS = {
  date: { en: "Date", "zh-CN": "日期", "zh-TW": "日期" },
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  krId: { en: "KR ID", "zh-CN": "关键结果编号", "zh-TW": "關鍵結果編號" },
  value: { en: "Value", "zh-CN": "数值", "zh-TW": "數值" },
  confidence: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
  comment: { en: "Comment", "zh-CN": "说明", "zh-TW": "說明" },
  start: { en: "Start", "zh-CN": "起始值", "zh-TW": "起始值" },
  target: { en: "Target", "zh-CN": "目标值", "zh-TW": "目標值" },
  sincePrevious: { en: "Change since previous", "zh-CN": "较上次变化", "zh-TW": "較上次變化" },
  sinceStart: { en: "Change since start", "zh-CN": "较起始变化", "zh-TW": "較起始變化" },
  leftToTarget: { en: "Left to target", "zh-CN": "距目标", "zh-TW": "距目標" },
  // What the key result was at the check-in, so a revision shows (checkins/revisions.ts).
  weight: { en: "Weight", "zh-CN": "权重", "zh-TW": "權重" },
  fingerprint: { en: "Statement fingerprint", "zh-CN": "描述指纹", "zh-TW": "描述指紋" },
  revised: { en: "Revised since previous", "zh-CN": "较上次修订", "zh-TW": "較上次修訂" },
} satisfies Record<string, Localized>;

export type HistoryColumn = keyof typeof HISTORY_COLUMNS;
export const HISTORY_KEYS = Object.keys(HISTORY_COLUMNS) as HistoryColumn[];
export const HISTORY_COL: Record<HistoryColumn, number> = Object.fromEntries(
  HISTORY_KEYS.map((k, i) => [k, i])
) as Record<HistoryColumn, number>;

export function historyHeader(lang: Lang): string[] {
  return HISTORY_KEYS.map((k) => HISTORY_COLUMNS[k][lang]);
}

/**
 * The language of the header (`header(lang)`) whose first three cells open a sheet's first row,
 * compared as header text, or null. The header's own normalised forms are worked out once, not for
 * every sheet read.
 */
export function leadingHeaderLang(
  header: (lang: Lang) => readonly string[]
): (rows: readonly (readonly CellValue[])[]) => Lang | null {
  let known: [Lang, string[]][] | null = null;
  return (rows) => {
    known ??= LANGS.map((lang) => [lang, header(lang).slice(0, 3).map(normaliseHeader)]);
    const first = (rows[0] ?? []).slice(0, 3).map((c) => normaliseHeader(String(c ?? "")));
    return known.find(([, opening]) => opening.every((h, i) => h === first[i]))?.[0] ?? null;
  };
}

const historyLang = leadingHeaderLang(historyHeader);

/** Whether a sheet is the product's check-in history (its first row is the history header). */
export function isHistorySheet(rows: readonly (readonly CellValue[])[]): boolean {
  return historyLang(rows) !== null;
}

/** The Summary's two sheets' names (a workbook's own sheet of that name gets a suffix). */
export const SUMMARY_SHEET_NAME: Localized = {
  en: "Summary",
  "zh-CN": "OKR 汇总",
  "zh-TW": "OKR 彙總",
};
export const SUMMARY_DETAILS_SHEET_NAME: Localized = {
  en: "Summary details",
  "zh-CN": "OKR 汇总明细",
  "zh-TW": "OKR 彙總明細",
};

/** The Summary's title; a sheet whose first cell starts with it is the product's own Summary. */
export const SUMMARY_TITLE: Localized = {
  en: "OKR summary",
  "zh-CN": "OKR 汇总",
  "zh-TW": "OKR 彙總",
};

/** Whether a sheet's first cell starts with one of a title's spellings: the product's own sheet. */
function titledAs(rows: readonly (readonly CellValue[])[], title: Localized): boolean {
  const first = rows[0]?.[0];
  return typeof first === "string" && Object.values(title).some((t) => first.startsWith(t));
}

/** The title of the Summary's second sheet (every sheet, objective and alignment in detail). */
export const SUMMARY_DETAILS_TITLE: Localized = {
  en: "OKR summary details",
  "zh-CN": "OKR 汇总明细",
  "zh-TW": "OKR 彙總明細",
};

export function isSummaryDetailsSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return titledAs(rows, SUMMARY_DETAILS_TITLE);
}

/** The Summary itself (its details sheet's title starts with the same words: it is not this one). */
export function isSummarySheet(rows: readonly (readonly CellValue[])[]): boolean {
  return titledAs(rows, SUMMARY_TITLE) && !isSummaryDetailsSheet(rows);
}

/** The period review's title; a sheet whose first cell starts with it is the product's own Review. */
export const REVIEW_TITLE: Localized = {
  en: "Period review",
  "zh-CN": "期末复盘",
  "zh-TW": "期末檢討",
};

export function isReviewSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return titledAs(rows, REVIEW_TITLE);
}

/** The period review's sheet name (Close period). */
export const PERIOD_REVIEW_SHEET_NAME: Localized = {
  en: "Review",
  "zh-CN": "复盘",
  "zh-TW": "檢討",
};

/** The 360° review's sheet and its Ratings sheet (review360/text.ts holds the rest of its words). */
// 360度评估 as Chinese HR writes it (环评 reads as an environmental assessment).
export const REVIEW_360_SHEET_NAME: Localized = {
  en: "360 Review",
  "zh-CN": "360度评估",
  "zh-TW": "360度評估",
};
export const RATINGS_SHEET_NAME: Localized = {
  en: "Ratings",
  "zh-CN": "评分明细",
  "zh-TW": "評分明細",
};

/** The 360° review's title; a sheet whose first cell starts with it is the product's 360 review. */
export const REVIEW_360_TITLE: Localized = {
  en: "OKR + 360° review",
  "zh-CN": "OKR + 360度评估",
  "zh-TW": "OKR + 360度評估",
};
/** Titles earlier versions wrote on the 360° review: those sheets are still the product's own. */
const FORMER_REVIEW_360_TITLES: Localized = {
  en: "OKR + 360° review",
  "zh-CN": "OKR + 360° 环评",
  "zh-TW": "OKR + 360° 環評",
};

/** The 360° review sheet (not the period review: isReviewSheet). */
export function is360ReviewSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return titledAs(rows, REVIEW_360_TITLE) || titledAs(rows, FORMER_REVIEW_360_TITLES);
}

/** The very hidden sheet keeping the workbook's thresholds and check-in cadence: a name people will not give a sheet of their own. */
export const SETTINGS_SHEET = "okrSheets.settings";
