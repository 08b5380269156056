// An ExcelJS workbook written a sheet at a time, for a workbook with one very large sheet of its own
// (`okr review`'s 360 Review of 10,000 people: ~45 MB of sheet XML). ExcelJS's writeBuffer builds
// every sheet's model twice over (its workbook model lists the sheets twice), renders every sheet's
// XML, holds all of it in JSZip until the end, compresses it in JavaScript, and the charts were then
// added by reading that package back. Here the parts are the same ones, made by ExcelJS's own
// xforms, but each sheet's model is built, rendered and handed to a streaming zip (archiver, which
// ExcelJS's streaming writer uses too; Node's zlib compresses) before the next sheet's is built,
// and the charts' drawing goes in as its sheet is written. Every cell, style and sheet of the
// workbook is written as writeBuffer writes it: the user's sheets stay whole.
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DRAWING_REL_ID, insertDrawing, type SheetDrawing } from "./charts";
import { drawingTag } from "./leanWorkbook";
import { heldOf, heldRowsToWrite } from "./heldSheets";
import { heldRowXml } from "./heldRowXml";

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

/** Stands for the rows in the XML of the sheet around them (a NUL cannot be in XML). */
const ROWS_MARK = "\u0000rows\u0000";

/**
 * A failure of the temporary folder a held sheet's rows wait in (os.tmpdir(): TMPDIR), not of the
 * output's folder: the reader is told which folder to free or change.
 */
export class TemporaryFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly code: string | undefined
  ) {
    super(`temporary folder ${folder}: ${code ?? "failed"}`);
  }
}

/** `act`, its system failure said as the temporary folder's. */
function inTemporaryFolder<T>(act: () => T, folder: string): T {
  try {
    return act();
  } catch (error) {
    const { code, syscall } = error as NodeJS.ErrnoException;
    if (typeof code === "string" && syscall) throw new TemporaryFolderError(folder, code);
    throw error;
  }
}

/**
 * A held sheet's rendered rows, kept in a temporary file until the zip takes them: its ~300 MB of
 * XML at 100,000 rows were held in memory while the rest of the sheet was made (the sheet's
 * dimension, before its rows, is known only once every row is prepared).
 */
class SpilledRows {
  private readonly dir: string;
  private readonly file: string;
  private readonly fd: number;
  private open = true;
  /** Whether any row was written. */
  any = false;

  constructor() {
    const dir = tmpdir();
    this.dir = inTemporaryFolder(() => mkdtempSync(join(dir, "okr-rows-")), dir);
    this.file = join(this.dir, "rows.xml");
    try {
      this.fd = inTemporaryFolder(() => openSync(this.file, "w"), this.dir);
    } catch (error) {
      rmSync(this.dir, { recursive: true, force: true });
      throw error;
    }
  }

