// Excel.ChartCollection, Excel.Chart and its parts (title and its font, value axis, legend, data
// labels, series, points and their fill and border): charts recorded, not drawn.
import { areaAddress, parseArea, quoteSheet } from "../addresses";
import { type ChartState, ExcelError, type SheetState } from "../workbook";
import {
  AREA,
  IDENTITY,
  type Identity,
  type LoadOption,
  notLoaded,
  queueItemsLoad,
  SHEET,
  SheetPart,
} from "./clientObject";
import type { Context } from "./context";
import type { ERange } from "./range";

export class EChartCollection extends SheetPart {
  protected readonly scalarProps = ["items"] as const;
  private itemProxies: EChart[] | null = null;
  protected read(): unknown {
    return null;
  }
  override load(option?: LoadOption): this {
    queueItemsLoad(
      this.ctx,
      option,
      () => {
        let charts: ChartState[] = [];
        try {
          charts = this.sheet().charts;
        } catch {
          charts = []; // a null worksheet has no charts
        }
        return charts.map((c) => new EChart(this.ctx, this.sheet, () => c));
      },
      (items) => (this.itemProxies = items)
    );
    return this;
  }
  get items(): EChart[] {
    if (!this.itemProxies) throw notLoaded("items");
    return this.itemProxies;
  }
  /** By name, or by the id office.js addresses a loaded item with. */
  getItem(name: string): EChart {
    return new EChart(this.ctx, this.sheet, () => {
      const chart = this.sheet().charts.find((c) => c.name === name || c.id === name);
      if (!chart)
        throw new ExcelError("ItemNotFound", `The requested resource doesn't exist (chart).`);
      return chart;
    });
  }
  add(type: string, sourceData: ERange): EChart {
    const chart: ChartState = {
      id: "",
      name: "",
      type,
      source: "",
      title: "",
      position: null,
      valueAxis: {},
      legendVisible: true,
      dataLabels: { showValue: false },
      points: [],
    };
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        chart.id = this.ctx.state.newId("chart");
        chart.name = `Chart ${sheet.charts.length + 1}`;
        chart.source = `${quoteSheet(sourceData[SHEET]().name)}!${areaAddress(sourceData[AREA]())}`;
        sheet.charts.push(chart);
      },
      { addChart: type }
    );
    return new EChart(this.ctx, this.sheet, () => chart);
  }
}

export class EChart extends SheetPart {
  protected readonly scalarProps = ["name", "id"] as const;
  readonly title: EChartTitle;
  readonly axes: EChartAxes;
  readonly legend: EChartLegend;
  readonly dataLabels: EChartDataLabels;
  readonly series: EChartSeriesCollection;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
    this.title = new EChartTitle(ctx, sheet, chart);
    this.axes = new EChartAxes(ctx, sheet, chart);
    this.legend = new EChartLegend(ctx, sheet, chart);
    this.dataLabels = new EChartDataLabels(ctx, sheet, chart);
    this.series = new EChartSeriesCollection(ctx, sheet, chart);
  }
  override [IDENTITY](): Identity {
    return this.chart().id;
  }
  protected read(prop: string): unknown {
    return prop === "name" ? this.chart().name : this.chart().id;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue(() => (this.chart().name = value), { name: value });
  }
  get id(): string {
    return this.get("id");
  }
  /** Both cells must be single cells of the chart's sheet (Excel: InvalidArgument otherwise). */
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue(
      () => {
        for (const cell of end === undefined ? [start] : [start, end]) {
          const a = parseArea(cell);
          if (!a || a.rows !== 1 || a.cols !== 1)
            throw new ExcelError(
              "InvalidArgument",
              `The argument is invalid (chart position ${cell}).`
            );
        }
        this.chart().position = { start, end: end ?? null };
      },
      { setPosition: [start, end] }
    );
  }
  delete(): void {
    this.ctx.enqueue(
      () => {
        const sheet = this.sheet();
        const chart = this.chart();
        sheet.charts = sheet.charts.filter((c) => c !== chart);
      },
      { deleteChart: true }
    );
  }
}

export class EChartTitle extends SheetPart {
  protected readonly scalarProps = ["text"] as const;
  readonly format: EChartTitleFormat;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
    this.format = new EChartTitleFormat(ctx, sheet, chart);
  }
  protected read(): unknown {
    return this.chart().title;
  }
  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.ctx.enqueue(() => (this.chart().title = value), { title: value });
  }
}

