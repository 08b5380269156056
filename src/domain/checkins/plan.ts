// A check-in as a plan: the new Current and Confidence into the OKR sheet, one history row per key
// result a person said something about — a value, a confidence or a comment (seed 003: the weekly
// check-in is what people report, not a snapshot of untouched rows) — with formulas for the change
// since the previous check-in and since Start, and what is left to the target; the sheet's "Last
// check-in" date, and a highlight on key results nobody checked in for more than one cadence. A
// linked key result (its Current a formula, reading/linked.ts) keeps its formula: its value is
// recorded as the formula shows it, and a value typed for it is refused unless `unlink` is asked.
import { columnLetters } from "../reading/cellRefs";
import { isoToSerial } from "../reading/dates";
import { idKey, uniqueSheetName } from "../reading/ids";
import { parseNumber } from "../reading/numbers";
import {
  COLOURS,
  DATE_FORMAT,
  HEADER_ROW_POINTS,
  PERCENT_FORMAT,
  SHARE_FORMAT,
  SPARE_ROWS,
  findBlockCells,
} from "../plan/layout";
import { columnsOf, type SheetInput } from "../plan/sheetLayout";
import { differenceShown, leftToTargetShown } from "../plan/shown";
import { unitFormat } from "../plan/unitFormats";
import { ROW_MARK, area, emptyPlan, type PlanValue, type SheetPlan } from "../plan/types";
import { cellNumber } from "../reading/valueCells";
import {
  differenceFormula,
  leftToTargetFormula,
  sheetColumn,
  staleKrFormula,
} from "../scoring/formulas";
import { krValues, valueToWrite, writesShares } from "../scoring/values";
import { parseShare } from "../reading/sheet";
import { appendedRows } from "../plan/appendedRows";
import type { CellValue, IsoDate, KeyResult, Lang } from "../types";
import { revisionText, statementFingerprint } from "./revisions";
import { DEFAULT_CADENCE_DAYS } from "../reading/cadence";
import { linkTarget } from "../reading/linked";
import {
  HISTORY_COL,
  HISTORY_KEYS,
  HISTORY_SHEET_NAME,
  historyHeader,
  previousEntry,
  readHistory,
} from "../reading/historySheet";

/** What a person reports for one key result. Value and confidence as typed (text) or as numbers. */
export interface CheckinEntry {
  id: string;
  value: CellValue;
  confidence?: CellValue;
  comment?: string;
}

/** The history's columns of text (the others hold numbers and dates). */
const HISTORY_TEXT_COLUMNS: ReadonlySet<string> = new Set([
  "sheet",
  "krId",
  "comment",
  "fingerprint",
  "revised",
]);

export interface CheckinOptions {
  sheet: SheetInput;
  /** The history sheet, when the workbook has one. */
  history: { name: string; rows: readonly (readonly CellValue[])[] } | null;
  existingSheets: readonly string[];
  date: IsoDate;
  entries: readonly CheckinEntry[];
  lang: Lang;
  /** Replace a linked Current's formula with the value given (the command line's --unlink). */
  unlink?: boolean;
  /** Days between check-ins (the workbook's setting): older check-ins mark a key result stale. */
  cadence?: number;
}

export type CheckinProblem =
  | { kind: "unknown-id"; id: string }
  | { kind: "bad-value"; id: string; value: string }
  | { kind: "bad-confidence"; id: string; value: string }
  /** A value typed for a key result whose Current is a formula (refused unless unlinking). */
  | { kind: "linked"; id: string; link: string }
  /** The workbook has no OKR sheet to check in. */
  | { kind: "no-okr-sheet" }
  /** The sheet the form was read from is no OKR sheet (any more). */
  | { kind: "not-okr-sheet"; sheet: string }
  /** A key result of another period than the one checked in (reading/periodScope.ts). */
  | { kind: "other-period"; id: string; sheet: string; period: string; checking: string }
  /** No entry gives a value, a confidence or a comment: there is nothing to record. */
  | { kind: "nothing-said" }
  /** The history's new rows would pass Excel's last row (`row`: its last record's, 1-based). */
  | { kind: "history-full"; sheet: string; row: number; count: number };

/** Whether an entry says anything: a value, a confidence or a comment. */
export function saysSomething(e: CheckinEntry): boolean {
  const filled = (v: CellValue) => v !== null && v !== undefined && String(v).trim() !== "";
  return filled(e.value) || filled(e.confidence ?? null) || filled(e.comment ?? null);
}

export interface CheckinPlan {
  plans: SheetPlan[];
  historySheet: string;
  /**
   * The 0-based history row the new rows start at: right below the history's last record
   * (tableRowCount), never below a stray value far down; rows that reach a stray value go around
   * it (plan/appendedRows.ts). A host that appends where the sheet ends when it writes starts
   * looking there.
   */
  appendFrom: number;
  /** Key results recorded. */
  recorded: number;
  problems: CheckinProblem[];
}

