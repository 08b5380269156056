// The final score a key result's owner types at the end of the period (seed 003): 0–1, or a
// percentage (a percent-formatted cell, "70%" text — the percent rule of values.ts). Where it is
// typed it stands in for the computed progress in the objective's weighted score and in the grade;
// where it is empty, progress stands. A final score that is no share (outside 0–1, text) is not
// guessed at: the key result has no score until someone fixes it (KR-FINAL-SCORE-RANGE).
import type { CellValue, KeyResult } from "../types";
import { scoreKr, type KrScore } from "./krScore";
import { readCell } from "../reading/valueCells";

export type FinalScoreRead =
  | { kind: "empty" }
  | { kind: "score"; value: number }
  /** Typed, but no share: a number outside 0–1, text, a boolean. */
  | { kind: "bad"; text: string };

/** Most key results have no final score: one shared reading of that, not one per row. */
const EMPTY: FinalScoreRead = { kind: "empty" };

export function readFinalScore(value: CellValue): FinalScoreRead {
  // Only a blank cell is empty: a formula's `<>""` sees spaces as something typed.
  if (value === null || value === undefined || value === "") return EMPTY;
  const read = readCell(value);
  if (read.kind === "number" && read.value >= 0 && read.value <= 1)
    return { kind: "score", value: read.value };
  return { kind: "bad", text: String(value) };
}

/** A final score that differs from the computed progress by more than this is worth a question. */
export const FINAL_SCORE_FAR = 0.3;

/**
 * A key result's score as its Progress cell shows it on a sheet with a Final score column: the final
 * score where one is typed (no gap: the score speaks), else what its values say. `computed` is
 * always what the values say (the suggestion, and what KR-FINAL-SCORE-FAR compares with).
 */
export function scoreKrAtEnd(
  kr: Pick<KeyResult, "krType" | "unit" | "cells">
): KrScore & { computed: number | null; final: FinalScoreRead } {
  // Written out rather than spread: it runs two or three times per key result (its rules, the
  // model), and at 100,000 rows the spreads' copies cost more than the score.
  const base = scoreKr(kr);
  const final = readFinalScore(kr.cells.finalScore);
  if (final.kind === "empty")
    return {
      progress: base.progress,
      gapToTarget: base.gapToTarget,
      problem: base.problem,
      values: base.values,
      computed: base.progress,
      final,
    };
  const scored = final.kind === "score";
  return {
    progress: scored ? final.value : null,
    gapToTarget: null,
    problem: scored ? null : "KR-FINAL-SCORE-RANGE",
    values: base.values,
    computed: base.progress,
    final,
  };
}
