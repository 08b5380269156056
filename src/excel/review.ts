// "Review" in Excel (issue 18; src/operations/review.ts): read every sheet in one round trip, plan
// the 360° review in the domain for the chosen periods, and write the Ratings sheet (when new), the
// review sheet and its charts in one more — whatever the number of people. Hiding the Ratings
// sheet (xlVeryHidden) rides in the same batch.
import type { ReviewPlan } from "../domain/review360/plan";
import type { Lang, Period } from "../domain/types";
import { review } from "../operations/review";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface ReviewInExcelOptions {
  lang: Lang;
  /** Hide the Ratings sheet as xlVeryHidden (only code or the VBA editor shows it again). */
  hideRatings: boolean;
  /** The periods whose objectives make the OKR scores (default: the latest one not closed). */
  periods?: readonly Period[];
}

export interface ReviewResult extends Omit<ReviewPlan, "plans"> {
  /** False when the review could not be built (the findings' errors say why). */
  built: boolean;
  hidden: boolean;
}

export async function reviewInExcel(
  excel: ExcelApi,
  options: ReviewInExcelOptions
): Promise<ReviewResult> {
  return excel.run((context) => review(officeHost(context, excel), options));
}
