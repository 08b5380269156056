// The Summary's second sheet, "Summary details": every sheet, every objective, the alignment of
// objectives to their parents, check-ins, revisions and findings, stacked. The sections share one
// grid whose columns each hold one kind of thing in every section (a name; then percentages and
// counts, each right-aligned under a right-aligned header; then owner, sheet and statement), so no
// section's numbers sit in a column as wide as another section's text:
//
//   A name      B %      C #/%     D #/word  E–G status counts  H #    I #/gap  J owner K sheet L statement
//   Sheets:     Score    Objectives Key res.  On track…Off track Not scored Not started
//   Quarter by quarter (a workbook of several periods): Department, then each period's score
//   Objectives: Progress Weight    Status    On track…Off track Key res. Alignment gap  Owner Sheet Statement
//   Alignment:  (the same columns, weight and counts left to Objectives: each parent objective
//               then the objectives aligned to it)
//   Check-ins:  Check-ins Last     Confidence (last) (previous) Change
//   Findings:   Errors   Warnings  Info
//
// "Quarter by quarter" (quarterByQuarter.ts) goes after Sheets, its periods in B onwards:
// percentages, as Score is. Every other section shows the period the Summary shows.
import { absA1, absColumnRange, columnLetters } from "../../reading/cellRefs";
import { HISTORY_COL, type HistoryEntry } from "../../reading/historySheet";
import { REVISED_TEXT, revisedThisPeriod } from "../../checkins/revisions";
import { isoToSerial } from "../../reading/dates";
import { idKey } from "../../reading/ids";
import { countBySeverity } from "../../rules/severityCounts";
import {
  NOT_SCORED,
  alignmentAlertFormula,
  countLabelFormula,
  differenceFormula,
  linkFormula,
  meanOnDateFormula,
  objectiveProgressFormula,
  sheetColumn,
  sheetRef,
  statusTotalFormula,
  sumFormula,
} from "../../scoring/formulas";
import { childrenByParent } from "../../scoring/model";
import { cellNumber } from "../../reading/valueCells";
import { notStartedCountFormula, notStartedWord } from "../../scoring/notStarted";
import { keyResultCount } from "../../reading/sheet";
import type { IsoDate, Objective, Status } from "../../types";
import { COMMITTED_ASSUMED } from "../../scoring/grading";
import { COLOURS, DATE_FORMAT, GAP_PERCENT_FORMAT, PERCENT_FORMAT } from "../../plan/layout";
import {
  progressBar,
  statusSpans,
  statusWordsIn,
  wordsFor,
  type LaidOutSheet,
  type SummaryPositions,
} from "../../plan/sheetLayout";
import { quarterByQuarterHeight, quarterByQuarterSection } from "../quarterByQuarter";
import { confidenceMeanShown, numberShown, statusShown } from "../../plan/shown";
import { area, type PlanValue, type SheetPlan } from "../../plan/types";
import { periodLabels, type PeriodLabels } from "./period";
import { boundsOf, SheetWriter, type CellKind, type SectionColumn } from "./writer";
import type { SummaryOptions } from "./writer";
import type { Chase } from "../../chase/owing";
import { CHASE_TEXT, ownerName } from "../../chase/report";
import { columnHeader } from "../../reading/columns";
import { format } from "../../reading/i18n";

/** The grid's columns: [min, max] width of each, in characters. */
const DETAIL_BOUNDS = boundsOf([
  [12, 18], // A name
  [8, 12], // B (dates fit)
  [8, 12], // C (dates fit)
  [8, 12], // D
  [8, 10], // E
  [8, 10], // F
  [8, 10], // G
  [8, 10], // H
  [8, 12], // I
  [8, 15], // J owner
  [8, 18], // K sheet
  [20, 40], // L statement
]);

type Column<K extends string> = { key: K; kind: CellKind };
const col = <K extends string>(key: K, kind: CellKind): Column<K> => ({ key, kind });

