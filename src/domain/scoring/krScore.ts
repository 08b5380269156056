// One key result's score, twice: in TypeScript (the reference model) and as the formulas a sheet
// computes it with. Both walk the same checks in the same order, from the KR type's entry in
// KR_TYPES and the percent rule in values.ts, so a row that cannot be scored is "?" in the sheet
// and null (with the rule that says why) in the model.
import { KR_TYPES, isYesNoWord, type KrTypeDef } from "./krTypes";
import type { KeyResult } from "../types";
import { notScoredFormula, EMPTY_FORMULA } from "./formulas";
import { krOperands, krProgressFormula, type KrRefs } from "./krProgressFormula";
import type { CellRead, KrValues, Scale, ValueKey } from "../reading/valueCells";
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
  // The formulas follow from the type, the scales, a ladder's steps and the references only: a sheet's
  // rows alike (most of 100,000) get the last row's very strings, not new ones equal to them.
  const { scales } = values;
  const l = lastFormulas;
  const plain = !values.steps?.length;
  if (
    plain &&
    l !== null &&
    l.def === def &&
    l.start === scales.start &&
    l.target === scales.target &&
    l.current === scales.current &&
    l.refs.start === refs.start &&
    l.refs.target === refs.target &&
    l.refs.current === refs.current &&
    l.progressRef === progressRef
  )
    return l.formulas;
  const o = krOperands(values, refs);
  const formulas = { progress: krProgressFormula(def, o), gap: def.gapFormula(o, progressRef) };
  lastFormulas = plain ? { def, ...scales, refs: { ...refs }, progressRef, formulas } : null;
  return formulas;
}

/** What krFormulas built last, for a key result without ladder steps, and from what. */
let lastFormulas: {
  def: KrTypeDef;
  start: Scale;
  target: Scale;
  current: Scale;
  refs: KrRefs;
  progressRef: string;
  formulas: { progress: string; gap: string };
} | null = null;
