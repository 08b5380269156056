// The leadership summary: one sheet, rebuilt by Score. Per OKR sheet its score and status counts,
// every objective, every objective others align to with its children and alignment gap, and the
// findings of the check Score ran. Numbers are live formulas that point at the OKR sheets; counts of
// rows and findings are facts of the moment, written as values and dated.
import { absA1, absColumnRange, columnLetters } from "../reading/cellRefs";
import { HISTORY_COL, type HistoryEntry } from "../reading/historySheet";
import { REVISED_TEXT, revisedThisPeriod } from "../checkins/revisions";
import { isoToSerial } from "../reading/dates";
import { countOf, format, LIST_SEPARATOR } from "../reading/i18n";
import { idKey } from "../reading/ids";
import { countBySeverity } from "../rules/severityCounts";
import {
  NOT_SCORED,
  alignmentAlertFormula,
  countLabelFormula,
  differenceFormula,
  linkFormula,
  meanOfNumbersFormula,
  meanOnDateFormula,
  objectiveProgressFormula,
  shareOfTotalFormula,
  sheetColumn,
  sheetRef,
  statusTotalFormula,
  sumFormula,
} from "../scoring/formulas";
import {
  childrenByParent,
  scoreWorkbook,
  type RowScore,
  type WorkbookScore,
} from "../scoring/model";
import { cellNumber } from "../reading/valueCells";
import type { Finding, IsoDate, Lang, Level, Localized, Objective, Status } from "../types";
import { LEVELS } from "../reading/vocabulary";
import { describeReasons, needsAttention, type AttentionItem } from "./attention";
import {
  COLOURS,
  DATE_FORMAT,
  GAP_PERCENT_FORMAT,
  PERCENT_FORMAT,
  SUMMARY_TITLE,
} from "../plan/layout";
import {
  progressBar,
  statusColours,
  statusSpans,
  statusWordsIn,
  wordsFor,
  type LaidOutSheet,
  type SummaryPositions,
} from "../plan/sheetLayout";
import { fitColumns } from "../plan/widths";
import { confidenceMeanShown, numberShown, statusShown } from "../plan/shown";
import { area, emptyPlan, type PlanValue, type SheetPlan, type Shown } from "../plan/types";
import { keyResultCount } from "../reading/sheet";
import { DEFAULT_CADENCE_DAYS } from "../reading/cadence";
import { NOT_STARTED, notStartedCountFormula, notStartedWord } from "../scoring/notStarted";
import type { PeriodScope } from "../reading/periodScope";
import { quarterByQuarterSection, type PeriodSheet } from "./quarterByQuarter";
export { isSummarySheet } from "../plan/layout";
export type { SummaryPositions } from "../plan/sheetLayout";

function levelLabel(level: Level): Localized {
  return LEVELS.find((t) => t.value === level)?.label as Localized;
}

