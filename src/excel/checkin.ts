// "Check-in" in Excel: the form reads the active OKR sheet (one round trip); saving reads the
// workbook again and writes the new values, the history rows and the highlights in one batch (two
// round trips), whatever the number of key results.
import { isHistorySheet } from "../domain/reading/historySheet";
import { planCheckin, type CheckinEntry, type CheckinProblem } from "../domain/checkins/plan";
import { readSheet, type OkrSheet } from "../domain/reading/sheet";
import type { IsoDate, KeyResult, Lang } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans, type PlanFeature } from "./applyPlan";
import { readAllSheets, readOptionsOf, type SheetRows } from "./readWorkbook";

export interface CheckinForm {
  /** The active sheet, and whether it is an OKR sheet. */
  sheet: string;
  okrSheet: boolean;
  keyResults: KeyResult[];
}

async function readAll(
  excel: ExcelApi,
  context: Excel.RequestContext
): Promise<{ cells: SheetRows[]; active: string }> {
  const { cells, others: active } = await readAllSheets(context, excel, () => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    return sheet;
  });
  return { cells, active: active.name };
}

function okrSheetOf(
  cells: SheetRows[],
  name: string
): { sheet: OkrSheet; rows: SheetRows["rows"] } | null {
  const found = cells.find((c) => c.name === name);
  if (!found) return null;
  const sheet = readSheet(found.name, found.rows, readOptionsOf(found));
  return sheet.match ? { sheet, rows: found.rows } : null;
}

export async function readCheckinForm(excel: ExcelApi): Promise<CheckinForm> {
  return excel.run(async (context) => {
    const { cells, active } = await readAll(excel, context);
    const okr = okrSheetOf(cells, active);
    return {
      sheet: active,
      okrSheet: okr !== null,
      keyResults: okr
        ? [...okr.sheet.orphans, ...okr.sheet.objectives.flatMap((o) => o.keyResults)]
        : [],
    };
  });
}

export interface CheckinResult {
  historySheet: string;
  recorded: number;
  problems: CheckinProblem[];
  skipped: PlanFeature[];
}

/** Saves a check-in of the sheet `sheet` (the one the form was read from). */
export async function saveCheckin(
  excel: ExcelApi,
  o: { sheet: string; date: IsoDate; entries: readonly CheckinEntry[]; lang: Lang }
): Promise<CheckinResult> {
  return excel.run(async (context) => {
    const { cells } = await readAll(excel, context);
    const okr = okrSheetOf(cells, o.sheet);
    if (!okr) throw new Error(`"${o.sheet}" is no longer an OKR sheet`);
    const history = cells.find((c) => isHistorySheet(c.rows)) ?? null;
    const plan = planCheckin({
      sheet: okr,
      history,
      existingSheets: cells.map((c) => c.name),
      date: o.date,
      entries: o.entries,
      lang: o.lang,
    });
    if (plan.problems.length)
      return { historySheet: plan.historySheet, recorded: 0, problems: plan.problems, skipped: [] };
    const { skipped } = await applyPlans(context, excel, plan.plans);
    return { historySheet: plan.historySheet, recorded: plan.recorded, problems: [], skipped };
  });
}
