// Per key result on the OKR sheet: how many of its actions are open, done and overdue, as live
// formulas over the Actions sheet (builders in scoring/formulas.ts), and the same counts computed
// here as the reference model the formulas are tested against. The three columns are the product's
// own: found by their header (any language) when a sheet has them, else placed after its last column.
import { a1, columnLetters } from "../reading/cellRefs";
import { normaliseHeader } from "../reading/header";
import { idKey } from "../reading/ids";
import type { LaidOutSheet } from "../plan/sheetLayout";
import { COLOURS } from "../plan/layout";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import {
  actionsDoneFormula,
  actionsOpenFormula,
  actionsOverdueFormula,
  sheetColumn,
  type ActionRefs,
} from "../scoring/formulas";
import { LANGS, type IsoDate, type Localized } from "../types";
import { ACTION_COL, ACTION_STATUSES, isOverdue, type Action } from "../reading/actionsSheet";
import { largest, widestRow } from "../reading/largest";

export const ACTION_COUNT_COLUMNS = {
  open: { en: "Actions open", "zh-CN": "未完成行动", "zh-TW": "未完成行動" },
  done: { en: "Actions done", "zh-CN": "已完成行动", "zh-TW": "已完成行動" },
  overdue: { en: "Actions overdue", "zh-CN": "逾期行动", "zh-TW": "逾期行動" },
} satisfies Record<string, Localized>;

export type ActionCount = keyof typeof ACTION_COUNT_COLUMNS;
export const ACTION_COUNT_KEYS = Object.keys(ACTION_COUNT_COLUMNS) as ActionCount[];

/** A key result's action counts. */
export type ActionCounts = Record<ActionCount, number>;

/** The words that mark an action done, each spelling once (zh-CN and zh-TW share theirs). */
export const DONE_WORDS: readonly string[] = [
  ...new Set(Object.values(ACTION_STATUSES.find((s) => s.value === "done")!.label)),
];

/** The reference model of the three formulas for one key result, as of a date (null: no overdue). */
export function countActions(
  actions: readonly Action[],
  krId: string,
  asOf: IsoDate | null
): ActionCounts {
  const mine = actions.filter((a) => a.krId && idKey(a.krId) === idKey(krId));
  const open = mine.filter((a) => a.status !== "done");
  return {
    open: open.length,
    done: mine.length - open.length,
    overdue: open.filter((a) => isOverdue(a, asOf)).length,
  };
}

/** Where the three columns are on a sheet: its own header cells, or after its last column. */
export function actionCountColumns(laid: LaidOutSheet): Record<ActionCount, number> {
  const header = laid.input.rows[laid.input.sheet.headerRow - 1] ?? [];
  const names = new Map(
    ACTION_COUNT_KEYS.flatMap((k) =>
      LANGS.map((l) => [normaliseHeader(ACTION_COUNT_COLUMNS[k][l]), k] as const)
    )
  );
  const found: Partial<Record<ActionCount, number>> = {};
  header.forEach((cell, c) => {
    const key = typeof cell === "string" ? names.get(normaliseHeader(cell)) : undefined;
    if (key && found[key] === undefined) found[key] = c;
  });
  let next = Math.max(
    header.length,
    widestRow(laid.input.rows),
    largest(
      Object.values(laid.columns).map((c) => c + 1),
      0
    )
  );
  for (const key of ACTION_COUNT_KEYS) if (found[key] === undefined) found[key] = next++;
  return found as Record<ActionCount, number>;
}

/** The Actions sheet's whole columns the formulas count over. */
export function actionRefs(actionsSheet: string): ActionRefs {
  const column = (c: number) => sheetColumn(actionsSheet, columnLetters(c));
  return {
    krId: column(ACTION_COL.krId),
    due: column(ACTION_COL.due),
    status: column(ACTION_COL.status),
    doneWords: DONE_WORDS,
  };
}

/**
 * The three count columns of one OKR sheet: headers where they are missing and a formula on every
 * key-result row (objective rows stay empty). `asOf` is the as-of cell (or serial) overdue uses.
 */
export function actionCountsPlan(
  laid: LaidOutSheet,
  actionsSheet: string,
  asOf: string | null,
  known?: { actions: readonly Action[]; asOf: IsoDate | null }
): SheetPlan {
  const { sheet } = laid.input;
  const plan = emptyPlan(sheet.name, false);
  const cols = actionCountColumns(laid);
  const headerIndex = sheet.headerRow - 1;
  const refs = actionRefs(actionsSheet);
  for (const key of ACTION_COUNT_KEYS) {
    plan.blocks.push({
      row: headerIndex,
      col: cols[key],
      values: [[ACTION_COUNT_COLUMNS[key][laid.lang]]],
    });
    plan.formats.push({
      area: area(headerIndex, cols[key]),
      format: { fill: COLOURS.formulaHeaderFill, bold: true, wrap: true, align: "right" },
    });
    plan.columnWidths.push({ col: cols[key], chars: 10 });
  }
  const krRows = new Set(
    [...sheet.orphans, ...sheet.objectives.flatMap((o) => o.keyResults)].map((k) => k.row - 1)
  );
  const first = headerIndex + 1;
  const last = largest(krRows, first - 1);
  const formulaOf: Record<ActionCount, (id: string) => string> = {
    open: (id) => actionsOpenFormula(refs, id),
    done: (id) => actionsDoneFormula(refs, id),
    overdue: (id) => actionsOverdueFormula(refs, id, asOf),
  };
  // One block per column from the first table row to the last key result: a formula on each
  // key-result row, nothing on the others (these columns are the product's own).
  if (last >= first)
    for (const key of ACTION_COUNT_KEYS) {
      const values: PlanValue[][] = [];
      for (let r = first; r <= last; r++) {
        if (!krRows.has(r)) {
          values.push([""]);
          continue;
        }
        const formula = formulaOf[key](a1(laid.columns.id, r));
        const id = laid.input.rows[r]?.[laid.columns.id];
        const shows = known && typeof id === "string" ? countShown(known, id, key) : undefined;
        values.push([shows === undefined ? { formula } : { formula, shows }]);
      }
      plan.blocks.push({ row: first, col: cols[key], values });
      plan.formats.push({
        area: area(first, cols[key], last - first + 1),
        format: { fill: COLOURS.formulaFill },
      });
    }
  return plan;
}

/**
 * What a count formula shows, from the model, where the model and COUNTIFS read the cells alike:
 * every action of the key result names it exactly (COUNTIF matches the ID as typed) and, for
 * overdue, every due date is a date cell (a due date typed as text counts as overdue in the
 * findings but not in COUNTIFS' "<" test). Otherwise nothing is cached rather than a guess.
 */
function countShown(
  known: { actions: readonly Action[]; asOf: IsoDate | null },
  id: string,
  key: ActionCount
): number | "" | undefined {
  if (key === "overdue" && known.asOf === null) return "";
  const mine = known.actions.filter((a) => a.krId && idKey(a.krId) === idKey(id));
  if (mine.some((a) => a.krId.toUpperCase() !== id.toUpperCase())) return undefined;
  if (
    key === "overdue" &&
    mine.some((a) => a.dueCell !== null && a.dueCell !== "" && typeof a.dueCell !== "number")
  )
    return undefined;
  return countActions(known.actions, id, known.asOf)[key];
}
