// What a rule is. One file under rules/<topic>/ named for its ID holds all of it: severity, name,
// message and fix hint in the three languages, the thresholds it reads, its check, its quick fix
// and the README's example of what breaks it; registry.ts lists every one. The helpers here give a
// rule's check its argument and context types, so a file is checked whole by the compiler.
import type { RatingsTable, ReviewSettings } from "../reading/ratingsSheet";
import type { Action, ActionColumn } from "../reading/actionsSheet";
import type { ColumnKey } from "../reading/columns";
import type { OkrSheet } from "../reading/sheet";
import type { Finding, KeyResult, Lang, Localized, Objective, Severity } from "../types";
import type { OwnCells } from "../plan/ownCells";
import type { HistoryEntry } from "../reading/historySheet";

/**
 * One threshold a rule reads, declared once in its file: its default, and for one a person may
 * change, its label in the pane (settings.ts and the pane's thresholds editor are derived from it).
 */
export interface ThresholdDef {
  default: number;
  /** Shown in the thresholds editor under this label; without one it keeps its default there. */
  label?: Localized;
  /** Shown as a percentage, stored as a fraction. */
  percent?: boolean;
  /** Takes the value edited for this sibling (one field in the pane sets several scopes). */
  follows?: string;
}

/** A rule's thresholds by settings key: one number, or a group of named numbers. */
export type ThresholdDecl = Record<string, ThresholdDef | Record<string, ThresholdDef>>;

/** The numbers a declaration gives a check (and, over every rule, the saved settings). */
export type SettingsOf<T> = {
  [K in keyof T]: T[K] extends ThresholdDef ? number : { [F in keyof T[K]]: number };
};

export type Params = Record<string, string | number>;