export const SUMMARY_TEXT = {
  sheetName: { en: "Summary", "zh-CN": "OKR 汇总", "zh-TW": "OKR 彙總" },
  title: SUMMARY_TITLE,
  asOf: { en: "As of", "zh-CN": "截至日期", "zh-TW": "截至日期" },
  lastCheck: { en: "Checked on", "zh-CN": "检查日期", "zh-TW": "檢查日期" },
  sheets: { en: "Sheets", "zh-CN": "工作表", "zh-TW": "工作表" },
  objectives: { en: "Objectives", "zh-CN": "目标", "zh-TW": "目標" },
  alignment: { en: "Alignment", "zh-CN": "目标对齐", "zh-TW": "目標對齊" },
  sheet: { en: "Sheet", "zh-CN": "工作表", "zh-TW": "工作表" },
  score: { en: "Score", "zh-CN": "得分", "zh-TW": "得分" },
  department: { en: "Department", "zh-CN": "部门", "zh-TW": "部門" },
  period: { en: "Period", "zh-CN": "周期", "zh-TW": "週期" },
  objectiveCount: { en: "Objectives", "zh-CN": "目标数", "zh-TW": "目標數" },
  krCount: { en: "Key results", "zh-CN": "关键结果数", "zh-TW": "關鍵結果數" },
  errors: { en: "Errors", "zh-CN": "错误", "zh-TW": "錯誤" },
  warnings: { en: "Warnings", "zh-CN": "警告", "zh-TW": "警告" },
  info: { en: "Info", "zh-CN": "提示", "zh-TW": "提示" },
  id: { en: "ID", "zh-CN": "编号", "zh-TW": "編號" },
  progress: { en: "Progress", "zh-CN": "进度", "zh-TW": "進度" },
  status: { en: "Status", "zh-CN": "状态", "zh-TW": "狀態" },
  statement: { en: "Statement", "zh-CN": "描述", "zh-TW": "描述" },
  owner: { en: "Owner", "zh-CN": "负责人", "zh-TW": "負責人" },
  parent: { en: "Parent objective", "zh-CN": "上级目标", "zh-TW": "上級目標" },
  child: { en: "Aligned objective", "zh-CN": "对齐的目标", "zh-TW": "對齊的目標" },
  gap: { en: "Alignment gap", "zh-CN": "目标差值", "zh-TW": "目標差值" },
  chartSheets: { en: "Sheet scores", "zh-CN": "各表得分", "zh-TW": "各表得分" },
  weight: { en: "Weight", "zh-CN": "权重", "zh-TW": "權重" },
  checkins: { en: "Check-ins", "zh-CN": "进度更新次数", "zh-TW": "進度更新次數" },
  lastCheckin: { en: "Last check-in", "zh-CN": "最近进度更新", "zh-TW": "最近進度更新" },
  confidenceLast: {
    en: "Confidence (last)",
    "zh-CN": "信心指数（最近）",
    "zh-TW": "信心指數（最近）",
  },
  confidencePrevious: {
    en: "Confidence (previous)",
    "zh-CN": "信心指数（上次）",
    "zh-TW": "信心指數（上次）",
  },
  confidenceTrend: { en: "Confidence trend", "zh-CN": "信心变化", "zh-TW": "信心變化" },
  notScored: { en: "Not scored", "zh-CN": "未计分", "zh-TW": "未計分" },
  notStarted: NOT_STARTED,
  leftOut: {
    en: "Not shown: {list} (Score with that period to see it; Quarter by quarter below compares the periods).",
    "zh-CN": "未显示：{list}（按该周期计分即可查看；下方“逐季对比”比较各周期）。",
    "zh-TW": "未顯示：{list}（按該週期計分即可查看；下方「逐季對比」比較各週期）。",
  },
  chartObjectives: { en: "Objective progress", "zh-CN": "目标进度", "zh-TW": "目標進度" },
  overallScore: { en: "Overall score", "zh-CN": "总体得分", "zh-TW": "總體得分" },
  attention: { en: "What needs attention", "zh-CN": "需要关注", "zh-TW": "需要關注" },
  nothingNeedsAttention: {
    en: "Nothing: no key result is red, stale or losing confidence.",
    "zh-CN": "无：没有红灯、久未更新或信心下降的关键结果。",
    "zh-TW": "無：沒有紅燈、久未更新或信心下降的關鍵結果。",
  },
  // The levels' own words (one place: the vocabulary).
  keyResult: levelLabel("keyResult"),
  objective: levelLabel("objective"),
  why: { en: "Why", "zh-CN": "原因", "zh-TW": "原因" },
  moreNeedAttention: {
    en: "…and {n} more: the OKR sheets' Status columns and filters show them all.",
    "zh-CN": "……另有 {n} 个：在各 OKR 工作表的状态列中筛选即可全部查看。",
    "zh-TW": "……另有 {n} 個：在各 OKR 工作表的狀態欄中篩選即可全部查看。",
  },
  notPickedUp: { en: "Not picked up", "zh-CN": "无人承接", "zh-TW": "無人承接" },
  findings: { en: "Findings", "zh-CN": "检查结果", "zh-TW": "檢查結果" },
} satisfies Record<string, Localized>;

export interface SummaryOptions {
  /** The check-in history, when the workbook has one: its sheet name and entries. */
  history?: { name: string; entries: readonly HistoryEntry[] } | null;
  sheetName: string;
  create: boolean;
  lang: Lang;
  asOf: IsoDate;
  checkedOn: IsoDate;
  findings: readonly Finding[];
  /** The reference model of the sheets (scored at `asOf` when not given): with it, every formula
   * carries what it shows. */
  model?: WorkbookScore;
  /** The period shown and what was left out (reading/periodScope.ts); all sheets without one. */
  scope?: PeriodScope;
  /** Every period's sheets with their scores, for "Quarter by quarter" (quarterByQuarter.ts). */
  across?: readonly PeriodSheet[];
  /** Days between check-ins, for staleness (reading/cadence.ts). */
  cadence?: number;
}

type Text = keyof typeof SUMMARY_TEXT;

/** Columns of the Sheets section, in order; the check-in columns only when there is a history. */
const SHEET_COLUMNS = [
  "sheet",
  "score",
  "department",
  "period",
  "objectiveCount",
  "krCount",
  "green",
  "yellow",
  "red",
  "notScored",
  "notStarted",
  "errors",
  "warnings",
  "info",
  "checkins",
  "lastCheckin",
  "confidenceLast",
  "confidencePrevious",
  "confidenceTrend",
] as const;
const SHEET_COL = indexOf(SHEET_COLUMNS);
const CHECKIN_FROM = SHEET_COL.checkins;

