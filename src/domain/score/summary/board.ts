// The Summary itself: a board page, the first sheet of the workbook and the first page printed. One
// grid, the attention list's, holds everything, so it prints on one landscape page of A4 or Letter
// at a readable size:
//
//   row 1      title (naming the period shown, in a workbook of several)
//   rows 3–11  the key figures (labels in A, figures in B)   | the charts, side by side in C–H
//   row 13     what the Summary left out: other periods' sheets (periods/scope.ts), if any
//   row 14…    What needs attention: Key result · Owner · Statement · Current → Target · Status ·
//              Weight · Why (at most ATTENTION_ROWS, ranked; attention.ts)
//
// The figures are live formulas over the details sheet (details.ts), which holds every table.
import { columnLetters } from "../../reading/cellRefs";
import { countOf, format, LIST_SEPARATOR } from "../../reading/i18n";
import { KR_TYPES } from "../../scoring/krTypes";
import {
  linkFormula,
  meanOfNumbersFormula,
  shareOfTotalFormula,
  sheetRef,
  sumFormula,
} from "../../scoring/formulas";
import { gradingOf } from "../../scoring/grading";
import type { WorkbookScore } from "../../scoring/model";
import { cellNumber, isPercentUnit } from "../../reading/valueCells";
import type { CellValue, KeyResult, Localized, Status } from "../../types";
import { ATTENTION_ROWS, describeReasons, type AttentionItem } from "../attention";
import { COLOURS, PERCENT_FORMAT } from "../../plan/layout";
import { statusColours, statusWordsIn, type LaidOutSheet } from "../../plan/sheetLayout";
import { statusShown } from "../../plan/shown";
import {
  area,
  PROGRESS_AXIS,
  type BarColour,
  type PlanChart,
  type PlanValue,
  type SheetPlan,
  type Shown,
} from "../../plan/types";
import { unitFormat } from "../../plan/unitFormats";
import { sheetsColumn, type DetailsPlaces } from "./details";
import { periodLabels } from "./period";
import { boundsOf, SheetWriter, type SectionColumn, type SummaryOptions } from "./writer";

/** The attention list's columns, which are the board's grid. */
const BOARD_COLUMNS = [
  { key: "id", kind: "text", bounds: [12, 15] },
  { key: "owner", kind: "text", bounds: [11, 13] },
  { key: "statement", kind: "text", bounds: [20, 28] },
  { key: "current", kind: "number", bounds: [8, 13] },
  { key: "target", kind: "number", bounds: [8, 15] },
  { key: "status", kind: "text", bounds: [10, 11] },
  { key: "weight", kind: "number", bounds: [8, 8] },
  { key: "why", kind: "text", bounds: [20, 26] },
] as const;
type BoardColumn = (typeof BOARD_COLUMNS)[number]["key"];
const BOARD_COL = Object.fromEntries(BOARD_COLUMNS.map((c, i) => [c.key, i])) as Record<
  BoardColumn,
  number
>;
const BOARD_BOUNDS = boundsOf(BOARD_COLUMNS.map((c) => c.bounds));

/** Where the key figures and the charts go (0-based rows; charts from column C to J). */
export const BOARD_LAYOUT = {
  figuresFrom: 2,
  chartsFrom: 1,
  chartRows: 11,
  /** Sheet scores in C–D, objective progress in E–H. */
  sheetChart: { col: BOARD_COL.statement, cols: 2 },
  objectiveChart: { col: BOARD_COL.target, cols: 4 },
} as const;

/**
 * Current → Target: the target's number format opens with the arrow, so the two cells read as one
 * ("$1,600,000  → $2,000,000") and stay live links in the key result's unit.
 */
export function towards(format: string): string {
  return format.startsWith('"') ? `"→ ${format.slice(1)}` : `"→ "${format}`;
}

/** Bars in the status colours (no status: grey), outlined darker so a 0 % bar still shows. */
export const BAR_COLOURS: Record<Status | "none", BarColour> = {
  green: { fill: "#63BE7B", line: COLOURS.green.font },
  yellow: { fill: "#FFC000", line: COLOURS.yellow.font },
  red: { fill: "#F8696B", line: COLOURS.red.font },
  none: { fill: "#BFBFBF", line: "#7F7F7F" },
};

