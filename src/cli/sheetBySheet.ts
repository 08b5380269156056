// An ExcelJS workbook written a sheet at a time, for a workbook with one very large sheet of its own
// (`okr review`'s 360 Review of 10,000 people: ~45 MB of sheet XML). ExcelJS's writeBuffer builds
// every sheet's model twice over (its workbook model lists the sheets twice), renders every sheet's
// XML, holds all of it in JSZip until the end, compresses it in JavaScript, and the charts were then
// added by reading that package back. Here the parts are the same ones, made by ExcelJS's own
// xforms, but each sheet's model is built, rendered and handed to a streaming zip (archiver, which
// ExcelJS's streaming writer uses too; Node's zlib compresses) before the next sheet's is built,
// and the charts' drawing goes in as its sheet is written. Every cell, style and sheet of the
// workbook is written as writeBuffer writes it: the user's sheets stay whole.
import { createWriteStream, rmSync } from "node:fs";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DRAWING_REL_ID, insertDrawing, type SheetDrawing } from "./charts";
import { drawingTag } from "./leanWorkbook";
import { heldExtent, heldRowModel, heldToWrite } from "./heldSheets";
import { heldLineXml, heldRowXml, type LineOptions } from "./heldRowXml";
import { nativeZipChecksums } from "./zipChecksum";
import { isEmptyStyle } from "./worksheetCells";

// ExcelJS's xforms have no typed entry.
const archiver = require("archiver");
const XmlStream = require("exceljs/lib/utils/xml-stream");
const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
const RelationshipsXform = require("exceljs/lib/xlsx/xform/core/relationships-xform");
const CommentsXform = require("exceljs/lib/xlsx/xform/comment/comments-xform");
const VmlNotesXform = require("exceljs/lib/xlsx/xform/comment/vml-notes-xform");
const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform");
const Range = require("exceljs/lib/doc/range");

/** ExcelJS's internal models are untyped. */
type Model = Record<string, any>;

/** ExcelJS's workbook model (Workbook.model) without the sheets, which are made one at a time. */
function bookModel(wb: ExcelJS.Workbook): Model {
  const book = wb as unknown as Model;
  return {
    creator: book.creator || "Unknown",
    lastModifiedBy: book.lastModifiedBy || "Unknown",
    lastPrinted: book.lastPrinted,
    created: book.created,
    modified: book.modified,
    properties: book.properties,
    worksheets: [],
    definedNames: book._definedNames.model,
    views: book.views,
    company: book.company,
    manager: book.manager,
    title: book.title,
    subject: book.subject,
    keywords: book.keywords,
    category: book.category,
    description: book.description,
    language: book.language,
    revision: book.revision,
    contentStatus: book.contentStatus,
    themes: book._themes,
    media: book.media,
    calcProperties: book.calcProperties,
  };
}

/** How many drawings ExcelJS writes for the sheets' pictures: the charts' drawings are numbered after. */
export function pictureDrawings(wb: ExcelJS.Workbook): number {
  return wb.worksheets.filter((ws) =>
    ((ws as unknown as Model)._media as Model[]).some((m) => m.type === "image")
  ).length;
}

/** Rows whose models are built, prepared and rendered at a time (then let go). */
const ROWS_AT_ONCE = 1000;

/**
 * A held sheet's rows written as text at a time (heldLineXml), ~220 KB of XML at 100,000 rows. The
 * rows' pieces live until their slice is joined: at 1,000 rows they outlived young-generation
 * collections and were copied, and the write's main thread took ~1.6 times as long (measured on
 * 50,000 rows like the 100,000-row collect's: 1.25-1.4 s at 1,000 rows, 0.7-0.85 s at 50 to 200).
 */
const HELD_ROWS_AT_ONCE = 100;

/** Stands for the rows in the XML of the sheet around them (a NUL cannot be in XML). */
const ROWS_MARK = "\u0000rows\u0000";

