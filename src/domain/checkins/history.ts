// The check-in history sheet: one row per key result per check-in, append-only. A second check-in of
// the same sheet on the same date replaces that date's rows; nothing else is ever rewritten.
import { normaliseHeader } from "../header";
import type { CellValue, IsoDate, Lang, Localized } from "../types";
import { parseDate } from "../dates";
import { idKey } from "../ids";

const l = (en: string, zhCN: string, zhTW: string): Localized => ({
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

export const HISTORY_SHEET_NAME: Localized = l("Check-ins", "进度更新", "進度更新");

/** The history's columns, in order. */
export const HISTORY_COLUMNS = {
  date: l("Date", "日期", "日期"),
  sheet: l("Sheet", "工作表", "工作表"),
  krId: l("KR ID", "关键结果编号", "關鍵結果編號"),
  value: l("Value", "数值", "數值"),
  confidence: l("Confidence", "信心指数", "信心指數"),
  comment: l("Comment", "说明", "說明"),
  start: l("Start", "起始值", "起始值"),
  target: l("Target", "目标值", "目標值"),
  sincePrevious: l("Change since previous", "较上次变化", "較上次變化"),
  sinceStart: l("Change since start", "较起始变化", "較起始變化"),
  leftToTarget: l("Left to target", "距目标", "距目標"),
} satisfies Record<string, Localized>;

export type HistoryColumn = keyof typeof HISTORY_COLUMNS;
export const HISTORY_KEYS = Object.keys(HISTORY_COLUMNS) as HistoryColumn[];
export const HISTORY_COL: Record<HistoryColumn, number> = Object.fromEntries(
  HISTORY_KEYS.map((k, i) => [k, i])
) as Record<HistoryColumn, number>;

export function historyHeader(lang: Lang): string[] {
  return HISTORY_KEYS.map((k) => HISTORY_COLUMNS[k][lang]);
}

/** Whether a sheet is the product's check-in history (its first row is the history header). */
export function isHistorySheet(rows: readonly (readonly CellValue[])[]): boolean {
  const first = (rows[0] ?? []).slice(0, 3).map((c) => normaliseHeader(String(c ?? "")));
  return (["en", "zh-CN", "zh-TW"] as const).some((lang) =>
    historyHeader(lang)
      .slice(0, 3)
      .every((h, i) => normaliseHeader(h) === first[i])
  );
}

export interface HistoryEntry {
  /** 0-based row on the history sheet. */
  row: number;
  date: IsoDate;
  sheet: string;
  krId: string;
  value: CellValue;
  confidence: CellValue;
}

/** The entries of a history sheet (rows without a date or KR are skipped). */
export function readHistory(rows: readonly (readonly CellValue[])[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const date = parseDate(row[HISTORY_COL.date]);
    const krId = String(row[HISTORY_COL.krId] ?? "").trim();
    if (!date.ok || !krId) continue;
    out.push({
      row: r,
      date: date.value,
      sheet: String(row[HISTORY_COL.sheet] ?? ""),
      krId,
      value: row[HISTORY_COL.value] ?? null,
      confidence: row[HISTORY_COL.confidence] ?? null,
    });
  }
  return out;
}

/** The latest earlier check-in of a key result on a sheet, before `date`. */
export function previousEntry(
  entries: readonly HistoryEntry[],
  sheet: string,
  krId: string,
  date: IsoDate
): HistoryEntry | null {
  let best: HistoryEntry | null = null;
  for (const e of entries) {
    if (e.sheet !== sheet || idKey(e.krId) !== idKey(krId) || e.date >= date) continue;
    if (!best || e.date > best.date || (e.date === best.date && e.row > best.row)) best = e;
  }
  return best;
}
