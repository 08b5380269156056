// An .xlsx whose sheet has a formula linking another workbook, as Excel saves one: the formula names
// the link by number ("[1]Budget!B2"), the cell keeps what it showed, and the link is a part of its
// own (xl/externalLinks/externalLink1.xml, ECMA-376 Part 1 §18.14) listed in the workbook.
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Puts `=[1]Budget!B2` (showing `shows`) into `cell` of `sheet` and adds the link's parts. */
export async function withExternalLink(
  bytes: Uint8Array,
  sheet: string,
  cell: string,
  shows: number
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.getWorksheet(sheet)!.getCell(cell).value = { formula: "[1]Budget!B2", result: shows };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames>' +
      `<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>${shows}</v></cell></row></sheetData></sheetDataSet>` +
      "</externalBook></externalLink>"
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="Budget.xlsx" TargetMode="External"/>' +
      "</Relationships>"
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'
    )
  );
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    book.replace(
      /(<\/sheets>)/,
      '$1<externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'
    )
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
