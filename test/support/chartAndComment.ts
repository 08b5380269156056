// A returned file as a department might send it back: a comment (a note) on a cell and a chart drawn
// beside its key results. Excel on the web will not insert such a file (insertWorksheetsFromBase64's
// remarks); Collect then reads it in the pane. ExcelJS writes the note; it cannot write charts, so
// the chart's parts (a drawing anchoring a column chart over the sheet's own cells) are added to the
// package as Excel lays them out (ECMA-376 Part 1, §20 DrawingML and §21.2 charts).
import ExcelJS from "exceljs";
import JSZip from "jszip";

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'SHEET'!$J$6:$J$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>27</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Progress chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const DRAWING_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`;

/** The sheet's part in the package (xl/worksheets/sheetN.xml) by its name in xl/workbook.xml. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no sheet named ${name} in the package`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** The bytes of a returned file with a note on `sheet`'s A1 and a column chart on `sheet`. */
export async function withChartAndComment(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.getWorksheet(sheet)!.getCell("A1").note = "Numbers checked with finance on Friday";
  const noted = await wb.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(noted);
  const part = await sheetPart(zip, sheet);
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels =
    (await zip.file(relsPath)?.async("string")) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    )
  );
  const xml = await zip.file(part)!.async("string");
  // <drawing> comes before <legacyDrawing> (the note's) in a worksheet (CT_Worksheet's order).
  const at = xml.includes("<legacyDrawing")
    ? xml.indexOf("<legacyDrawing")
    : xml.indexOf("</worksheet>");
  zip.file(part, `${xml.slice(0, at)}<drawing r:id="rIdChart1"/>${xml.slice(at)}`);
  zip.file("xl/drawings/drawing1.xml", DRAWING_XML);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", DRAWING_RELS);
  zip.file("xl/charts/chart1.xml", CHART_XML.replace("SHEET", sheet));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: "uint8array" });
}
