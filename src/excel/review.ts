// "Review" in Excel (issue 18): read every sheet in one round trip, plan the 360° review in the
// domain, and write the Ratings sheet (when new), the review sheet and its charts in one more —
// whatever the number of people. Hiding the Ratings sheet (xlVeryHidden) rides in the same batch.
import { planReview, type ReviewPlan } from "../domain/review360/plan";
import { readSheet } from "../domain/reading/sheet";
import type { Lang } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans, type PlanFeature } from "./applyPlan";
import { readAllSheets } from "./readWorkbook";

/**
 * Setting `worksheet.visibility` needs ExcelApi 1.2 ("1.1 for reading visibility; 1.2 for setting
 * it", @types/office-js, Worksheet.visibility).
 */
export const HIDE_RATINGS_API = "1.2";

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
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const inputs = cells.map(({ name, rows }) => ({ sheet: readSheet(name, rows), rows }));
    const { plans, ...plan } = planReview(inputs, { lang: options.lang });
    const built = plans.length > 0;
    const canHide = excel.isSetSupported("ExcelApi", HIDE_RATINGS_API);
    const hide = built && options.hideRatings && canHide;
    const skipped: ReviewSkipped[] = built
      ? (
          await applyPlans(context, excel, plans, {
            // What is on the sheets already: a rebuild deletes the charts it drew before.
            extras: new Map(cells.map((c) => [c.name, c.extras])),
            last: () => {
              if (hide)
                context.workbook.worksheets.getItem(plan.ratingsSheet).visibility =
                  "VeryHidden" as Excel.SheetVisibility;
            },
          })
        ).skipped
      : [];
    if (built && options.hideRatings && !canHide) skipped.push("hideRatings");
    return { ...plan, built, hidden: hide, skipped };
  });
}
