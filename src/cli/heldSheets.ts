// A workbook's very long sheets held without ExcelJS's cells, for `okr collect`: at 100,000 rows
// ExcelJS took ~30 s and over 1 GB to load each of the master and the returned file, and as long
// again to copy the returned sheet cell by cell and write it. Here a long sheet's <sheetData> is
// taken out of the package before ExcelJS loads the rest (the sheet's settings, dropdowns, widths,
// the styles, the other sheets stay ExcelJS's), and its rows are read from the XML text into
// ExcelJS's own row and cell models, reconciled as ExcelJS's load does (shared strings, styles,
// dates), read into the domain's rows as excelCell reads cells and, for a returned sheet (to be
// copied), copied as copyWorksheet copies it into a LeanSheet (a value and a shared style per cell)
// straight from the models (copiedAtOnce; a row with a cell of another kind is made into an ExcelJS
// row first, as before) and let go.
// A sheet with anything this reader does not make exactly as ExcelJS does (shared or array
// formulas, merged cells, links, notes, rows out of order) is not held: the file is loaded whole.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters } from "../domain/reading/cellRefs";
import type { CellValue } from "../domain/types";
import { LeanSheet, RowValue, valueIn } from "./leanWorkbook";
import { asDisplayed, NO_CELLS } from "../domain/reading/sheet";
import { dateText, isEmptyObject, isEmptyStyle, styleCopier } from "./worksheetCells";
import { lettersOf } from "./heldRowXml";
import { sheetNames } from "./xlsxPackage";

// ExcelJS's xforms and helpers have no typed entry.
const utils = require("exceljs/lib/utils/utils");

/** ExcelJS's internal models are untyped. */
type Model = Record<string, any>;

/** A long sheet as held: its rows as the domain reads them and, when asked, its cells. */
export interface Held {
  /** Rows from sheet row 1, as worksheetRows reads them. */
  rows: CellValue[][];
  /** Rows hidden among those with values (hiddenState). */
  hiddenRows: Set<number>;
  /** The cells as copyWorksheet copies them: values, shared styles, row heights. */
  cells: LeanSheet | null;
  /** The dropdown each copied cell had, by address, in the order copyWorksheet set them. */
  validations: [string, ExcelJS.DataValidation][];
}

const held = new WeakMap<ExcelJS.Worksheet, Held>();

/** The held rows and cells of a worksheet, or undefined for a sheet ExcelJS holds whole. */
export const heldOf = (ws: ExcelJS.Worksheet): Held | undefined => held.get(ws);

/** Whether any sheet of the workbook is held. */
export const holdsAny = (wb: ExcelJS.Workbook): boolean => wb.worksheets.some((ws) => held.has(ws));

