// The held reading (heldSheets.ts) reads a long sheet's rows from its XML text itself; a part
// saxes would refuse as damaged, or read its own way, must come out exactly as ExcelJS's whole
// load makes it: refused with the same located message, or read to the same rows. Each case is
// one row of a long sheet, changed in the package's XML.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { collectFully } from "../../src/cli/fullCollection";
import { heldOf, loadHolding } from "../../src/cli/heldSheets";
import { loadWorkbook, loadWorkbookHolding, worksheetRows } from "../../src/cli/input";

/** Rows a sheet must have to be held here (the test sheet has 20). */
const HOLD = 12;

/** A 20-row sheet whose row 3 is `row3` (XML), as a file. */
async function sheetWith(row3: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "okr-held-xml-")), "long.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Long");
  for (let r = 1; r <= 20; r++) ws.getCell(r, 1).value = r;
  ws.getCell(1, 2).value = { formula: "A1*2", result: 2 };
  await wb.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const changed = xml.replace(/<row r="3"[\s\S]*?<\/row>/, row3);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

/** What a load gives: its rows as the domain reads them, or its message. */
async function outcome(load: Promise<ExcelJS.Workbook>): Promise<unknown> {
  try {
    const ws = (await load).getWorksheet("Long")!;
    return heldOf(ws)?.rows ?? worksheetRows(ws);
  } catch (error) {
    return (error as Error).message;
  }
}

const cases: [string, string][] = [
  [
    "a reference to a character XML does not allow",
    '<row r="3"><c r="A3" t="inlineStr"><is><t>a&#1;b</t></is></c></row>',
  ],
  [
    "a reference to half a surrogate pair",
    '<row r="3"><c r="A3" t="inlineStr"><is><t>a&#xD800;b</t></is></c></row>',
  ],
  [
    "a control character in text",
    '<row r="3"><c r="A3" t="inlineStr"><is><t>a\u0001b</t></is></c></row>',
  ],
  ['a "<" in text', '<row r="3"><c r="A3" t="inlineStr"><is><t>a<b</t></is></c></row>'],
  ['a "<" in a value', '<row r="3"><c r="A3"><v>1<2</v></c></row>'],
  ['"]]>" in text', '<row r="3"><c r="A3" t="inlineStr"><is><t>a]]>b</t></is></c></row>'],
  ["an attribute named twice", '<row r="3"><c r="A3" r="B3"><v>3</v></c></row>'],
  ["an attribute unquoted", '<row r="3"><c r="A3" s=0><v>3</v></c></row>'],
  ["a number in CDATA", '<row r="3"><c r="A3"><v><![CDATA[5]]></v></c></row>'],
  ["text in CDATA", '<row r="3"><c r="A3" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>'],
  ["a comment inside a value", '<row r="3"><c r="A3"><v>1<!--x-->2</v></c></row>'],
  [
    "a comment inside text",
    '<row r="3"><c r="A3" t="inlineStr"><is><t>ab<!--x-->cd</t></is></c></row>',
  ],
  [
    "inline text in two parts",
    '<row r="3"><c r="A3" t="inlineStr"><is><t>a</t><t>b</t></is></c></row>',
  ],
];

/**
 * Cells at the edge of the usual kind the held reading reads straight from the text (usualCell):
 * each must come out as the whole load reads it, read at once or by the slower way.
 */
const usualOrNot: [string, string][] = [
  ["a shared text's number with a leading zero", '<c r="A3" t="s"><v>00</v></c>'],
  ["a shared text's number past its 9 digits", '<c r="A3" t="s"><v>1234567890</v></c>'],
  ["a shared text's number of no digits", '<c r="A3" t="s"><v>x</v></c>'],
  ["a style 0", '<c r="A3" s="0"><v>7</v></c>'],
  ["a style past its 9 digits", '<c r="A3" s="1234567890"><v>7</v></c>'],
  ["a number with an exponent", '<c r="A3"><v>1.5E3</v></c>'],
  ["a number typed n", '<c r="A3" t="n"><v>2.5</v></c>'],
  ["a number with an entity", '<c r="A3"><v>&#50;5</v></c>'],
  ["a true", '<c r="A3" t="b"><v>1</v></c>'],
  ["an error", '<c r="A3" t="e"><v>#N/A</v></c>'],
  ["a formula's text", '<c r="A3" t="str"><v>a &amp; b</v></c>'],
  ["a type no cell has", '<c r="A3" t="sx"><v>1</v></c>'],
  ["an empty value", '<c r="A3"><v></v></c>'],
  ["a cell closed at once", '<c r="A3" s="0"/><c r="B3"><v>1</v></c>'],
  ["a space at the tag's end", '<c r="A3" ><v>3</v></c>'],
  ["the attributes in another order", '<c t="n" r="A3"><v>3</v></c>'],
  ["an address in small letters", '<c r="a3"><v>3</v></c>'],
  ["an address without its row", '<c r="A"><v>3</v></c>'],
  ["a value with an attribute", '<c r="A3"><v xml:space="preserve">3</v></c>'],
  ["a value and more", '<c r="A3"><v>3</v><x/></c>'],
  ["text after a cell", '<c r="A3"><v>3</v></c>x<c r="B3"><v>4</v></c>'],
  ["a cell twice", '<c r="A3"><v>3</v></c><c r="A3"><v>4</v></c>'],
  ["cells out of order", '<c r="B3"><v>3</v></c><c r="A3"><v>4</v></c>'],
  ["a cell left open at the row's end", '<c r="A3"><v>3</v>'],
];

