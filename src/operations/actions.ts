// Add action: one new row on the Actions sheet, below everything on it (nothing typed there is
// overwritten), or a new Actions sheet with it when the workbook has none. Where others may write
// the same workbook at once (Excel on the web), the host writes the row below the sheet's last
// row when the write runs (ApplyOptions.append), not where the read ended.
import {
  ACTIONS_FULL,
  actionsSheetPlan,
  addActionPlan,
  type NewAction,
} from "../domain/actions/plan";
import { appendedRows } from "../domain/plan/appendedRows";
import { ACTIONS_SHEET_NAME } from "../domain/reading/actionsSheet";
import { format } from "../domain/reading/i18n";
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

/** The Actions sheet reaches Excel's last row: a new action has no row to go on. */
export class ActionsFullError extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number
  ) {
    super(format(ACTIONS_FULL.en, { sheet, row }));
    this.name = "ActionsFullError";
  }

  /** The message in a reader's language. */
  text(lang: Lang): string {
    return format(ACTIONS_FULL[lang], { sheet: this.sheet, row: this.row });
  }
}

/**
 * Adds an action; throws when the sheet named is no longer in the workbook, and ActionsFullError
 * (nothing written) when its next row would pass Excel's last row.
 */
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
  // Below the last row holding a value (formats alone do not make a row taken), above a stray
  // value far below the table (tableRowCount): an action after it would pass Excel's last row.
  const { end, rows } = appendedRows(found.rows, 1);
  if (!rows) throw new ActionsFullError(o.sheet, end);
  const [row] = rows;
  // The action counts on the OKR sheets read this sheet: what a file carries for them is stale.
  const applied = await host.apply([addActionPlan(o.sheet, row, o.action, o.lang)], {
    append: { sheet: o.sheet, from: row },
    valuesChanged: true,
  });
  return { ...applied, sheet: o.sheet, row: row + 1 };
}
