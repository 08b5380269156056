// Writing the Actions sheet: a new one (with the OKR sheets, by New sheet and `okr new`), and one
// action added to it (the pane's "Add action"). Only the product's own sheet is created; an added
// action goes on the first empty row, so nothing a person typed is overwritten.
import { isoToSerial } from "../reading/dates";
import { COLOURS, DATE_FORMAT } from "../plan/layout";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import type { IsoDate, Lang, Localized } from "../types";
import { termLabel } from "../reading/vocabulary";
import {
  ACTION_COL,
  ACTION_COLUMNS,
  ACTION_KEYS,
  ACTION_STATUSES,
  YES_NO,
  actionsHeader,
  type ActionColumnDef,
} from "../reading/actionsSheet";

/**
 * Rows below the header that get the dropdowns and the date format at first; an action added from
 * the pane brings its own row's (so the plan can grow past them).
 */
export const ACTION_ROWS = 100;

/** The dropdowns and the date format of `rows` rows from `row` (0-based), in a language. */
function inputFormats(plan: SheetPlan, row: number, rows: number, lang: Lang): void {
  for (const key of ACTION_KEYS) {
    const def: ActionColumnDef = ACTION_COLUMNS[key];
    const col = ACTION_COL[key];
    if (def.list)
      plan.validations.push({
        area: area(row, col, rows),
        list: def.list.map((t) => t.label[lang]),
      });
    if (def.date) plan.numberFormats.push({ area: area(row, col, rows), format: DATE_FORMAT });
  }
}

/** A new, empty Actions sheet in a language: header, widths, dropdowns, date format, filter. */
export function actionsSheetPlan(name: string, lang: Lang): SheetPlan {
  const plan = emptyPlan(name, true);
  plan.blocks.push({ row: 0, col: 0, values: [actionsHeader(lang)] });
  plan.formats.push({
    area: area(0, 0, 1, ACTION_KEYS.length),
    format: { bold: true, fill: COLOURS.inputHeaderFill, wrap: true },
  });
  for (const key of ACTION_KEYS)
    plan.columnWidths.push({ col: ACTION_COL[key], chars: ACTION_COLUMNS[key].chars });
  inputFormats(plan, 1, ACTION_ROWS, lang);
  plan.formats.push({ area: area(1, ACTION_COL.action, ACTION_ROWS), format: { wrap: true } });
  plan.freezeRows = 1;
  plan.filter = area(0, 0, 1, ACTION_KEYS.length);
  return plan;
}

/** A new action as the pane's form gives it. */
export interface NewAction {
  krId: string;
  action: string;
  owner: string;
  due: IsoDate | null;
  measures: boolean;
  resources?: string;
  output?: string;
}

/**
 * The row of one new action, written on `row` (0-based: the first row below the sheet's used
 * range). Text stays text (PlanValue strings are never formulas); status starts "Not started".
 */
export function addActionPlan(sheet: string, row: number, a: NewAction, lang: Lang): SheetPlan {
  const plan = emptyPlan(sheet, false);
  const cells: Record<(typeof ACTION_KEYS)[number], PlanValue> = {
    krId: a.krId,
    action: a.action,
    owner: a.owner,
    due: a.due ? isoToSerial(a.due) : "",
    status: termLabel(ACTION_STATUSES, "notStarted", lang),
    resources: a.resources ?? "",
    output: a.output ?? "",
    measures: termLabel(YES_NO, a.measures ? "yes" : "no", lang),
  };
  plan.blocks.push({ row, col: 0, values: [ACTION_KEYS.map((k) => cells[k])] });
  inputFormats(plan, row, 1, lang);
  return plan;
}

/** Why an action cannot be added: the Actions sheet's next row would pass Excel's last row. */
export const ACTIONS_FULL: Localized = {
  en: "“{sheet}” has actions down to row {row}; a new one would pass Excel's last row (1,048,576). Nothing was written. Move finished actions to another workbook, or delete what lies below the last action, then add it again.",
  "zh-CN":
    "“{sheet}”的行动已到第 {row} 行；新行动会超出 Excel 的最后一行（1,048,576）。未写入任何内容。请把已完成的行动移到另一个工作簿，或删除最后一条行动下方的内容，然后重新添加。",
  "zh-TW":
    "「{sheet}」的行動已到第 {row} 列；新行動會超出 Excel 的最後一列（1,048,576）。未寫入任何內容。請把已完成的行動移到另一個活頁簿，或刪除最後一筆行動下方的內容，然後重新新增。",
};