/** The Sheets section's columns. */
const SHEET_COLUMNS = [
  col("sheet", "text"),
  col("score", "number"),
  col("objectiveCount", "number"),
  col("krCount", "number"),
  col("green", "number"),
  col("yellow", "number"),
  col("red", "number"),
  col("notScored", "number"),
  col("notStarted", "number"),
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number]["key"];
export const SHEET_COL = indexOf(SHEET_COLUMNS);

/** The Objectives (and Alignment) section's columns. */
const OBJECTIVE_COLUMNS = [
  col("id", "text"),
  col("progress", "number"),
  col("weight", "number"),
  col("status", "text"),
  col("green", "number"),
  col("yellow", "number"),
  col("red", "number"),
  col("krCount", "number"),
  col("gap", "number"),
  col("owner", "text"),
  col("sheet", "text"),
  col("statement", "text"),
] as const;
type ObjectiveColumn = (typeof OBJECTIVE_COLUMNS)[number]["key"];
const OBJECTIVE_COL = indexOf(OBJECTIVE_COLUMNS);

const CHECKIN_COLUMNS = [
  col("sheet", "text"),
  col("checkins", "number"),
  col("lastCheckin", "number"),
  col("confidenceLast", "number"),
  col("confidencePrevious", "number"),
  col("confidenceTrend", "number"),
] as const;
const CHECKIN_COL = indexOf(CHECKIN_COLUMNS);

const FINDING_COLUMNS = [
  col("sheet", "text"),
  col("errors", "number"),
  col("warnings", "number"),
  col("info", "number"),
] as const;

function indexOf<K extends string>(columns: readonly Column<K>[]): Record<K, number> {
  return Object.fromEntries(columns.map((c, i) => [c.key, i])) as Record<K, number>;
}

/** Extra words of the details sheet's headers. */
const CHECKIN_TEXT = {
  confidenceLast: { en: "Confidence", "zh-CN": "信心指数", "zh-TW": "信心指數" },
  confidencePrevious: { en: "Before", "zh-CN": "上次", "zh-TW": "上次" },
  confidenceTrend: { en: "Change", "zh-CN": "变化", "zh-TW": "變化" },
} as const;

/** Where the details sheet keeps what the Summary's headline and charts read. */
export interface DetailsPlaces {
  /** The Sheets section's rows (first, last; null without sheets). */
  sheetRows: { from: number; to: number } | null;
  /** The Objectives section's header row and its objectives' rows (null without objectives). */
  objectiveRows: { header: number; from: number; to: number } | null;
  sheetHeader: number;
}

/** A column of the Sheets section over its rows, for the Summary's formulas. */
export function sheetsColumn(o: SummaryOptions, places: DetailsPlaces, key: SheetColumn): string {
  const rows = places.sheetRows;
  return rows ? sheetRef(o.detailsName, absColumnRange(SHEET_COL[key], rows.from, rows.to)) : "";
}

/** A cell of an OKR sheet, from the Summary. */
const remote = (laid: LaidOutSheet, col: number, row1: number) =>
  sheetRef(laid.input.sheet.name, `$${columnLetters(col)}$${row1}`);

/** The header cells of a section's columns. */
function headerOf<K extends string>(
  w: SheetWriter,
  columns: readonly Column<K>[],
  labels: PeriodLabels,
  words: Partial<Record<K, string>> = {}
): SectionColumn[] {
  return columns.map(({ key, kind }) => ({
    kind,
    label:
      words[key] ??
      (key === "green" || key === "yellow" || key === "red"
        ? labels.status(key as Status)
        : w.t(key as never)),
  }));
}

/**
 * One objective's cells, as the Objectives and Alignment sections show it: its progress, weight
 * and status live from its sheet, its key results' status counts, its alignment gap, owner, sheet
 * and statement.
 */
