// Who owes an update in Excel (src/operations/chase.ts): one read of the workbook, nothing written.
import type { IsoDate, Period } from "../domain/types";
import { whoOwes, type Chased } from "../operations/chase";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

export function readWhoOwes(
  excel: ExcelApi,
  o: { asOf: IsoDate; period?: Period | null }
): Promise<Chased> {
  return excel.run((context) => whoOwes(officeHost(context, excel), o));
}