/** Columns of the Objectives section. */
const OBJECTIVE_COLUMNS = [
  "id",
  "progress",
  "weight",
  "sheet",
  "statement",
  "owner",
  "status",
  "green",
  "yellow",
  "red",
  "krCount",
  "gap",
] as const;
const OBJECTIVE_COL = indexOf(OBJECTIVE_COLUMNS);

/** Columns of the Alignment section. */
const ALIGNMENT_COLUMNS = ["parent", "progress", "sheet", "statement", "child", "gap"] as const;
const ALIGNMENT_COL = indexOf(ALIGNMENT_COLUMNS);

/** Columns of the headline block: labels in one row, figures in the row below. */
const HEADLINE_COLUMNS = [
  "asOf",
  "overallScore",
  "green",
  "yellow",
  "red",
  "notScored",
  "notStarted",
] as const;
/** The title, the headline's labels and figures, a blank row. */
const HEADLINE_ROWS = 4;

/** Columns of "What needs attention" (the key result first: a sheet's name starts a Sheets row). */
const ATTENTION_COLUMNS = [
  "id",
  "statement",
  "sheet",
  "objective",
  "weight",
  "status",
  "progress",
  "why",
] as const;
const ATTENTION_COL = indexOf(ATTENTION_COLUMNS);
/**
 * At most this many key results in "What needs attention": a list a leader reads, not every KR of
 * a sheet of thousands (each line is two live formulas; the rest are counted in one line).
 */
export const ATTENTION_MAX = 50;

/** The lines "What needs attention" takes: heading, header, the KRs shown, "and N more", a blank. */
function attentionHeight(items: number): number {
  if (items === 0) return 3;
  return 2 + Math.min(items, ATTENTION_MAX) + (items > ATTENTION_MAX ? 1 : 0) + 1;
}

function indexOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>;
}

const STATUSES: readonly Status[] = ["green", "yellow", "red"];

/** The Summary being written: its rows top to bottom, its plan, and the reader's words. */
class SummaryWriter {
  readonly rows: PlanValue[][] = [];
  readonly plan: SheetPlan;
  readonly words;
  private readonly modelRows: Map<string, RowScore>;
  constructor(readonly o: SummaryOptions) {
    this.modelRows = new Map((o.model?.rows ?? []).map((r) => [`${r.sheet}\u0000${r.row}`, r]));
    this.plan = emptyPlan(o.sheetName, o.create);
    this.words = statusWordsIn(o.lang);
  }
  t = (key: Text) => SUMMARY_TEXT[key][this.o.lang];
  /** A formula with what it shows, when the model knows it. */
  f = (formula: string, shows: Shown | undefined): PlanValue =>
    shows === undefined ? { formula } : { formula, shows };
  /** The model's row of a sheet's row (1-based), if the Summary has the model. */
  scored = (sheet: string, row: number): RowScore | undefined =>
    this.modelRows.get(`${sheet}\u0000${row}`);
  progressShown = (sheet: string, row: number): Shown | undefined => {
    const m = this.scored(sheet, row);
    return m && numberShown(m.progress);
  };
  /** A status count of a sheet's: only when the sheet's words are the Summary's (counted by word). */
  counted = (laid: LaidOutSheet, n: number | undefined): number | undefined =>
    laid.lang === this.o.lang ? n : undefined;
  /** The 0-based row the next line goes to. */
  at = () => this.rows.length;
  line = (values: PlanValue[]) => this.rows.push(values);
  /** Rows of one sentence that runs over the cells beside it: left out of the columns' widths. */
  readonly noteRows = new Set<number>();
  note(text: string) {
    this.noteRows.add(this.at());
    this.line([text]);
  }
  heading(text: string) {
    this.plan.formats.push({ area: area(this.at(), 0), format: { bold: true, fontSize: 13 } });
    this.line([text]);
  }
  /** Rows of column headers (they may wrap). */
  readonly headerRows = new Set<number>();
  header(cells: string[]) {
    this.headerRows.add(this.at());
    this.plan.formats.push({
      area: area(this.at(), 0, 1, cells.length),
      format: { bold: true, fill: COLOURS.inputHeaderFill },
    });
    this.line(cells);
  }
  /** A number format over rows `from`..`to` - 1 of a column: one request, not one per cell. */
  columnFormat(from: number, to: number, col: number, format: string) {
    if (to > from) this.plan.numberFormats.push({ area: area(from, col, to - from), format });
  }
  /**
   * Rows `from`..`to` - 1: status cells in the OKR sheets' colours, progress cells as data bars and,
   * when `colourProgress`, in their row's status colour too.
   */
  statusAndProgress(
    from: number,
    to: number,
    status: number,
    progress: number,
    colourProgress = false
  ) {
    if (to <= from) return;
    const anchor = `$${columnLetters(status)}${from + 1}`;
    const rows = to - from;
    this.plan.conditionalFormats.push(
      ...statusColours(area(from, status, rows), anchor, this.words),
      ...(colourProgress ? statusColours(area(from, progress, rows), anchor, this.words) : []),
      progressBar(area(from, progress, rows))
    );
  }
  /** A column header: a Summary text, or the status words. */
  label(key: Text | Status): string {
    return (STATUSES as readonly string[]).includes(key)
      ? this.words.during[key as Status]
      : this.t(key as Text);
  }
}

