// The worksheets of an .xlsx given as base64, read for Workbook.insertWorksheetsFromBase64
// (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)).
// ExcelJS reads the file; what Excel would insert is each sheet's name, visibility, cell values and
// number formats. Formula cells come in with the value the file saved (the emulator does not move a
// formula's references to sheets that were renamed on the way in).
import { savedCells, type SavedCell } from "../src/cli/worksheetCells";
import { ExcelError } from "./workbook";

/** What Excel on the web cannot insert, by the parts of the file that hold it. */
const UNSUPPORTED_PARTS: [string, RegExp][] = [
  ["Comment", /^xl\/(comments\d*\.xml|threadedComments\/)/i],
  ["Slicer", /^xl\/slicers\//i],
  ["Chart", /^xl\/charts\/chart\d*\.xml$/i],
  ["PivotTable", /^xl\/pivotTables\//i],
];

export interface SourceWorkbook {
  sheets: SourceSheet[];
  /** The features of the file Excel on the web refuses to insert ("Chart", "Comment"…), in its order. */
  unsupported: string[];
}

export interface SourceSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: SavedCell[];
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function invalid(detail: string): ExcelError {
  return new ExcelError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${detail}).`
  );
}

/**
 * The sheets of the workbook a base64 string holds. The parameter is "the Base64-encoded string
 * representing the source workbook file": anything else (not base64, not an .xlsx) is refused.
 */
export async function readBase64Workbook(base64: string): Promise<SourceWorkbook> {
  if (typeof base64 !== "string" || base64 === "" || !BASE64.test(base64))
    throw invalid("base64File is not a base64 string");
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  // Imported when a file comes in: the emulator's other users (jsdom tests of the pane) never load it.
  const loaded = await import("exceljs");
  const ExcelJS = loaded.default ?? loaded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw invalid(`base64File is not an .xlsx workbook: ${(error as Error).message}`);
  }
  const zipped = await import("jszip");
  const JSZip = zipped.default ?? zipped;
  const parts = Object.keys((await JSZip.loadAsync(bytes)).files);
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      visibility: VISIBILITY[ws.state] ?? "Visible",
      cells: savedCells(ws),
    })),
    unsupported: UNSUPPORTED_PARTS.filter(([, part]) => parts.some((p) => part.test(p))).map(
      ([feature]) => feature
    ),
  };
}
