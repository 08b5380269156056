// Charts in the command line's .xlsx files. ExcelJS cannot write charts, so the plan's chart records
// are written as DrawingML parts into the zip ExcelJS produced, or for a lean workbook into the zip
// as it is streamed (leanWorkbook.ts) (ECMA-376 part 1: §21.2 charts,
// §20.5 spreadsheet drawings): per chart xl/charts/chartN.xml; per sheet with charts one
// xl/drawings/drawingN.xml with its rels, a <drawing r:id> in the sheet and its relationship; the
// content types of the new parts. Each chart is a clustered column chart over the sheet's own cells
// (categories in the source's first column, values in its second, the header row naming the series),
// with the values at writing time cached, so viewers that draw without recalculating draw it too.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { absA1 } from "../domain/reading/cellRefs";
import { sheetRef } from "../domain/scoring/formulas";
import {
  CHART_PREFIX,
  CHART_TITLE_POINTS,
  type Area,
  type BarColour,
  type ChartAxis,
  type PlanChart,
} from "../domain/plan/types";
import { drawingTag, LeanCell, valueIn, type Book } from "./leanWorkbook";

/** A chart to write: the plan's record and what its cells show now. */
export interface FileChart {
  sheet: string;
  title: string;
  source: Area;
  /** The sheet of the data (the chart's own when absent). */
  sourceSheet?: string;
  at: Area;
  axis: ChartAxis;
  colours?: BarColour[];
  labels: boolean;
  /** The series' name, its categories and values (null: the cell shows no number). */
  series: string;
  categories: string[];
  values: (number | null)[];
  /** The values' number format (the axis shows it). */
  format: string;
}

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const REL = {
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
};
const BAR_COLOUR = "5B9BD5";

/** Text for XML content and attribute values. */
export function xmlText(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .split("")
      // Control characters other than tab and line breaks are not allowed in XML 1.0.
      .filter((ch) => ch >= " " || ch === "\t" || ch === "\n" || ch === "\r")
      .join("")
  );
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A range of one column of the chart's sheet, as a chart formula: 'Summary'!$A$6:$A$9. */
function columnRange(sheet: string, col: number, first: number, last: number): string {
  return sheetRef(sheet, `${absA1(col, first)}:${absA1(col, last)}`);
}

/** A shape's fill and outline (DrawingML), the outline 1.5 pt. */
function shapeXml({ fill, line }: BarColour): string {
  const colour = (hex: string) =>
    `<a:solidFill><a:srgbClr val="${hex.replace("#", "")}"/></a:solidFill>`;
  return `<c:spPr>${colour(fill)}<a:ln w="19050">${colour(line)}</a:ln></c:spPr>`;
}

/** A chart's title in hundredths of a point (12 pt: a viewer's default, 18 pt, crowds a small chart). */
const TITLE_SIZE = CHART_TITLE_POINTS * 100;

/** The product's one bar colour, where a chart gives none per bar. */
const PLAIN_BAR: BarColour = { fill: BAR_COLOUR, line: BAR_COLOUR };

/**
 * One chart part: a clustered column chart of one series, its cells' values cached, its value axis
 * as the plan fixes it (bounds, gridline step, label format), each bar in its colour and, when the
 * plan asks, each bar's value above it in the axis's format.
 */
