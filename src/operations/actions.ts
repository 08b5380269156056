// Add action: one new row on the Actions sheet, below everything on it (nothing typed there is
// overwritten), or a new Actions sheet with it when the workbook has none. Where others may write
// the same workbook at once (Excel on the web), the host writes the row below the sheet's last
// row when the write runs (ApplyOptions.append), not where the read ended.
import { actionsSheetPlan, addActionPlan, type NewAction } from "../domain/actions/plan";
import { ACTIONS_SHEET_NAME } from "../domain/reading/actionsSheet";
import { uniqueSheetName } from "../domain/reading/ids";
import type { Lang } from "../domain/types";
import type { Applied, WorkbookHost } from "./host";

export interface AddActionOptions {
  /** The Actions sheet (as the pane read it), or null to make one. */
  sheet: string | null;
  action: NewAction;
  lang: Lang;
}

export interface ActionAdded extends Applied {
  sheet: string;
  /** 1-based row the action was written on. */
  row: number;
}

/** Adds an action; throws when the sheet named is no longer in the workbook. */
export async function addAction(host: WorkbookHost, o: AddActionOptions): Promise<ActionAdded> {
  if (o.sheet === null) {
    const name = uniqueSheetName(ACTIONS_SHEET_NAME[o.lang], await host.sheetNames());
    const applied = await host.apply(
      [actionsSheetPlan(name, o.lang), addActionPlan(name, 1, o.action, o.lang)],
      { valuesChanged: true }
    );
    return { ...applied, sheet: name, row: 2 };
  }
  const { sheets } = await host.read();
  const found = sheets.find((s) => s.sheet.name === o.sheet);
  if (!found) throw new Error(`No sheet named ${o.sheet}`);
  // Below the last row holding a value (formats alone do not make a row taken).
  let last = found.rows.length;
  while (last > 0 && !found.rows[last - 1].some((v) => v !== null && v !== "")) last--;
  const row = Math.max(1, last);
  // The action counts on the OKR sheets read this sheet: what a file carries for them is stale.
  const applied = await host.apply([addActionPlan(o.sheet, row, o.action, o.lang)], {
    append: { sheet: o.sheet, from: row },
    valuesChanged: true,
  });
  return { ...applied, sheet: o.sheet, row: row + 1 };
}