/** A key result whose values are shares (its type's are, or its unit is %). */
export function valuesAreShares(kr: KeyResult): boolean {
  return (kr.krType !== null && KR_TYPES[kr.krType].shares) || isPercentUnit(kr.unit);
}

/**
 * A sheet's status for the colour of its bar: its score graded as its objectives are, with their
 * bars and bands weighted like the score (null without a score).
 */
function sheetStatus(laid: LaidOutSheet, model: WorkbookScore): Status | null {
  const sheet = laid.input.sheet;
  const scored = model.sheets.find((s) => s.name === sheet.name);
  const expected = model.rows.find((r) => r.sheet === sheet.name)?.expected ?? 1;
  if (!scored || scored.score === null || sheet.objectives.length === 0) return null;
  const given = sheet.objectives.map((o) => o.weight ?? 0);
  const total = given.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? given.map((g) => g / total) : given.map(() => 1 / given.length);
  let bar = 0;
  let band = 0;
  sheet.objectives.forEach((o, i) => {
    const g = gradingOf(o.commitment);
    bar += shares[i] * g.bar;
    band += shares[i] * g.band;
  });
  const should = bar * expected;
  if (scored.score >= should - 1e-12) return "green";
  return scored.score >= should - band - 1e-12 ? "yellow" : "red";
}

/** The key figures: as of, period end, overall score, shares per status, not scored, not started. */
function keyFigures(
  w: SheetWriter,
  laids: readonly LaidOutSheet[],
  places: DetailsPlaces,
  labels: ReturnType<typeof periodLabels>
): void {
  labels.write();
  const column = (key: Parameters<typeof sheetsColumn>[2]) => sheetsColumn(w.o, places, key);
  const has = places.sheetRows !== null;
  const model = w.o.model;
  const sheets = model?.sheets.filter((s) => laids.some((l) => l.input.sheet.name === s.name));
  const krs = sheets?.reduce((a, s) => a + s.keyResults, 0) ?? 0;
  const sameWords = laids.every((l) => l.lang === w.o.lang);
  const share = (s: Status): PlanValue =>
    has
      ? w.f(
          shareOfTotalFormula(column(s), column("krCount")),
          sheets && sameWords
            ? krs === 0
              ? ""
              : sheets.reduce((a, x) => a + x.counts[s], 0) / krs
            : undefined
        )
      : "";
  const scores = (sheets ?? []).flatMap((s) =>
    s.score === null || s.objectives === 0 ? [] : [s.score]
  );
  const figures: [PlanValue, PlanValue, string | null][] = [
    [
      w.t("overallScore"),
      has
        ? w.f(
            meanOfNumbersFormula(column("score")),
            sheets && (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : "")
          )
        : "",
      PERCENT_FORMAT,
    ],
    [labels.status("green"), share("green"), PERCENT_FORMAT],
    [labels.status("yellow"), share("yellow"), PERCENT_FORMAT],
    [labels.status("red"), share("red"), PERCENT_FORMAT],
    [
      w.t("notScored"),
      has
        ? w.f(
            sumFormula(column("notScored")),
            sheets?.reduce((a, s) => a + s.notScored, 0)
          )
        : 0,
      null,
    ],
    [
      w.t("notStarted"),
      has
        ? w.f(
            sumFormula(column("notStarted")),
            sheets?.reduce((a, s) => a + s.notStarted, 0)
          )
        : 0,
      null,
    ],
    [w.t("krCount"), has ? w.f(sumFormula(column("krCount")), sheets && krs) : 0, null],
  ];
  for (const [label, value, numberFormat] of figures) {
    const row = w.at();
    w.line([label, value]);
    w.format(row, 0, { bold: true });
    w.format(row, 1, { align: "left", bold: true });
    if (numberFormat) w.columnFormat(row, row + 1, 1, numberFormat);
  }
  const first = BOARD_LAYOUT.figuresFrom + 2;
  (["green", "yellow", "red"] as const).forEach((s, i) =>
    w.format(first + 1 + i, 0, { fill: COLOURS[s].fill, fontColor: COLOURS[s].font }, 1, 2)
  );
  // The overall score stands out.
  w.format(first, 0, { fontSize: 13 }, 1, 2);
}

