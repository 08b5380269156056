// The periods of the open workbook, for the pane's period picker (reading/periodScope.ts): one
// round trip reading the sheets, as every place's own read does.
import { periodScope, type WorkbookPeriod } from "../domain/reading/periodScope";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export interface WorkbookPeriods {
  /** Every period its OKR sheets name, oldest first, each closed or not. */
  periods: WorkbookPeriod[];
  /** The one a place shows unless another is chosen: the latest not closed. */
  shown: string | null;
}

export async function readPeriods(excel: ExcelApi): Promise<WorkbookPeriods> {
  const { sheets } = await excel.run((context) => officeHost(context, excel).read());
  const scope = periodScope(sheets);
  return scope.ok
    ? { periods: scope.scope.periods, shown: scope.scope.period?.label ?? null }
    : { periods: [], shown: null };
}