export function chartXml(chart: FileChart): string {
  const { source: s, axis } = chart;
  const data = chart.sourceSheet ?? chart.sheet;
  const first = s.row + 1;
  const last = s.row + s.rows - 1;
  const points = (values: readonly (string | number | null)[]) =>
    `<c:ptCount val="${values.length}"/>` +
    values
      .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`))
      .join("");
  const text = (t: string) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${TITLE_SIZE}" b="1"/><a:t>${xmlText(t)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const format = xmlText(axis.format);
  const bars = (chart.colours ?? [])
    .map(
      (c, i) =>
        `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${shapeXml(c)}</c:dPt>`
    )
    .join("");
  const labels = chart.labels
    ? `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/>` +
      `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
      `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
      `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/>` +
      `<c:showBubbleSize val="0"/></c:dLbls>`
    : "";
  const bounds =
    (axis.max === undefined ? "" : `<c:max val="${axis.max}"/>`) + `<c:min val="${axis.min}"/>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(chart.title)}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${xmlText(sheetRef(data, absA1(s.col + 1, s.row)))}</c:f>` +
    `<c:strCache>${points([chart.series])}</c:strCache></c:strRef></c:tx>` +
    shapeXml(PLAIN_BAR) +
    `<c:invertIfNegative val="0"/>${bars}${labels}` +
    `<c:cat><c:strRef><c:f>${xmlText(columnRange(data, s.col, first, last))}</c:f>` +
    `<c:strCache>${points(chart.categories)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(columnRange(data, s.col + 1, first, last))}</c:f>` +
    `<c:numCache><c:formatCode>${xmlText(chart.format)}</c:formatCode>${points(chart.values)}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/><c:majorUnit val="${axis.majorUnit}"/></c:valAx></c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A sheet's drawing part: each chart anchored over its cells (`at`), pointing at rId1, rId2… */