/**
 * A sheet as ExcelJS's writer prepares and renders it (WorksheetXform), but its rows a slice of
 * ROWS_AT_ONCE at a time: `ws.model` holds every row's and cell's model at once, then the whole
 * sheet's XML in small pieces. `prepare` counts styles and shared strings and finds shared formulas,
 * merges, hyperlinks and notes as ExcelJS does, rendering each slice of rows as it goes; `render`
 * then gives the sheet's XML before and after its rows, and `rows` the rows' XML.
 *
 * A held sheet's rows (heldSheets.ts) are made and rendered only as `rows` is read, while the zip
 * compresses what was read before: at 100,000 rows their ~220 MB of XML was otherwise kept (in a
 * temporary file) until the last row was rendered, and compressed only then. What its prepare
 * needs of them is known from the held cells first (heldExtent): the sheet's dimension, and the
 * number formats its cells' styles add, added before those of its conditional formats as they
 * were. Its rows then add only their styles and shared strings, which are written after every
 * sheet; the sheet must be read to its end before the next sheet is prepared.
 */
function sheetInParts(ws: ExcelJS.Worksheet, heldStyle: AddStyle) {
  const book = ws as unknown as Model;
  const rows: (Model | undefined)[] = book._rows;
  book._rows = []; // the sheet's model without its rows; they are made a slice at a time
  let sheet: Model;
  try {
    sheet = ws.model;
  } finally {
    book._rows = rows;
  }
  const dimensions = new Range();
  sheet.dimensions = dimensions;
  const xform = new WorksheetXform();
  const data = xform.map.sheetData;
  const rowXform = data.childXform;
  const extent = heldExtent(ws);
  const rendered: string[] = [];
  /** The write's options as the sheet's prepare set them (its styles, shared strings, formulas). */
  let options: Model = {};
  // What ListXform's prepare and render do over all rows (ws.model's dimensions with them).
  data.prepare = (_none: unknown, o: Model) => {
    options = o;
    if (extent) {
      for (const [r, min, max] of extent.rows) dimensions.expand(r, min, r, max);
      for (const format of extent.numFmts) o.styles._addNumFmtStr(format);
      return;
    }
    let index = 0;
    for (let from = 0; from < rows.length; from += ROWS_AT_ONCE) {
      const text: string[] = [];
      for (const row of rows.slice(from, from + ROWS_AT_ONCE)) {
        const m = row?.model;
        if (!m) continue;
        dimensions.expand(m.number, m.min, m.number, m.max);
        o.index = index;
        // A plain row as text (heldRowXml.ts), as for a held sheet: the Summary's ~27 MB of rows at
        // 100,000 rows went through XmlStream's pieces for a second of the write.
        const direct = heldRowXml(m, o);
        if (direct !== null) {
          text.push(direct);
          // What CellXform's prepare keeps of a formula: the master of any shared formula after it.
          for (const c of m.cells) if (c.formula) o.formulae[c.address] = c;
        } else {
          const one = new XmlStream();
          rowXform.prepare(m, o);
          rowXform.render(one, m, index);
          text.push(one.xml);
        }
        index++;
      }
      if (text.length) rendered.push(text.join(""));
    }
  };
  data.render = (xml: Model) => {
    if (!(extent ? extent.rows.length : rendered.length)) xml.leafNode("sheetData");
    else {
      xml.openNode("sheetData");
      xml.writeXml(ROWS_MARK);
      xml.closeNode();
    }
  };
  /** A held sheet's rows' XML, a slice at a time, each row written as text (heldRowXml.ts) or by ExcelJS. */
  function* heldRows(): Generator<string> {
    const o = options;
    const { cells, last } = heldToWrite(ws)!;
    // What heldRowXml is given: the cells' own empty styles not kept by object (emptyStylesOnce).
    const own = {
      styles: { addStyleModel: heldStyle },
      sharedStrings: o.sharedStrings,
      date1904: o.date1904,
    };
    const line: LineOptions = {
      styleId: styleIds(heldStyle),
      sharedStrings: o.sharedStrings,
      date1904: o.date1904,
    };
    let index = 0;
    for (let from = 1; from <= last; from += HELD_ROWS_AT_ONCE) {
      // Joined into one flat string a slice (a string added to bit by bit is a chain of pieces:
      // twice the memory).
      const text: string[] = [];
      for (let r = from; r < from + HELD_ROWS_AT_ONCE && r <= last; r++) {
        const direct = o.sharedStrings
          ? heldLineXml(r, cells.rows[r], cells.heights.get(r), line)
          : false;
        if (direct === null) continue;
        if (direct !== false) text.push(direct);
        else {
          // A row with a cell of another kind: its model, written as ExcelJS writes it.
          const m = heldRowModel(ws, cells, r);
          if (!m) continue;
          o.index = index;
          const plain = heldRowXml(m, own);
          if (plain !== null) text.push(plain);
          else {
            const one = new XmlStream();
            rowXform.prepare(m, o);
            // Links, notes and merged cells are written around the rows, from what the sheet's
            // prepare found: a held sheet has none (heldSheets.ts), and one found now is too late.
            if (o.hyperlinks.length || o.comments.length || o.merges.mergeCells.length)
              throw new Error(`${ws.name}: a held row has a link, a note or merged cells`);
            rowXform.render(one, m, index);
            text.push(one.xml);
          }
        }
        index++;
      }
      if (text.length) yield text.join("");
      // ExcelJS keeps every formula cell's model for the shared formulas after it; a held sheet
      // has none (heldSheets.ts), and 100,000 rows' formula models were kept to the sheet's end.
      o.formulae = {};
    }
    // The <dimension> went out before the rows, from heldExtent: rows that came out otherwise
    // would make a sheet that says one size and holds another. Refused, so no file is left.
    if (index !== extent?.rows.length)
      throw new Error(`${ws.name}: ${index} held rows written, ${extent?.rows.length} measured`);
  }
  return {
    sheet,
    /** The rows' XML, in pieces: a held sheet's made as they are read. */
    rows: (): Iterable<string> => (extent ? heldRows() : rendered),
    prepare: (o: Model) => xform.prepare(sheet, o),
    render: (): [string, string] => {
      const xml = new XmlStream();
      xform.render(xml, sheet);
      const [head, tail = ""] = (xml.xml as string).split(ROWS_MARK);
      return [head, tail];
    },
  };
}

