// "Check-in" in Excel (src/operations/checkin.ts): the form reads the active OKR sheet (one round
// trip); saving reads the workbook again and writes the new values, the history rows and the
// highlights in one batch (two round trips), whatever the number of key results.
import type { CheckinEntry, CheckinProblem } from "../domain/checkins/plan";
import type { IsoDate, KeyResult, Lang } from "../domain/types";
import { checkin } from "../operations/checkin";
import type { PlanFeature } from "./applyPlan";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface CheckinForm {
  /** The active sheet, and whether it is an OKR sheet. */
  sheet: string;
  okrSheet: boolean;
  keyResults: KeyResult[];
}

export async function readCheckinForm(excel: ExcelApi): Promise<CheckinForm> {
  const state = await excel.run((context) => officeHost(context, excel).read());
  const active = state.activeSheet ?? "";
  const okr = state.sheets.find((s) => s.sheet.name === active && s.sheet.match)?.sheet;
  return {
    sheet: active,
    okrSheet: okr !== undefined,
    keyResults: okr ? [...okr.orphans, ...okr.objectives.flatMap((o) => o.keyResults)] : [],
  };
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
  const done = await excel.run((context) => checkin(officeHost(context, excel), o));
  return {
    historySheet: done.historySheet,
    recorded: done.recorded,
    problems: done.problems,
    skipped: done.skipped as PlanFeature[],
  };
}
