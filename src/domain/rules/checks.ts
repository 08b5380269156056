// The checks behind the rule catalogue, one small function per rule, run over each objective, each
// key result and each sheet. A check says which column its finding points at; the runner (lint.ts)
// turns that into a located finding.
import { KR_TYPES, isYesNoWord } from "../scoring/krTypes";
import { FINAL_SCORE_FAR, readFinalScore, scoreKrAtEnd } from "../scoring/finalScore";
import { asTyped } from "../reading/valueCells";
import { krValues, mayBeAmbiguous } from "../scoring/values";
import type { ColumnKey } from "../reading/columns";
import { parseDate } from "../reading/dates";
import { idKey } from "../reading/ids";
import { isExcelError, numberOrNull } from "../reading/numbers";
import { periodContains } from "../reading/period";
import { isBlankCell, type OkrSheet } from "../reading/sheet";
import {
  EN_ACTIVITY_PHRASES,
  EN_ACTIVITY_VERBS,
  EN_VAGUE_PHRASES,
  EN_VAGUE_VERBS,
  ZH_ACTIVITY_VERBS,
  ZH_VAGUE_VERBS,
} from "../text/lexicon";
import {
  anywherePattern,
  containsQuantity,
  leadingVerb,
  mayOpenWith,
  openingPhrase,
  splitListMarker,
  textLength,
} from "../text/analyze";
import type { KeyResult, Objective, Severity } from "../types";
import type { RuleId } from "./catalogue";
import type { LintSettings } from "./settings";

export type Params = Record<string, string | number>;

export interface Hit {
  column: ColumnKey;
  params?: Params;
  /** Overrides the rule's default severity (KR-CONFIDENCE-RANGE: warning or info). */
  severity?: Severity;
}

/** A sheet rule's hit: the row it is about (and that row's OKR ID), or an explicit cell. */
export interface SheetHit extends Hit {
  row: number;
  okrId?: string;
  /** The A1 cell when it is not the hit's column on its row (a missing column has none). */
  cell?: string;
}

/** A workbook rule's hit names its sheet too. */
export interface WorkbookHit extends SheetHit {
  sheet: OkrSheet;
}

export interface CheckContext {
  sheet: OkrSheet;
  settings: LintSettings;
  /** Every objective ID in the workbook (normalised with idKey). */
  objectiveIds: ReadonlySet<string>;
}

/** What a workbook rule sees: everything but the one sheet. */
export type WorkbookContext = Omit<CheckContext, "sheet">;

export interface Rule<T, H extends Hit = Hit, C = CheckContext> {
  id: RuleId;
  check: (item: T, ctx: C) => H | H[] | null;
}

function lengthOver(text: string, limit: { cjk: number; words: number }): Params | null {
  const { cjk, words } = textLength(text);
  if (cjk > limit.cjk) return { length: cjk, limit: limit.cjk, unit: "chars" };
  if (words > limit.words) return { length: words, limit: limit.words, unit: "words" };
  return null;
}

export function percentText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

const VAGUE = new Set([...EN_VAGUE_VERBS, ...ZH_VAGUE_VERBS]);

/**
 * The leading verb of a row's statement, worked out once per row for the rules that ask (they run
 * one row at a time, so the last row's answer is the one kept; a WeakMap of every row cost more).
 */
let lastVerb: { item: object | null; verb: string | null } = { item: null, verb: null };
function verbOf(item: { statement: string }): string | null {
  if (lastVerb.item !== item) lastVerb = { item, verb: leadingVerb(item.statement).verb };
  return lastVerb.verb;
}
const ACTIVITY = new Set([...EN_ACTIVITY_VERBS, ...ZH_ACTIVITY_VERBS]);
const ACTIVITY_ANYWHERE = anywherePattern(ACTIVITY);

/**
 * TEXT-LIST-MARKER reads the statement cell as typed: the other rules get the statement without
 * its marker (lint.ts), so "1. Grow repeat purchases" holds no quantity and opens with a verb.
 */
const LIST_MARKER_RULE: Rule<Objective | KeyResult> = {
  id: "TEXT-LIST-MARKER",
  check: (item) => {
    const typed = item.cells.statement;
    if (typeof typed !== "string") return null;
    const { marker } = splitListMarker(typed);
    return marker ? { column: "statement", params: { marker } } : null;
  },
};

