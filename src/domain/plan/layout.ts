// Where things go on a generated OKR sheet: the header block above the table (its labels in three
// languages and the cell beside each label that holds the value) and the table's look.
import { type ColumnKey } from "../reading/columns";
import { normaliseHeader } from "../reading/header";
import type { CellValue, Localized, Status } from "../types";
import { GRADES, STATUSES } from "../reading/vocabulary";

function statusLabels(status: Status): Localized {
  return STATUSES.find((t) => t.value === status)?.label as Localized;
}

/** Header block labels. Each value sits in the cell right of its label. */
export const BLOCK_LABELS = {
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  scope: { en: "Scope", "zh-CN": "范围", "zh-TW": "範圍" },
  period: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
  language: { en: "Language", "zh-CN": "语言", "zh-TW": "語言" },
  periodStart: { en: "Period start", "zh-CN": "开始日期", "zh-TW": "開始日期" },
  periodEnd: { en: "Period end", "zh-CN": "结束日期", "zh-TW": "結束日期" },
  asOf: { en: "As of", "zh-CN": "截至日期", "zh-TW": "截至日期" },
  lastCheckIn: { en: "Last check-in", "zh-CN": "最近进度更新", "zh-TW": "最近進度更新" },
  sheetScore: { en: "Sheet score", "zh-CN": "总得分", "zh-TW": "總得分" },
  objectives: { en: "Objectives", "zh-CN": "目标数", "zh-TW": "目標數" },
  keyResults: { en: "Key results", "zh-CN": "关键结果数", "zh-TW": "關鍵結果數" },
  // The status counts are labelled with the status labels themselves.
  green: statusLabels("green"),
  yellow: statusLabels("yellow"),
  red: statusLabels("red"),
} satisfies Record<string, Localized>;

export type BlockKey = keyof typeof BLOCK_LABELS;

/** Label positions (row, column) on a generated sheet, 0-based; the value is one column right. */
export const BLOCK_POSITIONS: Record<BlockKey, [number, number]> = {
  department: [1, 0],
  scope: [1, 2],
  period: [1, 4],
  language: [1, 6],
  periodStart: [2, 0],
  periodEnd: [2, 2],
  asOf: [2, 4],
  lastCheckIn: [2, 6],
  sheetScore: [3, 0],
  objectives: [3, 2],
  keyResults: [3, 4],
  green: [3, 6],
  yellow: [3, 8],
  red: [3, 10],
};

/** The table's header row on a generated sheet (0-based: sheet row 6). */
export const TABLE_HEADER_ROW = 5;

/**
 * The status counts' labels once the period has ended: the grade words (Score writes each count's
 * label as a formula that shows one or the other, as the Status cells do).
 */
export const BLOCK_GRADE_LABELS: Partial<Record<BlockKey, Localized>> = {
  green: GRADES.find((t) => t.value === "green")?.label,
  yellow: GRADES.find((t) => t.value === "yellow")?.label,
  red: GRADES.find((t) => t.value === "red")?.label,
};

const LABEL_INDEX = new Map<string, BlockKey>(
  [
    ...(Object.entries(BLOCK_LABELS) as [BlockKey, Localized][]),
    ...(Object.entries(BLOCK_GRADE_LABELS) as [BlockKey, Localized][]),
  ].flatMap(([key, labels]) =>
    Object.values(labels).map((text) => [normaliseHeader(text), key] as [string, BlockKey])
  )
);

/**
 * The value cells of the header block on an existing sheet, found by their labels (any language),
 * above the table's header row.
 */
export function findBlockCells(
  rows: readonly (readonly CellValue[])[],
  headerRowIndex: number
): Partial<Record<BlockKey, { row: number; col: number }>> {
  const found: Partial<Record<BlockKey, { row: number; col: number }>> = {};
  for (let r = 0; r < Math.min(headerRowIndex, rows.length); r++) {
    (rows[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const key = LABEL_INDEX.get(normaliseHeader(cell.replace(/[:：]\s*$/, "")));
      if (key && !found[key]) found[key] = { row: r, col: c + 1 };
    });
  }
  return found;
}

/**
 * The header block's live status labels ("On track" / "Achieved"…), 1-based: they read only the
 * As-of and Period end cells, so a check-in or a quick fix elsewhere leaves what they show.
 */
export function blockLabelCells(
  rows: readonly (readonly CellValue[])[],
  headerRowIndex: number
): { row: number; col: number }[] {
  const block = findBlockCells(rows, headerRowIndex);
  return (["green", "yellow", "red"] as const).flatMap((s) => {
    const at = block[s];
    return at ? [{ row: at.row + 1, col: at.col }] : [];
  });
}

/** Column widths in characters. */
export const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  id: 16,
  level: 12,
  parent: 12,
  statement: 48,
  owner: 16,
  commitment: 14,
  krType: 12,
  unit: 10,
  start: 12,
  target: 12,
  current: 12,
  weight: 9,
  confidence: 11,
  due: 12,
  progress: 10,
  finalScore: 10,
  gapToTarget: 13,
  expected: 10,
  status: 12,
  alignmentGap: 13,
  notes: 40,
};

/**
 * Columns that hold numbers or dates: their headers are right-aligned like the numbers under them.
 * (The product's action count columns are numbers too: actions/counts.ts aligns theirs.)
 */
export const NUMBER_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "start",
  "target",
  "current",
  "weight",
  "confidence",
  "due",
  "progress",
  "finalScore",
  "gapToTarget",
  "expected",
  "alignmentGap",
]);

/** The table's header row is two lines tall: its longer headers wrap at their words. */
export const HEADER_ROW_POINTS = 30;

/** Colours: fills pass contrast with their dark text (Excel's own good/neutral/bad styles). */
export const COLOURS = {
  formulaFill: "#F2F2F2",
  formulaHeaderFill: "#D9D9D9",
  /** The line between the input columns and the formula columns. */
  formulaEdge: "#808080",
  inputHeaderFill: "#DDEBF7",
  objectiveBand: "#EEF3FA",
  green: { fill: "#C6EFCE", font: "#006100" },
  yellow: { fill: "#FFEB9C", font: "#9C5700" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
  alert: "#C00000",
  dataBar: "#5B9BD5",
  stale: "#FFF2CC",
};

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0%";
/**
 * Final scores, as seed 003 and DOMAIN.md write them: 0.0–1.0 with one decimal (0.7, not 70 %).
 * Progress stays a percentage: it is a share of the way, a score is a grade.
 */
export const SCORE_FORMAT = "0.0";
/** A % key result's values and gaps: shares with one decimal (18.5 %). */
export const SHARE_FORMAT = "0.0%";
export const GAP_PERCENT_FORMAT = "+0%;-0%;0%";
/** Blank rows below the table that get the dropdowns, for rows people add. */
export const SPARE_ROWS = 50;
/** Excel's last row (Microsoft, "Excel specifications and limits": 1,048,576 rows). */
export const EXCEL_LAST_ROW = 1_048_576;
/** The lowest row an OKR table may reach to be scored: the formula columns keep SPARE_ROWS below it. */
export const LAST_SCORED_ROW = EXCEL_LAST_ROW - SPARE_ROWS;

export { SUMMARY_TITLE, isSummarySheet } from "../reading/ownSheets";
