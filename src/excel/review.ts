// "Review" in Excel (issue 18): read every sheet in one round trip, plan the 360° review in the
// domain, and write the Ratings sheet (when new), the review sheet and its charts in one more —
// whatever the number of people. Hiding the Ratings sheet (xlVeryHidden) rides in the same batch.
import { planReview, type ReviewPlan } from "../domain/review/plan";
import { readSheet } from "../domain/sheet";
import type { Lang, Period } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans } from "./applyPlan";
import { readAllSheets } from "./readWorkbook";

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
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const inputs = cells.map(({ name, rows }) => ({ sheet: readSheet(name, rows), rows }));
    const { plans, ...plan } = planReview(inputs, {
      lang: options.lang,
      periods: options.periods,
    });
    const built = plans.length > 0;
    const hide = built && options.hideRatings;
    if (built)
      await applyPlans(context, excel, plans, {
        // What is on the sheets already: a rebuild deletes the charts it drew before.
        extras: new Map(cells.map((c) => [c.name, c.extras])),
        last: () => {
          if (hide)
            context.workbook.worksheets.getItem(plan.ratingsSheet).visibility =
              "VeryHidden" as Excel.SheetVisibility;
        },
      });
    return { ...plan, built, hidden: hide };
  });
}