/** Something this reader does not make exactly as ExcelJS does: the file is loaded whole. */
class Unusual extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * A character XML 1.0 allows (its Char production, https://www.w3.org/TR/xml/#charsets): a
 * reference to any other (&#1;, &#xD800;) makes the part damaged, and saxes refuses it.
 */
const xmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** A character reference's text, or Unusual when it names no character XML allows. */
function referenced(code: number): string {
  if (!xmlChar(code)) throw new Unusual("a character XML does not allow");
  return String.fromCodePoint(code);
}

/**
 * A text cut from the sheet's XML as a string of its own. V8 keeps a cut of 13 characters or more
 * as a view into the text it was cut from: one such text kept (a formula, a text of t="str") kept
 * the whole 89 MB sheet with it. Joined to a character and cut again, it is copied.
 */
const owned = (text: string) => (text.length < 13 ? text : ` ${text}`.slice(1));

/** XML text as ExcelJS's parser (saxes) hands it on: entities and character references decoded. */
function xmlText(text: string): string {
  if (text.includes("\r")) throw new Unusual("line ends"); // saxes normalises them
  // A "<" in text is markup this reader does not follow (or a damaged part): saxes decides.
  if (text.includes("<")) throw new Unusual("markup in text");
  if (!text.includes("&")) return owned(text);
  const decoded = text.replace(
    /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g,
    (_, hex: string, dec: string, name: string) =>
      hex ? referenced(parseInt(hex, 16)) : dec ? referenced(Number(dec)) : ENTITIES[name]
  );
  if (/&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/.test(text)) throw new Unusual("&");
  return decoded;
}

/**
 * A tag's attributes by name. Anything else in the tag (an attribute unquoted or named twice, both
 * damage saxes refuses) is Unusual: the whole load says what is wrong.
 */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const rest = tag.replace(
    /([\w:]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g,
    (_, name: string, a: string | undefined, b: string | undefined) => {
      if (name in found) throw new Unusual("an attribute named twice");
      // saxes decodes references in a value (s="&#49;" is style 1): not read here.
      if ((a ?? b ?? "").includes("&")) throw new Unusual("a reference in an attribute");
      found[name] = a ?? b ?? "";
      return " ";
    }
  );
  if (rest.trim()) throw new Unusual("more in a tag than its attributes");
  return found;
}

/** The usual <c> tag's attributes, as Excel and ExcelJS write them (r, s, t in that order). */
const USUAL_CELL = /^ r="([A-Z]+[0-9]+)"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?\s*$/;

/** A <c> tag's attributes: the usual ones read at once, any other tag as any tag. */
function cellAttributes(tag: string): Record<string, string> {
  const usual = USUAL_CELL.exec(tag);
  if (!usual) return attributes(tag);
  const found: Record<string, string> = { r: usual[1] };
  if (usual[2] !== undefined) found.s = usual[2];
  if (usual[3] !== undefined) found.t = usual[3];
  return found;
}

/**
 * The usual <row> tag's attributes, as Excel and ExcelJS write them (r, spans, a dyDescent, in that
 * order); the dyDescent is no attribute RowXform reads.
 */
const USUAL_ROW = /^ r="([0-9]+)"(?: spans="([0-9]+:[0-9]+)")?(?: x14ac:dyDescent="[^"<]*")?\s*$/;

/** A <row> tag's attributes: the usual ones read at once, any other tag as any tag. */
function rowAttributes(tag: string): Record<string, string> {
  const usual = USUAL_ROW.exec(tag);
  if (!usual) return attributes(tag);
  const found: Record<string, string> = { r: usual[1] };
  if (usual[2] !== undefined) found.spans = usual[2];
  return found;
}

/** A <c> element as ExcelJS's CellXform parses it (before reconcile), or null for one it drops. */
function cellModel(attrs: Record<string, string>, inner: string): Model {
  if (!attrs.r) throw new Unusual("a cell without its address");
  const model: Model = { address: attrs.r };
  const t = attrs.t;
  if (attrs.s) model.styleId = parseInt(attrs.s, 10);
  // The usual cell: a value alone (<v>…</v>), read at once.
  if (
    inner.startsWith("<v>") &&
    inner.indexOf("<", 3) === inner.length - 4 &&
    inner.endsWith("</v>")
  )
    return valueModel(model, t, inner.length > 7 ? xmlText(inner.slice(3, -4)) : undefined);
  let rest = inner;
  const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (f) {
    if (attributes(f[1]).t) throw new Unusual("a shared or array formula");
    if (f[2]) model.formula = xmlText(f[2]);
    rest = rest.replace(f[0], "");
  }
  let value: string | undefined;
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(rest);
  if (v) {
    if (v[1]) value = xmlText(v[1]);
    rest = rest.replace(v[0], "");
  }
  const is = /<is>([\s\S]*?)<\/is>/.exec(rest);
  if (is) {
    if (/<r\b|<rPh\b/.test(is[1])) throw new Unusual("rich inline text");
    // ExcelJS joins the texts of several <t>: only the usual one is read here.
    if (is[1].split("<t").length > 2) throw new Unusual("inline text in parts");
    const text = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/.exec(is[1]);
    if (text?.[1]) value = (value ?? "") + xmlText(text[1]);
    rest = rest.replace(is[0], "");
  }
  if (rest.trim()) throw new Unusual("more in a cell");
  return valueModel(model, t, value);
}

/** A cell's model given its value's text, as CellXform's parseClose makes it. */
function valueModel(model: Model, t: string | undefined, value: string | undefined): Model {
  if (model.formula) {
    model.type = ExcelJS.ValueType.Formula;
    if (value) {
      if (t === "str") model.result = utils.xmlDecode(value);
      else if (t === "b") model.result = parseInt(value, 10) !== 0;
      else if (t === "e") model.result = { error: value };
      else model.result = parseFloat(value);
    }
  } else if (value !== undefined) {
    // One property at a time, not [type, value] = [...]: an array per cell at 2,000,000 cells.
    if (t === "s") {
      model.type = ExcelJS.ValueType.String;
      model.value = parseInt(value, 10);
    } else if (t === undefined || t === "n") {
      model.type = ExcelJS.ValueType.Number;
      model.value = parseFloat(value);
    } else if (t === "str") {
      model.type = ExcelJS.ValueType.String;
      model.value = utils.xmlDecode(value);
    } else if (t === "inlineStr") {
      model.type = ExcelJS.ValueType.String;
      model.value = value;
    } else if (t === "b") {
      model.type = ExcelJS.ValueType.Boolean;
      model.value = parseInt(value, 10) !== 0;
    } else if (t === "e") {
      model.type = ExcelJS.ValueType.Error;
      model.value = { error: value };
    } else throw new Unusual(`a cell of type ${t}`);
  } else if (model.styleId) model.type = ExcelJS.ValueType.Null;
  else model.type = ExcelJS.ValueType.Merge; // ExcelJS leaves such a cell out
  return model;
}

/**
 * The `name` elements of `xml` from `from` to `to`, one after the other with nothing but space
 * between them: each one's attributes (the text of its tag after the name) and where what it holds
 * starts and ends, given to `each`. Found by indexOf, not a regular expression: an element left
 * open (a damaged or hostile file) costs one look to the end, not one from every tag after it.
 * Read within the sheet's own text, not a slice of it: characters are read ~a third faster from
 * the text itself than through a slice. `usual`, when given, reads the element that starts at an
 * index at once, without its tag made, and says where it ends (-1 for one it leaves to `each`).
 * Both are given the text rather than take it from around them: V8's optimised code kept a text a
 * closure took as a constant, and with it the master's 89 MB sheet for the rest of the command.
 */
function eachElement(
  xml: string,
  from: number,
  to: number,
  name: string,
  each: (xml: string, tag: string, innerFrom: number, innerTo: number) => void,
  usual?: (xml: string, start: number) => number
): void {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = from;
  for (;;) {
    // Only XML's white space between elements (anything else is left to saxes), skipped here
    // rather than searched past: a search for the next element ran on past `to`, to the end of the
    // sheet, from every row without cells (100,000 empty rows took minutes).
    let start = at;
    for (let code = xml.charCodeAt(start); start < to && isXmlSpace(code);)
      code = xml.charCodeAt(++start);
    if (start >= to) return;
    if (!xml.startsWith(open, start)) throw new Unusual(`more than ${name} elements`);
    const read = usual ? usual(xml, start) : -1;
    if (read >= 0) {
      at = read;
      continue;
    }
    const after = start + open.length < to ? xml[start + open.length] : undefined;
    if (after !== " " && after !== ">" && after !== "/") throw new Unusual(`another element`);
    const end = xml.indexOf(">", start);
    if (end < 0 || end >= to) throw new Unusual("a tag left open");
    if (xml[end - 1] === "/") {
      each(xml, xml.slice(start + open.length, end - 1), end + 1, end + 1);
      at = end + 1;
      continue;
    }
    const closed = xml.indexOf(close, end);
    if (closed < 0 || closed + close.length > to) throw new Unusual("an element left open");
    each(xml, xml.slice(start + open.length, end), end + 1, closed);
    at = closed + close.length;
  }
}

/** XML's white space (its S production, https://www.w3.org/TR/xml/#NT-S). */
const isXmlSpace = (code: number) => code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;

const QUOTE = 34;
const ZERO = 48;
const NINE = 57;
const A = 65;
const Z = 90;

/** Whether a character is a letter a to z or A to Z. */
const letter = (code: number) => (code >= A && code <= Z) || (code >= 97 && code <= 122);

/** Where the digits from `at` in `xml` end (`at` itself when there are none). */
function digitsEnd(xml: string, at: number): number {
  let i = at;
  for (let code = xml.charCodeAt(i); code >= ZERO && code <= NINE; code = xml.charCodeAt(++i));
  return i;
}

/** Character codes the usual cell is read by (charCodeAt, which is inlined: startsWith is a call). */
const [LT, GT, SLASH, EQUALS, SPACE] = [60, 62, 47, 61, 32];
const [LETTER_C, LETTER_R, LETTER_S, LETTER_T, LETTER_V] = [99, 114, 115, 116, 118];

/** Whether `xml` has ` x="` at `i`, an attribute named by one letter opening. */
const attributeAt = (xml: string, i: number, name: number) =>
  xml.charCodeAt(i) === SPACE &&
  xml.charCodeAt(i + 1) === name &&
  xml.charCodeAt(i + 2) === EQUALS &&
  xml.charCodeAt(i + 3) === QUOTE;

/** Whether `xml` has `</x>` at `i`, an element named by one letter closing. */
const closeAt = (xml: string, i: number, name: number) =>
  xml.charCodeAt(i) === LT &&
  xml.charCodeAt(i + 1) === SLASH &&
  xml.charCodeAt(i + 2) === name &&
  xml.charCodeAt(i + 3) === GT;

/** The most digits a number read here has: more, and the cell is read as any other. */
const MOST_DIGITS = 9;

/**
 * Reads the usual <c> element at `start` of a row's XML into `cells`, as cellModel would read it
 * given cellAttributes of its tag: ` r="A1"`, then ` s="1"` and ` t="s"` or not, and a value alone
 * (<v>…</v>) or nothing (/>). Read straight from the text, without its tag, inner text and
 * attributes made: at 2,000,000 cells those were ~a third of the held load and its garbage. Where
 * it ends (before `to`), or -1 (nothing read) for any other element: cellModel reads that one.
 */
function usualCell(xml: string, start: number, to: number, cells: Model[]): number {
  if (!attributeAt(xml, start + 2, LETTER_R)) return -1;
  const from = start + 6;
  let i = from;
  for (let code = xml.charCodeAt(i); code >= A && code <= Z; code = xml.charCodeAt(++i));
  if (i === from) return -1;
  const row = i;
  i = digitsEnd(xml, i);
  if (i === row || xml.charCodeAt(i) !== QUOTE) return -1;
  const address = xml.slice(from, i);
  i++;
  let style = -1;
  if (attributeAt(xml, i, LETTER_S)) {
    const end = digitsEnd(xml, i + 4);
    if (end === i + 4 || end - i - 4 > MOST_DIGITS || xml.charCodeAt(end) !== QUOTE) return -1;
    style = 0;
    for (let d = i + 4; d < end; d++) style = style * 10 + xml.charCodeAt(d) - ZERO;
    i = end + 1;
  }
  let t: string | undefined;
  if (attributeAt(xml, i, LETTER_T)) {
    let end = i + 4;
    for (let code = xml.charCodeAt(end); letter(code); code = xml.charCodeAt(++end));
    if (end === i + 4 || xml.charCodeAt(end) !== QUOTE) return -1;
    // A shared text, the most usual kind, without a string made for its "s".
    t = end === i + 5 && xml.charCodeAt(i + 4) === LETTER_S ? "s" : xml.slice(i + 4, end);
    i = end + 1;
  }
  const model: Model = { address };
  if (style >= 0) model.styleId = style;
  let ends: number;
  if (xml.charCodeAt(i) === SLASH && xml.charCodeAt(i + 1) === GT) {
    ends = i + 2;
    valueModel(model, t, undefined);
  } else if (
    xml.charCodeAt(i) === GT &&
    xml.charCodeAt(i + 1) === LT &&
    xml.charCodeAt(i + 2) === LETTER_V &&
    xml.charCodeAt(i + 3) === GT
  ) {
    const lt = xml.indexOf("<", i + 4);
    if (lt < 0 || !closeAt(xml, lt, LETTER_V) || !closeAt(xml, lt + 4, LETTER_C)) return -1;
    ends = lt + 8;
    if (ends > to) return -1; // never, as a row ends at its "</row>": said, not left to that
    const digits = digitsEnd(xml, i + 4);
    if (t === "s" && digits === lt && lt > i + 4 && lt - i - 4 <= MOST_DIGITS) {
      // A shared text's number, read as valueModel's parseInt reads it, without its text made.
      let index = 0;
      for (let d = i + 4; d < lt; d++) index = index * 10 + xml.charCodeAt(d) - ZERO;
      model.type = ExcelJS.ValueType.String;
      model.value = index;
    } else valueModel(model, t, lt > i + 4 ? xmlText(xml.slice(i + 4, lt)) : undefined);
  } else return -1;
  cells.push(model);
  return ends;
}

/** A <row> element as ExcelJS's RowXform parses it (before reconcile). */
function rowModel(attrs: Record<string, string>, xml: string, from: number, to: number): Model {
  if (!attrs.r) throw new Unusual("a row without its number");
  const spans = attrs.spans
    ? attrs.spans.split(":").map((span) => parseInt(span, 10))
    : [undefined, undefined];
  const model: Model = { number: parseInt(attrs.r, 10), min: spans[0], max: spans[1], cells: [] };
  if (attrs.s) model.styleId = parseInt(attrs.s, 10);
  if (utils.parseBoolean(attrs.hidden)) model.hidden = true;
  if (utils.parseBoolean(attrs.bestFit)) model.bestFit = true;
  if (attrs.ht) model.height = parseFloat(attrs.ht);
  if (attrs.outlineLevel) model.outlineLevel = parseInt(attrs.outlineLevel, 10);
  if (utils.parseBoolean(attrs.collapsed)) model.collapsed = true;
  const cells: Model[] = model.cells;
  eachElement(
    xml,
    from,
    to,
    "c",
    (text, tag, innerFrom, innerTo) =>
      cells.push(cellModel(cellAttributes(tag), text.slice(innerFrom, innerTo))),
    (text, start) => usualCell(text, start, to, cells)
  );
  return model;
}

/** Whether a number format is a date's, as ExcelJS decides it (utils.isDateFmt), once a format. */
const dateFormats = new Map<string, boolean>();
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return Boolean(utils.isDateFmt(format));
  let is = dateFormats.get(format);
  if (is === undefined) dateFormats.set(format, (is = Boolean(utils.isDateFmt(format))));
  return is;
}

/**
 * What ExcelJS's RowXform and CellXform reconcile do to a row's models, for a held sheet: the row's
 * and cells' styles, shared strings, dates. Their look-ups of links, notes and shared formulas are
 * left out: a held sheet has none (JOINED, cellModel); each was a dictionary miss per cell.
 */
function reconcileRow(model: Model, options: ReconcileOptions): void {
  model.style = model.styleId ? options.styles.getStyleModel(model.styleId) : {};
  if (model.styleId !== undefined) model.styleId = undefined;
  for (const cell of model.cells) {
    const style = cell.styleId && options.styles && options.styles.getStyleModel(cell.styleId);
    if (style) cell.style = style;
    if (cell.styleId !== undefined) cell.styleId = undefined;
    switch (cell.type) {
      case ExcelJS.ValueType.String:
        if (typeof cell.value === "number" && options.sharedStrings)
          cell.value = options.sharedStrings.getString(cell.value);
        if (cell.value.richText) cell.type = ExcelJS.ValueType.RichText;
        break;
      case ExcelJS.ValueType.Number:
        if (style && isDateFormat(style.numFmt)) {
          cell.type = ExcelJS.ValueType.Date;
          cell.value = utils.excelToDate(cell.value, options.date1904);
        }
        break;
      case ExcelJS.ValueType.Formula:
        if (cell.result !== undefined && style && isDateFormat(style.numFmt))
          cell.result = utils.excelToDate(cell.result, options.date1904);
        break;
      default:
        break;
    }
  }
}

/** A column's number from its letters ("AB" is 28). */
function columnOf(address: string): number {
  let col = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/**
 * A reconciled cell model as excelCell reads the cell ExcelJS makes of it (savedValue, then
 * asDisplayed for a plain value), or undefined for a cell without a value (eachCell passes it by).
 */
function shownCell(m: Model): CellValue | undefined {
  const format: string | undefined = m.style?.numFmt;
  switch (m.type) {
    case ExcelJS.ValueType.String:
      if (typeof m.value !== "string") throw new Unusual("a shared text of no text");
      return asDisplayed(m.value, format);
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return asDisplayed(m.value, format);
    case ExcelJS.ValueType.Date:
      return dateText(m.value);
    case ExcelJS.ValueType.RichText:
      return (m.value.richText as { text: string }[]).map((r) => r.text).join("");
    case ExcelJS.ValueType.Error:
      return String(m.value.error);
    case ExcelJS.ValueType.Formula: {
      const saved: unknown = m.result;
      if (saved instanceof Date) return dateText(saved);
      if (saved !== null && typeof saved === "object")
        return "error" in saved ? String((saved as { error: unknown }).error) : null;
      return (saved as CellValue | undefined) ?? null;
    }
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return undefined;
    default:
      throw new Unusual(`a cell of kind ${m.type}`);
  }
}

/**
 * A row's models as worksheetRows reads the row ExcelJS makes of them (its cells by column), or null for a row without a value. No ExcelJS row is made: the
 * master's held sheet is only read.
 */
function shownRow(model: Model): CellValue[] | null {
  const values: CellValue[] = [];
  let any = false;
  let last = 0;
  for (const m of model.cells) {
    const col = columnOf(m.address);
    // Cells in column order, each once, as Excel and ExcelJS write them (ExcelJS's reading of any
    // other order is left to it).
    if (col <= last) throw new Unusual("cells out of order");
    last = col;
    const shown = shownCell(m);
    if (shown === undefined) continue;
    values[col - 1] = shown;
    any = true;
  }
  if (!any) return null;
  return Array.from(values, (c) => c ?? null);
}

/** What ExcelJS's reconcile is given for a sheet's cells (shared strings, styles, the date system). */
type ReconcileOptions = Model;

/** The sheet's row made from its model, as ExcelJS's load makes it (Worksheet._parseRows). */
function madeRow(ws: ExcelJS.Worksheet, model: Model): ExcelJS.Row {
  const row = ws.getRow(model.number);
  row.model = model as ExcelJS.RowModel;
  return row;
}

/** The kinds of cell copiedAtOnce copies from their models; a row with any other is made by ExcelJS. */
const COPIED_KINDS = new Set<number>([
  ExcelJS.ValueType.Null,
  ExcelJS.ValueType.Number,
  ExcelJS.ValueType.String,
  ExcelJS.ValueType.Boolean,
  ExcelJS.ValueType.Date,
  ExcelJS.ValueType.Formula,
]);

/** An address as ExcelJS's cell takes it (colCache's addressRegex), within Excel's 16,384 columns. */
const ADDRESS = /^[A-Z]{1,3}\d+$/;

/** The value ExcelJS's cell gives for a reconciled model of one of COPIED_KINDS (its Value's `value`). */
function modelValue(m: Model): ExcelJS.CellValue {
  if (m.type === ExcelJS.ValueType.Null) return null;
  if (m.type !== ExcelJS.ValueType.Formula) return m.value;
  // FormulaValue's value: a copy of what its model has, only the parts that are truthy.
  const copy: Model = {};
  for (const part of ["formula", "result", "ref", "shareType", "sharedFormula"])
    if (m[part]) copy[part] = m[part];
  return copy as ExcelJS.CellValue;
}

/** ExcelJS's Cell._mergeStyle: what a cell made in a gap of its row takes from its row and column. */
const mergeStyle: (row: object, col: object | undefined, style: object) => Partial<ExcelJS.Style> =
  require("exceljs/lib/doc/cell").prototype._mergeStyle;

/**
 * The empty style of a cell without one, as copyWorksheet's styleOf gives it, one object for every
 * cell of a kind. copyWorksheet gives each cell an object of its own, but the held writer finds an
 * empty style's id by the cell's kind, not by the object (sheetBySheet.ts emptyStylesOnce), styles
 * are never changed in place (xlsxHost.ts styleSharer: a new object per change), and a row the
 * held writer leaves to ExcelJS still meets these by kind as read. An object per cell was 2,300,000
 * objects at 100,000 rows: ~52 MB held from the returned file's load to its write, and marked by
 * every full garbage collection in between.
 */
const emptyStyles = new Map<number, Partial<ExcelJS.Style>>();
const emptyStyleOf = (kind: number): Partial<ExcelJS.Style> => {
  let style = emptyStyles.get(kind);
  // Frozen: a change made in place would restyle every unstyled cell of the kind; now it throws.
  if (!style) emptyStyles.set(kind, (style = Object.freeze({})));
  return style;
};

/**
 * Copies a row's reconciled models into `cells` as readRows's copy through ExcelJS's row does
 * (madeRow, then each cell with its gaps as copyWorksheet copies it), without making that row:
 * its row and 2,500,000 cell objects at 100,000 rows were a fifth of the returned file's load,
 * and as much again in garbage collection. False, nothing copied, for a row with a cell of
 * another kind or address: ExcelJS's row copies that one.
 */
function copiedAtOnce(
  ws: ExcelJS.Worksheet,
  model: Model,
  cells: LeanSheet,
  styleOf: ReturnType<typeof styleCopier>,
  validations: [string, ExcelJS.DataValidation][] | null
): boolean {
  let last = 0;
  for (const m of model.cells) {
    if (m.type === ExcelJS.ValueType.Merge) continue; // ExcelJS's row leaves it out
    if (!COPIED_KINDS.has(m.type) || !ADDRESS.test(m.address)) return false;
    const col = columnOf(m.address);
    if (col > 16384 || col <= last) return false;
    last = col;
  }
  // A row's height is copied with or without cells (a spacer row of its own height, below a table).
  if (model.height) cells.heights.set(model.number, model.height);
  if (!last) return true;
  // What ExcelJS's row does for each cell it makes: the sheet's columns up to the last are made.
  ws.getColumn(last);
  // What copyWorksheet's styleOf reads of a cell, given one cell at a time.
  const probe = { style: {} as Partial<ExcelJS.Style>, effectiveType: ExcelJS.ValueType.Null };
  let rowStyle: object | undefined;
  const dropdowns = validations
    ? (ws as unknown as { dataValidations: { find(at: string): ExcelJS.DataValidation } })
        .dataValidations
    : null;
  const r: number = model.number;
  let c = 0;
  const copy = (address: string, value: ExcelJS.CellValue) => {
    const to = cells.getCell(r, c);
    to.value = isEmptyObject(value) ? null : value;
    to.style =
      probe.effectiveType !== ExcelJS.ValueType.Date && isEmptyStyle(probe.style)
        ? emptyStyleOf(probe.effectiveType)
        : styleOf(probe as unknown as ExcelJS.Cell);
    const rule = dropdowns?.find(address);
    if (rule) validations!.push([address, rule]);
  };
  for (const m of model.cells) {
    if (m.type === ExcelJS.ValueType.Merge) continue;
    const col = columnOf(m.address);
    // The gaps before it: empty cells styled as their row and column are.
    for (c++; c < col; c++) {
      rowStyle ??= model.style ? JSON.parse(JSON.stringify(model.style)) : {};
      probe.style = mergeStyle(rowStyle!, ws.getColumn(c).style, {});
      probe.effectiveType = ExcelJS.ValueType.Null;
      copy(dropdowns ? `${columnLetters(c - 1)}${r}` : "", null);
    }
    probe.style = m.style || {};
    probe.effectiveType =
      m.type === ExcelJS.ValueType.Formula && m.result instanceof Date
        ? ExcelJS.ValueType.Date
        : m.type;
    copy(m.address, modelValue(m));
  }
  return true;
}

/** A sheet's XML and where its <sheetData>'s rows start and end in it. */
interface SheetData {
  xml: string;
  from: number;
  to: number;
}

/**
 * Reads a long sheet's rows from its <sheetData> XML into `ws` (hollow, as ExcelJS loaded it) one
 * row at a time, as ExcelJS's load would have made each, keeping the domain's rows and (with
 * `copy`) the cells a copy of the sheet holds; each row is let go once read.
 */
function readRows(
  ws: ExcelJS.Worksheet,
  { xml, from, to }: SheetData,
  options: ReconcileOptions,
  copy: boolean
): Held {
  const rows: CellValue[][] = [];
  const hiddenRows = new Set<number>();
  const cells = copy ? new LeanSheet(ws.id, ws.name) : null;
  const validations: [string, ExcelJS.DataValidation][] = [];
  const styleOf = styleCopier();
  const sheetRows = (ws as unknown as { _rows: unknown[] })._rows;
  // Whether the sheet has any dropdown a cell could have (most have none: no lookup per cell).
  const dropdowns =
    Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model)
      .length > 0;
  let last = 0;
  eachElement(xml, from, to, "row", (text, tag, innerFrom, innerTo) => {
    const model = rowModel(rowAttributes(tag), text, innerFrom, innerTo);
    if (!(model.number > last)) throw new Unusual("rows out of order");
    last = model.number;
    reconcileRow(model, options);
    const values = shownRow(model);
    if (values) {
      rows[model.number - 1] = values;
      if (model.hidden) hiddenRows.add(model.number);
    }
    if (cells && !copiedAtOnce(ws, model, cells, styleOf, dropdowns ? validations : null)) {
      const row = madeRow(ws, model);
      // What copyWorksheet copies of each cell (its gaps made as ExcelJS makes them), and the height.
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const to = cells.getCell(model.number, c);
        to.value = isEmptyObject(cell.value) ? null : cell.value;
        to.style = styleOf(cell);
        if (dropdowns && cell.dataValidation) validations.push([cell.address, cell.dataValidation]);
      });
      if (row.height) cells.heights.set(model.number, row.height);
    }
    sheetRows[model.number - 1] = undefined;
  });
  (ws as unknown as { _rows: unknown[] })._rows = [];
  return { rows: Array.from(rows, (r) => r ?? NO_CELLS), hiddenRows, cells, validations };
}

