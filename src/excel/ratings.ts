// The Ratings sheet from the Review place (issue 36): whether people see it — visible, hidden (Excel's
// Unhide shows it again) or very hidden (only code shows it again, so the pane offers the way back) —
// and a rating entered in the pane, written as the next row of the sheet as a person would type it.
// Reading is one round trip plus one for the sheet's visibility; adding reads once and writes once.
import { readRatings, type RatingsTable } from "../domain/reading/ratingsSheet";
import { ratingRow, type NewRating, type NewRatingProblem } from "../domain/review360/newRating";
import { is360ReviewSheet } from "../domain/reading/ownSheets";
import { a1 } from "../domain/reading/cellRefs";
import type { WorkbookState } from "../operations/host";
import { officeValue } from "./applyPlan";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";
import { queueSeparators } from "./culture";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export interface RatingsState {
  /** The Ratings sheet's name; null before Build review adds one. */
  sheet: string | null;
  visibility: SheetVisibility | null;
  /** The people a rating can be for: the OKR sheets' owners, then anyone rated already. */
  people: string[];
}

/** The Ratings sheet as the review finds it: not an OKR sheet, not the review, with a ratings header. */
function ratingsIn(state: WorkbookState): { name: string; table: RatingsTable } | null {
  for (const input of state.sheets) {
    if (input.sheet.match || is360ReviewSheet(input.rows)) continue;
    const table = readRatings(input.rows);
    if (table) return { name: input.sheet.name, table };
  }
  return null;
}

export async function readRatingsState(excel: ExcelApi): Promise<RatingsState> {
  return excel.run(async (context) => {
    const state = await officeHost(context, excel).read();
    const found = ratingsIn(state);
    const owners = state.sheets.flatMap((i) => i.sheet.objectives.map((o) => o.owner.trim()));
    const rated = found?.table.ratings.map((r) => r.person.trim()) ?? [];
    const people = [...new Set([...owners, ...rated].filter(Boolean))];
    if (!found) return { sheet: null, visibility: null, people };
    const sheet = context.workbook.worksheets.getItem(found.name);
    sheet.load("visibility");
    await context.sync();
    return { sheet: found.name, visibility: sheet.visibility as SheetVisibility, people };
  });
}

/** Shows or hides the Ratings sheet, either way. */
export async function setRatingsVisibility(
  excel: ExcelApi,
  sheet: string,
  visibility: SheetVisibility
): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).visibility = visibility as Excel.SheetVisibility;
    await context.sync();
  });
}

export type AddRatingResult =
  | { ok: true; sheet: string; row: number }
  | { ok: false; problems: NewRatingProblem[] }
  | { ok: false; noSheet: true };

/** Writes one rating below the sheet's last, text as text (never a formula). */
export async function addRating(excel: ExcelApi, rating: NewRating): Promise<AddRatingResult> {
  return excel.run(async (context) => {
    // The score as Excel would read it typed into the sheet: with the workbook's decimal mark.
    const separators = queueSeparators(context);
    const found = ratingsIn(await officeHost(context, excel).read());
    if (!found) return { ok: false, noSheet: true };
    const planned = ratingRow(found.table, rating, separators());
    if (!planned.ok) return planned;
    const sheet = context.workbook.worksheets.getItem(found.name);
    for (const { col, value } of planned.row.cells)
      sheet.getRange(a1(col, planned.row.row - 1)).formulas = [[officeValue(value)]];
    await context.sync();
    return { ok: true, sheet: found.name, row: planned.row.row };
  });
}