/** A reported value as a cell value: numbers (20%, 1,200, 1.5万) become numbers, TRUE/FALSE booleans. */
export function reportedValue(value: CellValue): { ok: true; value: CellValue } | { ok: false } {
  if (value === null || value === undefined || value === "") return { ok: true, value: null };
  if (typeof value !== "string") return { ok: true, value };
  if (/^(true|false|yes|no|是|否)$/i.test(value.trim()))
    return { ok: true, value: /^(true|yes|是)$/i.test(value.trim()) };
  const parsed = parseNumber(value);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
}

function allKeyResults(input: SheetInput): KeyResult[] {
  return [...input.sheet.orphans, ...input.sheet.objectives.flatMap((o) => o.keyResults)];
}

/**
 * The formulas of a history row that read only that row: change since Start, left to target, each
 * with what it shows for a row's values.
 */
const OWN_ROW_FORMULAS = (() => {
  const c = (key: (typeof HISTORY_KEYS)[number]) => `${columnLetters(HISTORY_COL[key])}${ROW_MARK}`;
  const [v, start, target] = [c("value"), c("start"), c("target")];
  const cell = (line: PlanValue[], key: (typeof HISTORY_KEYS)[number]) => line[HISTORY_COL[key]];
  return [
    {
      template: differenceFormula(v, start),
      shows: (line: PlanValue[]) => differenceShown(cell(line, "value"), cell(line, "start")),
    },
    {
      template: leftToTargetFormula(v, start, target),
      shows: (line: PlanValue[]) =>
        leftToTargetShown(cell(line, "value"), cell(line, "start"), cell(line, "target")),
    },
  ];
})();

/**
 * History rows as few requests as possible: each run of consecutive rows is one block of values,
 * the own-row formulas one fill per column, and the date and confidence formats one per column.
 */
function writeHistoryRows(plan: SheetPlan, lines: Map<number, PlanValue[]>): void {
  const rows = [...lines.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < rows.length) {
    let j = i + 1;
    while (j < rows.length && rows[j] === rows[j - 1] + 1) j++;
    const first = rows[i];
    const count = j - i;
    plan.blocks.push({ row: first, col: 0, values: rows.slice(i, j).map((r) => lines.get(r)!) });
    OWN_ROW_FORMULAS.forEach(({ template, shows }, k) =>
      plan.fills.push({
        row: first,
        col: HISTORY_COL.sinceStart + k,
        rows: count,
        template,
        shows: rows.slice(i, j).map((r) => shows(lines.get(r)!)),
      })
    );
    plan.numberFormats.push(
      { area: area(first, HISTORY_COL.date, count), format: DATE_FORMAT },
      { area: area(first, HISTORY_COL.confidence, count), format: PERCENT_FORMAT },
      { area: area(first, HISTORY_COL.weight, count), format: PERCENT_FORMAT }
    );
    i = j;
  }
}

/** A new history sheet's header row, its look and its column widths. */
function historyHeading(plan: SheetPlan, lang: Lang): void {
  plan.blocks.unshift({ row: 0, col: 0, values: [historyHeader(lang)] });
  plan.formats.push({
    area: area(0, 0, 1, HISTORY_KEYS.length),
    format: { bold: true, fill: COLOURS.inputHeaderFill, wrap: true },
  });
  plan.columnWidths.push(
    ...HISTORY_KEYS.map((key, col) => ({
      col,
      chars:
        key === "comment" || key === "revised"
          ? 30
          : key === "sheet"
            ? 20
            : key === "krId" || key === "fingerprint"
              ? 16
              : 12,
    }))
  );
  plan.freezeRows = 1;
}

/**
 * The history's look, set on every check-in (so a history from before it gets it too): the
 * statement's fingerprint is for the product (revisions.ts), not for people — hidden, so it is
 * neither read nor printed; headers over numbers and dates are right-aligned like them, two lines
 * tall where they wrap.
 */
function historyLook(plan: SheetPlan): void {
  plan.hiddenColumns = [HISTORY_COL.fingerprint];
  for (const key of HISTORY_KEYS)
    plan.formats.push({
      area: area(0, HISTORY_COL[key]),
      format: { align: HISTORY_TEXT_COLUMNS.has(key) ? "left" : "right" },
    });
  plan.rowHeights = [{ row: 0, points: HEADER_ROW_POINTS }];
}

/**
 * An empty history sheet: for formulas that count check-ins (scoring/notStarted.ts) before anyone
 * has checked in, so the first check-in is counted the moment it is written.
 */
