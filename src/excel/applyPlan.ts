// Applying plans through Office.js: everything an operation writes is queued into one batch (the
// caller syncs once). Every member used is at or below the manifest's ExcelApi 1.14.
import { areaAddress, columnLetters } from "../domain/reading/cellRefs";
import { utf8Length } from "../domain/reading/utf8";
import {
  CHART_PREFIX,
  CHART_TITLE_POINTS,
  fillFormula,
  PRINT_FOOTER,
  PRINT_MARGINS,
  printedArea,
  type Area,
  type CellFormat,
  type ChartKind,
  type PlanChart,
  type PlanValue,
  type SheetPlan,
} from "../domain/plan/types";
import type { ExcelApi } from "./host";

/** What is already on a sheet that a plan rebuilds or writes into (read before planning). */
export interface SheetExtras {
  /** Names of the sheet's charts. */
  charts: string[];
  /** Names of the sheet's Excel tables. */
  tables: string[];
}

/** The name prefix of our charts: defined with the plan, which both hosts write. */
export { CHART_PREFIX };

/** Excel's chart type for each kind of chart a plan draws. */
const CHART_TYPES: Record<ChartKind, Excel.ChartType> = {
  column: "ColumnClustered" as Excel.ChartType,
};

/** A plan's horizontal alignment as Excel names it. */
const ALIGNMENTS: Record<NonNullable<CellFormat["align"]>, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};

/** Inches in points, as Excel's page margins are given. */
const inches = (n: number) => Math.round(n * 720) / 10;

/**
 * A chart's value axis, data labels and bar colours as the plan records them; no legend, as the
 * command line's charts have none.
 */
function drawChart(added: Excel.Chart, chart: PlanChart): void {
  const axis = added.axes.valueAxis;
  axis.minimum = chart.axis.min;
  if (chart.axis.max !== undefined) axis.maximum = chart.axis.max;
  axis.majorUnit = chart.axis.majorUnit;
  axis.numberFormat = chart.axis.format;
  added.legend.visible = false;
  if (chart.labels) {
    added.dataLabels.showValue = true;
    added.dataLabels.position = "OutsideEnd" as Excel.ChartDataLabelPosition;
    added.dataLabels.numberFormat = chart.axis.format;
  }
  const points = added.series.getItemAt(0).points;
  (chart.colours ?? []).forEach((colour, i) => {
    const point = points.getItemAt(i);
    point.format.fill.setSolidColor(colour.fill);
    point.format.border.color = colour.line;
  });
}

/** An area's A1 address (one place for it: the domain's cellRefs). */
export const address = areaAddress;

/**
 * A plan value as Office.js writes it through `range.formulas`: text gets a leading apostrophe, so
 * Excel keeps it as text whatever it looks like ("=1+1", "-5", "2026-03", "TRUE" stay text).
 */
export function officeValue(value: PlanValue): unknown {
  if (value === null) return null;
  if (typeof value === "object") return value.formula;
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  return value;
}

/** Excel's column width is in points; one character of the default font is about 5.6 points. */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 5.6 + 5);
}

const fill = <T>(a: Area, value: T): T[][] =>
  Array.from({ length: a.rows }, () => new Array<T>(a.cols).fill(value));

/**
 * Queues emptying the product's own sheet so it can be written anew in place: its cells, formats,
 * conditional formats and our charts go, the sheet stays — so a user's formula or chart elsewhere
 * that points at it keeps pointing at it (deleting and adding the sheet would turn them to #REF!).
 */
export function queueRebuild(
  sheet: Excel.Worksheet,
  excel: ExcelApi,
  extras: SheetExtras | undefined
): void {
  const used = sheet.getUsedRange();
  used.conditionalFormats.clearAll();
  used.clear("All" as Excel.ClearApplyTo);
  for (const name of extras?.charts ?? [])
    if (name.startsWith(CHART_PREFIX)) sheet.charts.getItem(name).delete();
}

/**
 * Excel tables on a sheet that gets formula columns are turned into plain ranges first: a table
 * would fill one formula down each column, and ours differ per row (sheets made by earlier
 * versions of the add-in have one). Returns whether there was any.
 */
function queueUntable(sheet: Excel.Worksheet, extras: SheetExtras): boolean {
  if (extras.tables.length === 0) return false;
  for (const name of extras.tables) sheet.tables.getItem(name).convertToRange();
  return true;
}

/** The sheets whose tables became plain ranges while queuing plans. */
export interface Queued {
  untabled: string[];
}

