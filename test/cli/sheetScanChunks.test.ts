// The package check reads a sheet part's tags as it unpacks, chunk by chunk, a byte at a time: a cell
// (its tag and its <v>), a row or the dimension cut between two chunks waits for the next one and is
// read whole. Whatever the pieces, the check says what it says of the part read in one piece.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { InputError } from "../../src/cli/readProblems";
import { checkXlsxPackage, type Inflate } from "../../src/cli/xlsxPackage";

/** Zlib, its output handed on in pieces of `size` bytes (the first one `offset` long, if not 0). */
const inPieces =
  (size: number, offset = 0): Inflate =>
  async (packed, see) => {
    const all = inflateRawSync(packed);
    if (offset) see(all.subarray(0, offset));
    for (let at = offset; at < all.length; at += size) see(all.subarray(at, at + size));
  };

/** What the check says of the bytes: passed, or its message. */
async function says(bytes: Uint8Array, inflate: Inflate): Promise<string> {
  try {
    await checkXlsxPackage(bytes, "f.xlsx", inflate);
    return "passed";
  } catch (error) {
    if (error instanceof InputError) return error.textIn("en");
    throw error;
  }
}

let base: JSZip;
let sheetXml: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  for (let r = 1; r <= 6; r++) ws.addRow([`text ${r}`, r * 1.5, `more ${r}`]);
  base = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  sheetXml = await base.file("xl/worksheets/sheet1.xml")!.async("string");
});

/** The sheet's XML with `add` written at the end of its data. */
const sheetWith = (add: string) => sheetXml.replace("</sheetData>", `${add}</sheetData>`);

/** The workbook with `add` written at the end of the sheet's data. */
async function withRows(add: string): Promise<Uint8Array> {
  base.file("xl/worksheets/sheet1.xml", sheetWith(add));
  return base.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("a sheet part unpacked in pieces of any size", () => {
  it.each([
    ["a sound sheet", '<row r="7"><c r="A7" t="s">\n  <v> 3 </v></c><c r="B7"/></row>', /^passed$/],
    [
      "a text cell pointing past the texts",
      '<row r="90"><c r="B90" t="s"><v>99999</v></c></row>',
      /cell B90 points to text number 100,000, but the workbook keeps only 12 texts/,
    ],
    [
      "a text cell holding no text number",
      '<row r="90"><c r="AB90" s="1" t="s"><v>1.5</v></c></row>',
      /cell AB90 should point to one of the workbook's texts by its number, but holds “1\.5”/,
    ],
    [
      "a cell right of Excel's last column",
      '<row r="8"><c r="XFE8" t="s"><v>1</v></c></row>',
      /uses XFE8, right of Excel's last column/,
    ],
    [
      "a cell below Excel's last row",
      '<row r="8"><c t="n" r="A1048577"><v>1</v></c></row>',
      /uses A1048577, below Excel's last row/,
    ],
    ["a row below Excel's last", '<row spans="1:3" r="1048577"></row>', /uses 1048577:1048577/],
    [
      "an attribute ending in r (xr) that is not the cell's address",
      '<row r="9"><c xr="A9999999" r="A9"><v>1</v></c></row>',
      /^passed$/,
    ],
  ])("reads %s as it reads it whole", async (_what, add, said) => {
    const bytes = await withRows(add);
    const whole = await says(bytes, inPieces(Number.MAX_SAFE_INTEGER));
    expect(whole).toMatch(said);
    for (let size = 1; size <= 40; size++)
      expect({ size, says: await says(bytes, inPieces(size)) }).toEqual({ size, says: whole });
    // Cut into two pieces at every byte of the added rows and of the sheet's end.
    const length = Buffer.byteLength(sheetWith(add));
    for (let at = length - Buffer.byteLength(add) - 30; at < length; at++)
      expect({ at, says: await says(bytes, inPieces(length, at)) }).toEqual({ at, says: whole });
  });
});

describe("a sheet's dimension unpacked in pieces of any size", () => {
  it("is read whole wherever it is cut", async () => {
    const xml = sheetXml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFE5"/>');
    expect(xml).toContain("XFE5");
    base.file("xl/worksheets/sheet1.xml", xml);
    const bytes = await base.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const whole = await says(bytes, inPieces(Number.MAX_SAFE_INTEGER));
    expect(whole).toMatch(/uses A1:XFE5, right of Excel's last column/);
    const at = Buffer.byteLength(xml.slice(0, xml.indexOf("<dimension")));
    const length = Buffer.byteLength(xml);
    for (let cut = at - 2; cut <= at + 30; cut++)
      expect({ cut, says: await says(bytes, inPieces(length, cut)) }).toEqual({ cut, says: whole });
  });
});