/** A cell of an OKR sheet, from the Summary. */
const remote = (laid: LaidOutSheet, col: number, row1: number) =>
  sheetRef(laid.input.sheet.name, `$${columnLetters(col)}$${row1}`);

/**
 * Check-in figures of one sheet: how many check-ins (dates), the last one, and the mean confidence
 * at the last and the one before, live from the history (SUMIFS / COUNTIFS over its columns).
 */
function checkinCells(
  w: SummaryWriter,
  history: { name: string; entries: readonly HistoryEntry[] },
  sheet: string,
  row: number
): PlanValue[] {
  const dates = [
    ...new Set(history.entries.filter((e) => e.sheet === sheet).map((e) => e.date)),
  ].sort();
  const column = (key: keyof typeof HISTORY_COL) =>
    sheetColumn(history.name, columnLetters(HISTORY_COL[key]));
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
  const fmt = (col: number, format: string) =>
    w.plan.numberFormats.push({ area: area(row, col), format });
  fmt(SHEET_COL.lastCheckin, DATE_FORMAT);
  fmt(SHEET_COL.confidenceLast, PERCENT_FORMAT);
  fmt(SHEET_COL.confidencePrevious, PERCENT_FORMAT);
  fmt(SHEET_COL.confidenceTrend, GAP_PERCENT_FORMAT);
  return [
    dates.length,
    last ? isoToSerial(last) : "",
    mean(last),
    mean(previous),
    w.f(
      differenceFormula(
        absA1(SHEET_COL.confidenceLast, row),
        absA1(SHEET_COL.confidencePrevious, row)
      ),
      w.o.model && (lastMean !== null && previousMean !== null ? lastMean - previousMean : "")
    ),
  ];
}

/** A range of one Summary column over the Sheets section's rows. */
type SheetRows = { from: number; to: number } | null;

/**
 * The title, then the headline: the as-of date (the one date the figures are at), the overall score
 * (the mean of the sheets' scores) and the share of key results per status, and how many could not
 * be scored, live from the Sheets section's columns.
 */
function headlineSection(w: SummaryWriter, rows: SheetRows, laids: readonly LaidOutSheet[]): void {
  // A workbook of several periods: the Summary names the one it shows.
  const scope = w.o.scope;
  const period = scope && scope.periods.length > 1 ? scope.period : null;
  w.line([period ? `${w.t("title")} — ${period.label}` : w.t("title")]);
  w.plan.formats.push({ area: area(0, 0), format: { bold: true, fontSize: 16 } });
  const labels = w.at();
  w.header(HEADLINE_COLUMNS.map((k) => (k === "asOf" ? w.t("asOf") : w.label(k))));
  const column = (key: (typeof SHEET_COLUMNS)[number]) =>
    rows ? absColumnRange(SHEET_COL[key], rows.from, rows.to) : "";
  const shows = headlineShown(w, laids);
  const share = (status: Status): PlanValue =>
    rows ? w.f(shareOfTotalFormula(column(status), column("krCount")), shows?.[status]) : "";
  const figures: Record<(typeof HEADLINE_COLUMNS)[number], PlanValue> = {
    asOf: isoToSerial(w.o.asOf),
    overallScore: rows ? w.f(meanOfNumbersFormula(column("score")), shows?.overallScore) : "",
    green: share("green"),
    yellow: share("yellow"),
    red: share("red"),
    notScored: rows ? w.f(sumFormula(column("notScored")), shows?.notScored) : 0,
    notStarted: rows ? w.f(sumFormula(column("notStarted")), shows?.notStarted) : 0,
  };
  const at = w.at();
  w.line(HEADLINE_COLUMNS.map((k) => figures[k]));
  const col = indexOf(HEADLINE_COLUMNS);
  w.plan.numberFormats.push(
    { area: area(at, col.asOf), format: DATE_FORMAT },
    { area: area(at, col.overallScore, 1, 4), format: PERCENT_FORMAT }
  );
  w.plan.formats.push({
    area: area(at, 0, 1, HEADLINE_COLUMNS.length),
    format: { bold: true, fontSize: 14 },
  });
  for (const s of STATUSES)
    w.plan.formats.push({
      area: area(labels, col[s], 2),
      format: { fill: COLOURS[s].fill, fontColor: COLOURS[s].font },
    });
  // What this Summary leaves out, in one line (the row below the figures).
  const list = scope
    ? scope.leftOut
        .map((p) =>
          format(LEFT_OUT_ITEM[w.o.lang], {
            sheets: countOf(p.sheets.length, SHEET_COUNT, w.o.lang),
            period: p.period.label,
          })
        )
        .join(LIST_SEPARATOR[w.o.lang])
    : "";
  if (list) w.note(format(w.t("leftOut"), { list }));
  else w.line([]);
}

