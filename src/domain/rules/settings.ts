// The linter's thresholds, with DOMAIN.md's defaults. Saved with a workbook and editable in the pane.
import type { Scope } from "../types";

export interface LintSettings {
  /** Key results per objective: fewer or more warns (O-KR-COUNT). */
  krCount: { min: number; max: number };
  /** Most objectives a sheet of each scope should hold (SHEET-OBJECTIVE-COUNT). */
  maxObjectives: Record<Scope, number>;
  /** Longest objective: CJK characters or Latin words (O-TOO-LONG). */
  objectiveLength: { cjk: number; words: number };
  /** Longest key result (KR-TOO-LONG). */
  keyResultLength: { cjk: number; words: number };
  /** Confidence outside this band is worth a note (KR-CONFIDENCE-RANGE, info). */
  confidenceBand: { low: number; high: number };
  /** How far KR weights may be from 100 % (O-WEIGHTS-SUM). */
  weightTolerance: number;
  /** Usual share of committed objectives (SHEET-COMMITMENT-MIX). */
  commitmentMix: { min: number; max: number };
}

export const DEFAULT_SETTINGS: LintSettings = {
  krCount: { min: 2, max: 5 },
  maxObjectives: { company: 5, department: 5, team: 5, individual: 3 },
  objectiveLength: { cjk: 20, words: 12 },
  keyResultLength: { cjk: 40, words: 25 },
  confidenceBand: { low: 0.5, high: 0.9 },
  weightTolerance: 0.005,
  commitmentMix: { min: 0.4, max: 0.8 },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Settings read back from a workbook (or typed by a person), merged over the defaults: anything
 * missing, of the wrong type or not a finite number keeps its default. Never throws.
 */
export function mergeSettings(saved: unknown, base: LintSettings = DEFAULT_SETTINGS): LintSettings {
  const merge = (defaults: unknown, value: unknown): unknown => {
    if (typeof defaults === "number")
      return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : defaults;
    if (isPlainObject(defaults)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(defaults))
        out[key] = merge(defaults[key], isPlainObject(value) ? value[key] : undefined);
      return out;
    }
    return defaults;
  };
  return merge(base, saved) as LintSettings;
}
