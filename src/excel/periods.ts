// The periods of the open workbook, for the pane's period picker (periods/scope.ts): one round trip
// reading the sheets, as every place's own read does.
import { periodScope, type WorkbookPeriod } from "../domain/periods/scope";
import { readSheet } from "../domain/sheet";
import type { ExcelApi } from "./host";
import { readAllSheets, readOptionsOf } from "./readWorkbook";

export interface WorkbookPeriods {
  /** Every period its OKR sheets name, oldest first, each closed or not. */
  periods: WorkbookPeriod[];
  /** The one a place shows unless another is chosen: the latest not closed. */
  shown: string | null;
}

export async function readPeriods(excel: ExcelApi): Promise<WorkbookPeriods> {
  return excel.run(async (context) => {
    const { cells } = await readAllSheets(context, excel, () => null);
    const inputs = cells.map((c) => ({
      sheet: readSheet(c.name, c.rows, readOptionsOf(c)),
      rows: c.rows,
    }));
    const scope = periodScope(inputs);
    return scope.ok
      ? { periods: scope.scope.periods, shown: scope.scope.period?.label ?? null }
      : { periods: [], shown: null };
  });
}
