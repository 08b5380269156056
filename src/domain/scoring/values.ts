// How a key result's Start, Target and Current read, as numbers a score can use. One rule for
// percent values everywhere (DOMAIN.md, "Percent values"), the one Excel applies when a person types
// into a percent cell: a percent-formatted cell or "40%" text is a share; a bare number of 1 or more
// in a % key result is percent points (40 → 0.40) and one below 1 is a share. Never a silent guess:
// a row that mixes the two is ambiguous and is not scored.
//
// The decision per cell ("scale") is made here once; the reference model applies it in TypeScript
// and the formula builders write the same decision as a formula operand, so both agree.
import { stepNamed } from "../reading/ladder";
import { parseNumber } from "../reading/numbers";
import { isPercentNumber, says, statementValues } from "../reading/statementNumbers";
import {
  VALUE_KEYS,
  isPercentUnit,
  readCell,
  type CellRead,
  type KrValues,
  type Scale,
  type ValueKey,
} from "../reading/valueCells";
import type { CellValue, KeyResult } from "../types";
import { KR_TYPES } from "./krTypes";
import { nameableSteps } from "./krProgressFormula";

/** The KR type's entry, or null for a row without a type. */
const typeOf = (kr: Pick<KeyResult, "krType">) => (kr.krType ? KR_TYPES[kr.krType] : null);

/** Current is read against the ladder's end in Target (milestones). */
const onLadder = (kr: Pick<KeyResult, "krType">) => typeOf(kr)?.ladder === true;

/** A % key result that is not a yes/no one: its bare values read as percent points. */
function readsPoints(kr: Pick<KeyResult, "unit" | "krType">): boolean {
  return !typeOf(kr)?.yesNo && isPercentUnit(kr.unit);
}

/**
 * Whether a key result's bare values can be on no one scale (KR-PERCENT-SCALE): only milestones and
 * % key results read them on a scale other than their own.
 */
export function mayBeAmbiguous(kr: Pick<KeyResult, "unit" | "krType">): boolean {
  return onLadder(kr) || readsPoints(kr);
}

const points = (x: number) => (Math.abs(x) >= 1 ? x / 100 : x);

/** A number under a scale; `ladderEnd` is the Target cell's number for `ladder`. */
export function applyScale(scale: Scale, x: number, ladderEnd: number | null): number {
  if (scale === "ladder") return ladderEnd !== null && ladderEnd !== 0 ? x / ladderEnd : points(x);
  if (scale === "hundredths") return x / 100;
  return scale === "points" ? points(x) : x;
}

/**
 * Whether a % key result's statement says its bare Start and Target are percent points: it gives
 * them with % signs, and each one it gives is its cell ÷ 100 ("from 3% to 0.5%" over 3 and 0.5).
 */
function statementSaysPoints(statement: string, cells: Record<ValueKey, CellRead>): boolean {
  const said = statementValues(statement);
  if (!said) return false;
  const given = (["start", "target"] as const).flatMap((key) => {
    const written = said[key];
    const read = cells[key];
    return written && isPercentNumber(written) && read.kind === "number" && !read.shownAsPercent
      ? [{ written, value: read.value }]
      : [];
  });
  return given.length > 0 && given.every(({ written, value }) => says(written, value / 100));
}

/** Whether a number is strictly between 0 and 1, i.e. reads as a share under the points rule. */
const isFraction = (x: number) => x !== 0 && Math.abs(x) < 1;

/**
 * The scale of each value cell of a key result. Milestones read Current against the ladder; % key
 * results read bare cells as points; everything else is plain.
 */
function scalesOf(
  kr: Pick<KeyResult, "unit" | "krType">,
  cells: Record<ValueKey, CellRead>
): Record<ValueKey, Scale> {
  const bare = (key: ValueKey) => cells[key].kind === "number" && !isShown(cells[key]);
  if (onLadder(kr))
    return {
      start: "plain",
      target: "plain",
      current: bare("current") ? (bare("target") ? "ladder" : "points") : "plain",
    };
  // Yes/no key results read 1 and 0 whatever their unit says.
  const percent = readsPoints(kr);
  const scale = (key: ValueKey): Scale => (percent && bare(key) ? "points" : "plain");
  return { start: scale("start"), target: scale("target"), current: scale("current") };
}

const mapScales = (
  scales: Record<ValueKey, Scale>,
  f: (s: Scale) => Scale
): Record<ValueKey, Scale> => ({
  start: f(scales.start),
  target: f(scales.target),
  current: f(scales.current),
});

const isShown = (read: CellRead) => read.kind === "number" && read.shownAsPercent;

