// "Check-in" in Excel: the form reads the active OKR sheet (one round trip); saving reads the
// workbook again and writes the new values, the history rows and the highlights in one batch (two
// round trips, one more per 4 MB of request), whatever the number of key results. New history rows
// are appended where Excel finds the history's end, so two people saving at once both keep theirs.
import { isHistorySheet } from "../domain/checkins/history";
import { planCheckin, type CheckinEntry, type CheckinProblem } from "../domain/checkins/plan";
import { readSheet, type OkrSheet } from "../domain/sheet";
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

/** Whether Excel refused adding a sheet because one of that name exists already. */
function isNameTaken(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ItemAlreadyExists";
}

/**
 * Saves a check-in of the sheet `sheet` (the one the form was read from). In a shared workbook two
 * people may save at once: the history rows go below the last row Excel finds when they are written
 * (not at a row read before), so neither overwrites the other's; and when the other made the
 * history sheet first, the save starts over once, reading it.
 */
export async function saveCheckin(
  excel: ExcelApi,
  o: { sheet: string; date: IsoDate; entries: readonly CheckinEntry[]; lang: Lang }
): Promise<CheckinResult> {
  try {
    return await saveOnce(excel, o);
  } catch (error) {
    if (!isNameTaken(error)) throw error;
    return saveOnce(excel, o);
  }
}

async function saveOnce(
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
    // the rows below those read are new: appended where Excel finds the history's end
    const from = Math.max(1, history ? history.rows.length : 1);
    const { skipped } = await applyPlans(context, excel, plan.plans, {
      append: { sheet: plan.historySheet, from },
    });
    return { historySheet: plan.historySheet, recorded: plan.recorded, problems: [], skipped };
  });
}