/** ExcelJS's StylesXform.addStyleModel: a cell's (or row's) style's id, the style added if new. */
type AddStyle = (style: Model | undefined, cellType?: number) => number;

/**
 * ExcelJS's style manager (StylesXform) with an empty style's id found once per kind of cell.
 * ExcelJS gives each row, and each cell it makes unstyled, an empty style object of its own, and
 * knows a style object again only by the object: each new one is rendered to XML to be looked up
 * (a quarter of the held sheet's write at 100,000 rows). An empty style's id depends only on the
 * cell's kind (its number format is the kind's default), so the id is the one ExcelJS finds; it is
 * kept for the object too, as ExcelJS keeps it.
 *
 * Returns how a held sheet's cells add their styles: the same, but an empty style is not kept by
 * object. It stands for the empty style ExcelJS would give the cell of its own (heldSheets.ts: the
 * cells as copyWorksheet sets them), never met again; 100,000 rows' 2,300,000 of them kept (in the
 * WeakMap ExcelJS knows styles by) were more than half of the sheet's write, most of it garbage
 * collection, and ~200 MB.
 */
function emptyStylesOnce(styles: Model): AddStyle {
  const addStyleModel: AddStyle = styles.addStyleModel.bind(styles);
  const ids = new Map<unknown, number>();
  /** The id of an empty style on a cell of `cellType`, or undefined for a style with anything. */
  const emptyId = (style: Model | undefined, cellType?: number): number | undefined => {
    if (!style || !isEmptyStyle(style)) return undefined;
    const kind = cellType || ExcelJS.ValueType.Number; // as addStyleModel reads no kind
    let id = ids.get(kind);
    // Found with an object of its own: ExcelJS answers a style object it knows by the object.
    if (id === undefined) ids.set(kind, (id = addStyleModel({}, cellType)));
    return id;
  };
  styles.addStyleModel = (style: Model | undefined, cellType?: number) => {
    // A style object ExcelJS knows keeps the id it was given, as in ExcelJS.
    const id = style && styles.weakMap.has(style) ? undefined : emptyId(style, cellType);
    if (id === undefined) return addStyleModel(style, cellType);
    styles.weakMap.set(style, id);
    return id;
  };
  // A held cell's empty style is its kind's, even where ExcelJS knows the object already: cells
  // the plans make on a held sheet share one empty style (leanWorkbook.ts), which the first kind
  // to meet it would otherwise fix for all (a number then written in a date's format).
  return (style, cellType) => emptyId(style, cellType) ?? addStyleModel(style, cellType);
}

