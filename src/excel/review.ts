// "Review" in Excel (issue 18; src/operations/review.ts): read every sheet in one round trip, plan
// the 360° review in the domain, and write the Ratings sheet (when new), the review sheet and its
// charts in one more — whatever the number of people. Hiding the Ratings sheet (xlVeryHidden)
// rides in the same batch.
import type { ReviewPlan } from "../domain/review360/plan";
import type { Lang } from "../domain/types";
import { review } from "../operations/review";
import type { PlanFeature } from "./applyPlan";
import type { ExcelApi } from "./host";
import { HIDE_SHEET_API, officeHost } from "./officeHost";

/** Setting `worksheet.visibility` needs ExcelApi 1.2 (@types/office-js, Worksheet.visibility). */
export const HIDE_RATINGS_API = HIDE_SHEET_API;

/** What an Excel below a feature's level left out: the plan features, or hiding the Ratings sheet. */
export type ReviewSkipped = PlanFeature | "hideRatings";

export interface ReviewInExcelOptions {
  lang: Lang;
  /** Hide the Ratings sheet as xlVeryHidden (only code or the VBA editor shows it again). */
  hideRatings: boolean;
}

export interface ReviewResult extends Omit<ReviewPlan, "plans"> {
  /** False when the review could not be built (the findings' errors say why). */
  built: boolean;
  hidden: boolean;
  skipped: ReviewSkipped[];
}

export async function reviewInExcel(
  excel: ExcelApi,
  options: ReviewInExcelOptions
): Promise<ReviewResult> {
  const reviewed = await excel.run((context) => review(officeHost(context, excel), options));
  const skipped = reviewed.skipped as ReviewSkipped[];
  if (reviewed.built && options.hideRatings && !reviewed.hidden) skipped.push("hideRatings");
  return { ...reviewed, skipped };
}