const LEFT_OUT_ITEM: Localized = {
  en: "{sheets} of {period}",
  "zh-CN": "{period} 的 {sheets}",
  "zh-TW": "{period} 的 {sheets}",
};
const SHEET_COUNT: Parameters<typeof countOf>[1] = {
  en: { one: "{n} sheet", other: "{n} sheets" },
  "zh-CN": "{n} 张工作表",
  "zh-TW": "{n} 張工作表",
};

/**
 * What the headline's formulas show, from the model and the Sheets section's cells they read:
 * the mean of the sheets' numeric scores, status counts over key results, the not-scored total.
 * A status share is left uncached when a sheet's counts are (another language's words).
 */
function headlineShown(
  w: SummaryWriter,
  laids: readonly LaidOutSheet[]
): Partial<Record<"overallScore" | Status | "notScored" | "notStarted", Shown>> | undefined {
  const model = w.o.model;
  if (!model) return undefined;
  const scored = laids.map((laid) => ({
    laid,
    s: model.sheets.find((x) => x.name === laid.input.sheet.name),
  }));
  if (scored.some((x) => !x.s)) return undefined;
  const scores = scored.flatMap(({ laid, s }) =>
    laid.input.sheet.objectives.length && s?.score !== null && s?.score !== undefined
      ? [s.score]
      : []
  );
  // The model's count of each sheet's key results: the Sheets section's Key results column.
  const krs = sum(scored.map(({ s }) => s?.keyResults ?? 0));
  const share = (status: Status): Shown | undefined => {
    const counts = scored.map(({ laid, s }) => w.counted(laid, s?.counts[status]));
    if (counts.some((n) => n === undefined)) return undefined;
    return krs === 0 ? "" : sum(counts as number[]) / krs;
  };
  return {
    overallScore: scores.length ? sum(scores) / scores.length : "",
    green: share("green"),
    yellow: share("yellow"),
    red: share("red"),
    notScored: sum(scored.map(({ s }) => s?.notScored ?? 0)),
    notStarted: sum(scored.map(({ s }) => s?.notStarted ?? 0)),
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The key results that need attention and why (worked out by Score: see attention.ts). */
function attentionSection(
  w: SummaryWriter,
  items: readonly AttentionItem[],
  laids: readonly LaidOutSheet[]
) {
  w.heading(w.t("attention"));
  if (items.length === 0) {
    w.line([w.t("nothingNeedsAttention")]);
    w.line([]);
    return;
  }
  w.header(
    ATTENTION_COLUMNS.map((k) =>
      k === "objective" || k === "why" ? w.t(k) : w.label(k === "id" ? "keyResult" : k)
    )
  );
  const first = w.at();
  const byName = new Map(laids.map((l) => [l.input.sheet.name, l]));
  for (const item of items.slice(0, ATTENTION_MAX)) {
    const laid = byName.get(item.sheet) as LaidOutSheet;
    const c = laid.columns;
    const m = w.scored(item.sheet, item.kr.row);
    const cells: Record<(typeof ATTENTION_COLUMNS)[number], PlanValue> = {
      sheet: item.sheet,
      id: item.kr.id,
      statement: item.kr.statement,
      objective: item.objective?.id ?? "",
      weight: item.objective?.weight ?? "",
      status: w.f(
        linkFormula(remote(laid, c.status, item.kr.row)),
        m && statusShown(m.status, m.expected, statusWordsIn(laid.lang), m.notStarted)
      ),
      progress: w.f(
        linkFormula(remote(laid, c.progress, item.kr.row)),
        w.progressShown(item.sheet, item.kr.row)
      ),
      why: describeReasons(item.reasons, w.o.lang),
    };
    w.line(ATTENTION_COLUMNS.map((k) => cells[k]));
  }
  const next = w.at();
  if (items.length > ATTENTION_MAX)
    w.line([format(w.t("moreNeedAttention"), { n: items.length - ATTENTION_MAX })]);
  w.columnFormat(first, next, ATTENTION_COL.weight, PERCENT_FORMAT);
  w.columnFormat(first, next, ATTENTION_COL.progress, PERCENT_FORMAT);
  w.statusAndProgress(first, next, ATTENTION_COL.status, ATTENTION_COL.progress);
  w.line([]);
}

/** The check Score ran: when, and how many findings of each severity. */
function findingsSection(w: SummaryWriter): void {
  const all = countBySeverity(w.o.findings);
  w.line([]);
  w.heading(w.t("findings"));
  w.plan.numberFormats.push({ area: area(w.at(), 1), format: DATE_FORMAT });
  w.line([
    w.t("lastCheck"),
    isoToSerial(w.o.checkedOn),
    w.t("errors"),
    all.error,
    w.t("warnings"),
    all.warning,
    w.t("info"),
    all.info,
  ]);
}

/** Per OKR sheet: its score (the weighted mean of its objectives' rows below), counts, check-ins. */
function sheetsSection(
  w: SummaryWriter,
  laids: readonly LaidOutSheet[],
  objectiveRows: Map<LaidOutSheet, [number, number]>,
  positions: SummaryPositions
): void {
  w.heading(w.t("sheets"));
  const history = w.o.history ?? null;
  const columns = SHEET_COLUMNS.slice(0, history ? SHEET_COLUMNS.length : CHECKIN_FROM);
  w.header(columns.map((k) => w.label(k)));
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
        Math.max(sheet.headerRow, laid.input.rows.length - 1)
      )
    );
    const counts = countBySeverity(w.o.findings.filter((f) => f.sheet === sheet.name));
    const row = w.at();
    positions.sheets.set(sheet.name, {
      score: absA1(SHEET_COL.score, row),
      green: absA1(SHEET_COL.green, row),
      yellow: absA1(SHEET_COL.yellow, row),
      red: absA1(SHEET_COL.red, row),
    });
    const cells: Record<(typeof SHEET_COLUMNS)[number], PlanValue> = {
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
      department: sheet.header.department,
      period: sheet.header.period?.label ?? "",
      objectiveCount: sheet.objectives.length,
      krCount: keyResultCount(sheet),
      green: count("green"),
      yellow: count("yellow"),
      red: count("red"),
      notScored: w.f(countLabelFormula([progressColumn], [NOT_SCORED]), scored?.notScored),
      // Counted apart from the statuses, by the sheet's own word.
      notStarted: w.f(
        notStartedCountFormula(
          sheetRef(
            sheet.name,
            absColumnRange(
              laid.columns.status,
              sheet.headerRow,
              Math.max(sheet.headerRow, laid.input.rows.length - 1)
            )
          ),
          has ? absColumnRange(OBJECTIVE_COL.status, from, to) : null,
          notStartedWord(laid.lang)
        ),
        scored?.notStarted
      ),
      errors: counts.error,
      warnings: counts.warning,
      info: counts.info,
      checkins: null,
      lastCheckin: null,
      confidenceLast: null,
      confidencePrevious: null,
      confidenceTrend: null,
    };
    w.line([
      ...SHEET_COLUMNS.slice(0, CHECKIN_FROM).map((k) => cells[k]),
      ...(history ? checkinCells(w, history, sheet.name, row) : []),
    ]);
  }
  w.columnFormat(first, first + laids.length, SHEET_COL.score, PERCENT_FORMAT);
  if (laids.length > 0)
    w.plan.conditionalFormats.push(progressBar(area(first, SHEET_COL.score, laids.length)));
  if (laids.length > 0)
    w.plan.charts.push({
      type: "column",
      title: w.t("chartSheets"),
      source: area(first - 1, 0, laids.length + 1, 2),
      at: area(1, columns.length + 1, 15, 7),
    });
  w.line([]);
}

