// What several rules' checks share: how a share and a length are said, a statement's leading verb
// (worked out once per row), a key result's type entry, a sheet's rows, where an action or a rating
// rule points.
import { ACTION_COL, type Action, type ActionColumn } from "../reading/actionsSheet";
import { columnLetters } from "../reading/cellRefs";
import type { ColumnKey } from "../reading/columns";
import type { Rating, RatingColumn } from "../reading/ratingsSheet";
import type { OkrSheet } from "../reading/sheet";
import { carriedFrom } from "../scoring/carryOver";
import { KR_TYPES } from "../scoring/krTypes";
import { leadingVerb, textLength } from "../text/analyze";
import type { KeyResult, RowCells } from "../types";
import type { ActionsContext, Located, Params, ReviewContext } from "./rule";

/** A share as messages say it: 0.905 → "90.5%". */
export function percentText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** The length and limit to name when a statement is over a limit (CJK characters or words). */
export function lengthOver(text: string, limit: { cjk: number; words: number }): Params | null {
  const { cjk, words } = textLength(text);
  if (cjk > limit.cjk) return { length: cjk, limit: limit.cjk, unit: "chars" };
  if (words > limit.words) return { length: words, limit: limit.words, unit: "words" };
  return null;
}

/**
 * The leading verb of a row's statement, worked out once per row for the rules that ask (they run
 * one row at a time, so the last row's answer is the one kept; a WeakMap of every row cost more).
 */
let lastVerb: { item: object | null; verb: string | null } = { item: null, verb: null };
export function verbOf(item: { statement: string }): string | null {
  if (lastVerb.item !== item) lastVerb = { item, verb: leadingVerb(item.statement).verb };
  return lastVerb.verb;
}

/** The KR type's entry in KR_TYPES, or null for a row without a type. */
export const typeOf = (kr: KeyResult) => (kr.krType ? KR_TYPES[kr.krType] : null);

/** A key result that moves from Start to Target (a Metric): no ladder, no yes/no, no line held. */
export function movesFromStart(kr: KeyResult): boolean {
  const def = typeOf(kr);
  return def !== null && def.needs.includes("start") && !def.ladder && !def.yesNo && !def.keepsLine;
}

/** Whether the sheet has a column (a rule on a missing column stays silent: SHEET-HEADER's). */
export function has(sheet: OkrSheet, column: ColumnKey): boolean {
  return sheet.match?.columns[column] !== undefined;
}

/** A row's ID as messages name it: its own, or its row number. */
export function rowName(item: { id: string; row: number }): string {
  return item.id || `#${item.row}`;
}

/** Every objective and key result of a sheet, orphans included. */
export function sheetItems(sheet: OkrSheet): { id: string; row: number }[] {
  return [...sheet.objectives.flatMap((o) => [o, ...o.keyResults]), ...sheet.orphans];
}

/** Every table row of a sheet with its cells, rows Level could not place included. */
export function tableRows(sheet: OkrSheet): { row: number; id: string; cells: RowCells }[] {
  return [
    ...sheet.objectives.flatMap((o) => [o, ...o.keyResults]),
    ...sheet.orphans,
    ...sheet.unknownLevel.map((r) => ({ ...r, id: "" })),
  ];
}

/** A share as Excel shows it: whole percents as "0%", others to two decimals (a quick fix's format). */
export function shareFormat(share: number): string {
  return Number.isInteger(Math.round(share * 1e6) / 1e4) ? "0%" : "0.00%";
}

/** An action rule's hit on a key result's ID cell, naming the Actions sheet and its column. */
export function keyResultCell(ctx: ActionsContext, sheet: OkrSheet, kr: KeyResult): Located {
  return {
    sheet: sheet.name,
    row: kr.row,
    cell: `${columnLetters(sheet.match?.columns.id ?? 0)}${kr.row}`,
    okrId: kr.id,
    params: { id: kr.id, actions: ctx.input.sheet, column: ctx.header("measures") },
  };
}

/** What an action rule's message says of an action: its row, its key result, its words. */
export function actionParams(a: Action): Params {
  return { row: a.row, krId: a.krId || "—", action: a.action || `#${a.row}` };
}

/** An action rule's hit on one cell of an action's row, naming that column. */
export function actionCell(ctx: ActionsContext, a: Action, column: ActionColumn): Located {
  return {
    sheet: ctx.input.sheet,
    row: a.row,
    cell: `${columnLetters(ACTION_COL[column])}${a.row}`,
    ...(a.krId ? { okrId: a.krId } : {}),
    params: { ...actionParams(a), column: ctx.header(column) },
  };
}

/** A review rule's hit on one cell of a rating's row. */
export function ratingCell(ctx: ReviewContext, r: Rating, column: RatingColumn): Located {
  return {
    sheet: ctx.ratingsSheet,
    row: r.row,
    cell: `${columnLetters(ctx.ratings.columns[column] ?? 0)}${r.row}`,
  };
}

/** A number in a message as a person reads it: 1,600,000; a share as 20%. */
export function shownNumber(value: number, share: boolean): string {
  return share
    ? `${Number((value * 100).toPrecision(12))}%`
    : new Intl.NumberFormat("en", { maximumFractionDigits: 10 }).format(value);
}

/** Whether a key result's numbers are shares (a % unit, a milestone ladder). */
export function isShare(kr: KeyResult): boolean {
  return kr.unit.trim() === "%" || Boolean(typeOf(kr)?.ladder);
}

/**
 * A carried key result whose kind needs a Target and has none (the carry left it empty):
 * KR-CARRIED-TARGET explains it, KR-NOT-MEASURABLE does not.
 */
export function carriedWithoutTarget(kr: KeyResult): boolean {
  const type = typeOf(kr);
  return (
    Boolean(type?.needs.includes("target")) && kr.target === null && carriedFrom(kr.notes) !== null
  );
}