export interface Hit {
  column: ColumnKey;
  params?: Params;
  /** Lowers the rule's severity for this hit (KR-CONFIDENCE-RANGE: info inside 0–100 %). */
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

/** A hit that knows its own place (the Actions sheet, the review's sheets): sheet, row, cell. */
export type Located = Pick<Finding, "sheet" | "row" | "cell" | "okrId"> & { params?: Params };

/** What a row or sheet rule sees besides its row or sheet. */
export interface CheckContext<S = unknown> {
  sheet: OkrSheet;
  settings: S;
  /** Every objective ID in the workbook (normalised with idKey). */
  objectiveIds: ReadonlySet<string>;
  /** The period label of each objective's sheet, by ID (every period of the workbook). */
  objectivePeriods?: ReadonlyMap<string, string | null>;
  /** A key result anywhere in the workbook by ID (a carried row's source). */
  keyResultById?: (id: string) => KeyResult | undefined;
  /**
   * A sheet's own cells as Score would write them now, where the host read formulas and asked
   * (operations/check.ts): CELL-FORMULA-OVERWRITTEN compares the sheet's formulas with them.
   */
  ownCells?: (sheet: string) => OwnCells | undefined;
  /** The workbook's check-in history, where it has one (KR-TARGET-LOWERED reads its revisions). */
  history?: readonly HistoryEntry[];
}

/** What a workbook rule sees: everything but the one sheet. */
export type WorkbookContext<S = unknown> = Omit<CheckContext<S>, "sheet">;

/** The Actions sheet's rows as the rules read them. */
export interface ActionsInput {
  /** The Actions sheet's name. */
  sheet: string;
  actions: readonly Action[];
  /** The language its headers are in (the column names the hints quote). */
  lang: Lang;
}

/** What an action rule sees: the OKR sheets' key results and the actions noted under each. */
export interface ActionsContext {
  input: ActionsInput;
  /** Each key result by its normalised ID (the first one, where an ID is used twice). */
  keyResults: ReadonlyMap<string, { sheet: OkrSheet; kr: KeyResult }>;
  /** The actions under each normalised key-result ID. */
  byKeyResult: ReadonlyMap<string, readonly Action[]>;
  /** A column's header as the Actions sheet writes it. */
  header(column: ActionColumn): string;
}

/** What a review rule sees: the ratings, the people reviewed, the weights and the scale. */
export interface ReviewContext {
  /** The OKR sheets the review's scores come from. */
  okrSheets: readonly OkrSheet[];
  ratingsSheet: string;
  ratings: RatingsTable;
  /** Everyone who owns an objective: a rating of anyone else is not counted. */
  people: readonly { name: string }[];
  settings: ReviewSettings;
  /** The review sheet and the cells its rules point at: the weights' total and the scale's low end. */
  reviewSheet: string;
  weightsTotal: { row: number; col: number };
  scaleLow: { row: number; col: number };
}

/** One input cell a quick fix writes. Text is written as text (never a formula). */
export interface CellEdit {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column: ColumnKey;
  /** A1 address on its sheet. */
  cell: string;
  value: string | number;
  /** The number format a share is written with ("0%"). */
  numberFormat?: string;
}

/** The row a finding points at, found in its sheet. */
export interface FixTarget {
  finding: Finding;
  sheet: OkrSheet;
  /** The objective the row is, or holds the row's key result. */
  objective?: Objective;
  keyResult?: KeyResult;
}

/** A quick fix: for a finding whose repair is mechanical, the input cells to write. */
export interface FixDef {
  /** What the button does, in each language. */
  label: Localized;
  /** What it does, for the README's rules table (English, Markdown). */
  readme: string;
  /** Whether to offer the fix for this finding at all (default: every finding of the rule). */
  offered?: (finding: Finding) => boolean;
  /** The edits that fix this finding, or null when it cannot be fixed mechanically. */
  edits: (target: FixTarget) => Omit<CellEdit, "sheet" | "cell">[] | null;
  /**
   * The fix writes the product's own cell back as Score would write it (its formula), not an input
   * value: the fix operation takes it from Score's plan (operations/fix.ts), `edits` gives none.
   */
  restores?: true;
}

/** What a rule is about: the README's tables, and the folder its file is in. */
export type Topic = "objective" | "keyResult" | "cell" | "sheet" | "action" | "review";
export const TOPICS: readonly Topic[] = [
  "objective",
  "keyResult",
  "cell",
  "sheet",
  "action",
  "review",
];

type Hits<H> = H | H[] | null;

interface RuleBase<Id extends string, T extends ThresholdDecl> {
  id: Id;
  topic: Topic;
  severity: Severity;
  /** The severity its hits may be lowered to, when they can be. */
  alsoSeverity?: Severity;
  name: Localized;
  message: Localized;
  hint: Localized;
  /** Thresholds this rule declares (others may read them too). */
  thresholds?: T;
  /** The README's example of what breaks it (English, Markdown). */
  example: string;
  fix?: FixDef;
}

/** A check's argument and context, by what it is run on. */
interface Checks<S> {
  objective: (objective: Objective, ctx: CheckContext<S>) => Hits<Hit>;
  keyResult: (keyResult: KeyResult, ctx: CheckContext<S>) => Hits<Hit>;
  row: (row: Objective | KeyResult, ctx: CheckContext<S>) => Hits<Hit>;
  sheet: (sheet: OkrSheet, ctx: CheckContext<S>) => Hits<SheetHit>;
  workbook: (sheets: readonly OkrSheet[], ctx: WorkbookContext<S>) => Hits<WorkbookHit>;
  actions: (ctx: ActionsContext) => Hits<Located>;
  review: (ctx: ReviewContext) => Hits<Located>;
}

export type RunsOn = keyof Checks<unknown>;

/**
 * A rule of one kind. `S` is what its check reads of the settings: its own thresholds and those it
 * `reads` that another rule declares.
 */
export type RuleOf<K extends RunsOn, Id extends string, T extends ThresholdDecl, S> = RuleBase<
  Id,
  T
> & { on: K; check: Checks<S>[K] };

/** Defines a rule run on `on`, typing its check from its thresholds. */
export function rule<
  K extends RunsOn,
  Id extends string,
  T extends ThresholdDecl = Record<never, never>,
  R extends ThresholdDecl = Record<never, never>,
>(
  def: RuleBase<Id, T> & { on: K; reads?: R; check: Checks<SettingsOf<T & R>>[K] }
): RuleOf<K, Id, T, SettingsOf<T & R>> {
  return def;
}
