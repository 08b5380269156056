// A workbook built only to be written, for `okr score` on CSV input: the same plans are applied to it
// as to an ExcelJS workbook (applyPlansToWorkbook, one place that writes cells), but each cell is a
// few array slots instead of ExcelJS's cell, row and value objects, and the file is
// written with ExcelJS's streaming writer, a row at a time. At 100,000 rows ExcelJS's own workbook
// and its in-memory zip took 3.7 GB; with this, under 1 GB (docs/PERFORMANCE.md says how and what is left).
import { createWriteStream, type WriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { areaAddress, columnLetters } from "../domain/reading/cellRefs";
import type { Area } from "../domain/plan/types";
import type { SheetDrawing } from "./charts";

/**
 * A value made when its row is written: a fill's formula, one object shared by the fill's cells
 * instead of a formula string per cell (100,000 rows' formulas held at once were ~150 MB).
 */
export class RowValue {
  /** `at` gets the row counted from 1, as ExcelJS counts it. */
  constructor(readonly at: (row: number) => ExcelJS.CellValue) {}
}

/** A lean cell's value as the file gets it, in its row (from 1). */
export function valueIn(cell: LeanCell, row: number): ExcelJS.CellValue {
  return cell.value instanceof RowValue ? cell.value.at(row) : cell.value;
}

/** ExcelJS's default cell style, shared by every cell not styled yet. */
const NO_STYLE: Partial<ExcelJS.Style> = {};

/**
 * One row's cells, by column from 1, as arrays: a cell exists once it has a style (NO_STYLE until
 * styled). 2,500,000 cells as objects of their own took ~140 MB at 100,000 rows; as slots, ~45 MB.
 */
class LeanRow {
  readonly values: (ExcelJS.CellValue | RowValue)[] = [];
  readonly styles: Partial<ExcelJS.Style>[] = [];
  /** A cell of the row has a dropdown: the row is written even if it has nothing else. */
  validated = false;
}

/** What the plans set on a cell: a view of its place in its row, made for each getCell. */
export class LeanCell {
  constructor(
    private readonly line: LeanRow,
    private readonly col: number
  ) {}

  get value(): ExcelJS.CellValue | RowValue {
    return this.line.values[this.col] ?? null;
  }

  set value(value: ExcelJS.CellValue | RowValue) {
    this.line.values[this.col] = value;
  }

  get style(): Partial<ExcelJS.Style> {
    return this.line.styles[this.col];
  }

  set style(style: Partial<ExcelJS.Style>) {
    this.line.styles[this.col] = style;
  }
}

/** The part of an ExcelJS worksheet the plans use, held as plain data until it is written. */
export class LeanSheet {
  readonly rows: LeanRow[] = [];
  readonly widths = new Map<number, { width?: number; hidden?: boolean }>();
  /** Row heights in points, by row from 1. */
  readonly heights = new Map<number, number>();
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] = [];
  views: Partial<ExcelJS.WorksheetView>[] = [];
  autoFilter?: ExcelJS.AutoFilter;
  pageSetup: Partial<ExcelJS.PageSetup> = {};
  headerFooter: Partial<ExcelJS.HeaderFooter> = {};
  state: ExcelJS.WorksheetState = "visible";
  /**
   * Dropdowns by area, not by cell: ExcelJS's streaming writer would hold each validated cell's
   * address and rule (375,000 at 100,000 rows) until the sheet is committed, then sort them all.
   * No two areas overlap, so each cell has the rule set last, as a cell-by-cell workbook has it.
   */
  validations: { area: Area; rule: ExcelJS.DataValidation }[] = [];

  constructor(
    readonly id: number,
    readonly name: string
  ) {}

  /** Row and column from 1, as ExcelJS counts them. */
  getCell(row: number, col: number): LeanCell {
    const line = (this.rows[row] ??= new LeanRow());
    line.styles[col] ??= NO_STYLE;
    return new LeanCell(line, col);
  }

  /** Gives every cell of `area` (from 0) the dropdown `rule`, replacing any it had. */
  addValidation(area: Area, rule: ExcelJS.DataValidation): void {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) this.getCell(r + 1, c + 1);
      this.rows[r + 1].validated = true;
    }
    this.validations = this.validations.flatMap((v) =>
      outside(v.area, area).map((rest) => ({ area: rest, rule: v.rule }))
    );
    this.validations.push({ area, rule });
  }

  getColumn(col: number): { width?: number; hidden?: boolean } {
    let column = this.widths.get(col);
    if (!column) this.widths.set(col, (column = {}));
    return column;
  }

  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void {
    this.conditionalFormattings.push(cf);
  }

  /** The cells holding a value, as ExcelJS's `dimensions` counts them ("A1:Q1000"; from 1). */
  get dimensions(): { range: string; bottom: number; right: number } {
    let [top, left, bottom, right] = [0, 0, 0, 0];
    this.rows.forEach((line, r) =>
      line.values.forEach((value, c) => {
        if (value === null || value === undefined) return;
        if (!top) top = r;
        bottom = r;
        if (!left || c < left) left = c;
        if (c > right) right = c;
      })
    );
    const at = (r: number, c: number) => `${columnLetters(Math.max(c, 1) - 1)}${Math.max(r, 1)}`;
    return { range: `${at(top, left)}:${at(bottom, right)}`, bottom, right };
  }
}