export const OBJECTIVE_RULES: readonly Rule<Objective>[] = [
  LIST_MARKER_RULE,
  {
    id: "O-QUALITATIVE",
    check: (o) => (o.statement && containsQuantity(o.statement) ? { column: "statement" } : null),
  },
  {
    id: "O-STARTS-WITH-VERB",
    check: (o) => (o.statement && verbOf(o) === null ? { column: "statement" } : null),
  },
  {
    id: "O-VAGUE-VERB",
    check: (o) => {
      if (!o.statement) return null;
      const phrase = openingPhrase(o.statement, EN_VAGUE_PHRASES);
      if (phrase) return { column: "statement", params: { verb: phrase } };
      const verb = verbOf(o);
      return verb && VAGUE.has(verb) ? { column: "statement", params: { verb } } : null;
    },
  },
  {
    id: "O-TOO-LONG",
    check: (o, ctx) => {
      const over = lengthOver(o.statement, ctx.settings.objectiveLength);
      return over ? { column: "statement", params: over } : null;
    },
  },
  { id: "O-NO-OWNER", check: (o) => (o.owner ? null : { column: "owner" }) },
  { id: "O-NO-COMMITMENT", check: (o) => (o.commitment ? null : { column: "commitment" }) },
  {
    id: "O-NO-KR",
    check: (o, ctx) =>
      o.keyResults.length === 0 ? { column: "level", params: { ...ctx.settings.krCount } } : null,
  },
  {
    id: "O-KR-COUNT",
    check: (o, ctx) => {
      const count = o.keyResults.length;
      const { min, max } = ctx.settings.krCount;
      return count > 0 && (count < min || count > max)
        ? { column: "level", params: { count, min, max } }
        : null;
    },
  },
  {
    id: "O-WEIGHTS-SUM",
    check: (o, ctx) => {
      const weights = o.keyResults.map((kr) => kr.weight);
      if (weights.length === 0 || weights.some((w) => w === null)) return null;
      const sum = (weights as number[]).reduce((a, b) => a + b, 0);
      return Math.abs(sum - 1) > ctx.settings.weightTolerance
        ? { column: "weight", params: { sum: percentText(sum) } }
        : null;
    },
  },
  {
    id: "O-PARENT-UNKNOWN",
    check: (o, ctx) =>
      o.parent && !ctx.objectiveIds.has(idKey(o.parent))
        ? { column: "parent", params: { parent: o.parent } }
        : null,
  },
];

/** The KR type's entry in KR_TYPES, or null for a row without a type. */
const typeOf = (kr: KeyResult) => (kr.krType ? KR_TYPES[kr.krType] : null);

/** Cells that must hold numbers when they hold anything; Binary's Current may also say yes/no. */
const NUMERIC_COLUMNS: readonly ("start" | "target" | "current" | "weight" | "confidence")[] = [
  "start",
  "target",
  "current",
  "weight",
  "confidence",
];

/** Notes that say a key result spans periods excuse a due date outside the period. */
const CROSS_PERIOD_NOTE =
  /cross[- ]period|spans?\s+(?:periods|quarters)|multi[- ](?:quarter|period)|跨(?:周期|週期|季度|季|期|年)/i;