/** JSZip's hold of a part it has read from a package but not unpacked yet (its CompressedObject). */
interface Packed {
  compression?: { magic?: string };
  compressedContent?: unknown;
  uncompressedSize?: number;
}

/** JSZip's mark of a part packed with deflate, the way every .xlsx part we meet is packed. */
const DEFLATE = "\x08\x00";

/** The largest piece a part is unpacked into at once: a package can say any size. */
const LARGEST_PIECE = 256 * 1024 ** 2;

/**
 * A part's bytes unpacked by Node's zlib rather than JSZip's pako in JavaScript (the 89 MB sheet of
 * a 100,000-row file took ~0.6 s of inflate_fast and a stream of chunks to collect, for each file),
 * or undefined for a part not packed with deflate: JSZip unpacks that one. Unpacked to at most the
 * size the package says (a part that unpacks larger throws, as JSZip's own check of the size does:
 * the whole load says what is wrong).
 */
function unpacked(entry: JSZip.JSZipObject): Buffer | undefined {
  const packed = (entry as unknown as { _data?: Packed })._data;
  const size = packed?.uncompressedSize;
  if (
    packed?.compression?.magic !== DEFLATE ||
    !(packed.compressedContent instanceof Uint8Array) ||
    typeof size !== "number" ||
    size < 1
  )
    return undefined;
  // Unpacked into one piece of its size (and a byte, to see a part that is larger): zlib's pieces
  // of 16 KB were then joined, a copy of the 89 MB sheet.
  const bytes = inflateRawSync(packed.compressedContent, {
    maxOutputLength: size,
    // zlib takes pieces of 64 bytes at least (a smaller one throws, and the file was loaded whole).
    chunkSize: Math.max(64, Math.min(size + 1, LARGEST_PIECE)),
  });
  if (bytes.length !== size) throw new Unusual("a part of another size than its package says");
  return bytes;
}

