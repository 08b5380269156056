// A key result's Progress formula, built from the scales and ladder steps its values were read
// with; and the ladders short enough to build one from. krScore.ts writes these formulas, values.ts
// reads a Current typed as a step's name only on a ladder that fits, so the model and the formula
// read the same steps.
import { KR_TYPES, NO_WORDS, YES_WORDS, type KrTypeDef } from "./krTypes";
import {
  guardedProgressFormula,
  missing,
  scaledOperand,
  unreadable,
  unreadableYesNo,
  withFinalScore,
  withSteps,
  type KrOperands,
  type Operand,
  type StepKeys,
} from "./formulas";
import { MAX_FORMULA_LENGTH } from "./functions";
import { ladderSteps, stepSpellings, type LadderStep } from "../reading/ladder";
import type { KrValues, ValueKey } from "../reading/valueCells";
import type { CellValue } from "../types";

/** The A1 references (or row templates) of a key result's value cells. */
export type KrRefs = Record<ValueKey, string>;

/**
 * Why in the formula: Score never writes over a person's Current, and a formula cannot honestly
 * parse free text in Notes with the functions every engine shares; so Score reads the ladder once
 * and writes its steps' spellings into the Progress formula, as it writes its scale decisions. A
 * step typed later reads at once; a changed ladder needs Score again, as a changed KR type does.
 */
function stepKeysOf(steps: readonly LadderStep[] | undefined): StepKeys[] {
  return (steps ?? []).map((s) => ({ keys: stepSpellings(s), share: s.share }));
}

/** The operands of a key result's formulas: each value cell under the scale the model uses. */
export function krOperands(values: Pick<KrValues, "scales" | "steps">, refs: KrRefs): KrOperands {
  const operand = (key: ValueKey) => scaledOperand(values.scales[key], refs[key], refs.target);
  const current = withSteps(operand("current"), stepKeysOf(values.steps));
  return { start: operand("start"), target: operand("target"), current };
}

/** TRUE when a cell the type reads holds something it cannot compute with (krScore.ts `unusable`). */
function unusableFormula(def: KrTypeDef, o: Operand): string {
  return def.yesNo ? unreadableYesNo(o, [...YES_WORDS, ...NO_WORDS]) : unreadable(o);
}

/** A key result's Progress formula: "?" where the model has a problem, else its type's progress. */
export function krProgressFormula(def: KrTypeDef, o: KrOperands): string {
  return guardedProgressFormula(
    [
      def.reads.map((key) => unusableFormula(def, o[key])),
      def.needs.map((key) => missing(o[key])),
      def.check ? [def.check.formula(o)] : [],
    ],
    def.progressFormula(o)
  );
}

/**
 * The longest reference Score writes into a key result's formulas: its own row's cells, at most
 * the last column and row of a sheet (Excel: 16,384 columns, 1,048,576 rows), counted absolute so
 * the bound holds whichever way a host writes it.
 */
const LONGEST_REF = "$XFD$1048576";

/**
 * The longest a milestone's Progress formula may be with its ladder in it: Excel's 8,192
 * characters less a margin, so no later wrapper or reference pushes it over.
 */
export const LADDER_FORMULA_BUDGET = MAX_FORMULA_LENGTH - 192;

/**
 * Whether a ladder's steps fit in a Progress formula: the formula a milestone gets, with every
 * reference the longest Score writes, Current under its longest scale and a Final score column
 * around it, built by the same builders Score uses. A name in mixed widths ("Ｐｈａｓｅ1") has three
 * spellings, each compared twice (guard and progress), so a count of steps alone cannot bound it.
 */
export function ladderFits(steps: readonly LadderStep[]): boolean {
  const r = LONGEST_REF;
  const o = krOperands(
    { scales: { start: "plain", target: "plain", current: "ladder" }, steps },
    { start: r, target: r, current: r }
  );
  const formula = withFinalScore(krProgressFormula(KR_TYPES.milestone, o), r);
  return formula.length <= LADDER_FORMULA_BUDGET;
}

/**
 * The steps of the ladder in a milestone's Notes that a Current may name: none when the ladder is
 * too long for its Progress formula (its Currents still read as numbers; a name is KR-BAD-VALUE).
 */
export function nameableSteps(notes: CellValue): LadderStep[] {
  const steps = ladderSteps(notes);
  return ladderFits(steps) ? steps : [];
}
