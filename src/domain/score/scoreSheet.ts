// Score: the formula columns of every OKR sheet, the header block's computed cells and the Summary,
// as plans. Only formula columns, computed header cells and the product's own sheets are written;
// every input cell is left alone. Running it twice writes the same thing twice.
import { a1, absA1, columnLetters } from "../reading/cellRefs";
import { columnHeader, type ColumnKey } from "../reading/columns";
import { isoToSerial } from "../reading/dates";
import { countOf, format } from "../reading/i18n";
import { idKey } from "../reading/ids";
import { KR_TYPES, gradedAs } from "../scoring/krTypes";
import { scoreKrAtEnd } from "../scoring/finalScore";
import { krFormulas } from "../scoring/krScore";
import {
  EMPTY_FORMULA,
  NOT_SCORED,
  alignmentAlertFormula,
  alignmentGapFormula,
  countLabelFormula,
  expectedFormula,
  gapBeforeFinalScore,
  withFinalScore,
  linkFormula,
  objectiveProgressFormula,
  periodWordFormula,
  sheetRef,
  showsWordFormula,
  statusFormula,
  weightedMeanFormula,
  type PeriodOperands,
} from "../scoring/formulas";
import { MAX_FORMULA_LENGTH } from "../scoring/functions";
import type { RowScore, SheetScore } from "../scoring/model";
import { isPercentUnit } from "../reading/valueCells";
import type { Commitment, IsoDate, KeyResult, Lang, Localized, Objective, Status } from "../types";
import {
  COLOURS,
  COLUMN_WIDTHS,
  DATE_FORMAT,
  GAP_PERCENT_FORMAT,
  HEADER_ROW_POINTS,
  NUMBER_COLUMNS,
  PERCENT_FORMAT,
  SPARE_ROWS,
  type BlockKey,
} from "../plan/layout";
import {
  FORMULA_KEYS,
  krSpan,
  progressBar,
  statusColours,
  statusSpans,
  statusWordsIn,
  wordsFor,
  type LaidOutSheet,
  type SummaryPositions,
} from "../plan/sheetLayout";
import { statusShown, numberShown } from "../plan/shown";
import { unitFormat } from "../plan/unitFormats";
import {
  ROW_MARK,
  area,
  emptyPlan,
  fillFormula,
  type PlanValue,
  type SheetPlan,
  type Shown,
} from "../plan/types";
import { keyResultCount } from "../reading/sheet";
import {
  inFirstWindow,
  objectiveWithNotStarted,
  withNotStarted,
  type FirstCheckin,
} from "../scoring/notStarted";
import { HISTORY_COL } from "../reading/ownSheets";
import { sheetColumn } from "../scoring/formulas";

/** The history's whole columns the not-started rule counts check-ins in. */
export function historyColumns(name: string): { krId: string; sheet: string; date: string } {
  const column = (key: "krId" | "sheet" | "date") =>
    sheetColumn(name, columnLetters(HISTORY_COL[key]));
  return { krId: column("krId"), sheet: column("sheet"), date: column("date") };
}

/** The period cells (or serials) a sheet's pace formulas read: its header block's cells where it has them. */
export function periodOperands(laid: LaidOutSheet, asOf: IsoDate): PeriodOperands | null {
  const { period } = laid.input.sheet.header;
  const block = laid.block;
  if (block.periodStart && block.periodEnd && block.asOf)
    return {
      start: absA1(block.periodStart.col, block.periodStart.row),
      end: absA1(block.periodEnd.col, block.periodEnd.row),
      asOf: absA1(block.asOf.col, block.asOf.row),
    };
  if (!period) return null;
  return {
    start: String(isoToSerial(period.start)),
    end: String(isoToSerial(period.end)),
    asOf: String(isoToSerial(asOf)),
  };
}

/** A key result whose gap to target is a share: its type's values are, or its unit is %. */
function gapIsShare(kr: KeyResult): boolean {
  return (kr.krType !== null && KR_TYPES[kr.krType].shares) || isPercentUnit(kr.unit);
}

/** What an objective's progress says when some of its key results could not be scored. */
const NOT_SCORED_NOTE = {
  en: { one: "{n} KR not scored", other: "{n} KRs not scored" },
  "zh-CN": "{n} 个关键结果未计分",
  "zh-TW": "{n} 個關鍵結果未計分",
};