describe("a long sheet's XML the held reading leaves to the whole load", () => {
  it.each(usualOrNot)("%s: read as the whole load reads it", async (_, cells) => {
    const file = await sheetWith(`<row r="3">${cells}</row>`);
    const whole = await outcome(loadWorkbook(file));
    const held = await outcome(loadWorkbookHolding(file, { holdRows: HOLD, copy: true }));
    expect(held).toEqual(whole);
  });

  it.each(cases)("%s: refused or read as the whole load does", async (_, row3) => {
    const file = await sheetWith(row3);
    const whole = await outcome(loadWorkbook(file));
    const held = await outcome(loadWorkbookHolding(file, { holdRows: HOLD, copy: true }));
    expect(held).toEqual(whole);
  });

  it("still holds a sheet whose XML is as Excel and ExcelJS write it", async () => {
    const file = await sheetWith(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>a &amp; &#x1F600; b</t></is></c></row>'
    );
    const wb = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    const held = heldOf(wb.getWorksheet("Long")!);
    expect(held?.rows[2][0]).toBe("a & \u{1F600} b");
    expect(held?.rows).toEqual(await outcome(loadWorkbook(file)));
  });
});

/** `file`'s bytes packed with deflate, the size its sheet part says it unpacks to changed by `by`. */
async function sizeSaid(file: string, by: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  // The central directory's entry for the part (signature PK\x01\x02, the name 46 bytes on).
  for (let at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
    if (!bytes.subarray(at + 46, at + 46 + name.length).equals(name)) continue;
    bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + by, at + 24);
    return bytes;
  }
  throw new Error("no sheet part");
}

describe("a long sheet's part that unpacks to another size than its package says", () => {
  it.each([
    ["larger", -1],
    ["smaller", 1],
  ])("is not held when it unpacks %s: the whole load says what is wrong", async (_, by) => {
    const file = await sheetWith('<row r="3"><c r="A3"><v>3</v></c></row>');
    expect(await loadHolding(await sizeSaid(file, 0), HOLD, true)).not.toBeNull();
    expect(await loadHolding(await sizeSaid(file, by), HOLD, true)).toBeNull();
  });
});

describe("what the held reading leaves to the whole load, or reads as well as it", () => {
  it.each([
    ["a row's", '<row r="3" hidden="&#49;"><c r="A3"><v>3</v></c></row>'],
    ["a cell's", '<row r="3"><c r="A3" s="&#49;"><v>3</v></c></row>'],
  ])(
    'leaves %s attribute holding a reference (s="&#49;" is style 1) to the whole load',
    async (_, row3) => {
      const file = await sheetWith(row3);
      const wb = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
      expect(heldOf(wb.getWorksheet("Long")!)).toBeUndefined();
    }
  );

  it("holds a long sheet beside a sheet whose part unpacks to a few bytes", async () => {
    const file = await sheetWith('<row r="3"><c r="A3"><v>3</v></c></row>');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Long");
    wb.addWorksheet("Tiny");
    const two = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    for (const part of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"])
      zip.file(part, await two.file(part)!.async("string"));
    // Its part unpacks to 12 bytes: fewer than the 64 zlib takes for its pieces.
    zip.file("xl/worksheets/sheet2.xml", "<worksheet/>");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const loaded = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    expect(loaded.getWorksheet("Tiny")).toBeDefined();
    expect(heldOf(loaded.getWorksheet("Long")!)?.rows[2][0]).toBe(3);
  });

  it("reads 100,000 rows without cells below the table once, not from every row to the sheet's end", async () => {
    const file = await sheetWith('<row r="3"><c r="A3"><v>3</v></c></row>');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(part)!.async("string");
    const empty = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 21}"></row>`).join("");
    zip.file(part, xml.replace("</sheetData>", `${empty}</sheetData>`));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const started = Date.now();
    const wb = await loadWorkbookHolding(file, { holdRows: HOLD, copy: true });
    // Each row searched on to the sheet's end: minutes (a run of 40,000 took 9 s, 100,000 184 s).
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(heldOf(wb.getWorksheet("Long")!)?.rows[2][0]).toBe(3);
  }, 60_000);
});

/** The package `bytes` with `spaces` spaces before its sheet's row 4. */
async function spacedOut(bytes: Buffer, spaces: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace('<row r="4"', `${" ".repeat(spaces)}<row r="4"`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a text the held reading keeps", () => {
  it("is a string of its own, not a view keeping the whole sheet's text", async () => {
    const kept = "a text of its own, longer than 13 characters";
    const file = await sheetWith(`<row r="3"><c r="A3" t="str"><v>${kept}</v></c></row>`);
    // 40 MB of spaces between two rows: the sheet's text is that long (made in a function of its
    // own, so that nothing here keeps it).
    const bytes = await spacedOut(readFileSync(file), 40 * 1024 ** 2);
    collectFully();
    const before = process.memoryUsage().heapUsed;
    let wb: ExcelJS.Workbook | null = await loadHolding(bytes, HOLD, false);
    const text = heldOf(wb!.getWorksheet("Long")!)!.rows[2][0];
    wb = null;
    // V8 keeps the last text a regular expression was run on (RegExp.lastMatch): another run lets
    // go of the sheet's, as the command's next steps do.
    /x/.test("x");
    collectFully();
    expect(text).toBe(kept);
    // A view would keep the 40 MB text (one byte a character) alive.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 ** 2);
  }, 60_000);
});