function objectiveCells(
  w: SheetWriter,
  laid: LaidOutSheet,
  ob: Objective
): Record<ObjectiveColumn, PlanValue> {
  const { sheet } = laid.input;
  const c = laid.columns;
  const spans = statusSpans({ ...sheet, orphans: [], objectives: [ob] }, c.status).map((s) =>
    sheetRef(sheet.name, s)
  );
  const m = w.scored(sheet.name, ob.row);
  const krs = m && ob.keyResults.map((kr) => w.scored(sheet.name, kr.row)?.status);
  const count = (s: Status) =>
    w.f(
      countLabelFormula(spans, wordsFor(w.words, s)),
      w.counted(laid, krs?.filter((k) => k === s).length)
    );
  const weight = ob.cells.weight;
  return {
    id: ob.id,
    progress: w.f(
      linkFormula(remote(laid, c.progress, ob.row)),
      w.progressShown(sheet.name, ob.row)
    ),
    weight: w.f(
      linkFormula(remote(laid, c.weight, ob.row)),
      // The link shows the cell: its number ("40%" is a percent-formatted 0.4), else as it is.
      m && (cellNumber(weight) ?? weight ?? "")
    ),
    status: w.f(
      linkFormula(remote(laid, c.status, ob.row)),
      m && statusShown(m.status, m.expected, statusWordsIn(laid.lang), m.notStarted)
    ),
    green: count("green"),
    yellow: count("yellow"),
    red: count("red"),
    krCount: ob.keyResults.length,
    gap: w.f(linkFormula(remote(laid, c.alignmentGap, ob.row)), m && numberShown(m.alignmentGap)),
    owner: ob.owner,
    sheet: sheet.name,
    // Its grade is against the committed bar only because its Commitment is empty: say so.
    statement:
      ob.commitment === null ? `${ob.statement} — ${COMMITTED_ASSUMED[w.o.lang]}` : ob.statement,
  };
}

/** Columns the Alignment section leaves empty (the Objectives section has them). */
const ALIGNMENT_OMITS: ReadonlySet<ObjectiveColumn> = new Set([
  "weight",
  "green",
  "yellow",
  "red",
  "krCount",
]);

/** Formats of objective rows `from`..`to` - 1 (Objectives and Alignment alike). */
function objectiveFormats(w: SheetWriter, from: number, to: number) {
  w.align(from, to, headerOf(w, OBJECTIVE_COLUMNS, NO_LABELS));
  w.columnFormat(from, to, OBJECTIVE_COL.progress, PERCENT_FORMAT);
  w.columnFormat(from, to, OBJECTIVE_COL.weight, PERCENT_FORMAT);
  w.columnFormat(from, to, OBJECTIVE_COL.gap, GAP_PERCENT_FORMAT);
  w.statusAndProgress(from, to, OBJECTIVE_COL.status, OBJECTIVE_COL.progress, true);
  if (to > from)
    w.plan.conditionalFormats.push({
      kind: "formula",
      area: area(from, OBJECTIVE_COL.gap, to - from),
      formula: alignmentAlertFormula(`$${columnLetters(OBJECTIVE_COL.gap)}${from + 1}`),
      fill: COLOURS.red.fill,
      fontColor: COLOURS.red.font,
      bold: true,
    });
}

/** Labels for alignment only (the cells' alignment, not their words). */
const NO_LABELS: PeriodLabels = { status: () => "", asOf: "", end: "" };