/** Every objective, sheet by sheet (each sheet's rows side by side for its score). */
function objectivesSection(w: SummaryWriter, laids: readonly LaidOutSheet[], chartCol: number) {
  w.heading(w.t("objectives"));
  w.header(OBJECTIVE_COLUMNS.map((k) => (k === "gap" ? w.t("gap") : w.label(k))));
  const first = w.at();
  for (const laid of laids) {
    const { sheet } = laid.input;
    const c = laid.columns;
    for (const ob of sheet.objectives) {
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
      const cells: Record<(typeof OBJECTIVE_COLUMNS)[number], PlanValue> = {
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
        sheet: sheet.name,
        statement: ob.statement,
        owner: ob.owner,
        status: w.f(
          linkFormula(remote(laid, c.status, ob.row)),
          m && statusShown(m.status, m.expected, statusWordsIn(laid.lang), m.notStarted)
        ),
        green: count("green"),
        yellow: count("yellow"),
        red: count("red"),
        krCount: ob.keyResults.length,
        gap: w.f(
          linkFormula(remote(laid, c.alignmentGap, ob.row)),
          m && numberShown(m.alignmentGap)
        ),
      };
      w.line(OBJECTIVE_COLUMNS.map((k) => cells[k]));
    }
  }
  const next = w.at();
  w.columnFormat(first, next, OBJECTIVE_COL.progress, PERCENT_FORMAT);
  w.columnFormat(first, next, OBJECTIVE_COL.weight, PERCENT_FORMAT);
  w.columnFormat(first, next, OBJECTIVE_COL.gap, GAP_PERCENT_FORMAT);
  w.statusAndProgress(first, next, OBJECTIVE_COL.status, OBJECTIVE_COL.progress, true);
  if (next > first)
    w.plan.charts.push({
      type: "column",
      title: w.t("chartObjectives"),
      source: area(first - 1, 0, next - first + 1, 2),
      at: area(17, chartCol, 15, 7),
    });
  w.line([]);
}