export function emptyHistoryPlan(existingSheets: readonly string[], lang: Lang): SheetPlan {
  const plan = emptyPlan(uniqueSheetName(HISTORY_SHEET_NAME[lang], existingSheets), true);
  historyHeading(plan, lang);
  historyLook(plan);
  return plan;
}

export function planCheckin(o: CheckinOptions): CheckinPlan {
  const { sheet } = o.sheet;
  const columns = columnsOf(o.sheet);
  const krs = allKeyResults(o.sheet);
  const byId = new Map(krs.map((k) => [idKey(k.id), k]));
  const problems: CheckinProblem[] = [];
  const reported = new Map<
    KeyResult,
    { value: CellValue; confidence?: number | null; comment: string }
  >();
  for (const e of o.entries) {
    const kr = byId.get(idKey(e.id));
    if (!kr) {
      problems.push({ kind: "unknown-id", id: e.id });
      continue;
    }
    // An empty line is no check-in: nothing was said about this key result.
    if (!saysSomething(e)) continue;
    const value = reportedValue(e.value);
    if (!value.ok) {
      problems.push({ kind: "bad-value", id: e.id, value: String(e.value) });
      continue;
    }
    if (kr.link && value.value !== null && !o.unlink) {
      problems.push({ kind: "linked", id: e.id, link: linkTarget(kr.link) });
      continue;
    }
    let confidence: number | null | undefined;
    if (e.confidence !== undefined && e.confidence !== null && e.confidence !== "") {
      confidence = parseShare(e.confidence);
      if (confidence === null) {
        problems.push({ kind: "bad-confidence", id: e.id, value: String(e.confidence) });
        continue;
      }
    }
    // A % key result takes "30%", 30 and 0.3 alike as 30 % (the percent rule), written as a share.
    // No value given (a confidence or a comment only): Current stays as it is.
    const typed =
      value.value === null ? null : writesShares(kr) ? valueToWrite(kr, e.value) : value.value;
    reported.set(kr, { value: typed, confidence, comment: e.comment?.trim() ?? "" });
  }

  const okrPlan = emptyPlan(sheet.name, false);
  // Nothing said (or something wrong): nothing is written, not even the date.
  if (problems.length || reported.size === 0)
    return { plans: [], historySheet: o.history?.name ?? "", appendFrom: 0, recorded: 0, problems };
  const history = o.history;
  const historySheet =
    history?.name ?? uniqueSheetName(HISTORY_SHEET_NAME[o.lang], o.existingSheets);
  const historyPlan = emptyPlan(historySheet, !history);
  const entries = history ? readHistory(history.rows) : [];

  // A key result checked in twice on one date: its row of that date is replaced in place; new rows
  // go below the last row. Other key results' rows of the date stay: they were said too.
  const said = new Set([...reported.keys()].map((kr) => idKey(kr.id)));
  const again = (e: (typeof entries)[number]) =>
    e.sheet === sheet.name && e.date === o.date && said.has(idKey(e.krId));
  const replaced = entries.filter(again).map((e) => e.row);
  const kept = entries.filter((e) => !again(e));
  const slots = [...replaced];
  // New rows go below the last record, around a stray value further down (kept, never written
  // over). Rows past Excel's last one cannot be written: refused before anything is (a file saved
  // with them is damaged).
  const added = Math.max(0, reported.size - replaced.length);
  const { end: appendFrom, rows: appended } = appendedRows(history?.rows ?? [], added);
  if (!appended)
    return {
      plans: [],
      historySheet,
      appendFrom,
      recorded: 0,
      problems: [{ kind: "history-full", sheet: historySheet, row: appendFrom, count: added }],
    };

  let next = 0;
  const serial = isoToSerial(o.date);
  const lines = new Map<number, PlanValue[]>();
  for (const kr of krs) {
    const r = kr.row - 1;
    const report = reported.get(kr);
    if (!report) continue;
    const shares = writesShares(kr);
    // The history holds shares for a % key result, whatever scale its sheet's cells use.
    const read = shares ? krValues(kr) : null;
    // A value given goes into Current (over a linked formula only when unlinking).
    if (report.value !== null && report.value !== undefined) {
      okrPlan.blocks.push({ row: r, col: columns.current, values: [[report.value]] });
      if (shares && typeof report.value === "number")
        okrPlan.numberFormats.push({ area: area(r, columns.current), format: SHARE_FORMAT });
    }
    if (report.confidence !== undefined && report.confidence !== null) {
      okrPlan.blocks.push({ row: r, col: columns.confidence, values: [[report.confidence]] });
      okrPlan.numberFormats.push({ area: area(r, columns.confidence), format: PERCENT_FORMAT });
    }
    // No value given (or a linked one): the history records what the sheet's Current shows.
    const own = reportedValue(kr.cells.current ?? null);
    const value =
      report.value !== null && report.value !== undefined
        ? report.value
        : read && read.current !== null
          ? read.current
          : own.ok
            ? own.value
            : (kr.cells.current ?? null);
    const confidence = report.confidence ?? kr.confidence;
    const at = slots.shift() ?? appended[next++];
    const previous = previousEntry(kept, sheet.name, kr.id, o.date);
    const v = `${columnLetters(HISTORY_COL.value)}${at + 1}`;
    // The previous check-in's row is an absolute row ($): it is above the rows this check-in adds,
    // which the pane appends where Excel finds the history's end (R1C1: rows above stay put, so
    // Excel shows D$3) and a file writes where planned; both hosts then hold the same formula.
    const prev = previous ? `${columnLetters(HISTORY_COL.value)}$${previous.row + 1}` : null;
    const target = (read ? read.target : kr.target) ?? "";
    const now = {
      target,
      weight: kr.weight ?? "",
      fingerprint: statementFingerprint(kr.statement),
    };
    lines.set(at, [
      serial,
      sheet.name,
      kr.id,
      (value ?? "") as PlanValue,
      confidence ?? "",
      report.comment,
      (read ? read.start : kr.start) ?? "",
      target,
      prev
        ? {
            formula: differenceFormula(v, prev),
            shows: differenceShown(value, cellNumber(previous?.value ?? null)),
          }
        : "",
      null, // since start and left to target: the own-row fills
      null,
      now.weight,
      now.fingerprint,
      previous ? revisionText(previous, now, o.lang, shares) : "",
    ]);
    // Value, start, target and the changes in the key result's unit (confidence is set after).
    historyPlan.numberFormats.push({
      area: area(at, HISTORY_COL.value, 1, HISTORY_COL.leftToTarget + 1 - HISTORY_COL.value),
      format: unitFormat(kr.unit, [value ?? null, kr.start, kr.target], shares),
    });
  }
  writeHistoryRows(historyPlan, lines);

  // Rows of a replaced check-in that the new one does not need are emptied.
  for (const row of slots)
    historyPlan.blocks.push({
      row,
      col: 0,
      values: [new Array<PlanValue>(HISTORY_KEYS.length).fill("")],
    });

  historyLook(historyPlan);

  // A history from before the definition columns gets their headers (nothing else is rewritten).
  const header = history?.rows[0] ?? [];
  const lacking = (c: number) => header[c] === null || header[c] === undefined || header[c] === "";
  if (history && lacking(HISTORY_COL.weight))
    historyPlan.blocks.unshift({
      row: 0,
      col: HISTORY_COL.weight,
      values: [historyHeader(o.lang).slice(HISTORY_COL.weight)],
    });
  if (!history) historyHeading(historyPlan, o.lang);

  // The sheet's "Last check-in" and the highlight on key results not checked in for a cadence.
  const block = findBlockCells(o.sheet.rows, sheet.headerRow - 1);
  const dates = [...kept.filter((e) => e.sheet === sheet.name).map((e) => e.date), o.date].sort();
  const last = dates[dates.length - 1];
  // Stale is measured back from the later of the sheet's as-of date and its last check-in.
  let since = String(isoToSerial(last));
  if (block.lastCheckIn) {
    const at = block.lastCheckIn;
    okrPlan.blocks.push({ row: at.row, col: at.col, values: [[isoToSerial(last)]] });
    okrPlan.numberFormats.push({ area: area(at.row, at.col), format: DATE_FORMAT });
    const lastRef = `$${columnLetters(at.col)}$${at.row + 1}`;
    since = block.asOf
      ? `MAX(${lastRef},$${columnLetters(block.asOf.col)}$${block.asOf.row + 1})`
      : lastRef;
  }
  const first = sheet.headerRow;
  // The table's stretch and its spare rows, not down to a stray cell far below it.
  const height = Math.max(0, sheet.tableEnd - first) + SPARE_ROWS;
  const idArea = area(first, columns.id, height);
  const h = (key: (typeof HISTORY_KEYS)[number]) =>
    sheetColumn(historySheet, columnLetters(HISTORY_COL[key]));
  const id = `$${columnLetters(columns.id)}${first + 1}`;
  const type = `$${columnLetters(columns.krType)}${first + 1}`;
  okrPlan.clearConditionalFormats.push(idArea);
  okrPlan.conditionalFormats.push({
    kind: "formula",
    area: idArea,
    formula: staleKrFormula(
      { id, krType: type },
      { krId: h("krId"), sheet: h("sheet"), date: h("date") },
      sheet.name,
      `${since}-${o.cadence ?? DEFAULT_CADENCE_DAYS}`
    ),
    fill: COLOURS.stale,
  });

  return {
    plans: [historyPlan, okrPlan],
    historySheet,
    appendFrom,
    recorded: reported.size,
    problems,
  };
}
