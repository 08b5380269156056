// One key result's score, twice: in TypeScript (the reference model) and as the formulas a sheet
// computes it with. Both walk the same checks in the same order, from the KR type's entry in
// KR_TYPES and the percent rule in values.ts, so a row that cannot be scored is "?" in the sheet
// and null (with the rule that says why) in the model.
import { KR_TYPES, NO_WORDS, YES_WORDS, isYesNoWord, type KrTypeDef } from "./krTypes";
import type { KeyResult } from "../types";
import {
  guardedProgressFormula,
  missing,
  notScoredFormula,
  EMPTY_FORMULA,
  scaledOperand,
  unreadable,
  unreadableYesNo,
  withSteps,
  type KrOperands,
  type Operand,
  type StepKeys,
} from "./formulas";
import { stepSpellings } from "../reading/ladder";
import type { CellRead, KrValues, ValueKey } from "../reading/valueCells";
import { krValues } from "./values";

export interface KrScore {
  progress: number | null;
  gapToTarget: number | null;
  /** Why the key result is not scored: the rule ID of the finding that says so. */
  problem: string | null;
  values: KrValues;
}

/** A cell the score reads holds something it cannot compute with (a yes/no: only 1 and 0 of numbers). */
function unusable(def: KrTypeDef, read: CellRead): boolean {
  if (read.kind === "number") return def.yesNo && read.value !== 0 && read.value !== 1;
  if (read.kind === "boolean") return !def.yesNo;
  if (read.kind === "unreadable") return !(def.yesNo && isYesNoWord(read.text));
  return false;
}

/** Why a key result cannot be scored, checked in the order its formula checks; null when it can. */
function problemOf(def: KrTypeDef | null, v: KrValues): string | null {
  if (!def) return "KR-NO-TYPE";
  // A Current that names a step of the milestone's ladder is that step's share.
  const named = (key: ValueKey) => key === "current" && Boolean(v.step);
  if (def.reads.some((key) => !named(key) && unusable(def, v.cells[key]))) return "KR-BAD-VALUE";
  if (v.ambiguous.length > 0) return "KR-PERCENT-SCALE";
  if (def.needs.some((key) => v[key] === null)) return "KR-NOT-MEASURABLE";
  return def.check?.model(v) ? def.check.rule : null;
}

/** The reference model of one key result. */
export function scoreKr(
  kr: Pick<KeyResult, "krType" | "unit" | "cells"> & { statement?: string }
): KrScore {
  const def = kr.krType ? KR_TYPES[kr.krType] : null;
  const values = krValues(kr);
  const problem = problemOf(def, values);
  if (problem || !def) return { progress: null, gapToTarget: null, problem, values };
  const progress = def.progress(values);
  return { progress, gapToTarget: def.gap(values, progress), problem: null, values };
}

/** The A1 references (or row templates) of a key result's value cells. */
export type KrRefs = Record<ValueKey, string>;

/** The operands of a key result's formulas: each value cell under the scale the model uses. */
function krOperands(values: KrValues, refs: KrRefs): KrOperands {
  const operand = (key: ValueKey) => scaledOperand(values.scales[key], refs[key], refs.target);
  const current = withSteps(operand("current"), stepKeysOf(values));
  return { start: operand("start"), target: operand("target"), current };
}

/**
 * Why in the formula: Score never writes over a person's Current, and a formula cannot honestly
 * parse free text in Notes with the functions every engine shares; so Score reads the ladder once
 * and writes its steps' spellings into the Progress formula, as it writes its scale decisions. A
 * step typed later reads at once; a changed ladder needs Score again, as a changed KR type does.
 */
function stepKeysOf(values: KrValues): StepKeys[] {
  return (values.steps ?? []).map((s) => ({ keys: stepSpellings(s), share: s.share }));
}

/** TRUE when a cell the type reads holds something it cannot compute with (see `unusable`). */
function unusableFormula(def: KrTypeDef, o: Operand): string {
  return def.yesNo ? unreadableYesNo(o, [...YES_WORDS, ...NO_WORDS]) : unreadable(o);
}

/** A key result's Progress and Gap formulas; `progressRef` is its own Progress cell. */
export function krFormulas(
  kr: Pick<KeyResult, "krType" | "unit" | "cells"> & { statement?: string },
  refs: KrRefs,
  progressRef: string
): { progress: string; gap: string } {
  const def = kr.krType ? KR_TYPES[kr.krType] : null;
  const values = krValues(kr);
  // No type, or bare values on no one scale: not scored until a person says what they mean.
  if (!def || values.ambiguous.length > 0)
    return { progress: notScoredFormula(), gap: EMPTY_FORMULA };
  const o = krOperands(values, refs);
  const progress = guardedProgressFormula(
    [
      def.reads.map((key) => unusableFormula(def, o[key])),
      def.needs.map((key) => missing(o[key])),
      def.check ? [def.check.formula(o)] : [],
    ],
    def.progressFormula(o)
  );
  return { progress, gap: def.gapFormula(o, progressRef) };
}