/** Each objective others align to, then its children (their progress side by side). */
function alignmentSection(
  w: SummaryWriter,
  laids: readonly LaidOutSheet[],
  positions: SummaryPositions
): void {
  w.heading(w.t("alignment"));
  w.header(ALIGNMENT_COLUMNS.map((k) => w.t(k)));
  const first = w.at();
  const seen = new Set<string>();
  const byName = new Map(laids.map((l) => [l.input.sheet.name, l]));
  const childrenOf = childrenByParent(laids.map((l) => l.input.sheet));
  /** Company objectives nobody aligned to (seed 000: each should be carried by someone below). */
  const notPickedUp: { laid: LaidOutSheet; parent: Objective }[] = [];
  for (const laid of laids)
    for (const parent of laid.input.sheet.objectives) {
      const key = idKey(parent.id);
      if (!parent.id || seen.has(key)) continue;
      const kids = (childrenOf.get(key) ?? []).map(({ sheet, objective }) => ({
        laid: byName.get(sheet) as LaidOutSheet,
        ob: objective,
      }));
      if (kids.length === 0) {
        if (laid.input.sheet.header.scope === "company") notPickedUp.push({ laid, parent });
        continue;
      }
      seen.add(key);
      w.plan.formats.push({ area: area(w.at(), 0, 1, 4), format: { bold: true } });
      const m = w.scored(laid.input.sheet.name, parent.row);
      w.line([
        parent.id,
        w.f(
          linkFormula(remote(laid, laid.columns.progress, parent.row)),
          w.progressShown(laid.input.sheet.name, parent.row)
        ),
        laid.input.sheet.name,
        parent.statement,
        "",
        w.f(
          linkFormula(remote(laid, laid.columns.alignmentGap, parent.row)),
          m && numberShown(m.alignmentGap)
        ),
      ]);
      positions.children.set(
        key,
        absColumnRange(ALIGNMENT_COL.progress, w.at(), w.at() + kids.length - 1)
      );
      for (const kid of kids)
        w.line([
          "",
          w.f(
            linkFormula(remote(kid.laid, kid.laid.columns.progress, kid.ob.row)),
            w.progressShown(kid.laid.input.sheet.name, kid.ob.row)
          ),
          kid.laid.input.sheet.name,
          kid.ob.statement,
          kid.ob.id,
          "",
        ]);
    }
  for (const { laid, parent } of notPickedUp) {
    if (seen.has(idKey(parent.id))) continue;
    seen.add(idKey(parent.id));
    w.plan.formats.push({
      area: area(w.at(), ALIGNMENT_COL.child),
      format: { bold: true, fontColor: COLOURS.alert },
    });
    const cells: Record<(typeof ALIGNMENT_COLUMNS)[number], PlanValue> = {
      parent: parent.id,
      progress: { formula: linkFormula(remote(laid, laid.columns.progress, parent.row)) },
      sheet: laid.input.sheet.name,
      statement: parent.statement,
      child: w.t("notPickedUp"),
      gap: "",
    };
    w.line(ALIGNMENT_COLUMNS.map((k) => cells[k]));
  }
  const rows = w.at() - first;
  if (rows > 0)
    w.plan.conditionalFormats.push(progressBar(area(first, ALIGNMENT_COL.progress, rows)));
  w.columnFormat(first, w.at(), ALIGNMENT_COL.progress, PERCENT_FORMAT);
  w.columnFormat(first, w.at(), ALIGNMENT_COL.gap, GAP_PERCENT_FORMAT);
  if (rows > 0)
    w.plan.conditionalFormats.push({
      kind: "formula",
      area: area(first, ALIGNMENT_COL.gap, rows),
      formula: alignmentAlertFormula(`$${columnLetters(ALIGNMENT_COL.gap)}${first + 1}`),
      fill: COLOURS.red.fill,
      fontColor: COLOURS.red.font,
      bold: true,
    });
}