/** The bare cells of a row that mix shares (0 < x < 1) with percent points (≥ 1). */
function ambiguousCells(
  kr: Pick<KeyResult, "unit" | "krType">,
  cells: Record<ValueKey, CellRead>,
  scales: Record<ValueKey, Scale>
): ValueKey[] {
  const bareNumber = (key: ValueKey) => {
    const read = cells[key];
    return read.kind === "number" && !read.shownAsPercent ? read.value : null;
  };
  if (onLadder(kr)) {
    if (scales.current !== "ladder") return [];
    const c = bareNumber("current") as number;
    const t = bareNumber("target") as number;
    // 0.2 on a ladder to 100, or 20 on a ladder to 1: which one was meant cannot be told.
    const mixed = (Math.abs(t) > 1 && isFraction(c)) || (Math.abs(t) <= 1 && Math.abs(c) > 1);
    return mixed ? ["target", "current"] : [];
  }
  const keys = VALUE_KEYS.filter((k) => scales[k] === "points" && bareNumber(k) !== null);
  const fractions = keys.filter((k) => isFraction(bareNumber(k) as number));
  const whole = keys.filter((k) => Math.abs(bareNumber(k) as number) >= 1);
  return fractions.length > 0 && whole.length > 0 ? keys.filter((k) => bareNumber(k) !== 0) : [];
}

/**
 * A key result's values read under the percent rule. Its statement, where given, settles a row the
 * cells leave on no one scale (KR-PERCENT-SCALE fires only where neither says which).
 */
export function krValues(
  kr: Pick<KeyResult, "unit" | "krType" | "cells"> & { statement?: string }
): KrValues {
  // The rules of a row, its score and its formulas each ask for the same reading in turn: the last
  // one is kept while everything it was read from is the same (one entry: nothing outlives a run).
  const c = kr.cells;
  const l = lastRead;
  if (
    l !== null &&
    l.start === c.start &&
    l.target === c.target &&
    l.current === c.current &&
    l.notes === c.notes &&
    l.unit === kr.unit &&
    l.krType === kr.krType &&
    l.statement === kr.statement
  )
    return l.values;
  const values = readValues(kr);
  lastRead = {
    start: c.start,
    target: c.target,
    current: c.current,
    notes: c.notes,
    unit: kr.unit,
    krType: kr.krType,
    statement: kr.statement,
    values,
  };
  return values;
}

/** What krValues read last, and from what (every input it reads). */
let lastRead: {
  start: CellValue | undefined;
  target: CellValue | undefined;
  current: CellValue | undefined;
  notes: CellValue | undefined;
  unit: KeyResult["unit"];
  krType: KeyResult["krType"];
  statement: string | undefined;
  values: KrValues;
} | null = null;

function readValues(
  kr: Pick<KeyResult, "unit" | "krType" | "cells"> & { statement?: string }
): KrValues {
  // A milestone's Current may name a step of the ladder in its Notes ("lease signed", 收购办公室),
  // on a ladder short enough for the Progress formula to compare with.
  const steps = onLadder(kr) ? nameableSteps(kr.cells.notes) : [];
  const cells = {
    start: readCell(kr.cells.start),
    target: readCell(kr.cells.target),
    current: readCell(kr.cells.current),
  };
  let scales = scalesOf(kr, cells);
  let ambiguous = ambiguousCells(kr, cells, scales);
  if (ambiguous.length > 0 && !onLadder(kr) && statementSaysPoints(kr.statement ?? "", cells)) {
    scales = mapScales(scales, (s) => (s === "points" ? "hundredths" : s));
    ambiguous = [];
  }
  const raw = (key: ValueKey) => {
    const read = cells[key];
    return read.kind === "number" ? read.value : null;
  };
  const value = (key: ValueKey) => {
    const x = raw(key);
    return x === null ? null : applyScale(scales[key], x, raw("target"));
  };
  const typed = cells.current;
  const step = typed.kind === "unreadable" ? stepNamed(steps, typed.text) : null;
  return {
    cells,
    scales,
    start: value("start"),
    target: value("target"),
    current: step ? step.share : value("current"),
    ambiguous,
    steps,
    step,
  };
}

/**
 * Whether a key result's values are shares, written and shown as percentages: a % key result (not a
 * yes/no one), or a milestone whose ladder does not end at a bare number (0–100 stays in numbers).
 */
export function writesShares(kr: Pick<KeyResult, "unit" | "krType" | "cells">): boolean {
  if (onLadder(kr)) {
    const target = readCell(kr.cells.target);
    return !(target.kind === "number" && !target.shownAsPercent);
  }
  return readsPoints(kr);
}

/**
 * A value someone typed for a key result (a check-in, a CSV cell), as the number to write into its
 * sheet: for a key result that writes shares, "30%" and 30 and 0.3 are all 0.3; otherwise as typed.
 */
export function valueToWrite(
  kr: Pick<KeyResult, "unit" | "krType" | "cells">,
  typed: CellValue
): CellValue {
  if (!writesShares(kr) || (typeof typed !== "number" && typeof typed !== "string")) return typed;
  const parsed = parseNumber(typed);
  if (!parsed.ok) return typed;
  // parseNumber reads "30%" as 0.3 already; a bare 30 is percent points.
  const percent = typeof typed === "string" && /[%％]/.test(typed);
  return percent ? parsed.value : points(parsed.value);
}
