// The leadership summary: one sheet, rebuilt by Score. Per OKR sheet its score and status counts,
// every objective, every objective others align to with its children and alignment gap, and the
// findings of the check Score ran. Numbers are live formulas that point at the OKR sheets; counts of
// rows and findings are facts of the moment, written as values and dated.
import { columnLetters } from "../cellRefs";
import { idKey } from "../ids";
import { countBySeverity } from "../lint";
import { isoToSerial } from "../dates";
import { HISTORY_COL, type HistoryEntry } from "../checkins/history";
import {
  countLabelFormula,
  exactCriterion,
  linkFormula,
  objectiveProgressFormula,
  sheetColumn,
  sheetRef,
} from "../scoring/formulas";
import { ALIGNMENT_GAP_ALERT } from "../scoring/grading";
import { childrenByParent } from "../scoring/model";
import type { Finding, IsoDate, Lang, Localized } from "../types";
import { COLOURS, DATE_FORMAT, GAP_PERCENT_FORMAT, PERCENT_FORMAT, SUMMARY_TITLE } from "./layout";
export { isSummarySheet } from "./layout";
import { statusLabelsIn, statusSpans, type Laid } from "./score";
import { area, emptyPlan, type PlanValue, type SheetPlan } from "./types";

const l = (en: string, zhCN: string, zhTW: string): Localized => ({
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
});