/** A part's text, unpacked by Node's zlib when it can (unpacked). */
async function partText(entry: JSZip.JSZipObject): Promise<string> {
  return unpacked(entry)?.toString("utf8") ?? entry.async("string");
}

/**
 * The size from which a part is unpacked by zlib before the hollow package is made, rather than by
 * pako as JSZip makes it (with its CRC in JavaScript): the returned file's shared strings are 14 MB.
 */
const LARGE_PART = 64 * 1024;

/** The large parts of `zip` other than the sheets `taken`, unpacked by zlib (unpacked) in place. */
function unpackLarge(zip: JSZip, taken: Set<string>): void {
  const large: [string, JSZip.JSZipObject][] = [];
  zip.forEach((_, entry) => {
    const size = (entry as unknown as { _data?: Packed })._data?.uncompressedSize;
    if (!entry.dir && !taken.has(entry.name) && typeof size === "number" && size >= LARGE_PART)
      large.push([entry.name, entry]);
  });
  for (const [path, entry] of large) {
    const bytes = unpacked(entry);
    if (bytes) zip.file(path, bytes, { binary: true, createFolders: false });
  }
}

/** The sheets of a package by part path, named as ExcelJS names them (xlsxPackage's sheetNames). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return sheetNames(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
}

/** What the held reading leaves to saxes: comments, CDATA, "]]>", characters XML does not allow. */
// eslint-disable-next-line no-control-regex
const NOT_READ_HERE = /<!|]]>|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Parts of a sheet's XML outside its rows that ExcelJS would join to the cells: not held. */
const JOINED = /<mergeCells\b|<hyperlinks\b|<legacyDrawing\b/;