/** The two charts beside the key figures: each sheet's score and each objective's progress. */
function charts(w: SheetWriter, laids: readonly LaidOutSheet[], places: DetailsPlaces): void {
  const model = w.o.model;
  const { chartsFrom, chartRows, sheetChart, objectiveChart } = BOARD_LAYOUT;
  const colour = (s: Status | null | undefined) => BAR_COLOURS[s ?? "none"];
  if (places.sheetRows) {
    const { from, to } = places.sheetRows;
    w.plan.charts.push({
      type: "column",
      title: w.t("chartSheets"),
      sourceSheet: w.o.detailsName,
      source: area(from - 1, 0, to - from + 2, 2),
      at: area(chartsFrom, sheetChart.col, chartRows, sheetChart.cols),
      axis: PROGRESS_AXIS,
      labels: true,
      ...(model ? { colours: laids.map((l) => colour(sheetStatus(l, model))) } : {}),
    } satisfies PlanChart);
  }
  if (places.objectiveRows) {
    const { header, from, to } = places.objectiveRows;
    const statuses = laids.flatMap((l) =>
      l.input.sheet.objectives.map((o) => w.scored(l.input.sheet.name, o.row)?.status)
    );
    w.plan.charts.push({
      type: "column",
      title: w.t("chartObjectives"),
      sourceSheet: w.o.detailsName,
      source: area(header, 0, to - from + 2, 2),
      at: area(chartsFrom, objectiveChart.col, chartRows, objectiveChart.cols),
      axis: PROGRESS_AXIS,
      labels: true,
      ...(model ? { colours: statuses.map(colour) } : {}),
    } satisfies PlanChart);
  }
}

/** A cell of an OKR sheet, from the Summary. */
const remote = (laid: LaidOutSheet, col: number, row1: number) =>
  sheetRef(laid.input.sheet.name, `$${columnLetters(col)}$${row1}`);

/** A link to an input cell and what it shows: its number, else the cell as it is. */
function linked(
  w: SheetWriter,
  laid: LaidOutSheet,
  col: number,
  row: number,
  cell: CellValue
): PlanValue {
  const value: Shown = cell === null || cell === undefined ? "" : (cellNumber(cell) ?? cell);
  return w.f(linkFormula(remote(laid, col, row)), w.o.model && value);
}

/** "What needs attention": the first items of the ranked list, each a line of the board's grid. */
function attentionSection(
  w: SheetWriter,
  items: readonly AttentionItem[],
  laids: readonly LaidOutSheet[],
  ended: boolean
): void {
  const max = w.o.attentionRows ?? ATTENTION_ROWS;
  w.heading(w.t("attention"));
  if (items.length === 0) {
    w.note(w.t(ended ? "nothingMissed" : "nothingNeedsAttention"));
    return;
  }
  const labels: Record<BoardColumn, string> = {
    id: w.t("keyResult"),
    statement: w.t("statement"),
    owner: w.t("owner"),
    current: w.t("current"),
    target: w.t("target"),
    status: w.t("status"),
    weight: w.t("weight"),
    why: w.t("why"),
  };
  const columns: SectionColumn[] = BOARD_COLUMNS.map((c) => ({
    label: labels[c.key],
    kind: c.kind,
  }));
  w.header(columns);
  const first = w.at();
  const byName = new Map(laids.map((l) => [l.input.sheet.name, l]));
  for (const item of items.slice(0, max)) {
    const laid = byName.get(item.sheet) as LaidOutSheet;
    const c = laid.columns;
    const kr = item.kr;
    const m = w.scored(item.sheet, kr.row);
    const row = w.at();
    const cells: Record<BoardColumn, PlanValue> = {
      id: kr.id,
      statement: kr.statement,
      owner: item.owner,
      current: linked(w, laid, c.current, kr.row, kr.cells.current),
      target: linked(w, laid, c.target, kr.row, kr.cells.target),
      status: w.f(
        linkFormula(remote(laid, c.status, kr.row)),
        m && statusShown(m.status, m.expected, statusWordsIn(laid.lang), m.notStarted)
      ),
      // The key result's own weight in its objective.
      weight: linked(w, laid, c.weight, kr.row, kr.cells.weight),
      why: describeReasons(item.reasons, w.o.lang),
    };
    w.line(BOARD_COLUMNS.map((col) => cells[col.key]));
    const { start, target, current } = kr.cells;
    const unit = unitFormat(kr.unit, [start, target, current], valuesAreShares(kr));
    w.plan.numberFormats.push(
      { area: area(row, BOARD_COL.current), format: unit },
      { area: area(row, BOARD_COL.target), format: towards(unit) }
    );
  }
  const next = w.at();
  w.align(first, next, columns);
  w.columnFormat(first, next, BOARD_COL.weight, PERCENT_FORMAT);
  // Each status in the OKR sheets' colours.
  if (next > first)
    w.plan.conditionalFormats.push(
      ...statusColours(
        area(first, BOARD_COL.status, next - first),
        `$${columnLetters(BOARD_COL.status)}${first + 1}`,
        w.words
      )
    );
  if (items.length > max) w.note(format(w.t("moreNeedAttention"), { n: items.length - max }));
}