/** The parts of `area` outside `cut`, as up to four areas (above, below, left, right). */
export function outside(area: Area, cut: Area): Area[] {
  const top = Math.max(area.row, cut.row);
  const bottom = Math.min(area.row + area.rows, cut.row + cut.rows);
  const left = Math.max(area.col, cut.col);
  const right = Math.min(area.col + area.cols, cut.col + cut.cols);
  if (top >= bottom || left >= right) return [area];
  const { row, col, rows, cols } = area;
  return [
    { row, col, rows: top - row, cols },
    { row: bottom, col, rows: row + rows - bottom, cols },
    { row: top, col, rows: bottom - top, cols: left - col },
    { row: top, col: right, rows: bottom - top, cols: col + cols - right },
  ].filter((a) => a.rows > 0 && a.cols > 0);
}

export class LeanWorkbook {
  readonly worksheets: LeanSheet[] = [];
  /** The workbook's views (the tab it opens on), as ExcelJS's workbook has them. */
  views: Partial<ExcelJS.WorkbookView>[] = [];
  private nextId = 1;

  getWorksheet(name: string): LeanSheet | undefined {
    return this.worksheets.find((ws) => ws.name === name);
  }

  addWorksheet(name: string): LeanSheet {
    const ws = new LeanSheet(this.nextId++, name);
    this.worksheets.push(ws);
    return ws;
  }

  removeWorksheet(id: number): void {
    const at = this.worksheets.findIndex((ws) => ws.id === id);
    if (at >= 0) this.worksheets.splice(at, 1);
  }
}

type StreamWriter = ExcelJS.stream.xlsx.WorkbookWriter & {
  addWorkbook: () => Promise<void>;
  addContentTypes: () => Promise<void>;
  addSharedStrings: () => Promise<void>;
  sharedStrings: { count: number; values: unknown[] };
  commentRefs: unknown;
  media: unknown;
  zip: { append: (source: string | Readable, o: { name: string }) => void };
  _worksheets: unknown[];
  styles: unknown;
  _definedNames: { model: unknown };
  views: unknown[];
};

/**
 * ExcelJS's streaming writer writes an empty <calcPr/>; the product's files ask Excel and LibreOffice
 * to compute every formula on opening (fullCalcOnLoad), as writeWorkbook does for ExcelJS's workbook.
 */
function calcOnLoad(writer: StreamWriter): void {
  const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
  writer.addWorkbook = async () => {
    const model = {
      worksheets: writer._worksheets.filter(Boolean),
      definedNames: writer._definedNames.model,
      views: writer.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    writer.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
  };
}

/**
 * ExcelJS's streaming writer leaves out the sheet's <extLst>, where a data bar's look is (no
 * gradient, its bounds): the part ExcelJS's workbook writes there is written before </worksheet>.
 */
function withExtensions(
  ws: ExcelJS.Worksheet,
  cfs: readonly ExcelJS.ConditionalFormattingOptions[],
  styles: unknown
): void {
  if (!cfs.length) return;
  const ExtListXform = require("exceljs/lib/xlsx/xform/sheet/ext-lst-xform");
  const ext = new ExtListXform();
  const model = { conditionalFormattings: cfs };
  ext.prepare(model, { styles }); // gives each data bar the id its rule refers to
  const writer = ws as unknown as { _writeCloseWorksheet(): void; _write(xml: string): void };
  const close = writer._writeCloseWorksheet.bind(writer);
  writer._writeCloseWorksheet = () => {
    writer._write(ext.toXml(model));
    close();
  };
}

/** Shared strings rendered into XML at a time (each a few hundred bytes). */
const STRINGS_AT_ONCE = 10000;

/**
 * ExcelJS's streaming writer renders the shared strings table as one string when the sheets are
 * done (hundreds of thousands of strings at 100,000 rows: the XML and its pieces at the very end,
 * on top of everything still live). The same XML is handed to the zip a slice of strings at a time.
 */
function sharedStringsInSlices(writer: StreamWriter): void {
  const XmlStream = require("exceljs/lib/utils/xml-stream");
  const SharedStringXform = require("exceljs/lib/xlsx/xform/strings/shared-string-xform");
  writer.addSharedStrings = async () => {
    const { count, values } = writer.sharedStrings;
    if (!count) return;
    const si = new SharedStringXform();
    function* xml() {
      yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${values.length}">`
      );
      for (let from = 0; from < values.length; from += STRINGS_AT_ONCE) {
        const slice = new XmlStream();
        for (const value of values.slice(from, from + STRINGS_AT_ONCE)) si.render(slice, value);
        yield slice.xml as string;
      }
      yield "</sst>";
    }
    writer.zip.append(Readable.from(xml()), { name: "/xl/sharedStrings.xml" });
  };
}