/** Queues every plan, in order. */
export function queuePlans(
  context: Excel.RequestContext,
  excel: ExcelApi,
  plans: readonly SheetPlan[],
  extras: ReadonlyMap<string, SheetExtras> = new Map()
): Queued {
  const untabled: string[] = [];
  const worksheets = context.workbook.worksheets;
  for (const plan of plans) {
    const sheet =
      plan.create && !plan.replace ? worksheets.add(plan.sheet) : worksheets.getItem(plan.sheet);
    const found = extras.get(plan.sheet);
    if (plan.replace) queueRebuild(sheet, excel, found);
    else if (!plan.create && found && queueUntable(sheet, found)) untabled.push(plan.sheet);
    const range = (a: Area) => sheet.getRange(address(a));

    // Number formats before values, so a typed value is read in its column's format.
    for (const { area, format } of plan.numberFormats)
      range(area).numberFormat = fill(area, format);
    for (const block of plan.blocks) {
      const a = {
        row: block.row,
        col: block.col,
        rows: block.values.length,
        cols: block.values[0]?.length ?? 0,
      };
      if (a.rows === 0 || a.cols === 0) continue;
      range(a).formulas = block.values.map((line) => line.map(officeValue)) as unknown[][];
    }
    // A fill: its first cell's formula, copied down (relative references move), so 10,000 rows do
    // not mean 10,000 formula strings in the request.
    for (const f of plan.fills) {
      const top = { row: f.row, col: f.col, rows: 1, cols: 1 };
      range(top).formulas = [[fillFormula(f.template, f.row)]];
      if (f.rows === 1) continue;
      const rest = { row: f.row + 1, col: f.col, rows: f.rows - 1, cols: 1 };
      range(rest).copyFrom(address(top), "Formulas" as Excel.RangeCopyType);
    }
    for (const { area, format } of plan.formats) {
      const f = range(area).format;
      if (format.bold !== undefined) f.font.bold = format.bold;
      if (format.fontSize !== undefined) f.font.size = format.fontSize;
      if (format.fontColor !== undefined) f.font.color = format.fontColor;
      if (format.fill !== undefined) f.fill.color = format.fill;
      if (format.wrap !== undefined) f.wrapText = format.wrap;
      if (format.borderLeft !== undefined) {
        const edge = f.borders.getItem("EdgeLeft" as Excel.BorderIndex);
        edge.style = "Continuous" as Excel.BorderLineStyle;
        edge.color = format.borderLeft;
      }
      if (format.indent !== undefined) f.indentLevel = format.indent;
      if (format.align !== undefined) f.horizontalAlignment = ALIGNMENTS[format.align];
      if (format.valign !== undefined)
        f.verticalAlignment = (
          format.valign === "top" ? "Top" : "Bottom"
        ) as Excel.VerticalAlignment;
    }
    // Row heights and hidden columns are the sheet's layout, as its widths are.
    for (const { row, points } of plan.rowHeights ?? [])
      sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = points;
    for (const col of plan.hiddenColumns ?? []) {
      const letter = columnLetters(col);
      sheet.getRange(`${letter}:${letter}`).columnHidden = true;
    }
    for (const { col, chars } of plan.columnWidths) {
      const letter = columnLetters(col);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(chars);
    }
    for (const v of plan.validations)
      range(v.area).dataValidation.rule = {
        list: { inCellDropDown: true, source: v.list.join(",") },
      };
    for (const a of plan.clearConditionalFormats) range(a).conditionalFormats.clearAll();
    for (const cf of plan.conditionalFormats) {
      if (cf.kind === "dataBar") {
        const bar = range(cf.area).conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
        // Bars from 0 to 100 %, not from the lowest to the highest value shown (Excel's default),
        // so a bar means the same in every sheet and in the command line's files.
        // https://learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat
        bar.dataBar.lowerBoundRule = {
          type: "Number" as Excel.ConditionalFormatRuleType,
          formula: "0",
        };
        bar.dataBar.upperBoundRule = {
          type: "Number" as Excel.ConditionalFormatRuleType,
          formula: "1",
        };
        bar.dataBar.positiveFormat.fillColor = cf.color;
        continue;
      }
      const custom = range(cf.area).conditionalFormats.add(
        "Custom" as Excel.ConditionalFormatType
      ).custom;
      custom.rule.formula = cf.formula;
      if (cf.fill) custom.format.fill.color = cf.fill;
      if (cf.fontColor) custom.format.font.color = cf.fontColor;
      if (cf.bold) custom.format.font.bold = true;
    }
    if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
    // Filter buttons, not an Excel table (docs/ARCHITECTURE-TABLES.md).
    if (plan.filter) sheet.autoFilter.apply(range(plan.filter));
    // Print setup (as the command line's files have it): landscape, as many pages wide as the plan
    // says with its first columns repeated, the header rows on each page, the used cells (down to
    // the plan's last printed row) as print area, sheet name and page number in the footer, pages
    // numbered on from the sheet before ("" is Excel's automatic first page number).
    const page = sheet.pageLayout;
    const print = plan.print ?? {};
    page.orientation = "Landscape" as Excel.PageOrientation;
    page.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
    page.firstPageNumber = "";
    page.leftMargin = inches(PRINT_MARGINS.left);
    page.rightMargin = inches(PRINT_MARGINS.right);
    page.topMargin = inches(PRINT_MARGINS.top);
    page.bottomMargin = inches(PRINT_MARGINS.bottom);
    page.headerMargin = inches(PRINT_MARGINS.header);
    page.footerMargin = inches(PRINT_MARGINS.footer);
    if (plan.freezeRows) page.setPrintTitleRows(`$1:$${plan.freezeRows}`);
    if (print.titleColumns)
      page.setPrintTitleColumns(`$A:$${columnLetters(print.titleColumns - 1)}`);
    // The used range leaves the charts out (they are not cells): the area reaches them too,
    // without a round trip to learn the used range's size.
    const used = sheet.getUsedRange();
    const reach = printedArea(
      { rows: 1, cols: 1 },
      plan.charts.map((c) => c.at)
    );
    const covered = plan.charts.length ? used.getBoundingRect(address(reach)) : used;
    page.setPrintArea(print.rows ? covered.getIntersection(`${1}:${print.rows}`) : covered);
    page.headersFooters.defaultForAllPages.centerFooter = PRINT_FOOTER;
    for (const [i, chart] of plan.charts.entries()) {
      const data = chart.sourceSheet ? worksheets.getItem(chart.sourceSheet) : sheet;
      const added = sheet.charts.add(
        CHART_TYPES[chart.type],
        data.getRange(address(chart.source)),
        "Columns" as Excel.ChartSeriesBy
      );
      added.name = `${CHART_PREFIX}${i + 1}`;
      added.title.text = chart.title;
      added.title.format.font.size = CHART_TITLE_POINTS;
      drawChart(added, chart);
      const end = {
        ...chart.at,
        row: chart.at.row + chart.at.rows - 1,
        col: chart.at.col + chart.at.cols - 1,
        rows: 1,
        cols: 1,
      };
      added.setPosition(address({ ...chart.at, rows: 1, cols: 1 }), address(end));
    }
    // Its place among the tabs (the Summary first, a new period's sheet beside the last one's);
    // not activated (plan.activate is for files): the person stays where they work, and Score's
    // result links to the Summary.
    if (plan.position !== undefined) sheet.position = plan.position;
  }
  return { untabled };
}

