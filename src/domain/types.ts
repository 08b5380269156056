// The vocabulary of the OKR domain (DOMAIN.md), as plain data types.
// Nothing here knows about Office, React, files or the DOM.

/** The three languages a person can read the product in. */
export type Lang = "en" | "zh-CN" | "zh-TW";
export const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

/** A text in each of the three languages. */
export type Localized = Record<Lang, string>;

/** What a spreadsheet cell can hold once read back (errors arrive as their text, e.g. "#N/A"). */
export type CellValue = string | number | boolean | null | undefined;

/** An ISO calendar date, yyyy-mm-dd. */
export type IsoDate = string;

export type Level = "objective" | "keyResult";
export type Commitment = "committed" | "aspirational";
export type KrType = "metric" | "milestone" | "binary" | "keepAbove" | "keepBelow";
export type Scope = "company" | "department" | "team" | "individual";
export type Severity = "error" | "warning" | "info";
export type Status = "green" | "yellow" | "red";

export type PeriodKind = "quarter" | "half" | "fiscalYear" | "month" | "year";

/** An OKR period such as 2026-Q1: a canonical label and its first and last day (inclusive). */
export interface Period {
  label: string;
  kind: PeriodKind;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The outcome of parsing user input: a value, or what is wrong with it.
 * Parsers in the domain never throw; they return one of these.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** A machine-readable reason plus the offending input; `describeProblem` renders it in a language. */
export interface Problem {
  code: ProblemCode;
  input: string;
  /** Extra facts for the message (e.g. a column name). */
  detail?: string;
}

export type ProblemCode =
  | "empty"
  | "excel-error"
  | "not-a-number"
  | "bad-grouping"
  | "not-a-period"
  | "not-a-date"
  /** Day and month could be either way round (03/04/2026 where the locale says neither). */
  | "ambiguous-date"
  | "date-out-of-range";

/** An objective row as read from a sheet. `cells` keeps what the row held, for located findings. */
export interface Objective {
  /** 1-based sheet row number. */
  row: number;
  cells: RowCells;
  id: string;
  parent: string;
  statement: string;
  owner: string;
  commitment: Commitment | null;
  weight: number | null;
  due: IsoDate | null;
  notes: string;
  keyResults: KeyResult[];
}

export interface KeyResult {
  row: number;
  cells: RowCells;
  id: string;
  statement: string;
  owner: string;
  krType: KrType | null;
  unit: string;
  start: number | null;
  target: number | null;
  current: number | null;
  weight: number | null;
  confidence: number | null;
  due: IsoDate | null;
  notes: string;
  /** The formula in Current, when it holds one: a linked key result (reading/linked.ts). */
  link?: string;
}

/** The OKR sheet's table columns; what each is, in order and in every language, is in reading/columns.ts. */
export type ColumnKey =
  | "id"
  | "level"
  | "parent"
  | "statement"
  | "owner"
  | "commitment"
  | "krType"
  | "unit"
  | "start"
  | "target"
  | "current"
  | "weight"
  | "confidence"
  | "due"
  | "progress"
  | "finalScore"
  | "gapToTarget"
  | "expected"
  | "status"
  | "alignmentGap"
  | "notes";

/** The cells of a table row by contract column (absent when the sheet has no such column). */
export type RowCells = Partial<Record<ColumnKey, CellValue>>;

/** The header block above the table (title, department, scope, period, as-of date, language). */
export interface SheetHeader {
  title: string;
  department: string;
  scope: Scope | null;
  period: Period | null;
  asOf: IsoDate | null;
  lang: Lang | null;
}

/** A finding of the linter: which rule, how bad, and which cell it points at. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the cell the finding points at, e.g. "D7". */
  cell: string;
  /** The OKR row's ID, when the row has one. */
  okrId?: string;
  /** Values the message template needs (column names, counts, thresholds). */
  params?: Record<string, string | number>;
  /** The finding's row or sheet is hidden in the workbook. */
  hidden?: "row" | "sheet";
}