/** A note in brackets as each language writes it (Chinese uses full-width brackets). */
const NOTE_BRACKETS: Localized = { en: " ({note})", "zh-CN": "（{note}）", "zh-TW": "（{note}）" };

/** The progress format of an objective with `n` key results left out of its mean. */
function notScoredFormat(n: number, lang: Lang): string {
  const note = countOf(n, NOT_SCORED_NOTE, lang);
  return `0%"${format(NOTE_BRACKETS[lang], { note })}"`;
}

/**
 * The formula-column plan of one OKR sheet. With the sheet's reference model (`scored`), every
 * formula carries what it shows.
 */
export function scoreSheetPlan(
  laid: LaidOutSheet,
  asOf: IsoDate,
  children: Map<string, { sheet: string; ref: string }[]>,
  summary?: SummaryPositions,
  scored?: SheetScore,
  checkins?: FirstCheckin
): SheetPlan {
  const { sheet } = laid.input;
  const col = laid.columns;
  const plan = emptyPlan(sheet.name, false);
  const words = statusWordsIn(laid.lang);
  const period = periodOperands(laid, asOf);
  // Before the period's first check-in is due, key results without one say "Not started".
  const waiting =
    checkins && period && inFirstWindow(sheet, asOf, checkins.cadence)
      ? {
          start: period.start,
          asOf: period.asOf,
          sheet: sheet.name,
          cadence: checkins.cadence,
          history: checkins.history && historyColumns(checkins.history.name),
        }
      : null;
  const headerIndex = sheet.headerRow - 1;
  const first = headerIndex + 1;
  // The table's stretch, not every row read: a stray cell far below it is not filled down to.
  const last = Math.max(first - 1, sheet.tableEnd - 1);

  // Headers for formula columns the sheet did not have, and their widths.
  for (const key of FORMULA_KEYS)
    if (sheet.match?.columns[key] === undefined) {
      plan.blocks.push({
        row: headerIndex,
        col: col[key],
        values: [[columnHeader(key, laid.lang)]],
      });
      plan.columnWidths.push({ col: col[key], chars: COLUMN_WIDTHS[key] });
    }

  type Line =
    | { kind: "objective"; o: Objective }
    | { kind: "kr"; kr: KeyResult; commitment: Commitment | null };
  const lines = new Map<number, Line>();
  for (const kr of sheet.orphans) lines.set(kr.row - 1, { kind: "kr", kr, commitment: null });
  for (const o of sheet.objectives) {
    lines.set(o.row - 1, { kind: "objective", o });
    for (const kr of o.keyResults)
      lines.set(kr.row - 1, { kind: "kr", kr, commitment: o.commitment });
  }

  // Each formula column's cells: a value, or a template (key results, whose formulas read their own
  // row only, so a run of them with the same template becomes one fill), cut into runs as they come.
  const columns = Object.fromEntries(FORMULA_KEYS.map((k) => [k, columnCells(first, col[k])]));
  const own = (col: number) => `${columnLetters(col)}${ROW_MARK}`;
  const modelRows = new Map((scored?.rows ?? []).map((m) => [m.row - 1, m]));
  // Rows alike build equal templates: the fills share one copy of each, and the one built for the
  // row dies young (100,000 rows' own copies held at once were most of `okr score`'s peak memory).
  const seen = new Map<string, string>();
  const once = (text: string) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
  // What every key result row of the sheet writes alike, made once rather than once a row: the
  // row's own cells (by ROW_MARK), the expected pace, and the status formula of each grading.
  const refs = { start: own(col.start), target: own(col.target), current: own(col.current) };
  const progressRef = own(col.progress);
  const expectedRef = own(col.expected);
  const finalCol = sheet.match?.columns.finalScore;
  const final = finalCol === undefined ? null : own(finalCol);
  const expectedTemplate = once(expectedFormula(period));
  const noGapTemplate = once(alignmentGapFormula("", []));
  const statusByGrading = new Map<Commitment | null, string>();
  const statusOf = (commitment: Commitment | null) => {
    let status = statusByGrading.get(commitment);
    if (status === undefined) {
      status = statusFormula(commitment, progressRef, expectedRef, words);
      statusByGrading.set(commitment, status);
    }
    return status;
  };
  const krStatusByGrading = new Map<Commitment | null, string>();
  const krStatusOf = (commitment: Commitment | null) => {
    let status = krStatusByGrading.get(commitment);
    if (status === undefined) {
      const plain = statusOf(commitment);
      status = once(
        waiting
          ? withNotStarted(plain, { ...waiting, id: own(col.id) }, words.notStarted as string)
          : plain
      );
      krStatusByGrading.set(commitment, status);
    }
    return status;
  };
  for (let r = first; r <= last; r++) {
    const line = lines.get(r);
    const shows = rowShown(modelRows.get(r), words);
    const put = (key: ColumnKey, value: string) =>
      columns[key].value(
        value === "" ? "" : { formula: value, ...(shows ? { shows: shows[key] } : {}) }
      );
    const template = (key: ColumnKey, value: string) =>
      columns[key].template(once(value), shows?.[key]);
    if (!line) {
      // Not an OKR row (blank, or no known level): the product's columns hold nothing here.
      for (const key of FORMULA_KEYS) columns[key].value("");
      continue;
    }
    const progress = a1(col.progress, r);
    if (line.kind === "kr") {
      const kr = krFormulas(line.kr, refs, progressRef);
      // A sheet with a Final score column: a typed final score replaces the computed progress.
      template("expected", expectedTemplate);
      template("progress", final ? withFinalScore(kr.progress, final) : kr.progress);
      template("gapToTarget", final ? gapBeforeFinalScore(kr.gap, final) : kr.gap);
      template("status", krStatusOf(gradedAs(line.kr, line.commitment)));
      template("alignmentGap", noGapTemplate);
      const { start, target, current } = line.kr.cells;
      plan.numberFormats.push({
        area: area(r, col.gapToTarget),
        format: unitFormat(line.kr.unit, [start, target, current], gapIsShare(line.kr)),
      });
    } else {
      // Formulas that read only their own row are templates here too, so runs go on past objectives.
      template("expected", expectedTemplate);
      const p = krSpan(line.o.keyResults, col.progress);
      const w = krSpan(line.o.keyResults, col.weight);
      put("progress", p && w ? objectiveProgressFormula(p, w) : "");
      template("gapToTarget", EMPTY_FORMULA);
      const status = statusOf(line.o.commitment);
      const statuses = krSpan(line.o.keyResults, col.status);
      if (waiting && statuses)
        put(
          "status",
          objectiveWithNotStarted(
            fillFormula(status, r),
            statuses,
            line.o.keyResults.length,
            words.notStarted as string
          )
        );
      else template("status", status);
      // Key results that cannot be scored are left out of the mean; the objective says how many.
      // The reference model scored these very key results already: its rows say which it could not.
      const left = line.o.keyResults.filter(
        (kr) => (modelRows.get(kr.row - 1) ?? scoreKrAtEnd(kr)).problem !== null
      ).length;
      if (left > 0)
        plan.numberFormats.push({
          area: area(r, col.progress),
          format: notScoredFormat(left, laid.lang),
        });
      const key = idKey(line.o.id);
      const kids = (line.o.id ? children.get(key) : undefined) ?? [];
      const direct = alignmentGapFormula(
        progress,
        kids.map((k) => (k.sheet === sheet.name ? k.ref : sheetRef(k.sheet, k.ref)))
      );
      // Too many children for one formula (Excel: 255 arguments, 8,192 characters): the Summary
      // lists them side by side, and the gap averages that range.
      const viaSummary = summary?.children.get(key);
      if (kids.length === 0) template("alignmentGap", direct);
      else
        put(
          "alignmentGap",
          (kids.length > 200 || direct.length > MAX_FORMULA_LENGTH) && viaSummary
            ? alignmentGapFormula(progress, [sheetRef(summary!.sheetName, viaSummary)])
            : direct
        );
      plan.formats.push({ area: area(r, col.progress), format: { bold: true } });
    }
  }

  const height = last - first + 1;
  const styled = height + SPARE_ROWS;
  for (const key of FORMULA_KEYS) {
    const cells = columns[key].end();
    for (const block of cells.blocks) plan.blocks.push(block);
    for (const fill of cells.fills) plan.fills.push(fill);
    plan.formats.push({
      area: area(first, col[key], styled),
      format: { fill: COLOURS.formulaFill },
    });
    plan.formats.push({
      area: area(headerIndex, col[key]),
      format: {
        fill: COLOURS.formulaHeaderFill,
        bold: true,
        wrap: true,
        align: NUMBER_COLUMNS.has(key) ? "right" : "left",
      },
    });
    plan.clearConditionalFormats.push(area(first, col[key], styled));
  }
  // A thin line left of the first formula column: inputs on the left, the product's columns right.
  const edge = Math.min(...FORMULA_KEYS.map((k) => col[k]));
  plan.formats.push({
    area: area(headerIndex, edge, styled + 1),
    format: { borderLeft: COLOURS.formulaEdge },
  });
  plan.numberFormats.unshift(
    { area: area(first, col.progress, styled), format: PERCENT_FORMAT },
    { area: area(first, col.expected, styled), format: PERCENT_FORMAT },
    { area: area(first, col.alignmentGap, styled), format: GAP_PERCENT_FORMAT }
  );
  const statusCol = `$${columnLetters(col.status)}${first + 1}`;
  plan.conditionalFormats.push(...statusColours(area(first, col.status, styled), statusCol, words));
  // A key result that cannot be scored shows the marker in an error's colour.
  const progressCol = `$${columnLetters(col.progress)}${first + 1}`;
  plan.conditionalFormats.push({
    kind: "formula",
    area: area(first, col.progress, styled),
    formula: showsWordFormula(progressCol, [NOT_SCORED]),
    fill: COLOURS.red.fill,
    fontColor: COLOURS.red.font,
    bold: true,
  });
  plan.conditionalFormats.push(progressBar(area(first, col.progress, styled)));
  const gap = `$${columnLetters(col.alignmentGap)}${first + 1}`;
  plan.conditionalFormats.push({
    kind: "formula",
    area: area(first, col.alignmentGap, styled),
    formula: alignmentAlertFormula(gap),
    fontColor: COLOURS.alert,
    bold: true,
  });

  writeBlockCells(plan, laid, asOf, summary, scored);
  plan.rowHeights = [{ row: headerIndex, points: HEADER_ROW_POINTS }];
  plan.print = OKR_SHEET_PRINT(last + 1);
  return plan;
}

