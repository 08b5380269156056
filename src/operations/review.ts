// The OKR + 360° review: the Ratings sheet (when the workbook has none), the 360 Review sheet and
// its charts, planned from one read of the scored workbook and written in one batch; the Ratings
// sheet very hidden when asked. Findings say what the review leaves out, and (errors) why it could
// not be built.
import { planReview, type ReviewOptions, type ReviewPlan } from "../domain/review360/plan";
import type { Applied, WorkbookHost } from "./host";

export interface Reviewed extends Applied, Omit<ReviewPlan, "plans"> {
  /** False when the review could not be built (the findings' errors say why). */
  built: boolean;
}

export async function review(
  host: WorkbookHost,
  o: ReviewOptions & { hideRatings: boolean }
): Promise<Reviewed> {
  const { sheets } = await host.read();
  const { hideRatings, ...options } = o;
  const { plans, ...plan } = planReview(sheets, options);
  const built = plans.length > 0;
  const applied = built
    ? await host.apply(plans, hideRatings ? { hide: plan.ratingsSheet } : {})
    : { skipped: [], untabled: [], hidden: false };
  return { ...plan, ...applied, built };
}
