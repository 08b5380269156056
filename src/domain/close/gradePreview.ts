// The grade an objective will get at closing, worked out while final scores are being typed: the
// same math the sheet's Progress and the Review's Grade formulas compute (scoring/model.ts: the
// weighted mean of the key results' scores, then the status at expected pace 1), so what the Close
// place shows before saving is what the Review shows after.
import { GRADES, termLabel } from "../reading/vocabulary";
import { statusOf, weightedMean } from "../scoring/model";
import type { Commitment, Lang, Status } from "../types";

export interface PreviewKr {
  /** The key result's score on the sheet now: its final score where one is typed, else its progress. */
  progress: number | null;
  weight: number | null;
  /** The final score being typed (null: none typed, the sheet's score stands). */
  typed: number | null;
}

export interface GradePreview {
  score: number | null;
  status: Status | null;
}

/** The objective's score and grade once the typed final scores are saved. */
export function gradePreview(
  commitment: Commitment | null,
  keyResults: readonly PreviewKr[]
): GradePreview {
  const score = weightedMean(
    keyResults.map((k) => ({ progress: k.typed ?? k.progress, weight: k.weight }))
  );
  // Expected pace 1: the period is over, the grade is final (periodReview.ts writes the same).
  return { score, status: statusOf(commitment, score, 1) };
}

/** The grade in the words the Review's Grade column uses. */
export function gradeWord(status: Status, lang: Lang): string {
  return termLabel(GRADES, status, lang);
}