/** A part of a chart: reads and writes the chart's record when the queued work runs. */
abstract class ChartPart extends SheetPart {
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    protected readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
  }
  /** Queues a change to the chart's record. */
  protected change(what: Record<string, unknown>, apply: (chart: ChartState) => void): void {
    this.ctx.enqueue(() => apply(this.chart()), what);
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.charttitleformat: its font (ExcelApi 1.1). */
export class EChartTitleFormat extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly font: EChartFont;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState) {
    super(ctx, sheet, chart);
    this.font = new EChartFont(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
}

/** A chart title's font size in points (ExcelApi 1.1); unset, Excel's default (14). */
export class EChartFont extends ChartPart {
  protected readonly scalarProps = ["size"] as const;
  protected read(): unknown {
    return this.chart().titleSize ?? 14;
  }
  get size(): number {
    return this.get("size");
  }
  set size(points: number) {
    if (!(points > 0))
      throw new ExcelError("InvalidArgument", `Font size '${points}' is not valid.`);
    this.change({ size: points }, (chart) => (chart.titleSize = points));
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.chartaxes: the value axis only. */
export class EChartAxes extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly valueAxis: EChartAxis;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState) {
    super(ctx, sheet, chart);
    this.valueAxis = new EChartAxis(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
}

/**
 * A chart's value axis (https://learn.microsoft.com/javascript/api/excel/excel.chartaxis):
 * minimum, maximum and majorUnit (ExcelApi 1.1; unset they are Excel's automatic ones, read as
 * undefined here) and the labels' numberFormat (1.8). A minimum at or above the maximum is refused,
 * as Excel refuses it.
 */
export class EChartAxis extends ChartPart {
  protected readonly scalarProps = ["minimum", "maximum", "majorUnit", "numberFormat"] as const;
  protected read(prop: string): unknown {
    return this.chart().valueAxis[prop as keyof ChartState["valueAxis"]];
  }
  private setBound(prop: "minimum" | "maximum" | "majorUnit", value: number): void {
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new ExcelError("InvalidArgument", `The axis ${prop} '${value}' is not a number.`);
    this.change({ [prop]: value }, (chart) => {
      const next = { ...chart.valueAxis, [prop]: value };
      if (prop === "majorUnit" && value <= 0)
        throw new ExcelError("InvalidArgument", "The axis major unit must be above 0.");
      if (next.minimum !== undefined && next.maximum !== undefined && next.minimum >= next.maximum)
        throw new ExcelError("InvalidArgument", "The axis minimum must be below its maximum.");
      chart.valueAxis = next;
    });
  }
  get minimum(): number {
    return this.get("minimum");
  }
  set minimum(value: number) {
    this.setBound("minimum", value);
  }
  get maximum(): number {
    return this.get("maximum");
  }
  set maximum(value: number) {
    this.setBound("maximum", value);
  }
  get majorUnit(): number {
    return this.get("majorUnit");
  }
  set majorUnit(value: number) {
    this.setBound("majorUnit", value);
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(value: string) {
    this.change({ numberFormat: value }, (chart) => (chart.valueAxis.numberFormat = value));
  }
}

/** https://learn.microsoft.com/javascript/api/excel/excel.chartlegend: shown or not (ExcelApi 1.1). */
export class EChartLegend extends ChartPart {
  protected readonly scalarProps = ["visible"] as const;
  protected read(): unknown {
    return this.chart().legendVisible;
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.change({ legendVisible: value }, (chart) => (chart.legendVisible = value));
  }
}

/**
 * The chart's data labels (https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels):
 * showValue and position (ExcelApi 1.1), numberFormat (1.8).
 */
export class EChartDataLabels extends ChartPart {
  protected readonly scalarProps = ["showValue", "position", "numberFormat"] as const;
  protected read(prop: string): unknown {
    return this.chart().dataLabels[prop as keyof ChartState["dataLabels"]];
  }
  get showValue(): boolean {
    return this.get("showValue");
  }
  set showValue(value: boolean) {
    this.change({ showValue: value }, (chart) => (chart.dataLabels.showValue = value));
  }
  get position(): string {
    return this.get("position");
  }
  set position(value: string) {
    this.change({ position: value }, (chart) => (chart.dataLabels.position = value));
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(value: string) {
    this.change({ numberFormat: value }, (chart) => (chart.dataLabels.numberFormat = value));
  }
}

/** A chart's series (ExcelApi 1.1): the product's charts have one, from their source's column. */
export class EChartSeriesCollection extends ChartPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  getItemAt(index: number): EChartSeries {
    return new EChartSeries(this.ctx, this.sheet, this.chart, index);
  }
}

export class EChartSeries extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly points: EChartPointsCollection;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    this.points = new EChartPointsCollection(ctx, sheet, () => {
      if (index !== 0)
        throw new ExcelError(
          "ItemNotFound",
          `The requested resource doesn't exist (series ${index}).`
        );
      return chart();
    });
  }
  protected read(): unknown {
    return null;
  }
}

/** A series' points (ExcelApi 1.1); a point past the last category does not exist. */
export class EChartPointsCollection extends ChartPart {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  getItemAt(index: number): EChartPoint {
    return new EChartPoint(this.ctx, this.sheet, this.chart, index);
  }
}

export class EChartPoint extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly format: EChartPointFormat;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    this.format = new EChartPointFormat(ctx, sheet, chart, index);
  }
  protected read(): unknown {
    return null;
  }
}

/** A point's fill (ExcelApi 1.1) and border (1.7). */
export class EChartPointFormat extends ChartPart {
  protected readonly scalarProps = [] as const;
  readonly fill: EChartFill;
  readonly border: EChartBorder;
  constructor(ctx: Context, sheet: () => SheetState, chart: () => ChartState, index: number) {
    super(ctx, sheet, chart);
    const point = (c: ChartState) => {
      const count = this.ctx.state.chartPointCount(c);
      if (count === null || index < 0 || index >= count)
        throw new ExcelError(
          "ItemNotFound",
          `The requested resource doesn't exist (point ${index}).`
        );
      return (c.points[index] ??= {});
    };
    this.fill = new EChartFill(ctx, sheet, chart, point);
    this.border = new EChartBorder(ctx, sheet, chart, point);
  }
  protected read(): unknown {
    return null;
  }
}

type PointOf = (chart: ChartState) => ChartState["points"][number];

export class EChartFill extends ChartPart {
  protected readonly scalarProps = [] as const;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    chart: () => ChartState,
    private readonly point: PointOf
  ) {
    super(ctx, sheet, chart);
  }
  protected read(): unknown {
    return null;
  }
  setSolidColor(color: string): void {
    this.change({ setSolidColor: color }, (chart) => (this.point(chart).fill = color));
  }
}

export class EChartBorder extends ChartPart {
  protected readonly scalarProps = ["color"] as const;
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    chart: () => ChartState,
    private readonly point: PointOf
  ) {
    super(ctx, sheet, chart);
  }
  protected read(): unknown {
    return this.point(this.chart()).border ?? null;
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.change({ borderColor: value }, (chart) => (this.point(chart).border = value));
  }
}
