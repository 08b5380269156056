// What a key result becomes when it carries into the next period (seed 003: the review feeds the
// next cycle). Start is where it ended: its last Current. Its Target is kept only while it is still
// ahead of that Start in the key result's own direction; a key result that reached or passed its
// target has none left to aim at, and is never turned around silently (Start 100, Target 200,
// Current 260 would otherwise carry as a decrease from 260 to 200, where a better value scores 0):
// its Target is left empty and a finding asks for a new one (KR-CARRIED-TARGET). The statement's
// start number follows the new Start where the statement names it in a known form; otherwise a
// statement still naming the old Start is flagged (KR-CARRIED-STATEMENT). A key result that
// reached its target is not carried at all unless someone marked it (the Review's "Carry over key
// results", a KR line's Carry over in `okr close --scores`).
import { KR_TYPES } from "./krTypes";
import { krValues } from "./values";
import { scoreKr } from "./krScore";
import type { CellValue, KeyResult, Localized } from "../types";
import { numbersIn, rewriteRange, says, statementRange } from "../reading/statementNumbers";

/** Whether the values say the key result got there (its final score aside): progress 1. */
export function reachedTarget(kr: Pick<KeyResult, "krType" | "unit" | "cells">): boolean {
  const { progress } = scoreKr(kr);
  return progress !== null && progress >= 1;
}

export interface CarriedKeyResult {
  start: CellValue;
  target: CellValue;
  statement: string;
  /** The Target was no longer ahead of the new Start: left empty, a new one is asked for. */
  targetDropped: boolean;
  /** The statement's start number was rewritten to the new Start. */
  statementUpdated: boolean;
}

/** A key result as it carries over: Start the last Current, Target kept while ahead of it. */
export function carryKeyResult(kr: KeyResult): CarriedKeyResult {
  const same = { statement: kr.statement, targetDropped: false, statementUpdated: false };
  const type = kr.krType ? KR_TYPES[kr.krType] : null;
  // A yes/no key result starts afresh.
  if (type?.yesNo) return { ...same, start: null, target: kr.cells.target ?? null };
  const v = krValues(kr);
  // A ladder is written as shares (as templates write them): it ends at 1.
  const target = type?.ladder ? 1 : v.target;
  const start = v.current ?? v.start;
  // A health metric keeps its line whatever the value; anything else must still point forward.
  const keeps = Boolean(type?.keepsLine);
  const direction = v.start !== null && target !== null ? Math.sign(target - v.start) : 0;
  const ahead =
    keeps ||
    start === null ||
    target === null ||
    (type?.ladder ? start < 1 : direction !== 0 && Math.sign(target - start) === direction);
  const kept = ahead ? target : null;
  let statement = kr.statement;
  let statementUpdated = false;
  const range = statementRange(kr.statement);
  if (
    range &&
    start !== null &&
    v.start !== null &&
    start !== v.start &&
    says(range.start, v.start) &&
    !keeps
  ) {
    statement = rewriteRange(kr.statement, range, { start });
    statementUpdated = statement !== kr.statement;
  }
  return { start, target: kept, statement, targetDropped: !ahead, statementUpdated };
}

/**
 * Whether a carried statement still names its key result's old Start where the Start has moved:
 * the written number that says the old value and not the new one, or null.
 */
export function staleStatementNumber(
  statement: string,
  oldStart: number,
  newStart: number
): string | null {
  const stale = numbersIn(statement).find((n) => says(n, oldStart) && !says(n, newStart));
  return stale?.text ?? null;
}

/** The Notes of a carried row: the ID it came from (then what the row's Notes said). */
export const CARRIED_FROM: Localized = {
  en: "Carried over from {id}",
  "zh-CN": "延续自 {id}",
  "zh-TW": "延續自 {id}",
};

const CARRIED_FROM_READ = /(?:Carried over from|延续自|延續自)\s*([^\s—;；,，、()（）]+)/i;

/** The ID a carried row's Notes name (any language), or null for a row that was not carried. */
export function carriedFrom(notes: string): string | null {
  return CARRIED_FROM_READ.exec(notes)?.[1] ?? null;
}