/**
 * Excel on the web refuses a request over 5 MB. Plans are grouped into batches of at most this many
 * bytes (as JSON, about what the request carries); each batch is one round trip.
 */
export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;

/** Plans grouped so each group stays under the request limit (a single larger plan stays whole). */
export function batchesOf(plans: readonly SheetPlan[], limit = REQUEST_LIMIT_BYTES): SheetPlan[][] {
  const batches: SheetPlan[][] = [];
  let size = 0;
  for (const plan of plans) {
    const bytes = utf8Length(JSON.stringify(plan));
    if (batches.length === 0 || size + bytes > limit) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(plan);
    size += bytes;
  }
  return batches;
}

/**
 * Writes plans: one round trip while they fit one request, more only when they would not (e.g.
 * generating hundreds of sheets at once). `last` is queued into the final batch.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  excel: ExcelApi,
  plans: readonly SheetPlan[],
  { last, extras }: { last?: () => void; extras?: ReadonlyMap<string, SheetExtras> } = {}
): Promise<Queued> {
  const untabled: string[] = [];
  const batches = batchesOf(plans);
  if (batches.length === 0) batches.push([]);
  for (const [i, batch] of batches.entries()) {
    const queued = queuePlans(context, excel, batch, extras);
    untabled.push(...queued.untabled);
    if (i === batches.length - 1) last?.();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per batch
    await context.sync();
  }
  return { untabled };
}