/**
 * A held cell's style id as `heldStyle` gives it, looked into once a style object: the cells of a
 * held sheet share a few style objects (xlsxHost.ts styleSharer), and each cell's look-up (a walk
 * of the style for an empty one, ExcelJS's WeakMap for another) was a tenth of the write at 100,000
 * rows. ExcelJS knows a style with anything in it by the object, so its id is the one first given;
 * an empty style's is its kind's (emptyStylesOnce). Each is asked of `heldStyle` the first time it
 * is met, so styles are added in the same order.
 */
function styleIds(heldStyle: AddStyle): LineOptions["styleId"] {
  /** The id of each style with anything in it; EMPTY for an empty one. */
  const ids = new Map<object, number>();
  const EMPTY = -1;
  /** An empty style's id, by the kind of cell it is on (undefined: a row's). */
  const empties = new Map<number | undefined, number>();
  return (style, kind) => {
    let id = ids.get(style);
    if (id === undefined)
      ids.set(style, (id = isEmptyStyle(style) ? EMPTY : heldStyle(style, kind)));
    if (id !== EMPTY) return id;
    let emptyId = empties.get(kind);
    if (emptyId === undefined) empties.set(kind, (emptyId = heldStyle(style, kind)));
    return emptyId;
  };
}

/**
 * Writes `wb` to `out` as ExcelJS's writeFile would, with `drawings` (charts.ts sheetDrawings,
 * numbered after pictureDrawings), one sheet's model and XML in memory at a time.
 */
