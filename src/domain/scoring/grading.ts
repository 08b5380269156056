// Where a committed and an aspirational OKR should be (DOMAIN.md, "Status"): the bar it is graded
// against at the end of the period, and the width of the yellow band below the bar.
import type { Commitment, Localized } from "../types";

export const GRADING: Record<Commitment, { bar: number; band: number }> = {
  committed: { bar: 1, band: 0.2 },
  // Seed 003: an aspirational OKR that ends at 0.6–0.7 is a very good result.
  aspirational: { bar: 0.6, band: 0.3 },
};

/** A row without a commitment is graded as committed: the stricter bar, until someone decides. */
export function gradingOf(commitment: Commitment | null): { bar: number; band: number } {
  return GRADING[commitment ?? "committed"];
}

/** What a grade says it was graded as when no Commitment was given (DOMAIN.md: graded as committed). */
export const COMMITTED_ASSUMED: Localized = {
  en: "committed (assumed)",
  "zh-CN": "承诺型（默认）",
  "zh-TW": "承諾型（預設）",
};

/** An alignment gap this large (either sign) must stand out. */
export const ALIGNMENT_GAP_ALERT = 0.2;

/** An aspirational objective that ends the period this high may not have been ambitious (O-TOO-EASY). */
export const TOO_EASY_AT = 0.95;
