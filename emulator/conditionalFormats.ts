// Evaluating conditional formats for display (the preview grid shows their colours): Custom rules
// (a formula, relative to the rule's top-left cell, as Excel reads it) and CellValue rules.
import type { Area } from "./addresses";
import { columnIndex, columnLetters } from "./addresses";
import type { CellStyle, ConditionalFormatState } from "./workbook";

/**
 * Moves the relative references of a formula written for the top-left cell of a range to another
 * cell of it: with the rule "=ABS(S6)>=0.2" on S6:S20, cell S9 is tested with "=ABS(S9)>=0.2".
 * $-anchored parts stay; strings and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (whole, before, colAbs, col, rowAbs, row) => {
              const c = colAbs ? col : columnLetters(columnIndex(col) + cols);
              const r = rowAbs ? row : String(Number(row) + rows);
              return `${before}${colAbs}${c}${rowAbs}${r}`;
            }
          )
    )
    .join("");
}

function inside(area: Area, row: number, col: number): boolean {
  return (
    row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols
  );
}

function styleFrom(settings: Record<string, unknown>, prefix: string): CellStyle {
  const style: CellStyle = {};
  const fill = settings[`${prefix}.format.fill.color`];
  const font = settings[`${prefix}.format.font.color`];
  const bold = settings[`${prefix}.format.font.bold`];
  if (typeof fill === "string") style.fill = fill;
  if (typeof font === "string") style.fontColor = font;
  if (typeof bold === "boolean") style.bold = bold;
  return style;
}

type Evaluate = (formula: string) => unknown;

const COMPARE: Record<string, (v: number, a: number, b: number) => boolean> = {
  EqualTo: (v, a) => v === a,
  NotEqualTo: (v, a) => v !== a,
  GreaterThan: (v, a) => v > a,
  GreaterThanOrEqual: (v, a) => v >= a,
  LessThan: (v, a) => v < a,
  LessThanOrEqual: (v, a) => v <= a,
  Between: (v, a, b) => v >= Math.min(a, b) && v <= Math.max(a, b),
  NotBetween: (v, a, b) => v < Math.min(a, b) || v > Math.max(a, b),
};

/**
 * The style conditional formats give one cell, later rules drawn over earlier ones (Excel's own
 * precedence puts the first rule on top, so rules are applied last-to-first).
 */
export function conditionalStyle(
  rules: readonly ConditionalFormatState[],
  row: number,
  col: number,
  cellValue: unknown,
  evaluate: Evaluate
): CellStyle | null {
  let style: CellStyle | null = null;
  for (const rule of [...rules].reverse()) {
    if (!inside(rule.area, row, col)) continue;
    const s = rule.settings;
    let hit = false;
    if (rule.type === "Custom" && typeof s["custom.rule.formula"] === "string") {
      const formula = shiftFormula(
        s["custom.rule.formula"] as string,
        row - rule.area.row,
        col - rule.area.col
      );
      hit = evaluate(formula) === true;
      if (hit) style = { ...(style ?? {}), ...styleFrom(s, "custom") };
    } else if (
      rule.type === "CellValue" &&
      typeof s["cellValue.rule"] === "object" &&
      typeof cellValue === "number"
    ) {
      const r = s["cellValue.rule"] as {
        formula1: string | number;
        formula2?: string | number;
        operator: string;
      };
      const a = Number(evaluate(`=${String(r.formula1).replace(/^=/, "")}`));
      const b = Number(evaluate(`=${String(r.formula2 ?? r.formula1).replace(/^=/, "")}`));
      hit = COMPARE[r.operator]?.(cellValue, a, b) ?? false;
      if (hit) style = { ...(style ?? {}), ...styleFrom(s, "cellValue") };
    }
  }
  return style;
}

/** A data bar's bound: a number rule's value, else the area's lowest / highest number (Excel's
 * "Automatic"). https://learn.microsoft.com/javascript/api/excel/excel.conditionaldatabarrule */
function bound(rule: unknown, numbers: readonly number[], pick: (xs: number[]) => number): number {
  const r = rule as { type?: string; formula?: string } | undefined;
  if (r?.type === "Number" && r.formula !== undefined && Number.isFinite(Number(r.formula)))
    return Number(r.formula);
  return numbers.length ? pick([...numbers]) : 0;
}

/**
 * The data bar a cell shows (its colour and how much of the cell it fills, 0 to 1), for the
 * preview: the first DataBar rule over the cell, when the cell holds a number.
 */
export function dataBarOf(
  rules: readonly ConditionalFormatState[],
  row: number,
  col: number,
  cellValue: unknown,
  numbersIn: (area: Area) => number[]
): { color: string; fraction: number } | null {
  if (typeof cellValue !== "number") return null;
  const rule = rules.find((r) => r.type === "DataBar" && inside(r.area, row, col));
  if (!rule) return null;
  const s = rule.settings;
  const numbers = numbersIn(rule.area);
  const low = bound(s["dataBar.lowerBoundRule"], numbers, (xs) => Math.min(...xs));
  const high = bound(s["dataBar.upperBoundRule"], numbers, (xs) => Math.max(...xs));
  const fraction = high > low ? Math.max(0, Math.min(1, (cellValue - low) / (high - low))) : 0;
  const color = s["dataBar.positiveFormat.fillColor"];
  return { color: typeof color === "string" ? color : "#638EC6", fraction };
}