export function drawingXml(charts: readonly { name: string; at: Area }[]): string {
  const cell = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(
    ({ name, at }, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">${cell("from", at.col, at.row)}` +
      `${cell("to", at.col + at.cols, at.row + at.rows)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(name)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${NS.rels}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

const unescapeXml = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Each sheet's part in the package, by sheet name (workbook.xml and its rels). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) parts.set(unescapeXml(name), targets.get(id)!);
  }
  return parts;
}

/** The first free number for a part named like `xl/charts/chart{n}.xml`. */
function freeNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** Elements that come after <drawing> in a worksheet (ECMA-376 CT_Worksheet's sequence). */
/** Ends of the blocks that may hold nested elements named like those after <drawing>. */
const BEFORE_DRAWING_ENDS = ["</conditionalFormatting>", "</dataValidations>", "</hyperlinks>"];
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** What one sheet's charts add to a package: its chart and drawing parts, their types, its rel. */
export interface SheetDrawing {
  sheet: string;
  /** Parts by name from the package's root ("xl/charts/chart1.xml"). */
  parts: { name: string; xml: string }[];
  /** The parts' <Override> elements for [Content_Types].xml. */
  types: string;
  /** The sheet's relationship to its drawing. */
  rel: { type: string; target: string };
}

/**
 * Each sheet's charts as parts, numbered on from `firstChart` and `firstDrawing` (the first numbers
 * the package has free).
 */
export function sheetDrawings(
  charts: readonly FileChart[],
  firstChart = 1,
  firstDrawing = 1
): SheetDrawing[] {
  const bySheet = new Map<string, FileChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  let [n, d] = [firstChart, firstDrawing];
  return [...bySheet].map(([sheet, list]) => {
    const parts = list.map((chart) => ({
      name: `xl/charts/chart${n++}.xml`,
      xml: chartXml(chart),
    }));
    const override = (name: string, type: string) =>
      `<Override PartName="/${name}" ContentType="${type}"/>`;
    const drawing = `xl/drawings/drawing${d++}.xml`;
    const types = [
      ...parts.map((p) => override(p.name, TYPES.chart)),
      override(drawing, TYPES.drawing),
    ].join("");
    const targets = parts.map((p) => p.name.replace(/^xl\//, "../"));
    parts.push(
      {
        name: drawing,
        xml: drawingXml(list.map((c, i) => ({ name: `${CHART_PREFIX}${i + 1}`, at: c.at }))),
      },
      {
        name: drawing.replace(/([^/]+)$/, "_rels/$1.rels"),
        xml: relsXml(targets.map((target, i) => ({ id: `rId${i + 1}`, type: REL.chart, target }))),
      }
    );
    return {
      sheet,
      parts,
      types,
      rel: { type: REL.drawing, target: drawing.replace(/^xl\//, "../") },
    };
  });
}

/** The relationship id of a sheet's drawing of charts. */
export const DRAWING_REL_ID = "rIdOkrSheetsDrawing";

/** A sheet's XML with its <drawing> element `tag` where the schema's sequence puts it. */
export function insertDrawing(xml: string, tag: string): string {
  // Searched past the blocks that come before <drawing>: a data bar's rule holds an <extLst> of
  // its own inside <conditionalFormatting>, which is not the sheet's.
  const from = Math.max(
    0,
    ...BEFORE_DRAWING_ENDS.map((t) => xml.lastIndexOf(t)).filter((i) => i >= 0)
  );
  const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t, from)).filter((i) => i >= 0));
  return `${xml.slice(0, at)}${tag}${xml.slice(at)}`;
}

/** Adds the charts to a package written by ExcelJS; returns the new package. */
export async function addCharts(xlsx: Uint8Array, charts: readonly FileChart[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const drawings = sheetDrawings(
    charts,
    freeNumber(zip, (k) => `xl/charts/chart${k}.xml`),
    freeNumber(zip, (k) => `xl/drawings/drawing${k}.xml`)
  );
  for (const drawing of drawings) {
    const part = parts.get(drawing.sheet);
    if (!part) throw new Error(`No sheet named ${drawing.sheet} in the written file`);
    let xml = await zip.file(part)!.async("string");
    if (xml.includes("<drawing ")) throw new Error(`${drawing.sheet} has a drawing already`);
    for (const { name, xml: partXml } of drawing.parts) zip.file(name, partXml);
    types = types.replace("</Types>", `${drawing.types}</Types>`);
    // The sheet's relationship to its drawing, beside any it has (hyperlinks, comments…).
    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const rel = { id: DRAWING_REL_ID, ...drawing.rel };
    const existing = zip.file(relsPath);
    if (existing) {
      const old = await existing.async("string");
      zip.file(
        relsPath,
        old.replace(
          "</Relationships>",
          `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/></Relationships>`
        )
      );
    } else zip.file(relsPath, relsXml([rel]));
    xml = insertDrawing(xml, drawingTag(rel.id));
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The charts of plans applied to a workbook, kept until it is written. */
const pending = new WeakMap<Book, (PlanChart & { sheet: string })[]>();

/** Remembers a plan's charts for when the workbook is written (a rebuilt sheet drops its old ones). */
export function keepCharts(
  wb: Book,
  sheet: string,
  charts: readonly PlanChart[],
  replace: boolean
): void {
  const list = (pending.get(wb) ?? []).filter((c) => !(replace && c.sheet === sheet));
  pending.set(wb, [...list, ...charts.map((c) => ({ sheet, ...c }))]);
}

/** What a cell in `row` (from 1) shows: its value, or a formula's cached result. */
function shownIn(cell: ExcelJS.Cell | LeanCell, row: number): unknown {
  const value = cell instanceof LeanCell ? valueIn(cell, row) : cell.value;
  const m = (cell instanceof LeanCell ? value : cell.model) as {
    formula?: string;
    result?: unknown;
  } | null;
  return m?.formula ? m.result : value;
}

/** The workbook's pending charts with what their cells show now. */
export function chartsOf(wb: Book): FileChart[] {
  return (pending.get(wb) ?? []).flatMap((c) => {
    const ws = wb.getWorksheet(c.sourceSheet ?? c.sheet);
    if (!ws || !wb.getWorksheet(c.sheet)) return [];
    const rows = Array.from({ length: c.source.rows - 1 }, (_, i) => c.source.row + 2 + i);
    const at = (row: number, col: number) => ws.getCell(row, col + 1);
    const shown = (row: number, col: number) => shownIn(at(row, col), row);
    return [
      {
        ...c,
        series: String(shown(c.source.row + 1, c.source.col + 1) ?? ""),
        categories: rows.map((r) => String(shown(r, c.source.col) ?? "")),
        values: rows.map((r) => {
          const v = shown(r, c.source.col + 1);
          return typeof v === "number" ? v : null;
        }),
        format: at(c.source.row + 2, c.source.col + 1).style?.numFmt || "General",
      },
    ];
  });
}
