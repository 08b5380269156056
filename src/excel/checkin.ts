// "Check-in" in Excel: the form reads the active OKR sheet (two round trips: the cells, then the
// Current column's formulas, for linked key results); saving reads the workbook again and writes
// the new values, the history rows and the highlights in one batch (two round trips), whatever the
// number of key results. The save knows the linked key results from the form it saves.
import { isHistorySheet } from "../domain/checkins/history";
import { planCheckin, type CheckinEntry, type CheckinProblem } from "../domain/checkins/plan";
import { readSheet, type OkrSheet } from "../domain/sheet";
import type { IsoDate, KeyResult, Lang } from "../domain/types";
import type { ExcelApi } from "./host";
import { applyPlans } from "./applyPlan";
import { readAllSheets, readOptionsOf, type SheetRows } from "./readWorkbook";
import { readWithLinks } from "./links";
import { cadenceFrom } from "./settings";

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
    // The Current column's formulas too: a linked key result is shown read-only.
    const [sheet] = okr
      ? await readWithLinks(context, [cells.find((c) => c.name === active)!])
      : [null];
    return {
      sheet: active,
      okrSheet: okr !== null,
      keyResults: sheet ? [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)] : [],
    };
  });
}

export interface CheckinResult {
  historySheet: string;
  recorded: number;
  problems: CheckinProblem[];
}

/** Saves a check-in of the sheet `sheet` (the one the form was read from). */
export async function saveCheckin(
  excel: ExcelApi,
  o: {
    sheet: string;
    date: IsoDate;
    entries: readonly CheckinEntry[];
    lang: Lang;
    /** The form's linked key results (ID → formula): their Current is never written. */
    linked?: Readonly<Record<string, string>>;
  }
): Promise<CheckinResult> {
  return excel.run(async (context) => {
    const { cells } = await readAll(excel, context);
    const okr = okrSheetOf(cells, o.sheet);
    if (!okr) throw new Error(`"${o.sheet}" is no longer an OKR sheet`);
    for (const kr of [...okr.sheet.orphans, ...okr.sheet.objectives.flatMap((x) => x.keyResults)])
      if (o.linked?.[kr.id]) kr.link = o.linked[kr.id];
    const history = cells.find((c) => isHistorySheet(c.rows)) ?? null;
    const plan = planCheckin({
      sheet: okr,
      history,
      existingSheets: cells.map((c) => c.name),
      date: o.date,
      entries: o.entries,
      lang: o.lang,
      // The pane shows a linked Current read-only: a value for it is never sent.
      unlink: false,
      cadence: cadenceFrom(cells),
    });
    if (plan.problems.length)
      return { historySheet: plan.historySheet, recorded: 0, problems: plan.problems };
    await applyPlans(context, excel, plan.plans);
    return { historySheet: plan.historySheet, recorded: plan.recorded, problems: [] };
  });
}