/** Per OKR sheet: its score (the weighted mean of its objectives' rows below), counts. */
function sheetsSection(
  w: SheetWriter,
  laids: readonly LaidOutSheet[],
  objectiveRows: Map<LaidOutSheet, [number, number]>,
  positions: SummaryPositions,
  labels: PeriodLabels
): void {
  w.heading(w.t("sheets"));
  const columns = headerOf(w, SHEET_COLUMNS, labels);
  w.header(columns);
  const first = w.at();
  for (const laid of laids) {
    const { sheet } = laid.input;
    const [from, to] = objectiveRows.get(laid) as [number, number];
    const has = to >= from;
    const orphanSpans = statusSpans({ ...sheet, objectives: [] }, laid.columns.status).map((s) =>
      sheetRef(sheet.name, s)
    );
    // The objectives' own counts summed, plus the key results above the first objective.
    const scored = w.o.model?.sheets.find((s) => s.name === sheet.name);
    const count = (status: Status): PlanValue => {
      const formula = statusTotalFormula(
        has ? absColumnRange(OBJECTIVE_COL[status], from, to) : null,
        orphanSpans,
        wordsFor(w.words, status)
      );
      return formula ? w.f(formula, w.counted(laid, scored?.counts[status])) : 0;
    };
    // Only key results show the marker, so one range down the Progress column counts them
    // (a formula of one length whatever the number of objectives: Excel allows 8,192 characters).
    const progressColumn = sheetRef(
      sheet.name,
      absColumnRange(
        laid.columns.progress,
        sheet.headerRow,
        Math.max(sheet.headerRow, sheet.tableEnd - 1)
      )
    );
    const row = w.at();
    positions.sheets.set(sheet.name, {
      score: absA1(SHEET_COL.score, row),
      green: absA1(SHEET_COL.green, row),
      yellow: absA1(SHEET_COL.yellow, row),
      red: absA1(SHEET_COL.red, row),
    });
    const cells: Record<SheetColumn, PlanValue> = {
      sheet: sheet.name,
      score: has
        ? w.f(
            objectiveProgressFormula(
              absColumnRange(OBJECTIVE_COL.progress, from, to),
              absColumnRange(OBJECTIVE_COL.weight, from, to)
            ),
            scored && numberShown(scored.score)
          )
        : "",
      objectiveCount: sheet.objectives.length,
      krCount: keyResultCount(sheet),
      green: count("green"),
      yellow: count("yellow"),
      red: count("red"),
      notScored: w.f(countLabelFormula([progressColumn], [NOT_SCORED]), scored?.notScored),
      // Counted apart from the statuses, by the sheet's own word (periods/notStarted.ts): the word
      // down its Status column less its objectives' (their links in the Objectives section).
      notStarted: w.f(
        notStartedCountFormula(
          sheetRef(
            sheet.name,
            absColumnRange(
              laid.columns.status,
              sheet.headerRow,
              Math.max(sheet.headerRow, sheet.tableEnd - 1)
            )
          ),
          has ? absColumnRange(OBJECTIVE_COL.status, from, to) : null,
          notStartedWord(laid.lang)
        ),
        scored?.notStarted
      ),
    };
    w.line(SHEET_COLUMNS.map((c) => cells[c.key]));
  }
  const next = w.at();
  w.align(first, next, columns);
  w.columnFormat(first, next, SHEET_COL.score, PERCENT_FORMAT);
  if (next > first)
    w.plan.conditionalFormats.push(progressBar(area(first, SHEET_COL.score, next - first)));
  w.line([]);
}

/** Every objective, sheet by sheet (each sheet's rows side by side for its score). */
function objectivesSection(w: SheetWriter, laids: readonly LaidOutSheet[], labels: PeriodLabels) {
  w.heading(w.t("objectives"));
  w.header(headerOf(w, OBJECTIVE_COLUMNS, labels));
  const first = w.at();
  for (const laid of laids)
    for (const ob of laid.input.sheet.objectives) {
      const cells = objectiveCells(w, laid, ob);
      w.line(OBJECTIVE_COLUMNS.map((c) => cells[c.key]));
    }
  objectiveFormats(w, first, w.at());
  w.line([]);
}

/**
 * Each objective others align to, then the objectives aligned to it (their progress side by side,
 * which the OKR sheets' alignment gap reads when a parent has too many children for one formula),
 * then the company objectives nobody aligned to, "not picked up".
 */