/**
 * Loads an .xlsx's `bytes` with the sheets of at least `minRows` rows held (their cells out of
 * ExcelJS, their rows read here); `copy` keeps their cells for copying too. Null when no sheet is
 * that long or one of them has what this reader does not make as ExcelJS does: load it whole then.
 * A damaged file is null too: ExcelJS's whole load says what is wrong with it, as always.
 */
export async function loadHolding(
  bytes: Buffer,
  minRows: number,
  copy: boolean
): Promise<ExcelJS.Workbook | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const taken = new Map<string, SheetData>();
    const hollowed = new Set<string>();
    for (const [part, name] of await sheetParts(zip)) {
      const entry = zip.file(part);
      if (!entry) continue;
      const xml = await partText(entry);
      const open = xml.indexOf("<sheetData>");
      const close = xml.lastIndexOf("</sheetData>");
      if (open < 0 || close < open) continue;
      const from = open + "<sheetData>".length;
      let count = 0;
      for (let i = xml.indexOf("<row", from); i >= 0 && i < close && count < minRows;) {
        count++;
        i = xml.indexOf("<row", i + 4);
      }
      if (count < minRows) continue;
      // Comments, CDATA and characters XML does not allow are left to saxes (the whole load):
      // it reads the first two its own way and says a part with the last is damaged.
      if (NOT_READ_HERE.test(xml.slice(from, close))) return null;
      const around = xml.slice(0, open) + xml.slice(close);
      if (JOINED.test(around)) return null;
      taken.set(name, { xml, from, to: close });
      hollowed.add(part);
      zip.file(
        part,
        `${xml.slice(0, open)}<sheetData/>${xml.slice(close + "</sheetData>".length)}`
      );
    }
    if (!taken.size) return null;
    unpackLarge(zip, hollowed);
    const hollow = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const wb = new ExcelJS.Workbook();
    // ExcelJS's reconcile is given the shared strings, styles and date system, then forgets them.
    const xlsx = wb.xlsx as unknown as { reconcile(model: Model, o: unknown): void };
    const reconcile = xlsx.reconcile.bind(xlsx);
    let options: ReconcileOptions | null = null;
    xlsx.reconcile = (model, o) => {
      options = {
        styles: model.styles,
        sharedStrings: model.sharedStrings,
        date1904: model.properties && model.properties.date1904,
      };
      reconcile(model, o);
    };
    await wb.xlsx.load(hollow as unknown as ArrayBuffer);
    if (!options) return null;
    for (const [name, sheetData] of taken) {
      const ws = wb.getWorksheet(name);
      if (!ws) return null;
      held.set(ws, readRows(ws, sheetData, options, copy));
    }
    return wb;
  } catch {
    // Unusual, or anything else the held reading trips on: the whole load decides, and says
    // what is wrong with the file as it always has.
    return null;
  }
}

