// The leadership summary: one sheet, rebuilt by Score. Per OKR sheet its score and status counts,
// every objective, every objective others align to with its children and alignment gap, and the
// findings of the check Score ran. Numbers are live formulas that point at the OKR sheets; counts of
// rows and findings are facts of the moment, written as values and dated.
import { absA1, absColumnRange, columnLetters } from "../cellRefs";
import { HISTORY_COL, type HistoryEntry } from "../checkins/history";
import { REVISED_TEXT, revisedThisPeriod } from "../checkins/revisions";
import { isoToSerial } from "../dates";
import { idKey } from "../ids";
import { countBySeverity } from "../lint";
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
} from "../scoring/formulas";
import { childrenByParent } from "../scoring/model";
import type { Finding, IsoDate, Lang, Localized, Status } from "../types";
import { COLOURS, DATE_FORMAT, GAP_PERCENT_FORMAT, PERCENT_FORMAT, SUMMARY_TITLE } from "./layout";
import {
  statusSpans,
  statusWordsIn,
  wordsFor,
  type LaidOutSheet,
  type SummaryPositions,
} from "./sheetLayout";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "./types";
export { isSummarySheet } from "./layout";
export type { SummaryPositions } from "./sheetLayout";

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
  chartObjectives: { en: "Objective progress", "zh-CN": "目标进度", "zh-TW": "目標進度" },
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

function indexOf<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>;
}

const STATUSES: readonly Status[] = ["green", "yellow", "red"];

/** The Summary being written: its rows top to bottom, its plan, and the reader's words. */
class SummaryWriter {
  readonly rows: PlanValue[][] = [];
  readonly plan: SheetPlan;
  readonly words;
  constructor(readonly o: SummaryOptions) {
    this.plan = emptyPlan(o.sheetName, o.create);
    this.words = statusWordsIn(o.lang);
  }
  t = (key: Text) => SUMMARY_TEXT[key][this.o.lang];
  /** The 0-based row the next line goes to. */
  at = () => this.rows.length;
  line = (values: PlanValue[]) => this.rows.push(values);
  heading(text: string) {
    this.plan.formats.push({ area: area(this.at(), 0), format: { bold: true, fontSize: 13 } });
    this.line([text]);
  }
  header(cells: string[]) {
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
      ? {
          formula: meanOnDateFormula(
            { sheet: column("sheet"), date: column("date"), value: column("confidence") },
            sheet,
            isoToSerial(date)
          ),
        }
      : "";
  const last = dates[dates.length - 1];
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
    mean(dates[dates.length - 2]),
    {
      formula: differenceFormula(
        absA1(SHEET_COL.confidenceLast, row),
        absA1(SHEET_COL.confidencePrevious, row)
      ),
    },
  ];
}