function alignmentSection(
  w: SheetWriter,
  laids: readonly LaidOutSheet[],
  positions: SummaryPositions,
  labels: PeriodLabels
): void {
  w.heading(w.t("alignment"));
  w.header(headerOf(w, OBJECTIVE_COLUMNS, labels));
  const first = w.at();
  const seen = new Set<string>();
  const byName = new Map(laids.map((l) => [l.input.sheet.name, l]));
  const childrenOf = childrenByParent(laids.map((l) => l.input.sheet));
  /** Company objectives nobody aligned to (seed 000: each should be carried by someone below). */
  const notPickedUp: { laid: LaidOutSheet; parent: Objective }[] = [];
  // The objective's progress, status and gap, who owns it and what it says: its weight and counts
  // are in the Objectives section (each is a formula, and a parent may have thousands of children).
  const row = (laid: LaidOutSheet, ob: Objective) => {
    const cells = objectiveCells(w, laid, ob);
    w.line(OBJECTIVE_COLUMNS.map((c) => (ALIGNMENT_OMITS.has(c.key) ? "" : cells[c.key])));
  };
  for (const laid of laids)
    for (const parent of laid.input.sheet.objectives) {
      const key = idKey(parent.id);
      if (!parent.id || seen.has(key)) continue;
      const kids = childrenOf.get(key) ?? [];
      if (kids.length === 0) {
        if (laid.input.sheet.header.scope === "company") notPickedUp.push({ laid, parent });
        continue;
      }
      seen.add(key);
      w.format(w.at(), 0, { bold: true }, 1, OBJECTIVE_COLUMNS.length);
      row(laid, parent);
      positions.children.set(
        key,
        absColumnRange(OBJECTIVE_COL.progress, w.at(), w.at() + kids.length - 1)
      );
      for (const { sheet, objective } of kids) {
        w.format(w.at(), OBJECTIVE_COL.id, { indent: 1 });
        row(byName.get(sheet) as LaidOutSheet, objective);
      }
    }
  for (const { laid, parent } of notPickedUp) {
    if (seen.has(idKey(parent.id))) continue;
    seen.add(idKey(parent.id));
    const at = w.at();
    row(laid, parent);
    // Where its alignment gap would be: nobody carries it.
    w.rows[at][OBJECTIVE_COL.gap] = w.t("notPickedUp");
    w.format(at, OBJECTIVE_COL.gap, { bold: true, fontColor: COLOURS.alert });
  }
  objectiveFormats(w, first, w.at());
  w.line([]);
}

/**
 * Check-in figures of each sheet: how many check-ins (dates), the last one, and the mean confidence
 * at the last and the one before, live from the history (SUMIFS / COUNTIFS over its columns).
 */
function checkinsSection(
  w: SheetWriter,
  laids: readonly LaidOutSheet[],
  history: { name: string; entries: readonly HistoryEntry[] }
): void {
  w.heading(w.t("checkinsHeading"));
  const lang = w.o.lang;
  const columns = headerOf(w, CHECKIN_COLUMNS, NO_LABELS, {
    confidenceLast: CHECKIN_TEXT.confidenceLast[lang],
    confidencePrevious: CHECKIN_TEXT.confidencePrevious[lang],
    confidenceTrend: CHECKIN_TEXT.confidenceTrend[lang],
  });
  w.header(columns);
  const first = w.at();
  const column = (key: keyof typeof HISTORY_COL) =>
    sheetColumn(history.name, columnLetters(HISTORY_COL[key]));
  for (const laid of laids) {
    const sheet = laid.input.sheet.name;
    const row = w.at();
    const dates = [
      ...new Set(history.entries.filter((e) => e.sheet === sheet).map((e) => e.date)),
    ].sort();
    const mean = (date: IsoDate | undefined): PlanValue =>
      date
        ? w.f(
            meanOnDateFormula(
              { sheet: column("sheet"), date: column("date"), value: column("confidence") },
              sheet,
              isoToSerial(date)
            ),
            w.o.model && numberShown(confidenceMeanShown(history.entries, sheet, date))
          )
        : "";
    const last = dates[dates.length - 1];
    const previous = dates[dates.length - 2];
    const [lastMean, previousMean] = [last, previous].map((d) =>
      d ? confidenceMeanShown(history.entries, sheet, d) : null
    );
    w.line([
      sheet,
      dates.length,
      last ? isoToSerial(last) : "",
      mean(last),
      mean(previous),
      w.f(
        differenceFormula(
          absA1(CHECKIN_COL.confidenceLast, row),
          absA1(CHECKIN_COL.confidencePrevious, row)
        ),
        w.o.model && (lastMean !== null && previousMean !== null ? lastMean - previousMean : "")
      ),
    ]);
  }
  const next = w.at();
  w.align(first, next, columns);
  w.columnFormat(first, next, CHECKIN_COL.lastCheckin, DATE_FORMAT);
  w.columnFormat(first, next, CHECKIN_COL.confidenceLast, PERCENT_FORMAT);
  w.columnFormat(first, next, CHECKIN_COL.confidencePrevious, PERCENT_FORMAT);
  w.columnFormat(first, next, CHECKIN_COL.confidenceTrend, GAP_PERCENT_FORMAT);
  w.line([]);
}