/**
 * How an OKR sheet prints: two pages across (its two dozen columns on one page came out at about a
 * third of their size), the ID column repeated on the second, down to the table's last row (the
 * formats of the spare rows below it are not printed).
 */
export const OKR_SHEET_PRINT = (rows: number) => ({ pagesWide: 2, titleColumns: 1, rows });

/** What a row's formula cells show, from its reference-model row; undefined without one. */
function rowShown(
  m: RowScore | undefined,
  words: ReturnType<typeof statusWordsIn>
): Partial<Record<ColumnKey, Shown>> | undefined {
  if (!m) return undefined;
  const kr = m.level === "keyResult";
  return {
    expected: numberShown(m.expected),
    progress: m.progress ?? (m.problem ? NOT_SCORED : ""),
    gapToTarget: kr ? numberShown(m.gapToTarget) : "",
    status: statusShown(m.status, m.expected, words, m.notStarted),
    alignmentGap: kr ? "" : numberShown(m.alignmentGap),
  };
}

/**
 * A formula column's cells, taken row after row from `first` and cut as they come into fills (runs
 * of one template) and blocks (everything else), so no row's cell is held until the column ends.
 */
function columnCells(first: number, col: number) {
  const blocks: SheetPlan["blocks"] = [];
  const fills: SheetPlan["fills"] = [];
  let values: PlanValue[][] = [];
  let at = first; // the row of values[0]
  let next = first; // the row of the next cell
  let run: { template: string; shows: (Shown | undefined)[] } | null = null;
  const add = (row: number, value: PlanValue) => {
    if (values.length === 0) at = row;
    values.push([value]);
  };
  const flush = () => {
    if (values.length) blocks.push({ row: at, col, values });
    values = [];
  };
  const endRun = () => {
    if (!run) return;
    const start = next - run.shows.length;
    const { template, shows } = run;
    run = null;
    if (shows.length === 1) {
      add(start, {
        formula: fillFormula(template, start),
        ...(shows[0] !== undefined ? { shows: shows[0] } : {}),
      });
      return;
    }
    flush();
    fills.push({
      row: start,
      col,
      rows: shows.length,
      template,
      ...(shows.every((x) => x !== undefined) ? { shows: shows as Shown[] } : {}),
    });
  };
  return {
    template(template: string, shows: Shown | undefined): void {
      if (run && run.template !== template) endRun();
      run ??= { template, shows: [] };
      run.shows.push(shows);
      next++;
    },
    value(value: PlanValue): void {
      endRun();
      add(next++, value);
    },
    end(): Pick<SheetPlan, "blocks" | "fills"> {
      endRun();
      flush();
      return { blocks, fills };
    },
  };
}

