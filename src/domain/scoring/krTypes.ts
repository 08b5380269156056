// Every fact about a key-result type in one table: its words in three languages (from the cell
// vocabulary, which reads them), which cells it needs and reads, how it is graded, its progress and
// gap in the reference model, the formula builders that compute the same in a sheet, and each way
// it differs from the others (yes/no, a ladder, a deliverable), as fields every entry must fill:
// rules, reading, carrying over and generation ask the table, never the type's name. Adding a type
// is adding an entry here (and its tests); the compiler names every field it still lacks.
import {
  binaryProgress,
  keepGap,
  keepProgress,
  metricGap,
  metricProgress,
  milestoneProgress,
  shareGap,
  type KrOperands,
} from "./formulas";
import type { KrValues, ValueKey } from "../reading/valueCells";
import type { Commitment, KeyResult, KrType } from "../types";
import { KR_TYPE_WORDS, type Term } from "../reading/vocabulary";

export interface KrTypeDef extends Term<KrType> {
  /** Cells that must hold numbers for a score (KR-NOT-MEASURABLE names the missing ones). */
  needs: readonly ValueKey[];
  /** Cells the score reads: when they hold anything, it must be readable (KR-BAD-VALUE). */
  reads: readonly ValueKey[];
  /** Its statement should carry a number (KR-NO-NUMBER): it measures a quantity. */
  measured: boolean;
  /**
   * Current may say yes or no: TRUE/FALSE or a yes/no word (YES_WORDS, NO_WORDS). Its values read 1
   * and 0 whatever its unit says, a carried-over one starts afresh, and KR-BINARY reminds its owner
   * to keep its confidence current.
   */
  yesNo: boolean;
  /**
   * Current is a rung of a ladder that ends at Target (20 of 100, 0.2 of 1): read as a share of it,
   * written as a share, carried over with the ladder ending at 1, and a bare value on no one scale
   * is KR-PERCENT-SCALE's.
   */
  ladder: boolean;
  /** A delivery is its point (KR-ACTIVITY does not apply). */
  deliverable: boolean;
  /**
   * A health metric: it holds a line rather than moving from Start to Target, so it carries over
   * with its Target whatever the value, and its statement is not rewritten to a new Start
   * (scoring/carryOver.ts, KR-CARRIED-STATEMENT).
   */
  keepsLine: boolean;
  /** Which side of its line a Keep key result holds: 1 above (≥), −1 below (≤). */
  side?: 1 | -1;
  /** Graded against this bar whatever its objective's commitment (seed 002: milestones are BAU). */
  gradedAs: Commitment | null;
  /** Its values and its gap to target are shares, shown as percentages. */
  shares: boolean;
  /** Progress 0–1 from values that passed the checks (needs present, all readable). */
  progress(v: KrValues): number;
  /** What is still missing to the target, in its unit; null when there is nothing to say. */
  gap(v: KrValues, progress: number): number | null;
  /** The formula twins of `progress` (an expression, no "=") and `gap` (a formula). */
  progressFormula(o: KrOperands): string;
  gapFormula(o: KrOperands, progress: string): string;
  /** A check only this type has, after the generic ones: the rule ID when it fails. */
  check: {
    rule: string;
    model: (v: KrValues) => boolean;
    formula: (o: KrOperands) => string;
  } | null;
}

/** Words a yes/no key result's Current may hold instead of TRUE / 1 (compared ignoring case). */
export const YES_WORDS = ["true", "yes", "done", "是", "已完成"] as const;
export const NO_WORDS = ["false", "no", "not done", "否", "未完成"] as const;

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

