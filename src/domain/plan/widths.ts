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

/**
 * How many lines a text takes wrapped at its words in a column `chars` wide (a word wider than the
 * column takes lines of its own, as Excel breaks it).
 */
export function wrappedLines(text: string, chars: number): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  const room = Math.max(1, chars - 1);
  let lines = 0;
  for (const line of text.split("\n")) {
    lines++;
    let used = 0;
    for (const { segment } of segmenter.segment(line)) {
      const w = textWidth(segment);
      if (used + w <= room) {
        used += w;
        continue;
      }
      if (/^\s+$/.test(segment)) continue; // a break: the space goes with it
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, w - 1) / room);
      used = w % room || room;
    }
  }
  return lines;
}

/**
 * How many characters a whole number ≥ 0 takes with thousands separators, as en-US writes it:
 * counted, not formatted (toLocaleString per number cell was a tenth of a second at 100,000 rows).
 */
function groupedLength(n: number): number {
  // NaN, infinity and numbers String writes in exponent form: as the locale writes them.
  if (!(n < 1e21)) return n.toLocaleString("en-US").length;
  const length = String(n).length;
  return length + Math.floor((length - 1) / 3);
}

/** How wide a number is as its format shows it (percentages, dates, thousands separators). */
function numberWidth(x: number, format: string | undefined): number {
  if (format && /y/.test(format)) return 10;
  const percent = format?.includes("%") ?? false;
  const digits = groupedLength(Math.round(Math.abs(percent ? x * 100 : x)));
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
  /** Cells left out ("row,col"): text that runs over the empty cells beside it. */
  skipCells?: ReadonlySet<string>;
  /** Bounds of every column, or of each column by its index. */
  min: number | readonly number[];
  max: number | readonly number[];
}

const bound = (b: number | readonly number[], col: number, fallback: number) =>
  typeof b === "number" ? b : (b[col] ?? fallback);

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
  const skipped = (r: number, c: number) => o.skipCells?.has(`${r},${c}`) ?? false;
  rows.forEach((line, r) => {
    if (o.skipRows.has(r)) return;
    line.forEach((value, c) => {
      const v = shown(value);
      if (v === null || skipped(r, c)) return;
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
  const columns = Math.max(widest.length, typeof o.min === "number" ? 0 : o.min.length);
  const widths = Array.from({ length: columns }, (_, col) => ({
    col,
    chars: Math.min(bound(o.max, col, 48), Math.max(bound(o.min, col, 8), (widest[col] ?? 0) + 2)),
  }));
  const wrap: { area: Area; format: CellFormat }[] = [];
  rows.forEach((line, r) => {
    if (o.skipRows.has(r)) return;
    line.forEach((value, c) => {
      const v = shown(value);
      if (skipped(r, c)) return;
      if (typeof v === "string" && textWidth(v) + 1 > (widths[c]?.chars ?? bound(o.min, c, 8)))
        wrap.push({ area: { row: r, col: c, rows: 1, cols: 1 }, format: { wrap: true } });
    });
  });
  return { widths, wrap };
}