export const KEY_RESULT_RULES: readonly Rule<KeyResult>[] = [
  LIST_MARKER_RULE,
  { id: "KR-NO-TYPE", check: (kr) => (kr.krType ? null : { column: "krType" }) },
  {
    id: "KR-NOT-MEASURABLE",
    check: (kr) => {
      const type = typeOf(kr);
      if (!type) return null;
      return type.needs
        .filter((c) => (c === "start" ? kr.start : kr.target) === null)
        .map((column) => ({ column, params: { column } }));
    },
  },
  {
    id: "KR-NO-NUMBER",
    check: (kr) =>
      typeOf(kr)?.measured && kr.statement && !containsQuantity(kr.statement)
        ? { column: "statement" }
        : null,
  },
  {
    id: "KR-START-EQUALS-TARGET",
    check: (kr) =>
      typeOf(kr)?.check?.rule === "KR-START-EQUALS-TARGET" &&
      kr.start !== null &&
      kr.start === kr.target
        ? { column: "target", params: { value: kr.target } }
        : null,
  },
  {
    id: "KR-BAD-VALUE",
    check: (kr) => {
      const hits: Hit[] = [];
      for (const column of NUMERIC_COLUMNS) {
        const value = kr.cells[column];
        // A value the row was read with is a number already (reading it again cost a tenth of lint).
        if (kr[column] !== null || isBlankCell(value)) continue;
        if (
          column === "current" &&
          typeOf(kr)?.yesNo &&
          typeof value === "string" &&
          isYesNoWord(value)
        )
          continue;
        if (numberOrNull(value) === null)
          hits.push({ column, params: { column, value: String(value), expected: "number" } });
      }
      const due = kr.cells.due;
      // The row was read with its due date parsed; only a cell that gave none is checked again.
      if (kr.due === null && !isBlankCell(due) && !parseDate(due).ok) {
        hits.push({
          column: "due",
          params: { column: "due", value: String(due), expected: "date" },
        });
      }
      return hits;
    },
  },
  {
    // Bare percentages on no one scale (0.8 beside 1): which one was meant cannot be told.
    id: "KR-PERCENT-SCALE",
    check: (kr) => {
      if (!mayBeAmbiguous(kr)) return null;
      const typed = {
        start: asTyped(kr.cells.start),
        target: asTyped(kr.cells.target),
        current: asTyped(kr.cells.current),
      };
      const { ambiguous, cells } = krValues({ ...kr, cells: typed });
      if (ambiguous.length === 0) return null;
      const values = ambiguous
        .map((key) => (cells[key].kind === "number" ? String(cells[key].value) : ""))
        .join(", ");
      return { column: ambiguous[0], params: { values, columns: ambiguous.join(",") } };
    },
  },
  {
    id: "KR-ACTIVITY",
    check: (kr) => {
      if (!kr.krType || typeOf(kr)?.deliverable || !kr.statement) return null;
      const phrase = openingPhrase(kr.statement, EN_ACTIVITY_PHRASES);
      if (phrase) return { column: "statement", params: { verb: phrase } };
      // Segmenting a Chinese statement for its verb is most of this rule's cost: skipped when no
      // activity verb is in it at all.
      const verb = mayOpenWith(kr.statement, ACTIVITY_ANYWHERE) ? verbOf(kr) : null;
      return verb && ACTIVITY.has(verb) ? { column: "statement", params: { verb } } : null;
    },
  },
  {
    id: "KR-NO-DUE",
    check: (kr, ctx) =>
      isBlankCell(kr.cells.due) && !ctx.sheet.header.period ? { column: "due" } : null,
  },
  {
    id: "KR-DUE-OUTSIDE-PERIOD",
    check: (kr, ctx) => {
      const period = ctx.sheet.header.period;
      if (!kr.due || !period || periodContains(period, kr.due) || CROSS_PERIOD_NOTE.test(kr.notes))
        return null;
      return {
        column: "due",
        params: { due: kr.due, period: period.label, start: period.start, end: period.end },
      };
    },
  },
  {
    id: "KR-CONFIDENCE-RANGE",
    check: (kr, ctx) => {
      const c = kr.confidence;
      if (c === null || isExcelError(kr.cells.confidence)) return null;
      const value = percentText(c);
      if (c < 0 || c > 1) return { column: "confidence", params: { value } };
      const { low, high } = ctx.settings.confidenceBand;
      return c < low || c > high
        ? { column: "confidence", params: { value }, severity: "info" }
        : null;
    },
  },
  { id: "KR-BINARY", check: (kr) => (typeOf(kr)?.yesNo ? { column: "krType" } : null) },
  {
    id: "KR-TOO-LONG",
    check: (kr, ctx) => {
      const over = lengthOver(kr.statement, ctx.settings.keyResultLength);
      return over ? { column: "statement", params: over } : null;
    },
  },
  {
    // Seed 003: the owner's final score replaces progress; one that is no score is not guessed at,
    // and one far from what the values say is worth a question in the review.
    id: "KR-FINAL-SCORE-RANGE",
    check: (kr) => {
      // Read as scoreKrAtEnd reads it, without scoring the row: most rows have no final score.
      const final = readFinalScore(kr.cells.finalScore);
      return final.kind === "bad" ? { column: "finalScore", params: { value: final.text } } : null;
    },
  },
  {
    id: "KR-FINAL-SCORE-FAR",
    check: (kr) => {
      if (readFinalScore(kr.cells.finalScore).kind !== "score") return null;
      const { final, computed: progress } = scoreKrAtEnd(kr);
      if (final.kind !== "score" || progress === null) return null;
      return Math.abs(final.value - progress) > FINAL_SCORE_FAR
        ? {
            column: "finalScore",
            params: { score: percentText(final.value), progress: percentText(progress) },
          }
        : null;
    },
  },
];