/** The header block's computed cells, where the sheet has them. */
function writeBlockCells(
  plan: SheetPlan,
  laid: LaidOutSheet,
  asOf: IsoDate,
  summary: SummaryPositions | undefined,
  scored: SheetScore | undefined
): void {
  const { sheet } = laid.input;
  const block = laid.block;
  const col = laid.columns;
  const inSummary = summary?.sheets.get(sheet.name);
  // A sheet with very many objectives: its term-by-term formula would be too long for Excel, so the
  // cell shows the Summary's figure, which sums a range there.
  const shownOf = (key: "score" | Status): Shown | undefined =>
    scored && (key === "score" ? numberShown(scored.score) : scored.counts[key]);
  const short = (formula: string, fallback: "score" | Status): PlanValue => {
    const shows = shownOf(fallback);
    const cell =
      formula.length <= MAX_FORMULA_LENGTH || !inSummary
        ? { formula }
        : { formula: linkFormula(sheetRef(summary!.sheetName, inSummary[fallback])) };
    return shows === undefined ? cell : { ...cell, shows };
  };
  const put = (key: BlockKey, value: PlanValue, format?: string) => {
    const at = block[key];
    if (!at) return;
    plan.blocks.push({ row: at.row, col: at.col, values: [[value]] });
    if (format) plan.numberFormats.push({ area: area(at.row, at.col), format });
    // Beside its label, whatever the column's width: a number right-aligned in a wide column
    // would end beside the next label and be read as its.
    plan.formats.push({ area: area(at.row, at.col), format: { align: "left" } });
  };
  const period = sheet.header.period;
  put("periodStart", period ? isoToSerial(period.start) : "", DATE_FORMAT);
  put("periodEnd", period ? isoToSerial(period.end) : "", DATE_FORMAT);
  put("asOf", isoToSerial(asOf), DATE_FORMAT);
  put(
    "sheetScore",
    short(
      weightedMeanFormula(
        sheet.objectives.map((o) => ({
          progress: a1(col.progress, o.row - 1),
          weight: a1(col.weight, o.row - 1),
        }))
      ),
      "score"
    ),
    PERCENT_FORMAT
  );
  put("objectives", sheet.objectives.length);
  put("keyResults", keyResultCount(sheet));
  const words = statusWordsIn(laid.lang);
  const spans = statusSpans(sheet, col.status);
  for (const s of ["green", "yellow", "red"] as const) {
    put(s, short(countLabelFormula(spans, wordsFor(words, s)), s));
    // Its label: the forecast word, and the grade word once the period has ended, live.
    const at = block[s];
    if (at && block.asOf && block.periodEnd && at.col > 0) {
      const ended = period !== null && asOf >= period.end;
      plan.blocks.push({
        row: at.row,
        col: at.col - 1,
        values: [
          [
            {
              formula: periodWordFormula(
                absA1(block.asOf.col, block.asOf.row),
                absA1(block.periodEnd.col, block.periodEnd.row),
                words.during[s],
                words.end[s]
              ),
              shows: ended ? words.end[s] : words.during[s],
            },
          ],
        ],
      });
    }
  }
  if (block.sheetScore)
    plan.formats.push({
      area: area(block.sheetScore.row, block.sheetScore.col),
      format: { bold: true },
    });
}