/** Key results whose Target, Weight or statement changed this period (checkins/revisions.ts). */
function revisedSection(w: SheetWriter, laids: readonly LaidOutSheet[]): void {
  const revised = revisedThisPeriod(
    laids.map((l) => l.input.sheet),
    w.o.history?.entries ?? []
  );
  if (revised.length === 0) return;
  const text = (key: keyof typeof REVISED_TEXT) => REVISED_TEXT[key][w.o.lang];
  w.heading(text("heading"));
  const columns: SectionColumn[] = [
    { label: text("krId"), kind: "text" },
    { label: text("date"), kind: "number" },
    { label: text("changes"), kind: "text" },
  ];
  w.header(columns);
  const first = w.at();
  for (const r of revised) {
    // What changed runs over the empty cells to its right rather than widening its column.
    w.freeCells.add(`${w.at()},2`);
    w.line([r.krId, isoToSerial(r.date), r.changes]);
  }
  w.align(first, w.at(), columns);
  w.columnFormat(first, w.at(), 1, DATE_FORMAT);
  w.line([]);
}

/**
 * Who owes an update at the Summary's date (`okr chase`'s list, chase/owing.ts), short enough for
 * paper: a row per owner (key results without a check-in within the cadence, actions past due, the
 * longest wait), then each objective without an owner and each file sent and not returned. Values
 * of that day, as the Revised section's: Score writes them again with the Summary.
 */
function whoOwesSection(w: SheetWriter, owing: Chase): void {
  const lang = w.o.lang;
  w.heading(
    format(CHASE_TEXT.title[lang], {
      period: owing.period ? `${owing.period}, ` : "",
      asOf: owing.asOf,
      cadence: owing.cadence,
    })
  );
  if (!owing.owners.length && !owing.noOwner.length && !owing.notReturned.length) {
    w.note(CHASE_TEXT.nobody[lang]);
    w.line([]);
    return;
  }
  if (owing.owners.length) {
    const columns: SectionColumn[] = [
      { label: columnHeader("owner", lang), kind: "text" },
      { label: CHASE_TEXT.krsOwed[lang], kind: "number" },
      { label: CHASE_TEXT.actionsOwed[lang], kind: "number" },
      { label: CHASE_TEXT.longest[lang], kind: "number" },
    ];
    w.header(columns);
    const first = w.at();
    for (const o of owing.owners)
      w.line([
        ownerName(o, lang),
        o.krs.length,
        o.actions.length,
        o.krs.length ? Math.max(...o.krs.map((k) => k.days)) : "",
      ]);
    w.align(first, w.at(), columns);
  }
  // Each on its own line, running over the empty cells to its right (not widening a column).
  const listed = (title: string, lines: readonly string[]) => {
    if (!lines.length) return;
    w.note(title);
    w.format(w.at() - 1, 0, { bold: true });
    for (const line of lines) w.note(line.trim());
  };
  listed(
    CHASE_TEXT.noOwner[lang],
    owing.noOwner.map((o) => format(CHASE_TEXT.noOwnerLine[lang], { ...o }))
  );
  listed(
    CHASE_TEXT.notReturned[lang],
    owing.notReturned.map((f) => format(CHASE_TEXT.notReturnedLine[lang], { ...f }))
  );
  w.line([]);
}

