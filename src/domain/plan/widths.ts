// Column widths that fit what a sheet shows: each column as wide as its widest cell (in characters of
// the default font; Chinese and other full-width characters count two), within bounds. Header rows
// may wrap at their words (Intl.Segmenter's, so Chinese breaks where a reader would), and a text too
// wide for the widest column wraps rather than running over its neighbours.
import type { Area, CellFormat, PlanValue } from "./types";

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;

/** How many characters of the default font a text takes. */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

let segmenter: Intl.Segmenter | null = null;

/** The width of a text's widest word: what a wrapped cell needs at least. */
export function widestWord(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  let widest = 0;
  for (const { segment } of segmenter.segment(text))
    widest = Math.max(widest, textWidth(segment.trim()));
  return widest;
}

/** How wide a number is as its format shows it (percentages, dates, thousands separators). */
function numberWidth(x: number, format: string | undefined): number {
  if (format && /y/.test(format)) return 10;
  const percent = format?.includes("%") ?? false;
  const digits = Math.round(Math.abs(percent ? x * 100 : x)).toLocaleString("en-US").length;
  const decimals = format ? (/0\.(0+)/.exec(format)?.[1].length ?? 0) : 0;
  const prefix = format ? (/^"([^"]*)"/.exec(format)?.[1].length ?? 0) : 0;
  return digits + (decimals ? decimals + 1 : 0) + prefix + (percent ? 1 : 0) + 1;
}

function shown(value: PlanValue): string | number | boolean | null {
  if (value === null || value === "") return null;
  if (typeof value === "object") return value.shows ?? null;
  return value;
}

export interface FitOptions {
  /** Rows whose text may wrap at its words (column headers). */
  wrapRows: ReadonlySet<number>;
  /** Rows left out (a title that may run over the empty cells beside it). */
  skipRows: ReadonlySet<number>;
  min: number;
  max: number;
}

/**
 * Widths for the columns of a block of rows starting at row 0, column 0, with the number formats that
 * apply; and the text cells to wrap (wider than their column may be).
 */
export function fitColumns(
  rows: readonly (readonly PlanValue[])[],
  numberFormats: readonly { area: Area; format: string }[],
  o: FitOptions
): { widths: { col: number; chars: number }[]; wrap: { area: Area; format: CellFormat }[] } {
  // The formats over each column, last first (a later format wins), so a cell looks at its column's only.
  const byColumn = new Map<number, { area: Area; format: string }[]>();
  for (const f of [...numberFormats].reverse())
    for (let c = f.area.col; c < f.area.col + f.area.cols; c++)
      (byColumn.get(c) ?? byColumn.set(c, []).get(c)!).push(f);
  const formatAt = (r: number, c: number) =>
    byColumn.get(c)?.find(({ area: a }) => r >= a.row && r < a.row + a.rows)?.format;
  const widest: number[] = [];
  rows.forEach((line, r) => {
    if (o.skipRows.has(r)) return;
    line.forEach((value, c) => {
      const v = shown(value);
      if (v === null) return;
      const w =
        typeof v === "number"
          ? numberWidth(v, formatAt(r, c))
          : typeof v === "boolean"
            ? 5
            : o.wrapRows.has(r)
              ? widestWord(v)
              : textWidth(v);
      widest[c] = Math.max(widest[c] ?? 0, w);
    });
  });
  const widths = [...widest.keys()].map((col) => ({
    col,
    chars: Math.min(o.max, Math.max(o.min, (widest[col] ?? 0) + 2)),
  }));
  const wrap: { area: Area; format: CellFormat }[] = [];
  rows.forEach((line, r) => {
    if (o.skipRows.has(r)) return;
    line.forEach((value, c) => {
      const v = shown(value);
      if (typeof v === "string" && textWidth(v) + 1 > (widths[c]?.chars ?? o.min))
        wrap.push({ area: { row: r, col: c, rows: 1, cols: 1 }, format: { wrap: true } });
    });
  });
  return { widths, wrap };
}