/** A sheet's <drawing> element, pointing at its relationship `id`. */
export function drawingTag(id: string): string {
  return `<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${id}"/>`;
}

/**
 * Charts added as the file is streamed (ExcelJS writes none): their parts and content types, and the
 * sheet's <drawing> and relationship written as the sheet is committed, where <drawing> goes (after
 * the page setup, before <legacyDrawing> and <extLst>). Adding them to the written file instead
 * meant reading its whole Summary sheet's XML back (tens of MB at 100,000 rows).
 */
function withDrawings(writer: StreamWriter, drawings: readonly SheetDrawing[]): void {
  if (!drawings.length) return;
  const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform");
  writer.addContentTypes = async () => {
    const model = {
      worksheets: writer._worksheets.filter(Boolean),
      sharedStrings: writer.sharedStrings,
      commentRefs: writer.commentRefs,
      media: writer.media,
    };
    const types = drawings.map((d) => d.types).join("");
    const xml = new ContentTypesXform().toXml(model).replace("</Types>", `${types}</Types>`);
    writer.zip.append(xml, { name: "[Content_Types].xml" });
  };
  for (const { parts } of drawings)
    for (const { name, xml } of parts) writer.zip.append(xml, { name });
}

/** The sheet's <drawing> of its charts, if it has any (withDrawings). */
function withDrawing(ws: ExcelJS.Worksheet, drawing: SheetDrawing | undefined): void {
  if (!drawing) return;
  const sheet = ws as unknown as {
    _writeLegacyData(): void;
    _write(xml: string): void;
    _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  };
  const legacy = sheet._writeLegacyData.bind(sheet);
  sheet._writeLegacyData = () => {
    const { type, target } = drawing.rel;
    sheet._write(
      drawingTag(sheet._sheetRelsWriter.addRelationship({ Type: type, Target: target }))
    );
    legacy();
  };
}

/** At most this many bytes of a sheet's XML wait for the zip while rows are written. */
const XML_WAITING = 4 * 1024 * 1024;

/**
 * Waits until the zip has taken the sheet's XML written so far, but for XML_WAITING bytes. ExcelJS's
 * sheet stream ignores back-pressure: it hands each 64 KB to the zip's input stream (a PassThrough,
 * read as the zip compresses), whose buffered length is the XML still waiting.
 */
async function zipped(ws: ExcelJS.Worksheet, stopped: () => boolean): Promise<void> {
  const input = (ws as unknown as { stream: { pipes: { _writableState?: { length: number } }[] } })
    .stream.pipes[0];
  const waiting = () => input?._writableState?.length ?? 0;
  await new Promise(setImmediate);
  while (waiting() > XML_WAITING) {
    // The file failed: nothing drains any more, and the wait would keep the process alive.
    if (stopped()) throw new Error("The workbook's file stopped");
    await new Promise((done) => setTimeout(done, 1));
  }
}

/**
 * Writes the workbook with ExcelJS's streaming writer, each row committed (and let go) as it is
 * written, with the charts' `drawings`. `clip` cuts a text cell Excel could not hold and notes where.
 */
