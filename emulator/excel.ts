// The part of the Excel JavaScript API the add-in uses, emulated in memory over WorkbookState, one
// module per object family in emulator/api/ (as @types/office-js groups the classes): proxies queue
// their work, `context.sync()` runs it in order, and reading a property that was not loaded and
// synced throws as Excel does. Every run counts its syncs, proxies and request bytes.
import type { EAutoFilter } from "./api/autoFilter";
import type {
  EChart,
  EChartAxes,
  EChartAxis,
  EChartBorder,
  EChartCollection,
  EChartDataLabels,
  EChartFill,
  EChartFont,
  EChartLegend,
  EChartPoint,
  EChartPointFormat,
  EChartPointsCollection,
  EChartSeries,
  EChartSeriesCollection,
  EChartTitle,
  EChartTitleFormat,
} from "./api/chart";
import type { EPageLayout } from "./api/pageLayout";
import type { EDataValidation } from "./api/dataValidation";
import type { ENamedItem } from "./api/namedItem";
import type { ERange, ERangeAreas } from "./api/range";
import type {
  ERangeBorder,
  ERangeBorderCollection,
  ERangeFill,
  ERangeFont,
  ERangeFormat,
  EFormatProtection,
} from "./api/rangeFormat";
import type { ESetting } from "./api/setting";
import type { ETable, ETableCollection } from "./api/table";
import type { EWorkbook } from "./api/workbook";
import type {
  EFreezePanes,
  EWorksheet,
  EWorksheetCollection,
  EWorksheetProtection,
} from "./api/worksheet";

export { versionAtMost } from "./apiSets";
export { activateSheet } from "./api/activation";
export { EAutoFilter } from "./api/autoFilter";
export {
  EChart,
  EChartAxes,
  EChartAxis,
  EChartBorder,
  EChartCollection,
  EChartDataLabels,
  EChartFill,
  EChartFont,
  EChartLegend,
  EChartPoint,
  EChartPointFormat,
  EChartPointsCollection,
  EChartSeries,
  EChartSeriesCollection,
  EChartTitle,
  EChartTitleFormat,
} from "./api/chart";
export { AREA, SHEET } from "./api/clientObject";
export { EConditionalFormatCollection } from "./api/conditionalFormat";
export { Context, type RunStats } from "./api/context";
export { EDataValidation } from "./api/dataValidation";
export { ENamedItem, ENamedItemCollection } from "./api/namedItem";
export { EHeaderFooter, EHeaderFooterGroup, EPageLayout } from "./api/pageLayout";
export { PAYLOAD_LIMIT_BYTES, requestBytes } from "./api/payload";
export { ERange, ERangeAreas } from "./api/range";
export {
  EFormatProtection,
  ERangeBorder,
  ERangeBorderCollection,
  ERangeFill,
  ERangeFont,
  ERangeFormat,
} from "./api/rangeFormat";
export { ESetting, ESettingCollection } from "./api/setting";
export { ETable, ETableCollection } from "./api/table";
export { EApplication, EWorkbook } from "./api/workbook";
export {
  EFreezePanes,
  EWorksheet,
  EWorksheetCollection,
  EWorksheetProtection,
} from "./api/worksheet";

type Extra<Mine, Real> = Exclude<keyof Mine & string, keyof Real>;

type MustBeEmpty<T extends never> = T;

export type EmulatorShapeChecks = [
  MustBeEmpty<Extra<ERange, Excel.Range>>,
  MustBeEmpty<Extra<EWorksheet, Excel.Worksheet>>,
  MustBeEmpty<Extra<EWorksheetCollection, Excel.WorksheetCollection>>,
  MustBeEmpty<Extra<EWorkbook, Excel.Workbook>>,
  MustBeEmpty<Extra<ERangeFormat, Excel.RangeFormat>>,
  MustBeEmpty<Extra<ERangeFill, Excel.RangeFill>>,
  MustBeEmpty<Extra<ERangeFont, Excel.RangeFont>>,
  MustBeEmpty<Extra<ERangeBorderCollection, Excel.RangeBorderCollection>>,
  MustBeEmpty<Extra<ERangeBorder, Excel.RangeBorder>>,
  MustBeEmpty<Extra<EFormatProtection, Excel.FormatProtection>>,
  MustBeEmpty<Extra<EWorksheetProtection, Excel.WorksheetProtection>>,
  MustBeEmpty<Extra<EDataValidation, Excel.DataValidation>>,
  // Excel's freeze panes object has no properties and so no load(); ours inherits an unused one.
  MustBeEmpty<Exclude<Extra<EFreezePanes, Excel.WorksheetFreezePanes>, "load">>,
  MustBeEmpty<Extra<ETable, Excel.Table>>,
  MustBeEmpty<Extra<ENamedItem, Excel.NamedItem>>,
  MustBeEmpty<Extra<ESetting, Excel.Setting>>,
  MustBeEmpty<Extra<ETableCollection, Excel.TableCollection>>,
  MustBeEmpty<Extra<EChartCollection, Excel.ChartCollection>>,
  MustBeEmpty<Extra<EChart, Excel.Chart>>,
  MustBeEmpty<Extra<EChartTitle, Excel.ChartTitle>>,
  MustBeEmpty<Extra<EChartAxes, Excel.ChartAxes>>,
  MustBeEmpty<Extra<EChartTitleFormat, Excel.ChartTitleFormat>>,
  MustBeEmpty<Extra<EChartFont, Excel.ChartFont>>,
  MustBeEmpty<Extra<EChartAxis, Excel.ChartAxis>>,
  MustBeEmpty<Extra<EChartLegend, Excel.ChartLegend>>,
  MustBeEmpty<Extra<EChartDataLabels, Excel.ChartDataLabels>>,
  MustBeEmpty<Extra<EChartSeriesCollection, Excel.ChartSeriesCollection>>,
  MustBeEmpty<Extra<EChartSeries, Excel.ChartSeries>>,
  MustBeEmpty<Extra<EChartPointsCollection, Excel.ChartPointsCollection>>,
  MustBeEmpty<Extra<EChartPoint, Excel.ChartPoint>>,
  MustBeEmpty<Extra<EChartPointFormat, Excel.ChartPointFormat>>,
  // Excel's chart fill has no properties and so no load(); ours inherits an unused one.
  MustBeEmpty<Exclude<Extra<EChartFill, Excel.ChartFill>, "load">>,
  MustBeEmpty<Extra<EChartBorder, Excel.ChartBorder>>,
  MustBeEmpty<Extra<EPageLayout, Excel.PageLayout>>,
  MustBeEmpty<Extra<EAutoFilter, Excel.AutoFilter>>,
  MustBeEmpty<Extra<ERangeAreas, Excel.RangeAreas>>,
];
