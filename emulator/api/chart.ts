// Excel.ChartCollection, Excel.Chart and Excel.ChartTitle: charts recorded, not drawn.
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
    const chart: ChartState = { id: "", name: "", type, source: "", title: "", position: null };
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
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
    this.title = new EChartTitle(ctx, sheet, chart);
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
  constructor(
    ctx: Context,
    sheet: () => SheetState,
    private readonly chart: () => ChartState
  ) {
    super(ctx, sheet);
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