/** The title, the as-of date and the check's counts. */
function headlineSection(w: SummaryWriter): void {
  const all = countBySeverity(w.o.findings);
  w.line([`${w.t("title")} — ${w.t("asOf")} ${w.o.asOf}`]);
  w.plan.formats.push({ area: area(0, 0), format: { bold: true, fontSize: 16 } });
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
  w.plan.numberFormats.push({ area: area(1, 1), format: DATE_FORMAT });
  w.line([]);
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
    const count = (status: Status): PlanValue => {
      const formula = statusTotalFormula(
        has ? absColumnRange(OBJECTIVE_COL[status], from, to) : null,
        orphanSpans,
        wordsFor(w.words, status)
      );
      return formula ? { formula } : 0;
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
        ? {
            formula: objectiveProgressFormula(
              absColumnRange(OBJECTIVE_COL.progress, from, to),
              absColumnRange(OBJECTIVE_COL.weight, from, to)
            ),
          }
        : "",
      department: sheet.header.department,
      period: sheet.header.period?.label ?? "",
      objectiveCount: sheet.objectives.length,
      krCount:
        sheet.objectives.reduce((n, ob) => n + ob.keyResults.length, 0) + sheet.orphans.length,
      green: count("green"),
      yellow: count("yellow"),
      red: count("red"),
      notScored: { formula: countLabelFormula([progressColumn], [NOT_SCORED]) },
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
    w.plan.charts.push({
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
      const cells: Record<(typeof OBJECTIVE_COLUMNS)[number], PlanValue> = {
        id: ob.id,
        progress: { formula: linkFormula(remote(laid, c.progress, ob.row)) },
        weight: { formula: linkFormula(remote(laid, c.weight, ob.row)) },
        sheet: sheet.name,
        statement: ob.statement,
        owner: ob.owner,
        status: { formula: linkFormula(remote(laid, c.status, ob.row)) },
        green: { formula: countLabelFormula(spans, wordsFor(w.words, "green")) },
        yellow: { formula: countLabelFormula(spans, wordsFor(w.words, "yellow")) },
        red: { formula: countLabelFormula(spans, wordsFor(w.words, "red")) },
        krCount: ob.keyResults.length,
        gap: { formula: linkFormula(remote(laid, c.alignmentGap, ob.row)) },
      };
      w.line(OBJECTIVE_COLUMNS.map((k) => cells[k]));
    }
  }
  const next = w.at();
  w.columnFormat(first, next, OBJECTIVE_COL.progress, PERCENT_FORMAT);
  w.columnFormat(first, next, OBJECTIVE_COL.weight, PERCENT_FORMAT);
  w.columnFormat(first, next, OBJECTIVE_COL.gap, GAP_PERCENT_FORMAT);
  if (next > first)
    w.plan.charts.push({
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
  for (const laid of laids)
    for (const parent of laid.input.sheet.objectives) {
      const key = idKey(parent.id);
      if (!parent.id || seen.has(key)) continue;
      const kids = (childrenOf.get(key) ?? []).map(({ sheet, objective }) => ({
        laid: byName.get(sheet) as LaidOutSheet,
        ob: objective,
      }));
      if (kids.length === 0) continue;
      seen.add(key);
      w.plan.formats.push({ area: area(w.at(), 0, 1, 4), format: { bold: true } });
      w.line([
        parent.id,
        { formula: linkFormula(remote(laid, laid.columns.progress, parent.row)) },
        laid.input.sheet.name,
        parent.statement,
        "",
        { formula: linkFormula(remote(laid, laid.columns.alignmentGap, parent.row)) },
      ]);
      positions.children.set(
        key,
        absColumnRange(ALIGNMENT_COL.progress, w.at(), w.at() + kids.length - 1)
      );
      for (const kid of kids)
        w.line([
          "",
          { formula: linkFormula(remote(kid.laid, kid.laid.columns.progress, kid.ob.row)) },
          kid.laid.input.sheet.name,
          kid.ob.statement,
          kid.ob.id,
          "",
        ]);
    }
  const rows = w.at() - first;
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
  // Row numbers are known up front: headline (3 rows), the Sheets section (heading, header, a row
  // per sheet, a blank), then the Objectives section's heading and header.
  const firstObjectiveRow = 3 + 2 + laids.length + 1 + 2;
  const objectiveRows = new Map<LaidOutSheet, [number, number]>();
  let next = firstObjectiveRow;
  for (const laid of laids) {
    const n = laid.input.sheet.objectives.length;
    objectiveRows.set(laid, [next, next + n - 1]);
    next += n;
  }
  headlineSection(w);
  sheetsSection(w, laids, objectiveRows, positions);
  if (w.at() + 2 !== firstObjectiveRow) throw new Error("Summary layout: objectives moved");
  const chartCol = (o.history ? SHEET_COLUMNS.length : CHECKIN_FROM) + 1;
  objectivesSection(w, laids, chartCol);
  alignmentSection(w, laids, positions);
  revisedSection(w, laids);

  const width = Math.max(...w.rows.map((r) => r.length));
  w.plan.blocks.push({
    row: 0,
    col: 0,
    values: w.rows.map((r) => [...r, ...new Array<PlanValue>(width - r.length).fill(null)]),
  });
  w.plan.columnWidths.push(
    { col: 0, chars: 24 },
    { col: 1, chars: 10 },
    { col: 2, chars: 22 },
    { col: 3, chars: 24 },
    { col: 4, chars: 40 },
    { col: 5, chars: 16 }
  );
  return { plan: w.plan, positions };
}