/** How the board names what it left out: "2 sheets of 2026-Q1", listed. */
const LEFT_OUT_TEXT = {
  note: {
    en: "Not shown: {list}. Score that period to see it; “{sheet}” compares the periods.",
    "zh-CN": "未显示：{list}。按该周期计分即可查看；“{sheet}”比较各周期。",
    "zh-TW": "未顯示：{list}。按該週期計分即可查看；「{sheet}」比較各週期。",
  },
  item: {
    en: "{sheets} of {period}",
    "zh-CN": "{period} 的 {sheets}",
    "zh-TW": "{period} 的 {sheets}",
  },
  sheets: {
    en: { one: "{n} sheet", other: "{n} sheets" },
    "zh-CN": "{n} 张工作表",
    "zh-TW": "{n} 張工作表",
  },
} satisfies Record<string, Localized | Parameters<typeof countOf>[1]>;

/**
 * What the Summary leaves out, in one line between the charts and the attention list: the other
 * periods' sheets, and where they are compared ("Quarter by quarter" on the details sheet). A blank
 * row when nothing is left out.
 */
function leftOutNote(w: SheetWriter): void {
  const lang = w.o.lang;
  const list = (w.o.scope?.leftOut ?? [])
    .map((p) =>
      format(LEFT_OUT_TEXT.item[lang], {
        sheets: countOf(p.sheets.length, LEFT_OUT_TEXT.sheets, lang),
        period: p.period.label,
      })
    )
    .join(LIST_SEPARATOR[lang]);
  if (list) w.note(format(LEFT_OUT_TEXT.note[lang], { list, sheet: w.o.detailsName }));
  else w.line([]);
}

/** The Summary's plan (the details sheet's places known). */
export function boardPlan(
  laids: readonly LaidOutSheet[],
  o: SummaryOptions,
  places: DetailsPlaces,
  attention: readonly AttentionItem[]
): SheetPlan {
  const w = new SheetWriter(o, o.sheetName, Boolean(o.replace));
  const from = BOARD_LAYOUT.figuresFrom;
  const labels = periodLabels(w, laids, { asOf: [from, 1], end: [from + 1, 1] });
  w.title(`${w.t("title")}${labels.suffix}`);
  w.line([]);
  keyFigures(w, laids, places, labels);
  charts(w, laids, places);
  while (w.at() < BOARD_LAYOUT.chartsFrom + BOARD_LAYOUT.chartRows) w.line([]);
  leftOutNote(w);
  attentionSection(w, attention, laids, labels.ended);
  w.line([]);
  w.note(format(w.t("details"), { sheet: o.detailsName }));
  w.plan.position = 0;
  w.plan.activate = true;
  w.plan.print = { rows: w.at() };
  return w.finish(BOARD_BOUNDS);
}

export { BOARD_COL };