/** The check Score ran: per sheet and in all, how many findings of each severity, and when. */
function findingsSection(w: SheetWriter, laids: readonly LaidOutSheet[]): void {
  w.heading(w.t("findings"));
  const columns = headerOf(w, FINDING_COLUMNS, NO_LABELS);
  w.header(columns);
  const first = w.at();
  for (const laid of laids) {
    const name = laid.input.sheet.name;
    const counts = countBySeverity(w.o.findings.filter((f) => f.sheet === name));
    w.line([name, counts.error, counts.warning, counts.info]);
  }
  const all = countBySeverity(w.o.findings);
  const total = w.at();
  const sum = (c: number) =>
    w.f(
      sumFormula(absColumnRange(c, first, Math.max(first, total - 1))),
      [all.error, all.warning, all.info][c - 1]
    );
  // Workbook rules (IDs, parents) may find on sheets other than these: the total counts every finding.
  w.line([w.t("allSheets"), ...(total > first ? [sum(1), sum(2), sum(3)] : [0, 0, 0])]);
  w.format(total, 0, { bold: true }, 1, FINDING_COLUMNS.length);
  w.align(first, w.at(), columns);
  const when = w.at();
  w.line([w.t("lastCheck"), isoToSerial(w.o.checkedOn)]);
  w.format(when, 1, { align: "right" });
  w.columnFormat(when, when + 1, 1, DATE_FORMAT);
}

/** The details sheet's plan, where things are for the Summary, and what OKR sheets may point at. */
export function detailsPlan(
  laids: readonly LaidOutSheet[],
  o: SummaryOptions
): { plan: SheetPlan; places: DetailsPlaces; positions: SummaryPositions } {
  const w = new SheetWriter(o, o.detailsName, Boolean(o.replaceDetails));
  const positions: SummaryPositions = {
    sheetName: o.detailsName,
    sheets: new Map(),
    children: new Map(),
  };
  const labels = periodLabels(w, laids, { asOf: [1, 1], end: [2, 1] });
  w.title(`${w.t("detailsTitle")}${labels.suffix}`);
  labels.write();
  w.line([]);
  // Row numbers are known up front: the Sheets section (heading, header, a row per sheet, a
  // blank), Quarter by quarter, then the Objectives section's heading and header.
  const across = o.across ?? [];
  const sheetHeader = w.at() + 1;
  const firstSheetRow = sheetHeader + 1;
  const firstObjectiveRow = firstSheetRow + laids.length + 1 + quarterByQuarterHeight(across) + 2;
  const objectiveRows = new Map<LaidOutSheet, [number, number]>();
  let next = firstObjectiveRow;
  for (const laid of laids) {
    const n = laid.input.sheet.objectives.length;
    objectiveRows.set(laid, [next, next + n - 1]);
    next += n;
  }
  sheetsSection(w, laids, objectiveRows, positions, labels);
  quarterByQuarterSection(
    w,
    // The period shown links to its own row of the Sheets section above.
    across.map((x) => {
      const here = positions.sheets.get(x.sheet)?.score;
      return here ? { ...x, ref: here } : x;
    }),
    { lang: o.lang, shown: o.scope?.period ?? null, withShows: o.model !== undefined }
  );
  if (w.at() + 2 !== firstObjectiveRow) throw new Error("Summary details: objectives moved");
  objectivesSection(w, laids, labels);
  alignmentSection(w, laids, positions, labels);
  if (o.history) checkinsSection(w, laids, o.history);
  revisedSection(w, laids);
  if (o.owing) whoOwesSection(w, o.owing);
  findingsSection(w, laids);
  w.plan.position = 0;
  return {
    plan: w.finish(DETAIL_BOUNDS),
    places: {
      sheetHeader,
      sheetRows: laids.length
        ? { from: firstSheetRow, to: firstSheetRow + laids.length - 1 }
        : null,
      objectiveRows:
        next > firstObjectiveRow
          ? { header: firstObjectiveRow - 1, from: firstObjectiveRow, to: next - 1 }
          : null,
    },
    positions,
  };
}