/** Whether a value under Target counts as on the right side (Keep above: ≥, Keep below: ≤). */
const keep = (
  side: "above" | "below"
): Pick<KrTypeDef, "side" | "progress" | "gap" | "progressFormula" | "gapFormula"> => ({
  side: side === "above" ? 1 : -1,
  progress: (v) => {
    if (v.current === null) return 0;
    const target = v.target as number;
    return (side === "above" ? v.current >= target : v.current <= target) ? 1 : 0;
  },
  gap: (v) => {
    if (v.current === null) return null;
    const target = v.target as number;
    return Math.max(0, side === "above" ? target - v.current : v.current - target);
  },
  progressFormula: keepProgress(side === "above" ? ">=" : "<="),
  gapFormula: keepGap(side),
});

export const KR_TYPES: Record<KrType, KrTypeDef> = {
  metric: {
    ...KR_TYPE_WORDS.metric,
    needs: ["start", "target"],
    reads: ["start", "target", "current"],
    measured: true,
    yesNo: false,
    ladder: false,
    deliverable: false,
    keepsLine: false,
    gradedAs: null,
    shares: false,
    progress: (v) => {
      const [s, t] = [v.start as number, v.target as number];
      return v.current === null ? 0 : clamp01((v.current - s) / (t - s));
    },
    gap: (v) => {
      const [s, t] = [v.start as number, v.target as number];
      const now = v.current ?? s;
      return t > s ? Math.max(0, t - now) : Math.max(0, now - t);
    },
    progressFormula: metricProgress,
    gapFormula: metricGap,
    // Start = Target: no way to measure a distance (and no division by zero).
    check: {
      rule: "KR-START-EQUALS-TARGET",
      model: (v) => v.start === v.target,
      formula: (o) => `${o.start.value}=${o.target.value}`,
    },
  },
  milestone: {
    ...KR_TYPE_WORDS.milestone,
    needs: [],
    reads: ["target", "current"],
    measured: false,
    yesNo: false,
    ladder: true,
    deliverable: true,
    keepsLine: false,
    gradedAs: "committed",
    shares: true,
    progress: (v) => (v.current === null ? 0 : clamp01(v.current)),
    gap: (_v, progress) => 1 - progress,
    progressFormula: milestoneProgress,
    gapFormula: shareGap,
    check: null,
  },
  binary: {
    ...KR_TYPE_WORDS.binary,
    needs: [],
    reads: ["current"],
    measured: false,
    yesNo: true,
    ladder: false,
    deliverable: false,
    keepsLine: false,
    gradedAs: null,
    shares: true,
    progress: (v) => {
      const read = v.cells.current;
      if (read.kind === "boolean") return read.value ? 1 : 0;
      if (read.kind === "unreadable") return isYesWord(read.text) ? 1 : 0;
      return v.current === 1 ? 1 : 0;
    },
    gap: (_v, progress) => 1 - progress,
    progressFormula: (o) => binaryProgress(o, YES_WORDS),
    gapFormula: shareGap,
    check: null,
  },
  keepAbove: {
    ...KR_TYPE_WORDS.keepAbove,
    needs: ["target"],
    reads: ["target", "current"],
    measured: true,
    yesNo: false,
    ladder: false,
    deliverable: false,
    keepsLine: true,
    gradedAs: null,
    shares: false,
    check: null,
    ...keep("above"),
  },
  keepBelow: {
    ...KR_TYPE_WORDS.keepBelow,
    needs: ["target"],
    reads: ["target", "current"],
    measured: true,
    yesNo: false,
    ladder: false,
    deliverable: false,
    keepsLine: true,
    gradedAs: null,
    shares: false,
    check: null,
    ...keep("below"),
  },
};

const word = (text: string) => text.trim().toLowerCase();
const isYesWord = (text: string) => (YES_WORDS as readonly string[]).includes(word(text));
export const isYesNoWord = (text: string) =>
  isYesWord(text) || (NO_WORDS as readonly string[]).includes(word(text));

/** The commitment a key result is graded by: its type's (milestones: committed), else its objective's. */
export function gradedAs(
  kr: Pick<KeyResult, "krType">,
  objective: Commitment | null
): Commitment | null {
  return (kr.krType && KR_TYPES[kr.krType].gradedAs) || objective;
}
