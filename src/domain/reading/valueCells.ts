// How a value cell (Start, Target, Current) reads before any key result's rule is applied: a
// number, a percentage shown as one, a yes/no, empty, or text a formula cannot compute with; and the
// scales a score reads a number on (scoring/values.ts decides which, per key result).
import type { LadderStep } from "./ladder";
import { parseNumber } from "./numbers";
import type { CellValue } from "../types";

export type ValueKey = "start" | "target" | "current";
export const VALUE_KEYS: readonly ValueKey[] = ["start", "target", "current"];

/** A value cell as a formula sees it. */
export type CellRead =
  | { kind: "empty" }
  /** `shownAsPercent`: the cell is percent-formatted (hosts hand it over as "40%") or "40%" text. */
  | { kind: "number"; value: number; shownAsPercent: boolean }
  | { kind: "boolean"; value: boolean }
  /** Text a formula cannot compute with (a typo, "n/a", a number stored as text). */
  | { kind: "unreadable"; text: string };

const PERCENT_TEXT = /^\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*[%％]\s*$/i;

export function readCell(value: CellValue): CellRead {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number")
    return Number.isFinite(value)
      ? { kind: "number", value, shownAsPercent: false }
      : { kind: "unreadable", text: String(value) };
  if (value.trim() === "") return { kind: "empty" };
  const percent = PERCENT_TEXT.exec(value);
  if (percent) {
    const share = Number(`${percent[1]}e-2`);
    if (Number.isFinite(share)) return { kind: "number", value: share, shownAsPercent: true };
  }
  return { kind: "unreadable", text: value };
}

/** A cell's number as a formula sees it; null for text, blanks and booleans. */
export function cellNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^-?\d+(\.\d+)?(e[+-]?\d+)?%$/i.test(value))
    return Number(value.slice(0, -1)) / 100;
  return null;
}

/** A Unit cell that says the values are percentages. */
export function isPercentUnit(unit: string): boolean {
  return /^[%％]$/.test(unit.trim());
}

/**
 * A value cell as Excel would store it had a person typed it (a CSV cell is text): "40%" a share
 * shown as a percentage, "1,200" the number 1200; anything else as it is.
 */
export function asTyped(value: CellValue): CellValue {
  if (typeof value !== "string" || PERCENT_TEXT.test(value)) return value;
  const parsed = parseNumber(value);
  return parsed.ok && !/[%％]/.test(value) ? parsed.value : value;
}

/**
 * How a cell's number becomes the number a score uses:
 * - `plain`: as it is (a share already, or a value in the KR's own unit);
 * - `points`: a bare number in a % key result: ≥ 1 is percent points (÷ 100), below 1 a share;
 * - `ladder`: a milestone's bare Current, read against the ladder's end in Target (20 of 100 is
 *   0.2, 0.2 of 1 is 0.2); without a usable Target it reads as `points`;
 * - `hundredths`: a bare number in a % key result whose statement gives its values with % signs
 *   and says they are percent points ("from 3% to 0.5%" over 3 and 0.5): every one ÷ 100.
 */
export type Scale = "plain" | "points" | "ladder" | "hundredths";

export interface KrValues {
  /** Each value as read from its cell. */
  cells: Record<ValueKey, CellRead>;
  /** Each value's scale (see Scale). */
  scales: Record<ValueKey, Scale>;
  /** The values a score uses: shares for % and milestone key results; null when empty or unusable. */
  start: number | null;
  target: number | null;
  current: number | null;
  /** Bare values that cannot be read on one scale (KR-PERCENT-SCALE): the cells to name. */
  ambiguous: ValueKey[];
  /** A milestone's ladder as its Notes write it (reading/ladder.ts); empty for other types. */
  steps?: readonly LadderStep[];
  /** The step a text Current names, whose share `current` is; null when it names none. */
  step?: LadderStep | null;
}