/** Key results whose Target, Weight or statement changed this period (checkins/revisions.ts). */
function revisedSection(w: SummaryWriter, laids: readonly LaidOutSheet[]): void {
  const revised = revisedThisPeriod(
    laids.map((l) => l.input.sheet),
    w.o.history?.entries ?? []
  );
  if (revised.length === 0) return;
  const text = (key: keyof typeof REVISED_TEXT) => REVISED_TEXT[key][w.o.lang];
  w.line([]);
  w.heading(text("heading"));
  w.header([text("krId"), w.t("sheet"), text("date"), text("changes")]);
  const first = w.at();
  for (const r of revised) w.line([r.krId, r.sheet, isoToSerial(r.date), r.changes]);
  w.columnFormat(first, w.at(), 2, DATE_FORMAT);
}

/** The Summary's plan and the positions of what OKR sheets may reference. */
export function summaryPlan(
  laids: readonly LaidOutSheet[],
  o: SummaryOptions
): { plan: SheetPlan; positions: SummaryPositions } {
  const w = new SummaryWriter(o);
  const positions: SummaryPositions = {
    sheetName: o.sheetName,
    sheets: new Map(),
    children: new Map(),
  };
  const sheets = laids.map((l) => l.input.sheet);
  const model = o.model ?? scoreWorkbook(sheets, o.asOf);
  const attention = needsAttention(
    sheets,
    model,
    o.history?.entries ?? null,
    o.asOf,
    o.cadence ?? DEFAULT_CADENCE_DAYS
  );
  // Row numbers are known up front: the headline, "What needs attention", the Sheets section
  // (heading, header, a row per sheet, a blank), then the Objectives section's heading and header.
  const firstSheetRow = HEADLINE_ROWS + attentionHeight(attention.length) + 2;
  const firstObjectiveRow = firstSheetRow + laids.length + 1 + 2;
  const objectiveRows = new Map<LaidOutSheet, [number, number]>();
  let next = firstObjectiveRow;
  for (const laid of laids) {
    const n = laid.input.sheet.objectives.length;
    objectiveRows.set(laid, [next, next + n - 1]);
    next += n;
  }
  headlineSection(
    w,
    laids.length ? { from: firstSheetRow, to: firstSheetRow + laids.length - 1 } : null,
    laids
  );
  if (w.at() !== HEADLINE_ROWS) throw new Error("Summary layout: headline moved");
  attentionSection(w, attention, laids);
  if (w.at() + 2 !== firstSheetRow) throw new Error("Summary layout: sheets moved");
  sheetsSection(w, laids, objectiveRows, positions);
  if (w.at() + 2 !== firstObjectiveRow) throw new Error("Summary layout: objectives moved");
  const chartCol = (o.history ? SHEET_COLUMNS.length : CHECKIN_FROM) + 1;
  objectivesSection(w, laids, chartCol);
  alignmentSection(w, laids, positions);
  if (o.across)
    quarterByQuarterSection(
      w,
      o.across.map((x) => {
        // The period shown links to its own row of the Sheets section above.
        const here = positions.sheets.get(x.sheet)?.score;
        return here ? { ...x, ref: here } : x;
      }),
      { lang: o.lang, shown: o.scope?.period ?? null, withShows: o.model !== undefined }
    );
  revisedSection(w, laids);
  findingsSection(w);

  const width = Math.max(...w.rows.map((r) => r.length));
  w.plan.blocks.push({
    row: 0,
    col: 0,
    values: w.rows.map((r) => [...r, ...new Array<PlanValue>(width - r.length).fill(null)]),
  });
  // Widths that fit the content (the title runs over the empty cells beside it); long text wraps.
  const fit = fitColumns(w.rows, w.plan.numberFormats, {
    wrapRows: w.headerRows,
    skipRows: new Set([0, ...w.noteRows]),
    min: 8,
    max: 48,
  });
  w.plan.columnWidths.push(...fit.widths);
  w.plan.formats.push(...fit.wrap);
  return { plan: w.plan, positions };
}
