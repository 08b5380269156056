// A held sheet's rows written as text (heldRowXml.ts) are the text ExcelJS's RowXform writes for
// the same row models, with the same shared strings and styles added in the same order.
import { heldRowXml } from "../../src/cli/heldRowXml";

const XmlStream = require("exceljs/lib/utils/xml-stream");
const RowXform = require("exceljs/lib/xlsx/xform/sheet/row-xform");
const StylesXform = require("exceljs/lib/xlsx/xform/style/styles-xform");
const SharedStringsXform = require("exceljs/lib/xlsx/xform/strings/shared-strings-xform");

type Model = Record<string, any>;

const bold = { font: { bold: true, name: "Calibri", size: 11 } };
const dated = { numFmt: "yyyy-mm-dd" };

/** Row models of every kind a held sheet holds, made fresh for each writer (prepare changes them). */
function rows(): Model[] {
  const row = (number: number, cells: Model[], more: Model = {}) => ({
    cells,
    number,
    min: cells.length ? 1 : 0,
    max: cells.length,
    height: undefined,
    style: {},
    hidden: false,
    outlineLevel: 0,
    collapsed: false,
    ...more,
  });
  const c = (address: string, type: number, value: unknown, style: object = {}) => ({
    address,
    type,
    value,
    style,
  });
  const f = (
    address: string,
    formula: string | undefined,
    result: unknown,
    style: object = {}
  ) => ({
    address,
    type: 6,
    shareType: undefined,
    ref: undefined,
    formula,
    sharedFormula: undefined,
    result,
    style,
  });
  const when = new Date(Date.UTC(2026, 1, 3));
  return [
    row(1, [
      c("A1", 3, "Key <Result> & \"more\" 'x'", bold),
      c("B1", 2, 0.5),
      c("C1", 2, 12, dated),
      c("D1", 9, true),
      c("E1", 9, false, bold),
      c("F1", 4, when, dated),
      c("G1", 4, when),
      c("H1", 0, null),
      c("I1", 0, null, bold),
      c("J1", 3, "Key <Result> & \"more\" 'x'"),
    ]),
    row(2, [
      f("A2", 'IF(B2>0,"yes","no")', "yes"),
      f("B2", "B1*2", 1),
      f("C2", "B1>0", true),
      f("D2", "1/0", { error: "#DIV/0!" }),
      f("E2", "TODAY()", when, dated),
      f("F2", "TODAY()", undefined, dated),
      f("G2", "", 3),
    ]),
    row(3, [], { height: 30.5 }),
    row(4, [c("B4", 2, 7)], { height: 12, hidden: true, outlineLevel: 1, collapsed: true }),
    row(5, [c("A5", 0, null)]),
  ];
}

/** What each writer makes of the rows: the rows' text, then the shared strings' and styles'. */
function written(write: (row: Model, options: Model) => string, date1904: boolean) {
  const options = {
    styles: new StylesXform(true),
    sharedStrings: new SharedStringsXform(),
    date1904,
    formulae: {},
    siFormulae: 0,
    merges: { add() {} },
    hyperlinks: [],
    comments: [],
  };
  const text = rows()
    .map((row) => write(row, options))
    .join("");
  const strings = new XmlStream();
  options.sharedStrings.render(strings, options.sharedStrings.model);
  const styles = new XmlStream();
  options.styles.render(styles);
  return { text, strings: strings.xml, styles: styles.xml };
}

function exceljs(row: Model, options: Model): string {
  const xform = new RowXform();
  const xml = new XmlStream();
  xform.prepare(row, options);
  xform.render(xml, row, options);
  return xml.xml;
}

describe("heldRowXml", () => {
  it.each([false, true])("writes what RowXform writes (date1904 %s)", (date1904) => {
    const held = written((row, o) => heldRowXml(row, o) ?? "(left to ExcelJS)", date1904);
    expect(held).toEqual(written(exceljs, date1904));
    expect(held.text).toContain('<c r="A1" s="1" t="s"><v>0</v></c>');
  });

  it("leaves to ExcelJS a row with a shared formula, a link or a note", () => {
    const o = { styles: new StylesXform(true), sharedStrings: new SharedStringsXform() };
    const one = (cell: Model) =>
      heldRowXml({ cells: [cell], number: 1, min: 1, max: 1, style: {} }, o);
    expect(one({ address: "A1", type: 6, formula: "1", shareType: "shared" })).toBeNull();
    expect(one({ address: "A1", type: 5, text: "x", hyperlink: "http://x" })).toBeNull();
    expect(one({ address: "A1", type: 2, value: 1, comment: { note: "n" } })).toBeNull();
    expect(one({ address: "A1", type: 2, value: 1, style: {} })).not.toBeNull();
  });
});