export const SUMMARY_TEXT = {
  sheetName: l("Summary", "OKR 汇总", "OKR 彙總"),
  title: SUMMARY_TITLE,
  asOf: l("As of", "截至日期", "截至日期"),
  lastCheck: l("Checked on", "检查日期", "檢查日期"),
  sheets: l("Sheets", "工作表", "工作表"),
  objectives: l("Objectives", "目标", "目標"),
  alignment: l("Alignment", "目标对齐", "目標對齊"),
  sheet: l("Sheet", "工作表", "工作表"),
  score: l("Score", "得分", "得分"),
  department: l("Department", "部门", "部門"),
  period: l("Period", "周期", "週期"),
  objectiveCount: l("Objectives", "目标数", "目標數"),
  krCount: l("Key results", "关键结果数", "關鍵結果數"),
  errors: l("Errors", "错误", "錯誤"),
  warnings: l("Warnings", "警告", "警告"),
  info: l("Info", "提示", "提示"),
  id: l("ID", "编号", "編號"),
  progress: l("Progress", "进度", "進度"),
  status: l("Status", "状态", "狀態"),
  statement: l("Statement", "描述", "描述"),
  owner: l("Owner", "负责人", "負責人"),
  parent: l("Parent objective", "上级目标", "上級目標"),
  child: l("Aligned objective", "对齐的目标", "對齊的目標"),
  gap: l("Alignment gap", "目标差值", "目標差值"),
  chartSheets: l("Sheet scores", "各表得分", "各表得分"),
  weight: l("Weight", "权重", "權重"),
  checkins: l("Check-ins", "进度更新次数", "進度更新次數"),
  lastCheckin: l("Last check-in", "最近进度更新", "最近進度更新"),
  confidenceLast: l("Confidence (last)", "信心指数（最近）", "信心指數（最近）"),
  confidencePrevious: l("Confidence (previous)", "信心指数（上次）", "信心指數（上次）"),
  confidenceTrend: l("Confidence trend", "信心变化", "信心變化"),
  chartObjectives: l("Objective progress", "目标进度", "目標進度"),
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

/** Where the Summary keeps what OKR sheets may point at when a term-by-term formula would be too long. */
export interface SummaryPositions {
  sheetName: string;
  /** Per OKR sheet: the cells of its score and of its green / yellow / red counts. */
  sheets: Map<string, { score: string; green: string; yellow: string; red: string }>;
  /** Per parent objective (ID key): the range of its children's progress. */
  children: Map<string, string>;
}

const A = (col: number, row: number) => `$${columnLetters(col)}$${row + 1}`;
const range = (col: number, first: number, last: number) => `${A(col, first)}:${A(col, last)}`;

/**
 * Check-in figures of one sheet: how many check-ins (dates), the last one, and the mean confidence
 * at the last and the one before, live from the history (SUMIFS / COUNTIFS over its columns).
 */
function checkinCells(
  history: { name: string; entries: readonly HistoryEntry[] },
  sheet: string,
  row: number,
  fmt: (row: number, col: number, format: string) => void
): PlanValue[] {
  const dates = [
    ...new Set(history.entries.filter((e) => e.sheet === sheet).map((e) => e.date)),
  ].sort();
  const column = (key: keyof typeof HISTORY_COL) =>
    sheetColumn(history.name, columnLetters(HISTORY_COL[key]));
  const mean = (date: IsoDate | undefined): PlanValue => {
    if (!date) return "";
    const on = `${column("sheet")},${exactCriterion(sheet)},${column("date")},${isoToSerial(date)}`;
    const count = `COUNTIFS(${on},${column("confidence")},">=0")`;
    return { formula: `=IF(${count}=0,"",SUMIFS(${column("confidence")},${on})/${count})` };
  };
  const last = dates[dates.length - 1];
  fmt(row, 13, DATE_FORMAT);
  fmt(row, 14, PERCENT_FORMAT);
  fmt(row, 15, PERCENT_FORMAT);
  fmt(row, 16, GAP_PERCENT_FORMAT);
  const [o, p] = [A(14, row), A(15, row)];
  return [
    dates.length,
    last ? isoToSerial(last) : "",
    mean(last),
    mean(dates[dates.length - 2]),
    { formula: `=IF(AND(ISNUMBER(${o}),ISNUMBER(${p})),${o}-${p},"")` },
  ];
}

/** The Summary's plan and the positions of what OKR sheets may reference. */
export function summaryPlan(
  laids: readonly Laid[],
  o: SummaryOptions
): { plan: SheetPlan; positions: SummaryPositions } {
  const t = (key: keyof typeof SUMMARY_TEXT) => SUMMARY_TEXT[key][o.lang];
  const plan = emptyPlan(o.sheetName, o.create);
  const rows: PlanValue[][] = [];
  const at = () => rows.length;
  const line = (values: PlanValue[]) => rows.push(values);
  const heading = (text: string) => {
    plan.formats.push({ area: area(at(), 0), format: { bold: true, fontSize: 13 } });
    line([text]);
  };
  const header = (cells: string[]) => {
    plan.formats.push({
      area: area(at(), 0, 1, cells.length),
      format: { bold: true, fill: COLOURS.inputHeaderFill },
    });
    line(cells);
  };
  // Number formats by column over a whole section, not cell by cell: one request each.
  const columnFormat = (from: number, to: number, col: number, format: string) => {
    if (to > from) plan.numberFormats.push({ area: area(from, col, to - from), format });
  };
  const fmt = (row: number, col: number, format: string) =>
    plan.numberFormats.push({ area: area(row, col), format });
  const labels = statusLabelsIn(o.lang);
  const all = countBySeverity(o.findings);
  const positions: SummaryPositions = {
    sheetName: o.sheetName,
    sheets: new Map(),
    children: new Map(),
  };
  const remote = (laid: Laid, col: number, row1: number) =>
    sheetRef(laid.input.sheet.name, `$${columnLetters(col)}$${row1}`);

  line([`${t("title")} — ${t("asOf")} ${o.asOf}`]);
  plan.formats.push({ area: area(0, 0), format: { bold: true, fontSize: 16 } });
  line([
    t("lastCheck"),
    isoToSerial(o.checkedOn),
    t("errors"),
    all.error,
    t("warnings"),
    all.warning,
    t("info"),
    all.info,
  ]);
  fmt(1, 1, DATE_FORMAT);
  line([]);

  // Row numbers are known up front: the Sheets section, then the Objectives section.
  const firstSheetRow = 5;
  const firstObjectiveRow = firstSheetRow + laids.length + 3;
  const objectiveRows = new Map<Laid, [number, number]>();
  let next = firstObjectiveRow;
  for (const laid of laids) {
    const n = laid.input.sheet.objectives.length;
    objectiveRows.set(laid, [next, next + n - 1]);
    next += n;
  }

  // Sheets: name and score side by side, so the chart's source is one range.
  heading(t("sheets"));
  const history = o.history ?? null;
  header([
    t("sheet"),
    t("score"),
    t("department"),
    t("period"),
    t("objectiveCount"),
    t("krCount"),
    labels.green,
    labels.yellow,
    labels.red,
    t("errors"),
    t("warnings"),
    t("info"),
    ...(history
      ? [
          t("checkins"),
          t("lastCheckin"),
          t("confidenceLast"),
          t("confidencePrevious"),
          t("confidenceTrend"),
        ]
      : []),
  ]);
  for (const laid of laids) {
    const { sheet } = laid.input;
    const [first, last] = objectiveRows.get(laid) as [number, number];
    const has = last >= first;
    const orphanSpan = statusSpans({ ...sheet, objectives: [] }, laid.columns.status).map((s) =>
      sheetRef(sheet.name, s)
    );
    const count = (col: number, status: keyof typeof labels): PlanValue => {
      const parts = [
        ...(has ? [`SUM(${range(col, first, last)})`] : []),
        ...orphanSpan.map((s) => `COUNTIF(${s},"${labels[status]}")`),
      ];
      return parts.length ? { formula: `=${parts.join("+")}` } : 0;
    };
    const counts = countBySeverity(o.findings.filter((f) => f.sheet === sheet.name));
    const row = at();
    positions.sheets.set(sheet.name, {
      score: A(1, row),
      green: A(6, row),
      yellow: A(7, row),
      red: A(8, row),
    });
    line([
      sheet.name,
      has
        ? { formula: objectiveProgressFormula(range(1, first, last), range(2, first, last)) }
        : "",
      sheet.header.department,
      sheet.header.period?.label ?? "",
      sheet.objectives.length,
      sheet.objectives.reduce((n, ob) => n + ob.keyResults.length, 0) + sheet.orphans.length,
      count(7, "green"),
      count(8, "yellow"),
      count(9, "red"),
      counts.error,
      counts.warning,
      counts.info,
      ...(history ? checkinCells(history, sheet.name, row, fmt) : []),
    ]);
  }
  columnFormat(firstSheetRow, firstSheetRow + laids.length, 1, PERCENT_FORMAT);
  if (laids.length > 0)
    plan.charts.push({
      title: t("chartSheets"),
      source: area(firstSheetRow - 1, 0, laids.length + 1, 2),
      at: area(1, 13, 15, 7),
    });
  line([]);

  // Objectives, sheet by sheet (each sheet's rows side by side for its score).
  heading(t("objectives"));
  header([
    t("id"),
    t("progress"),
    t("weight"),
    t("sheet"),
    t("statement"),
    t("owner"),
    t("status"),
    labels.green,
    labels.yellow,
    labels.red,
    t("krCount"),
    t("gap"),
  ]);
  for (const laid of laids) {
    const { sheet } = laid.input;
    const c = laid.columns;
    for (const ob of sheet.objectives) {
      const span = statusSpans({ ...sheet, orphans: [], objectives: [ob] }, c.status).map((s) =>
        sheetRef(sheet.name, s)
      );
      line([
        ob.id,
        { formula: linkFormula(remote(laid, c.progress, ob.row)) },
        { formula: linkFormula(remote(laid, c.weight, ob.row)) },
        sheet.name,
        ob.statement,
        ob.owner,
        { formula: linkFormula(remote(laid, c.status, ob.row)) },
        { formula: countLabelFormula(span, labels.green) },
        { formula: countLabelFormula(span, labels.yellow) },
        { formula: countLabelFormula(span, labels.red) },
        ob.keyResults.length,
        { formula: linkFormula(remote(laid, c.alignmentGap, ob.row)) },
      ]);
    }
  }
  columnFormat(firstObjectiveRow, next, 1, PERCENT_FORMAT);
  columnFormat(firstObjectiveRow, next, 2, PERCENT_FORMAT);
  columnFormat(firstObjectiveRow, next, 11, GAP_PERCENT_FORMAT);
  if (next > firstObjectiveRow)
    plan.charts.push({
      title: t("chartObjectives"),
      source: area(firstObjectiveRow - 1, 0, next - firstObjectiveRow + 1, 2),
      at: area(17, 13, 15, 7),
    });
  line([]);

  // Alignment: each objective others align to, then its children (their progress side by side).
  heading(t("alignment"));
  header([t("parent"), t("progress"), t("sheet"), t("statement"), t("child"), t("gap")]);
  const firstAlignRow = at();
  const seen = new Set<string>();
  const laidOf = new Map(laids.map((l) => [l.input.sheet.name, l]));
  const childrenOf = childrenByParent(laids.map((l) => l.input.sheet));
  for (const laid of laids)
    for (const parent of laid.input.sheet.objectives) {
      const key = idKey(parent.id);
      if (!parent.id || seen.has(key)) continue;
      const kids = (childrenOf.get(key) ?? []).map(({ sheet, objective }) => ({
        laid: laidOf.get(sheet) as Laid,
        ob: objective,
      }));
      if (kids.length === 0) continue;
      seen.add(key);
      fmt(at(), 5, GAP_PERCENT_FORMAT);
      plan.formats.push({ area: area(at(), 0, 1, 4), format: { bold: true } });
      line([
        parent.id,
        { formula: linkFormula(remote(laid, laid.columns.progress, parent.row)) },
        laid.input.sheet.name,
        parent.statement,
        "",
        { formula: linkFormula(remote(laid, laid.columns.alignmentGap, parent.row)) },
      ]);
      positions.children.set(key, range(1, at(), at() + kids.length - 1));
      for (const kid of kids) {
        line([
          "",
          { formula: linkFormula(remote(kid.laid, kid.laid.columns.progress, kid.ob.row)) },
          kid.laid.input.sheet.name,
          kid.ob.statement,
          kid.ob.id,
          "",
        ]);
      }
    }
  const alignRows = at() - firstAlignRow;
  columnFormat(firstAlignRow, at(), 1, PERCENT_FORMAT);
  if (alignRows > 0) {
    const gapCol = `$F${firstAlignRow + 1}`;
    plan.conditionalFormats.push({
      kind: "formula",
      area: area(firstAlignRow, 5, alignRows),
      formula: `=AND(ISNUMBER(${gapCol}),ABS(${gapCol})>=${ALIGNMENT_GAP_ALERT})`,
      fill: COLOURS.red.fill,
      fontColor: COLOURS.red.font,
      bold: true,
    });
  }

  const width = Math.max(...rows.map((r) => r.length));
  plan.blocks.push({
    row: 0,
    col: 0,
    values: rows.map((r) => [...r, ...new Array<PlanValue>(width - r.length).fill(null)]),
  });
  plan.columnWidths.push(
    { col: 0, chars: 24 },
    { col: 1, chars: 10 },
    { col: 2, chars: 22 },
    { col: 3, chars: 24 },
    { col: 4, chars: 40 },
    { col: 5, chars: 16 }
  );
  return { plan, positions };
}
