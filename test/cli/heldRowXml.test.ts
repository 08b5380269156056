// A held sheet's rows written as text (heldRowXml.ts) are the text ExcelJS's RowXform writes for
// the same row models, with the same shared strings and styles added in the same order.
import ExcelJS from "exceljs";
import { heldLineXml, heldRowXml } from "../../src/cli/heldRowXml";
import { heldRowModel } from "../../src/cli/heldSheets";
import { LeanSheet, RowValue } from "../../src/cli/leanWorkbook";

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

describe("heldLineXml", () => {
  /** A held sheet's cells of every kind it holds, as the plans leave them (values, shared styles). */
  function held(): LeanSheet {
    const cells = new LeanSheet(1, "Long");
    const set = (r: number, c: number, value: unknown, style?: object) => {
      const cell = cells.getCell(r, c);
      cell.value = value as ExcelJS.CellValue;
      if (style) cell.style = style;
    };
    const when = new Date(Date.UTC(2026, 1, 3));
    const fill = new RowValue((r) => ({ formula: `IF(B${r}>0,"<yes>","no")`, result: "" }));
    for (let r = 1; r <= 3; r++) {
      set(r, 1, "Key <Result> & \"more\" 'x'", bold);
      set(r, 2, r === 2 ? 0 : r * 0.5);
      set(r, 3, 12, dated);
      set(r, 4, r === 1, bold);
      set(r, 5, when, r === 3 ? dated : undefined);
      set(r, 6, null, bold);
      set(r, 7, null); // unstyled and empty: no <c>, but in the row's spans
      set(r, 9, fill);
      set(r, 10, { formula: "B1*2", result: 1 });
      set(r, 11, { formula: "B1>0", result: false });
      set(r, 12, { formula: "1/0", result: { error: "#DIV/0!" } });
      set(r, 13, { formula: "TODAY()", result: when }, dated);
      set(r, 14, { formula: "TODAY()" });
    }
    cells.heights.set(3, 30.5);
    cells.heights.set(5, 12); // a row with a height alone
    set(7, 2, { text: "link", hyperlink: "http://x" }); // left to ExcelJS
    set(8, 2, { sharedFormula: "A1", result: 1 }); // left to ExcelJS
    set(9, 2, { richText: [{ text: "rich" }] }); // left to ExcelJS
    return cells;
  }

  /** Each row written, each by its own styles and shared strings: its text, or "ExcelJS's". */
  function each(write: (cells: LeanSheet, r: number, o: Model) => string | null | false) {
    const cells = held();
    const o = { styles: new StylesXform(true), sharedStrings: new SharedStringsXform() };
    const text = [];
    for (let r = 1; r <= 9; r++) text.push(write(cells, r, o));
    const [strings, styles] = [new XmlStream(), new XmlStream()];
    o.sharedStrings.render(strings, o.sharedStrings.model);
    o.styles.render(styles);
    return { text, strings: strings.xml, styles: styles.xml };
  }

  it("writes what heldRowXml writes of the row models the held cells make, styles and strings added alike", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Long");
    const fromModels = each((cells, r, o) => {
      const model = heldRowModel(ws, cells, r);
      return model && (heldRowXml(model, o) ?? false);
    });
    const fromLines = each((cells, r, o) =>
      heldLineXml(r, cells.rows[r], cells.heights.get(r), {
        styleId: (style, kind) => o.styles.addStyleModel(style, kind),
        sharedStrings: o.sharedStrings,
      })
    );
    expect(fromLines).toEqual(fromModels);
    expect(fromLines.text[1]).toContain(
      "<f>IF(B2&gt;0,&quot;&lt;yes&gt;&quot;,&quot;no&quot;)</f>"
    );
    expect(fromLines.text.slice(3)).toEqual([
      null,
      expect.stringMatching(/ht="12"/),
      null,
      false,
      false,
      false,
    ]);
  });

  it("adds nothing of a row it leaves to ExcelJS: ExcelJS adds its styles and texts, once", () => {
    const cells = new LeanSheet(1, "Long");
    const before = cells.getCell(1, 1);
    before.value = "a text before";
    before.style = bold;
    cells.getCell(1, 2).value = { richText: [{ text: "rich" }] } as ExcelJS.CellValue;
    const o = { styles: new StylesXform(true), sharedStrings: new SharedStringsXform() };
    const written = () => {
      const [strings, styles] = [new XmlStream(), new XmlStream()];
      o.sharedStrings.render(strings, o.sharedStrings.model);
      o.styles.render(styles);
      return strings.xml + styles.xml;
    };
    const none = written();
    const line = heldLineXml(1, cells.rows[1], undefined, {
      styleId: (style, kind) => o.styles.addStyleModel(style, kind),
      sharedStrings: o.sharedStrings,
    });
    expect(line).toBe(false);
    expect(written()).toBe(none);
  });
});
