// A held sheet's rows written to XML text straight from their models (heldSheets.ts
// heldRowModel) or their held cells (heldLineXml), the same text ExcelJS's RowXform and CellXform
// prepare and render: at 100,000 rows, ExcelJS's XmlStream (an array piece per tag and attribute, joined) and its per-cell
// prepare were most of the write's 15 s and much of its garbage. Only what a held sheet holds is
// written here (no value, text, a number, true or false, a date, a formula of its own with its
// saved result); a row with anything else is left to ExcelJS's xforms (null is returned).
import ExcelJS from "exceljs";
import { columnLetters } from "../domain/reading/cellRefs";
import { RowValue } from "./leanWorkbook";

// ExcelJS's helpers have no typed entry.
const utils = require("exceljs/lib/utils/utils");

/** ExcelJS's internal models are untyped. */
type Model = Record<string, any>;

const T = ExcelJS.ValueType;

/**
 * Text as XmlStream writes it (writeText, pushAttribute). A number's text and a cell's address
 * ("AB12") have nothing to encode: they are written as they are (looked over, they were a tenth of
 * the held sheet's write).
 */
const text = (value: unknown): string => utils.xmlEncode(String(value));

/** A formula's saved result's kind, as CellXform's getValueType reads it; undefined: not here. */
function resultKind(result: unknown): number | undefined {
  if (result === null || result === undefined) return T.Null;
  if (typeof result === "string") return T.String;
  if (typeof result === "number") return T.Number;
  if (typeof result === "boolean") return T.Boolean;
  if (result instanceof Date) return T.Date;
  if (typeof result === "object" && "error" in result && Object.keys(result).length === 1)
    return (result as { error: unknown }).error ? T.Error : undefined;
  return undefined;
}