export async function writeSheetBySheet(
  wb: ExcelJS.Workbook,
  out: string,
  drawings: readonly SheetDrawing[]
): Promise<void> {
  const xlsx = wb.xlsx as unknown as Model;
  nativeZipChecksums();
  const zip = archiver("zip");
  const file = createWriteStream(out);
  const closed = new Promise<void>((resolve) => file.on("close", resolve));
  // A failure (the folder gone, the disk full) ends the wait for a part or for the file.
  const failed = new Promise<never>((_, reject) => {
    file.on("error", reject);
    zip.on("error", reject);
  });
  failed.catch(() => undefined); // raced below: never unhandled
  zip.pipe(file);
  // ExcelJS's add* methods append to a zip with append(data, { name, base64? }).
  const parts = {
    append(data: string | Buffer | Readable, o: { name: string; base64?: boolean }) {
      zip.append(o.base64 ? Buffer.from(data as string, "base64") : data, { name: o.name });
    },
  };
  /** Resolves once the zip has compressed the part `name` (its XML can then go). */
  const taken = (name: string) =>
    new Promise<void>((resolve) => {
      const on = (entry: { name: string }) => {
        if (entry.name !== name) return;
        zip.off("entry", on);
        resolve();
      };
      zip.on("entry", on);
    });

  try {
    const model = bookModel(wb);
    xlsx.prepareModel(model, {}); // shared strings, styles, the media's names
    const heldStyle = emptyStylesOnce(model.styles);
    const options = {
      sharedStrings: model.sharedStrings,
      styles: model.styles,
      date1904: model.properties.date1904,
      drawingsCount: 0,
      media: model.media,
      drawings: model.drawings,
      commentRefs: model.commentRefs,
    };
    const relsXform = new RelationshipsXform();
    let tables = 0;
    for (const ws of wb.worksheets) {
      const parted = sheetInParts(ws, heldStyle);
      const { sheet } = parted;
      for (const table of sheet.tables) {
        table.target = `table${++tables}.xml`;
        table.id = tables;
        model.tables.push(table);
      }
      parted.prepare(options);
      const drawing = drawings.find((d) => d.sheet === ws.name);
      if (drawing) {
        if (sheet.drawing) throw new Error(`${ws.name} has a drawing already`);
        sheet.rels.push({
          Id: DRAWING_REL_ID,
          Type: drawing.rel.type,
          Target: drawing.rel.target,
        });
      }
      // The sheet's XML around its rows, and the rows' XML, streamed into the zip: read as the zip
      // takes them, so that a held sheet's rows are rendered while the ones before are compressed.
      const [head, tail] = parted.render();
      const name = `xl/worksheets/sheet${sheet.id}.xml`;
      const written = taken(name);
      const end = drawing ? insertDrawing(tail, drawingTag(DRAWING_REL_ID)) : tail;
      parts.append(
        Readable.from(
          (function* () {
            yield head;
            yield* parted.rows();
            yield end;
          })(),
          // Two slices of rows ahead of the zip at most (Readable's default, 16, was ~35 MB with
          // slices of 1,000 rows).
          { highWaterMark: 2 }
        ),
        { name }
      );
      if (sheet.rels.length) {
        const rels = new XmlStream();
        relsXform.render(rels, sheet.rels);
        parts.append(rels.xml, { name: `xl/worksheets/_rels/sheet${sheet.id}.xml.rels` });
      }
      if (sheet.comments.length) {
        const comments = new XmlStream();
        new CommentsXform().render(comments, sheet);
        parts.append(comments.xml, { name: `xl/comments${sheet.id}.xml` });
        const vml = new XmlStream();
        new VmlNotesXform().render(vml, sheet);
        parts.append(vml.xml, { name: `xl/drawings/vmlDrawing${sheet.id}.vml` });
      }
      // The sheet read to its end (its rows' styles and shared strings counted) before the next
      // sheet is prepared with the same options, and before the styles and shared strings are written.
      await Promise.race([written, failed]);
      // The parts after the sheets need its name, id, rels, tables, drawing and page setup, not its rows.
      model.worksheets.push({ ...sheet, rows: [] });
    }
    new WorkbookXform().prepare(model); // again, with the sheets: their print areas and titles
    const types = new ContentTypesXform()
      .toXml(model)
      .replace("</Types>", `${drawings.map((d) => d.types).join("")}</Types>`);
    parts.append(types, { name: "[Content_Types].xml" });
    await xlsx.addOfficeRels(parts, model);
    await xlsx.addWorkbookRels(parts, model);
    await xlsx.addSharedStrings(parts, model);
    xlsx.addDrawings(parts, model);
    xlsx.addTables(parts, model);
    await xlsx.addThemes(parts, model);
    await xlsx.addStyles(parts, model);
    await xlsx.addMedia(parts, model);
    await xlsx.addApp(parts, model);
    await xlsx.addCore(parts, model);
    await xlsx.addWorkbook(parts, model);
    for (const d of drawings)
      for (const part of d.parts) parts.append(part.xml, { name: part.name });
    await Promise.race([zip.finalize(), failed]);
    await Promise.race([closed, failed]);
  } catch (error) {
    // Half a package is no workbook: what was written goes. The file's open may still be under way
    // (a first sheet that fails before any await): removed once the stream has closed, or the open
    // would make it again after the removal.
    zip.abort();
    file.destroy();
    await closed;
    rmSync(out, { force: true });
    throw error;
  }
}