/**
 * The held sheet `from`, copied into `to` as `name` as copyWorksheet copies a sheet: its cells
 * (held, not ExcelJS's), dropdowns, heights, widths and views. The copy is held in turn.
 */
export function copyHeld(
  from: ExcelJS.Worksheet,
  to: ExcelJS.Workbook,
  name: string
): ExcelJS.Worksheet {
  const source = held.get(from)!;
  const ws = to.addWorksheet(name);
  // What setting each copied cell's dataValidation does (the dropdowns are the sheet's).
  const dropdowns = (
    ws as unknown as { dataValidations: { add(at: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const [address, rule] of source.validations) dropdowns.add(address, rule);
  from.columns?.forEach((col, i) => {
    if (col.width) ws.getColumn(i + 1).width = col.width;
  });
  ws.views = from.views;
  // Its cells only: the rows were read to validate and score the sheet, and once copied they are
  // not read again (the plans change the cells, not them); at 100,000 rows they were ~60 MB held
  // through the write.
  held.set(ws, { ...source, rows: [] });
  held.delete(from);
  return ws;
}

/** A row's height, as a plan sets it on a held sheet. */
class HeldRow {
  constructor(
    private readonly cells: LeanSheet,
    private readonly row: number
  ) {}

  get height(): number | undefined {
    return this.cells.heights.get(this.row);
  }

  set height(points: number | undefined) {
    if (points) this.cells.heights.set(this.row, points);
    else this.cells.heights.delete(this.row);
  }
}

/**
 * A held sheet as the plans write to it (xlsxHost.ts applyPlansToWorkbook): its cells and row
 * heights are the held ones, everything else (dropdowns, conditional formats, views, columns, page
 * setup) ExcelJS's sheet, as for any other sheet.
 */
function heldView(ws: ExcelJS.Worksheet, cells: LeanSheet): ExcelJS.Worksheet {
  // Made once: the plans ask for getCell once a cell (millions at 100,000 rows).
  const getCell = (r: number, c: number) => {
    // The plans name cells by row and column; an address ("B4") is not looked up here.
    if (typeof r !== "number" || typeof c !== "number")
      throw new Error(`The held sheet ${ws.name} is written by row and column`);
    return cells.getCell(r, c);
  };
  const getRow = (r: number) => new HeldRow(cells, r);
  const view = new Proxy(ws, {
    get(target, prop) {
      if (prop === "getCell") return getCell;
      if (prop === "getRow") return getRow;
      if (prop === "dimensions") return cells.dimensions;
      if (prop === "eachRow" || prop === "findCell" || prop === "findRow")
        throw new Error(`The held sheet ${target.name} has no ExcelJS rows`);
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
  views.add(view);
  return view;
}

const views = new WeakSet<ExcelJS.Worksheet>();

/**
 * Whether the plans write to a held sheet's cells (heldView): a fill's formula is then made as
 * each row is written, as on a LeanSheet (xlsxHost.ts), its cells read through valueIn.
 */
export const isHeldView = (ws: unknown): boolean => views.has(ws as ExcelJS.Worksheet);

/**
 * Runs `fn` (the plans applied) with the workbook's held sheets given out through heldView. The
 * workbook stays the same object: what is kept by workbook (the charts, charts.ts) stays its own.
 */
export function withHeldViews<T>(wb: ExcelJS.Workbook, fn: () => T): T {
  const views = new Map<ExcelJS.Worksheet, ExcelJS.Worksheet>();
  const viewOf = (ws: ExcelJS.Worksheet | undefined) => {
    const cells = ws && held.get(ws)?.cells;
    if (!ws || !cells) return ws;
    if (!views.has(ws)) views.set(ws, heldView(ws, cells));
    return views.get(ws);
  };
  const own = wb.getWorksheet.bind(wb);
  const book = wb as { getWorksheet: ExcelJS.Workbook["getWorksheet"] };
  book.getWorksheet = (name) => viewOf(own(name));
  try {
    return fn();
  } finally {
    delete (book as Partial<typeof book>).getWorksheet; // ExcelJS's own again
  }
}

/** A held cell as fitCells reads and changes it. */
export interface HeldCell {
  address: string;
  value: ExcelJS.CellValue;
  result: unknown;
}

/**
 * Each held cell whose value `picked` picks, by row then column, as ExcelJS's eachRow and eachCell
 * go: only a picked cell is made into an object to read and change (made for every one of 100,000
 * rows' ~2,000,000 cells, they were 5 s of the write, half of it garbage).
 */
export function eachHeldCell(
  ws: ExcelJS.Worksheet,
  picked: (value: ExcelJS.CellValue) => boolean,
  fn: (cell: HeldCell) => void
): boolean {
  const cells = held.get(ws)?.cells;
  if (!cells) return false;
  // Whether each fill (RowValue, xlsxHost.ts: one for a column's run of rows) has a row `picked`
  // picks, told from its first row's formula. Its rows' formulas differ only in the row number put
  // in its template (fillFormula), digits, which neither make nor end a link to another workbook
  // (brackets, quotes and a "!" do), and each is a formula (never text to cut, nor a date): so one
  // row's answer is every row's. The product's fills read their own row alone (scoreSheet.ts,
  // checkins/plan.ts) and are never picked: each row's formula was made here only to be dropped
  // (a second time, as it is made again when written), 500,000 of them at 100,000 rows.
  const fills = new Map<RowValue, boolean>();
  const anyPicked = (fill: RowValue, r: number) => {
    let any = fills.get(fill);
    if (any === undefined) {
      const value = fill.at(r);
      fills.set(fill, (any = value !== null && value !== undefined && picked(value)));
    }
    return any;
  };
  cells.rows.forEach((line, r) =>
    line.styles.forEach((_, c) => {
      const lean = cells.getCell(r, c);
      const own = line.values[c];
      if (own instanceof RowValue && !anyPicked(own, r)) return;
      const value = valueIn(lean, r);
      if (value === null || value === undefined || !picked(value)) return;
      fn({
        address: `${columnLetters(c - 1)}${r}`,
        get value() {
          return value;
        },
        set value(v: ExcelJS.CellValue) {
          lean.value = v;
        },
        result: (value as { result?: unknown }).result,
      });
    })
  );
  return true;
}

/**
 * The model ExcelJS's cell would give for `value` set on it (Cell's `value` setter, then its
 * `model`), for the values a held sheet holds: none, text, a number, true or false, a date, a
 * formula. Undefined for any other (a link, rich text, an error...): a real ExcelJS cell makes it.
 */
function cellModelOf(address: string, value: ExcelJS.CellValue, style: object): Model | undefined {
  if (value === null || value === undefined)
    return { address, type: ExcelJS.ValueType.Null, style };
  switch (typeof value) {
    case "string":
      return { address, type: ExcelJS.ValueType.String, value, style };
    case "number":
      return { address, type: ExcelJS.ValueType.Number, value, style };
    case "boolean":
      return { address, type: ExcelJS.ValueType.Boolean, value, style };
    default:
      break;
  }
  if (value instanceof Date) return { address, type: ExcelJS.ValueType.Date, value, style };
  const v = value as Model;
  // Value.getType's order: a link before a formula.
  if (v.text && v.hyperlink) return undefined;
  if (v.formula || v.sharedFormula)
    return {
      address,
      type: ExcelJS.ValueType.Formula,
      shareType: v.shareType,
      ref: v.ref,
      formula: v.formula,
      sharedFormula: v.sharedFormula,
      result: v.result,
      style,
    };
  return undefined;
}

/**
 * A row's style, as ExcelJS's Row has it ({} of its own): one object for every held row, as its
 * style id is the same for every row (an empty style of no kind), and ExcelJS's style manager
 * then knows it by the object.
 */
const ROW_STYLE = {};

/** The last row of a held sheet's cells: the last with a cell or a height. */
function lastHeldRow(cells: LeanSheet): number {
  let last = cells.rows.length - 1;
  for (const r of cells.heights.keys()) last = Math.max(last, r);
  return last;
}

/** A held sheet's cells as written (sheetBySheet.ts): by row, with its last row to write. */
export function heldToWrite(ws: ExcelJS.Worksheet): { cells: LeanSheet; last: number } | undefined {
  const cells = held.get(ws)?.cells;
  return cells ? { cells, last: lastHeldRow(cells) } : undefined;
}

/**
 * The row model ExcelJS's row `r` would give (Row's `model`) were the held cells set on it as
 * copyWorksheet sets cells (their value, then their style), for a row heldLineXml (heldRowXml.ts)
 * leaves to ExcelJS: no ExcelJS row or cell is made, but for a cell holding anything else than
 * cellModelOf knows. Null for a row not written (no cells, no height).
 */
export function heldRowModel(ws: ExcelJS.Worksheet, cells: LeanSheet, r: number): Model | null {
  const sheetRows = ws as unknown as { _rows: (ExcelJS.Row | undefined)[] };
  const line = cells.rows[r];
  const height = cells.heights.get(r) || undefined;
  const models: Model[] = [];
  let [min, max] = [0, 0];
  line?.styles.forEach((style, c) => {
    const value = valueIn(cells.getCell(r, c), r);
    let model = cellModelOf(`${lettersOf(c)}${r}`, value, style);
    if (!model) {
      // A real cell, its value set then its style (Object.assign sets them in that order).
      model = Object.assign(ws.getRow(r).getCell(c), { value, style }).model as Model;
      sheetRows._rows = [];
    }
    if (!min || min > c) min = c;
    if (max < c) max = c;
    models.push(model);
  });
  // What Row's model holds for a row made by getRow, given a height or cells, else nothing.
  return height || models.length
    ? {
        cells: models,
        number: r,
        min,
        max,
        height,
        style: ROW_STYLE,
        hidden: false,
        outlineLevel: 0,
        collapsed: false,
      }
    : null;
}

/**
 * A held sheet's rows as written (heldLineXml, heldRowModel), known before they are made (sheetBySheet.ts
 * writes a sheet's dimension before its rows, and the rows as the zip takes them): each row it
 * writes, as its number and its cells' first and last column (0 and 0: a row with a height alone),
 * and the number formats of the cells' styles, each once, in the order the rows first have them.
 * Undefined for a sheet ExcelJS holds whole.
 */
export function heldExtent(
  ws: ExcelJS.Worksheet
): { rows: [number, number, number][]; numFmts: string[] } | undefined {
  const cells = held.get(ws)?.cells;
  if (!cells) return undefined;
  const rows: [number, number, number][] = [];
  const numFmts = new Set<string>();
  const last = lastHeldRow(cells);
  for (let r = 1; r <= last; r++) {
    let [min, max, any] = [0, 0, false];
    cells.rows[r]?.styles.forEach((style, c) => {
      if (!min || min > c) min = c;
      if (max < c) max = c;
      any = true;
      if (style.numFmt) numFmts.add(style.numFmt);
    });
    if (any || cells.heights.get(r)) rows.push([r, min, max]);
  }
  return { rows, numFmts: [...numFmts] };
}