/** Whether RowXform.prepare would do no more to the row's cells than heldRowXml does. */
function plain(row: Model): boolean {
  for (const c of row.cells as Model[]) {
    if (c.comment) return false;
    switch (c.type) {
      case T.Null:
      case T.Number:
      case T.String:
      case T.Boolean:
      case T.Date:
        if (c.type === T.String && typeof c.value !== "string") return false;
        break;
      case T.Formula:
        if (c.shareType || c.sharedFormula || c.si !== undefined || c.ref) return false;
        if (resultKind(c.result) === undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * A row model's XML as ExcelJS's RowXform prepares (`options`: the styles and shared strings it
 * adds to, the date system) and renders it, or null for a row it should prepare and render itself.
 */
export function heldRowXml(row: Model, options: Model): string | null {
  const { styles, sharedStrings } = options;
  if (!sharedStrings || !plain(row)) return null;
  const date1904 = Boolean(options.date1904);
  const rowStyle = styles.addStyleModel(row.style);
  let xml = `<row r="${row.number}"`;
  if (row.height) xml += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) xml += ` hidden="1"`;
  if (row.min > 0 && row.max > 0 && row.min <= row.max) xml += ` spans="${row.min}:${row.max}"`;
  if (rowStyle) xml += ` s="${rowStyle}" customFormat="1"`;
  xml += ` x14ac:dyDescent="0.25"`;
  if (row.outlineLevel) xml += ` outlineLevel="${text(row.outlineLevel)}"`;
  if (row.collapsed) xml += ` collapsed="1"`;
  let cells = "";
  for (const c of row.cells as Model[]) {
    const kind = c.type === T.Formula ? resultKind(c.result) : c.type;
    const styleId = styles.addStyleModel(c.style || {}, kind);
    if (c.type === T.Null && !styleId) continue;
    let open = `<c r="${c.address}"`;
    if (styleId) open += ` s="${styleId}"`;
    switch (c.type) {
      case T.Null:
        cells += `${open}/>`;
        break;
      case T.Number:
        cells += `${open}><v>${c.value}</v></c>`;
        break;
      case T.Boolean:
        cells += `${open} t="b"><v>${c.value ? "1" : "0"}</v></c>`;
        break;
      case T.String:
        cells += `${open} t="s"><v>${sharedStrings.add(c.value)}</v></c>`;
        break;
      case T.Date:
        cells += `${open}><v>${utils.dateToExcel(c.value, date1904)}</v></c>`;
        break;
      default: {
        // A formula: its text, then its saved result as renderFormula writes it.
        const f = c.formula === undefined ? "<f/>" : `<f>${text(c.formula)}</f>`;
        const r = c.result;
        if (kind === T.Null) cells += `${open}>${f}</c>`;
        else if (kind === T.String) cells += `${open} t="str">${f}<v>${text(r)}</v></c>`;
        else if (kind === T.Number) cells += `${open}>${f}<v>${r}</v></c>`;
        else if (kind === T.Boolean) cells += `${open} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
        else if (kind === T.Error) cells += `${open} t="e">${f}<v>${text(r.error)}</v></c>`;
        else cells += `${open}>${f}<v>${utils.dateToExcel(r, date1904)}</v></c>`;
      }
    }
  }
  return cells ? `${xml}>${cells}</row>` : `${xml}/>`;
}

/** A held row's cells (leanWorkbook.ts LeanRow): values and styles by column from 1. */
export interface HeldLine {
  readonly values: readonly unknown[];
  readonly styles: readonly object[];
}

/** What heldLineXml is given: the styles' ids, the shared strings, the date system. */
export interface LineOptions {
  /** A style's id for a cell of `kind` (sheetBySheet.ts heldStyle), the style added if new. */
  styleId(style: object, kind?: number): number;
  sharedStrings: { add(text: string): number };
  date1904?: boolean;
}

/** A value a held cell holds as heldRowXml writes it: its kind, or undefined for any other. */
function heldKind(value: unknown): number | undefined {
  if (value === null || value === undefined) return T.Null;
  switch (typeof value) {
    case "string":
      return T.String;
    case "number":
      return T.Number;
    case "boolean":
      return T.Boolean;
    case "object":
      break;
    default:
      return undefined;
  }
  if (value instanceof Date) return T.Date;
  const v = value as Model;
  // Value.getType's order: a link before a formula. A shared formula is ExcelJS's to write.
  if (v.text && v.hyperlink) return undefined;
  if (!v.formula || v.sharedFormula || v.shareType || v.ref) return undefined;
  return T.Formula;
}

/**
 * A held row's XML straight from its held cells (`line`, values made for row `r` where a fill's
 * RowValue stands), the text heldRowXml writes for the row model heldRowModel (heldSheets.ts) makes
 * of it, the styles and shared strings added in the same order: at 100,000 rows a model object per
 * cell, made only to be read once, was a third of the write and much of its garbage. Null for a row
 * not written (no cells, no height); false for a row with a cell of another kind, whose model
 * ExcelJS writes: nothing of that row is added here then (ExcelJS adds its styles and strings, and a
 * text added twice is counted twice in the shared strings' count).
 */
export function heldLineXml(
  r: number,
  line: HeldLine | undefined,
  height: number | undefined,
  o: LineOptions
): string | null | false {
  if (!line && !height) return null;
  if (line && !madeRow(r, line)) return false;
  const rowStyle = o.styleId(EMPTY); // a row's own empty style, looked up before its cells
  let cells = "";
  let [min, max] = [0, 0];
  if (line) {
    const { styles } = line;
    for (let c = 1; c < styles.length; c++) {
      const style = styles[c];
      if (style === undefined) continue; // no cell
      if (!min) min = c;
      max = c;
      const value = made[c];
      const type = types[c];
      const kind = kinds[c];
      const styleId = o.styleId(style, kind);
      if (type === T.Null && !styleId) continue;
      const open = styleId
        ? `<c r="${lettersOf(c)}${r}" s="${styleId}"`
        : `<c r="${lettersOf(c)}${r}"`;
      switch (type) {
        case T.Null:
          cells += `${open}/>`;
          break;
        case T.Number:
          cells += `${open}><v>${value}</v></c>`;
          break;
        case T.Boolean:
          cells += `${open} t="b"><v>${value ? "1" : "0"}</v></c>`;
          break;
        case T.String:
          cells += `${open} t="s"><v>${o.sharedStrings.add(value as string)}</v></c>`;
          break;
        case T.Date:
          cells += `${open}><v>${utils.dateToExcel(value, o.date1904)}</v></c>`;
          break;
        default:
          cells += formulaXml(open, value as Model, kind, Boolean(o.date1904));
      }
    }
  }
  let xml = `<row r="${r}"`;
  if (height) xml += ` ht="${height}" customHeight="1"`;
  if (min > 0) xml += ` spans="${min}:${max}"`;
  if (rowStyle) xml += ` s="${rowStyle}" customFormat="1"`;
  xml += ` x14ac:dyDescent="0.25"`;
  return cells ? `${xml}>${cells}</row>` : `${xml}/>`;
}

/** The row at hand's values (a fill's made once a cell), kinds and result kinds: reused row after row. */
const made: unknown[] = [];
const types: number[] = [];
const kinds: number[] = [];

/** Makes row `r`'s values into `made`, `types`, `kinds`; false, at its first cell of another kind. */
function madeRow(r: number, { values, styles }: HeldLine): boolean {
  for (let c = 1; c < styles.length; c++) {
    if (styles[c] === undefined) continue;
    const own = values[c];
    const value = own instanceof RowValue ? own.at(r) : own;
    const type = heldKind(value);
    if (type === undefined) return false;
    const kind = type === T.Formula ? resultKind((value as Model).result) : type;
    if (kind === undefined) return false;
    made[c] = value;
    types[c] = type;
    kinds[c] = kind;
  }
  return true;
}

/** An empty style: a row's own, and the style of a cell that has none. */
const EMPTY = Object.freeze({});

/** A formula cell's XML after its opening `<c r=… s=…`, its saved result as renderFormula writes it. */
function formulaXml(open: string, value: Model, kind: number, date1904: boolean): string {
  const f = `<f>${text(value.formula)}</f>`;
  const r = value.result;
  if (kind === T.Null) return `${open}>${f}</c>`;
  if (kind === T.String) return `${open} t="str">${f}<v>${text(r)}</v></c>`;
  if (kind === T.Number) return `${open}>${f}<v>${r}</v></c>`;
  if (kind === T.Boolean) return `${open} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
  if (kind === T.Error) return `${open} t="e">${f}<v>${text(r.error)}</v></c>`;
  return `${open}>${f}<v>${utils.dateToExcel(r, date1904)}</v></c>`;
}

/** Column letters by column from 1, as ExcelJS's addresses spell them, made once a column. */
const letters: string[] = [];
export const lettersOf = (col: number) => (letters[col] ??= columnLetters(col - 1));
