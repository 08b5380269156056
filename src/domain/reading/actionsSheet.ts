// The Actions sheet (seed 001: an OKR is not finished until every key result has an action plan —
// owner, due date, resources, expected output, and the action that measures the KR's value). One
// table says its columns and words in every language; reading, generating and checking derive
// from it. A header row of its own, row 1, so the sheet is recognised by its headers, not its name.
import { parseDate } from "./dates";
import { leadingHeaderLang } from "./ownSheets";
import { tableRowCount } from "./tableEnd";
import { type CellValue, type IsoDate, type Lang, type Localized } from "../types";
import { parseTerm, type Term } from "./vocabulary";

export const ACTIONS_SHEET_NAME: Localized = {
  en: "Actions",
  "zh-CN": "行动计划",
  "zh-TW": "行動計畫",
};

/** Whether a sheet name is the Actions sheet's in a language (how New sheet finds the one to reuse). */
export const isActionsSheetName = (name: string): boolean =>
  Object.values(ACTIONS_SHEET_NAME).includes(name);

export type ActionStatus = "notStarted" | "inProgress" | "done" | "blocked";

/** The status dropdown's words (the first is the default of a new action). */
export const ACTION_STATUSES: readonly Term<ActionStatus>[] = [
  { value: "notStarted", label: { en: "Not started", "zh-CN": "未开始", "zh-TW": "未開始" } },
  { value: "inProgress", label: { en: "In progress", "zh-CN": "进行中", "zh-TW": "進行中" } },
  { value: "done", label: { en: "Done", "zh-CN": "已完成", "zh-TW": "已完成" } },
  { value: "blocked", label: { en: "Blocked", "zh-CN": "受阻", "zh-TW": "受阻" } },
];

/** The "measures the KR" tick's words. */
export const YES_NO: readonly Term<"yes" | "no">[] = [
  { value: "yes", label: { en: "Yes", "zh-CN": "是", "zh-TW": "是" }, aliases: ["Y", "TRUE"] },
  { value: "no", label: { en: "No", "zh-CN": "否", "zh-TW": "否" }, aliases: ["N", "FALSE"] },
];

export interface ActionColumnDef {
  header: Localized;
  /** Column width in characters. */
  chars: number;
  /** The column's cells are chosen from these words (a list validation in the sheet's language). */
  list?: readonly Term<string>[];
  date?: boolean;
}

/** The Actions sheet's columns, in order. */
export const ACTION_COLUMNS = {
  krId: { header: { en: "KR ID", "zh-CN": "关键结果编号", "zh-TW": "關鍵結果編號" }, chars: 16 },
  action: { header: { en: "Action", "zh-CN": "行动", "zh-TW": "行動" }, chars: 40 },
  owner: { header: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" }, chars: 14 },
  due: { header: { en: "Due", "zh-CN": "截止日期", "zh-TW": "截止日期" }, chars: 12, date: true },
  status: {
    header: { en: "Status", "zh-CN": "状态", "zh-TW": "狀態" },
    chars: 13,
    list: ACTION_STATUSES,
  },
  resources: { header: { en: "Resources", "zh-CN": "资源", "zh-TW": "資源" }, chars: 24 },
  output: {
    header: { en: "Expected output", "zh-CN": "预期产出", "zh-TW": "預期產出" },
    chars: 28,
  },
  measures: {
    header: { en: "Measures the KR", "zh-CN": "用于度量关键结果", "zh-TW": "用於度量關鍵結果" },
    chars: 12,
    list: YES_NO,
  },
} satisfies Record<string, ActionColumnDef>;

export type ActionColumn = keyof typeof ACTION_COLUMNS;
export const ACTION_KEYS = Object.keys(ACTION_COLUMNS) as ActionColumn[];
/** 0-based column of each Actions column. */
export const ACTION_COL = Object.fromEntries(ACTION_KEYS.map((k, i) => [k, i])) as Record<
  ActionColumn,
  number
>;

export function actionsHeader(lang: Lang): string[] {
  return ACTION_KEYS.map((k) => ACTION_COLUMNS[k].header[lang]);
}

/** One action as read from its row. */
export interface Action {
  /** 1-based sheet row. */
  row: number;
  krId: string;
  action: string;
  owner: string;
  /** The due cell as typed, and the date it reads as (null when empty or not a date). */
  dueCell: CellValue;
  due: IsoDate | null;
  /** null when the status cell is empty or not one of the words. */
  status: ActionStatus | null;
  statusText: string;
  resources: string;
  output: string;
  measures: boolean;
}

const text = (v: CellValue): string => (v === null || v === undefined ? "" : String(v).trim());

/** Whether a sheet is the Actions sheet: its first row starts with the Actions header in a language. */
export function isActionsSheet(rows: readonly (readonly CellValue[])[]): boolean {
  return actionsLang(rows) !== null;
}

/**
 * The language the Actions sheet's headers are written in; null when it is not the Actions sheet.
 * zh-CN and zh-TW differ in the first header, so the first match is the language.
 */
export const actionsLang = leadingHeaderLang(actionsHeader);

/**
 * The actions on an Actions sheet (rows with neither a KR ID nor an action are skipped), down to
 * its table's end (tableRowCount): nothing below a thousand empty rows is an action.
 */
export function readActions(rows: readonly (readonly CellValue[])[]): Action[] {
  const out: Action[] = [];
  const end = tableRowCount(rows);
  for (let r = 1; r < end; r++) {
    const line = rows[r] ?? [];
    const cell = (k: ActionColumn) => line[ACTION_COL[k]] ?? null;
    if (!text(cell("krId")) && !text(cell("action"))) continue;
    const due = cell("due");
    const parsed = text(due) ? parseDate(due) : null;
    out.push({
      row: r + 1,
      krId: text(cell("krId")),
      action: text(cell("action")),
      owner: text(cell("owner")),
      dueCell: due,
      due: parsed?.ok ? parsed.value : null,
      status: parseTerm(ACTION_STATUSES, cell("status")),
      statusText: text(cell("status")),
      resources: text(cell("resources")),
      output: text(cell("output")),
      measures: parseTerm(YES_NO, cell("measures")) === "yes" || cell("measures") === true,
    });
  }
  return out;
}

/** Not done, and due before the as-of date (the Actions overdue formula's test). */
export function isOverdue(a: Action, asOf: IsoDate | null): boolean {
  return asOf !== null && a.status !== "done" && a.due !== null && a.due < asOf;
}