export async function writeLeanWorkbook(
  wb: LeanWorkbook,
  out: string,
  clip: (value: ExcelJS.CellValue, where: () => string) => ExcelJS.CellValue,
  drawings: readonly SheetDrawing[] = []
): Promise<void> {
  // The file's stream is ours, not opened by ExcelJS from a filename: a write that fails part-way
  // (a cell it cannot write, a full disk) closes it and removes the file it began, so a failing
  // command leaves nothing behind (README "Exit codes").
  const file = createWriteStream(out);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file,
    useStyles: true,
    useSharedStrings: true,
  }) as StreamWriter;
  // A failure of the file (a full disk) is listened for from the start, as sheetBySheet.ts does:
  // unheard, the zip waited for a stream that had stopped, the write never settled, and the
  // command ended with exit 0 and a cut file.
  const closed = new Promise<void>((done) => file.once("close", () => done()));
  let stopped = false;
  const failed = new Promise<never>((_, reject) =>
    file.once("error", (error) => {
      stopped = true;
      reject(error);
    })
  );
  failed.catch(() => undefined); // raced below: never unhandled
  try {
    await Promise.race([streamSheets(wb, writer, clip, drawings, () => stopped), failed]);
    await Promise.race([closed, failed]);
  } catch (error) {
    await removeBegun(writer, file, out);
    throw error;
  }
}

/** The zip stopped, the stream closed (its file open or not yet), then the file removed. */
async function removeBegun(writer: StreamWriter, file: WriteStream, out: string): Promise<void> {
  (writer.zip as unknown as { abort(): void }).abort();
  if (!file.closed) {
    const closed = new Promise<void>((done) => file.once("close", () => done()));
    file.destroy();
    await closed;
  }
  await rm(out, { force: true });
}

/** writeLeanWorkbook's sheets, streamed through `writer`, and the package finished. */
async function streamSheets(
  wb: LeanWorkbook,
  writer: StreamWriter,
  clip: (value: ExcelJS.CellValue, where: () => string) => ExcelJS.CellValue,
  drawings: readonly SheetDrawing[],
  stopped: () => boolean
): Promise<void> {
  writer.views = wb.views as ExcelJS.WorkbookView[];
  calcOnLoad(writer);
  sharedStringsInSlices(writer);
  withDrawings(writer, drawings);
  for (const sheet of wb.worksheets) {
    const ws = writer.addWorksheet(sheet.name, {
      views: sheet.views,
      pageSetup: sheet.pageSetup,
      headerFooter: sheet.headerFooter,
      state: sheet.state,
      ...(sheet.autoFilter ? { autoFilter: sheet.autoFilter } : {}),
    } as Partial<ExcelJS.AddWorksheetOptions>);
    for (const [col, { width, hidden }] of sheet.widths) {
      if (width) ws.getColumn(col).width = width;
      if (hidden) ws.getColumn(col).hidden = true;
    }
    for (const cf of sheet.conditionalFormattings) ws.addConditionalFormatting(cf);
    withExtensions(ws, sheet.conditionalFormattings, writer.styles);
    withDrawing(
      ws,
      drawings.find((d) => d.sheet === sheet.name)
    );
    // ExcelJS writes an address that is a range as it is (its rule once, over the range).
    const dropdowns = (
      ws as unknown as { dataValidations: { add(at: string, rule: unknown): void } }
    ).dataValidations;
    for (const { area, rule } of sheet.validations) dropdowns.add(areaAddress(area), rule);
    for (const [r, line] of sheet.rows.entries()) {
      if (!line) continue;
      // Now and then the zip is let to take what was written, or the whole sheet's XML waits in memory
      // (one turn of the event loop was not enough: 250 MB waited at 100,000 rows).
      if (r % 1000 === 0) await zipped(ws, stopped);
      // A row far below the one before (a CSV's stray line 1,000,000): ExcelJS's streaming writer
      // keeps the rows between as holes of an array it shifts one by one on commit (quadratic:
      // minutes); with no row waiting (each is committed below), its next row is this one.
      const pending = ws as unknown as { _rows: unknown[]; _rowZero: number };
      if (pending._rows.length === 0 && r > pending._rowZero) pending._rowZero = r;
      const row = ws.getRow(r);
      const height = sheet.heights.get(r);
      if (height) row.height = height;
      const { styles } = line;
      styles.forEach((style, c) => {
        const cell = row.getCell(c);
        const lean = new LeanCell(line, c);
        cell.value = clip(valueIn(lean, r), () => `${sheet.name}!${columnLetters(c - 1)}${r}`);
        cell.style = style;
      });
      // The streaming writer leaves out a row without values; a row of formatted empty cells
      // (the spare rows under a table, ready for typing) is written, as ExcelJS's workbook does.
      if (line.validated || styles.some((style) => style !== NO_STYLE))
        Object.defineProperty(row, "hasValues", { value: true });
      row.commit();
      delete sheet.rows[r]; // written: its cells can go
    }
    ws.commit();
  }
  await writer.commit();
}

/** An ExcelJS workbook, or a lean one that is only written: plans go to either. */
export type Book = ExcelJS.Workbook | LeanWorkbook;