  write(xml: string): void {
    // Written until every byte is: on a nearly full disk a write takes what fits and says so only
    // by its count (writing once left a cut sheet in a file said to be written).
    const bytes = Buffer.from(xml);
    inTemporaryFolder(() => {
      for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at);
    }, this.dir);
    this.any = true;
  }

  /** The rows' XML as written, once every row is. */
  read(): Readable {
    this.close();
    return createReadStream(this.file);
  }

  close(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
  }

  remove(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A sheet as ExcelJS's writer prepares and renders it (WorksheetXform), but its rows a slice of
 * ROWS_AT_ONCE at a time: `ws.model` holds every row's and cell's model at once, then the whole
 * sheet's XML in small pieces. `prepare` counts styles and shared strings and finds shared formulas,
 * merges, hyperlinks and notes as ExcelJS does, rendering each slice of rows as it goes (`rows`);
 * `render` then gives the sheet's XML before and after its rows.
 */
function sheetInParts(ws: ExcelJS.Worksheet) {
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
  const rendered: string[] = [];
  const spilled = heldOf(ws) ? new SpilledRows() : null;
  // What ListXform's prepare and render do over all rows (ws.model's dimensions with them).
  // A held sheet's rows are made from its held cells a slice at a time (heldSheets.ts).
  const slices: Iterable<(Model | null | undefined)[]> = heldOf(ws)
    ? heldRowsToWrite(ws, ROWS_AT_ONCE)
    : (function* () {
        for (let from = 0; from < rows.length; from += ROWS_AT_ONCE)
          yield rows.slice(from, from + ROWS_AT_ONCE).map((row) => row?.model);
      })();
  data.prepare = (_none: unknown, o: Model) => {
    let index = 0;
    for (const slice of slices) {
      const xml = new XmlStream();
      // A held sheet's rows, written as text (heldRowXml.ts) or by ExcelJS each; joined into one
      // flat string a slice (a string added to bit by bit is a chain of pieces: twice the memory).
      const text: string[] = [];
      for (const m of slice) {
        if (!m) continue;
        dimensions.expand(m.number, m.min, m.number, m.max);
        o.index = index;
        if (!heldOf(ws)) {
          rowXform.prepare(m, o);
          rowXform.render(xml, m, index++);
          continue;
        }
        index++;
        const direct = heldRowXml(m, o);
        if (direct !== null) {
          text.push(direct);
          continue;
        }
        const one = new XmlStream();
        rowXform.prepare(m, o);
        rowXform.render(one, m, index - 1);
        text.push(one.xml);
      }
      if (text.length) spilled?.write(text.join(""));
      else if (xml.cursor) rendered.push(xml.xml);
      // ExcelJS keeps every formula cell's model for the shared formulas after it; a held sheet
      // has none (heldSheets.ts), and 100,000 rows' formula models were kept to the sheet's end.
      if (heldOf(ws)) o.formulae = {};
    }
  };
  data.render = (xml: Model) => {
    if (!rendered.length && !spilled?.any) xml.leafNode("sheetData");
    else {
      xml.openNode("sheetData");
      xml.writeXml(ROWS_MARK);
      xml.closeNode();
    }
  };
  return {
    sheet,
    /** The rows' XML, in pieces (strings, or a held sheet's from its file). */
    rows: (): Iterable<string> | Readable => spilled?.read() ?? rendered,
    /** Lets go of what the rows were kept in. */
    done: () => spilled?.remove(),
    prepare: (options: Model) => xform.prepare(sheet, options),
    render: (): [string, string] => {
      const xml = new XmlStream();
      xform.render(xml, sheet);
      const [head, tail = ""] = (xml.xml as string).split(ROWS_MARK);
      return [head, tail];
    },
  };
}

/**
 * ExcelJS's style manager (StylesXform) with an empty style's id found once per kind of cell.
 * ExcelJS gives each row, and each cell it makes unstyled, an empty style object of its own, and
 * knows a style object again only by the object: each new one is rendered to XML to be looked up
 * (a quarter of the held sheet's write at 100,000 rows). An empty style's id depends only on the
 * cell's kind (its number format is the kind's default), so the id is the one ExcelJS finds; it is
 * kept for the object too, as ExcelJS keeps it.
 */
function emptyStylesOnce(styles: Model): void {
  const addStyleModel = styles.addStyleModel.bind(styles);
  const ids = new Map<unknown, number>();
  styles.addStyleModel = (style: Model | undefined, cellType?: number) => {
    if (!style || styles.weakMap.has(style)) return addStyleModel(style, cellType);
    for (const _ in style) return addStyleModel(style, cellType);
    const kind = cellType || ExcelJS.ValueType.Number; // as addStyleModel reads no kind
    let id = ids.get(kind);
    if (id === undefined) ids.set(kind, (id = addStyleModel(style, cellType) as number));
    else styles.weakMap.set(style, id);
    return id;
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
    emptyStylesOnce(model.styles);
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
      const parted = sheetInParts(ws);
      const { sheet } = parted;
      try {
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
        // The sheet's XML around its rows, and the rows' XML as rendered, streamed into the zip.
        const [head, tail] = parted.render();
        const name = `xl/worksheets/sheet${sheet.id}.xml`;
        const written = taken(name);
        const end = drawing ? insertDrawing(tail, drawingTag(DRAWING_REL_ID)) : tail;
        const rows = parted.rows();
        parts.append(
          Readable.from(
            (async function* () {
              yield head;
              yield* rows;
              yield end;
            })()
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
        await Promise.race([written, failed]);
      } finally {
        parted.done();
      }
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
