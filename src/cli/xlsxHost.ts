// Applying plans to an .xlsx workbook with ExcelJS: the same plans the add-in writes through
// Office.js. ExcelJS writes no charts: they are kept for writeWorkbook, which adds their parts to the
// file (charts.ts). Like the add-in, no Excel table, an autofilter over the header row
// (docs/ARCHITECTURE-TABLES.md).
import ExcelJS from "exceljs";
import { areaAddress, cellAt, columnLetters } from "../domain/reading/cellRefs";
import { keepCharts } from "./charts";
import { FORMULA_LOCK_OPTIONS, FORMULA_LOCK_PASSWORD } from "../domain/plan/protection";
import { copyProtection, fileProtectionOptions } from "./sheetProtection";
import {
  fillFormula,
  PRINT_FOOTER,
  PRINT_MARGINS,
  printedArea,
  type Area,
  type PrintSetup,
  type CellFormat,
  type ConditionalFormat,
  type PlanValue,
  type SheetPlan,
} from "../domain/plan/types";
import { isHeldView } from "./heldSheets";
import { isEmptyStyle } from "./worksheetCells";
import { LeanCell, LeanSheet, LeanWorkbook, outside, RowValue, type Book } from "./leanWorkbook";

export type FileSkipped = "charts";

type Sheet = ExcelJS.Worksheet | LeanSheet;
type Styled = { style: Partial<ExcelJS.Style> };

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function cells(ws: Sheet, a: Area, fn: (cell: ExcelJS.Cell | LeanCell) => void): void {
  for (let r = a.row; r < a.row + a.rows; r++)
    for (let c = a.col; c < a.col + a.cols; c++) fn(ws.getCell(r + 1, c + 1));
}

/** The area an ExcelJS data-validation address names: B6 or B6:D9 (null for anything else). */
function validationArea(address: string): Area | null {
  const [first, last = first] = address.split(":").map(cellAt);
  if (!first || !last) return null;
  return {
    row: first.row,
    col: first.col,
    rows: last.row - first.row + 1,
    cols: last.col - first.col + 1,
  };
}

/**
 * One dropdown rule over an area of an ExcelJS sheet, listed once (ExcelJS writes a range address as
 * it is): set cell by cell, ExcelJS's writer compared every cell's rule with its neighbours' to put
 * them back together, seconds at the Ratings sheet's 60,000 rows. What the sheet had in the area
 * (a read file lists each cell apart) is replaced, as setting each cell's rule would.
 */
function validateArea(ws: ExcelJS.Worksheet, area: Area, rule: ExcelJS.DataValidation): void {
  const { model } = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations;
  for (const address of Object.keys(model)) {
    const had = validationArea(address);
    if (!had) continue;
    const rest = outside(had, area);
    if (rest.length === 1 && rest[0] === had) continue;
    const was = model[address];
    delete model[address];
    for (const part of rest) model[areaAddress(part)] = was;
  }
  model[areaAddress(area)] = rule;
}

/**
 * A plan value as an ExcelJS cell value: text is a string (ExcelJS never parses it), formulas without
 * "=" and with what they show as their cached result, so viewers that do not recalculate show it.
 */
export function fileValue(value: Exclude<PlanValue, null>): ExcelJS.CellValue {
  if (typeof value === "object")
    return {
      formula: value.formula.replace(/^=/, ""),
      ...(value.shows !== undefined ? { result: value.shows } : {}),
    } as ExcelJS.CellFormulaValue;
  if (value === "") return null;
  return value;
}

/**
 * The font of every cell the product styles: the workbook's default (ExcelJS writes Calibri as font
 * 0), named, with its family (2: sans serif). A font without a name, as ExcelJS writes `{ bold }`,
 * leaves the choice to the viewer: LibreOffice drew such bold cells in a serif font.
 */
export const FILE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** A cell's style with a format applied: a new object, the old one is left as it was. */
function formatted(style: Partial<ExcelJS.Style>, f: CellFormat): Partial<ExcelJS.Style> {
  const next = { ...style };
  if (f.bold !== undefined || f.fontSize !== undefined || f.fontColor !== undefined)
    next.font = {
      ...FILE_FONT,
      ...style.font,
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.fontSize !== undefined ? { size: f.fontSize } : {}),
      ...(f.fontColor !== undefined ? { color: { argb: argb(f.fontColor) } } : {}),
    };
  if (f.fill !== undefined)
    next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.borderLeft !== undefined)
    next.border = { ...style.border, left: { style: "thin", color: { argb: argb(f.borderLeft) } } };
  if (
    f.wrap !== undefined ||
    f.indent !== undefined ||
    f.align !== undefined ||
    f.valign !== undefined
  )
    next.alignment = {
      ...style.alignment,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.indent !== undefined ? { indent: f.indent } : {}),
      ...(f.align !== undefined ? { horizontal: f.align } : {}),
      ...(f.valign !== undefined ? { vertical: f.valign } : {}),
    };
  return next;
}

/**
 * Restyles cells so that cells styled alike share one style object. ExcelJS's writer remembers the
 * style objects it has seen, so a shared one is rendered once instead of once per cell (a third of
 * `okr score`'s time over ExcelJS's own at 10,000 rows). Shared styles are never changed in place:
 * every change makes (or reuses) another object.
 */
function styleSharer() {
  const keyOf = new WeakMap<object, string>();
  // By the style's key, then the change: no key made per cell (millions at 100,000 rows).
  const byKey = new Map<string, Map<string, Partial<ExcelJS.Style>>>();
  return (
    cell: Styled,
    change: string,
    make: (from: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>
  ) => {
    const from = cell.style ?? {};
    // An empty style is most cells' (each its own object): known without JSON.
    const fromKey = keyOf.get(from) ?? (isEmptyStyle(from) ? "{}" : JSON.stringify(from));
    let changes = byKey.get(fromKey);
    if (!changes) byKey.set(fromKey, (changes = new Map()));
    let to = changes.get(change);
    if (!to) {
      to = make(from);
      changes.set(change, to);
      keyOf.set(to, `${fromKey}\u0000${change}`);
    }
    cell.style = to;
  };
}

function conditionalRule(cf: ConditionalFormat): ExcelJS.ConditionalFormattingRule {
  if (cf.kind === "dataBar")
    return {
      type: "dataBar",
      priority: 1,
      cfvo: [
        { type: "num", value: 0 },
        { type: "num", value: 1 },
      ],
      color: { argb: argb(cf.color) },
      gradient: false,
    } as unknown as ExcelJS.ConditionalFormattingRule;
  return {
    type: "expression",
    priority: 1,
    formulae: [cf.formula.replace(/^=/, "")],
    style: {
      ...(cf.fill
        ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
        : {}),
      font: {
        ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}),
        ...(cf.bold ? { bold: true } : {}),
      },
    },
  } as ExcelJS.ConditionalFormattingRule;
}

interface Formattings {
  conditionalFormattings?: { ref: string }[];
}

/**
 * A print area as ExcelJS takes it: it puts "$" before each corner's column only ("A1:X17" becomes
 * "$A1:$X17", a row-relative area LibreOffice does not keep to), so the rows get theirs here.
 */
function printAreaOf(a: Area): string {
  return areaAddress(a)
    .split(":")
    .map((corner) => corner.replace(/(\d+)$/, "$$$1"))
    .join(":");
}

/**
 * Print setup for a sheet the product wrote: landscape, as many pages wide as its plan says (one by
 * default) with its first columns repeated on each, the header rows repeated on each page, the used
 * cells (down to its last printed row) and the charts as print area, sheet name and page number
 * below, the product's margins.
 */
function printSetup(
  ws: Sheet,
  headerRows: number,
  charts: readonly Area[],
  print: PrintSetup
): void {
  const used = ws.dimensions;
  const rows = print.rows ?? used.bottom;
  const area = printedArea({ rows, cols: used.right }, charts);
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: print.pagesWide ?? 1,
    fitToHeight: 0,
    printArea: printAreaOf(area),
    margins: PRINT_MARGINS,
    ...(headerRows > 0 ? { printTitlesRow: `1:${headerRows}` } : {}),
    ...(print.titleColumns
      ? { printTitlesColumn: `A:${columnLetters(print.titleColumns - 1)}` }
      : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: PRINT_FOOTER };
}

/**
 * Every sheet's pages numbered on from the sheet before, when printed together. ExcelJS reads a
 * sheet's first page number as 1 when the file sets none and then writes it, with "use it", so a
 * file it rewrote restarted at page 1 on every sheet ("1 / 5" four times over).
 */
export function numberPagesOn(wb: Book): void {
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (!setup || setup.useFirstPageNumber) continue;
    ws.pageSetup = { ...setup, firstPageNumber: undefined };
  }
}

/** Moves sheets to the tab positions their plans ask for, in plan order, and makes one active. */
function arrangeTabs(wb: Book, plans: readonly SheetPlan[]): void {
  const order = [...wb.worksheets];
  let active: string | null = null;
  for (const plan of plans) {
    if (plan.activate) active = plan.sheet;
    if (plan.position === undefined) continue;
    const at = order.findIndex((ws) => ws.name === plan.sheet);
    if (at < 0) continue;
    const [ws] = order.splice(at, 1);
    order.splice(Math.min(plan.position, order.length), 0, ws);
  }
  if (wb instanceof LeanWorkbook)
    wb.worksheets.splice(0, wb.worksheets.length, ...(order as LeanSheet[]));
  // ExcelJS writes its sheets in the order of their orderNo (not in its typings).
  else order.forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1));
  if (active === null) return;
  const tab = order.findIndex((ws) => ws.name === active);
  const view = { ...(wb.views?.[0] ?? {}), activeTab: tab, firstSheet: 0 };
  wb.views = [view as ExcelJS.WorkbookView];
  // A sheet that was selected before would still be drawn as selected beside the active one.
  for (const ws of order)
    if (ws.views?.length)
      ws.views = ws.views.map((v) => ({ ...v, tabSelected: ws.name === active }));
}

/**
 * The formula lock (domain/plan/protection.ts) in a file: every cell the sheet has, and the own
 * style of every column to the last and of every styled row (which cells the sheet has not made
 * yet take), unlocked; the plan's formula
 * cells locked; the sheet protected with the lock's options and no password (<sheetProtection>
 * without a hash: anyone lifts it with Review › Unprotect Sheet).
 */
function lockFormulaCells(
  ws: Sheet,
  locked: readonly Area[],
  restyle: ReturnType<typeof styleSharer>
): void {
  // --protect writes through ExcelJS (src/cli/score.ts), never a lean sheet.
  if (ws instanceof LeanSheet) throw new Error(`The lean sheet ${ws.name} cannot be locked`);
  // A sheet protected with a password never gets here: the file host refuses to write it
  // (sheetProtection.ts), as Excel refuses the pane.
  const unlocked = (from: Partial<ExcelJS.Style>) => ({ ...from, protection: { locked: false } });
  // Every column to the sheet's right edge, as the pane unlocks the whole sheet: a cell the sheet
  // has not made takes its column's style. ExcelJS writes equal neighbours as one <col min max>
  // (Column.toModel), as Excel itself writes a sheet unlocked whole. The column's style is a plain
  // property: set without ExcelJS handing it to each cell (their style objects are shared; the
  // cells get theirs through restyle below).
  for (let c = 1; c <= LAST_COLUMN; c++) Object.assign(ws.getColumn(c), unlockedColumn(ws, c));
  ws.eachRow({ includeEmpty: true }, (row) => {
    // A row with its own style gives it to the cells it has not made yet, past its last one (a
    // plain property, as the column's; ExcelJS has it but its typings do not).
    const own = (row as unknown as Partial<Styled>).style;
    if (own && Object.keys(own).length) Object.assign(row, { style: unlocked(own) });
    row.eachCell({ includeEmpty: true }, (cell) => restyle(cell, "unlocked", unlocked));
  });
  for (const area of locked)
    cells(ws, area, (c) =>
      restyle(c, "locked", (from) => ({ ...from, protection: { locked: true } }))
    );
  // ExcelJS's protect sets the model at once (its promise only wraps it); "" is no password.
  void ws.protect(FORMULA_LOCK_PASSWORD, fileProtectionOptions(FORMULA_LOCK_OPTIONS));
}

/** The sheet's last column (XFD), in Excel 2007 and later and LibreOffice 7.4. */
const LAST_COLUMN = 16384;

/**
 * Excel's default column width as the file states it, for a sheet that sets none of its own
 * (<sheetFormatPr defaultColWidth>): 8.43 characters of the default font plus the cell's padding.
 */
const DEFAULT_COLUMN_WIDTH = 9.140625;

/**
 * A column's own style, unlocked (ExcelJS's column, not an office.js object). A styled column is
 * written with a width: the sheet's default where it had none, so it looks as before.
 */
function unlockedColumn(
  ws: ExcelJS.Worksheet,
  col: number
): { style: Partial<ExcelJS.Style>; width?: number } {
  const { style, width } = ws.getColumn(col);
  return {
    style: { ...(style ?? {}), protection: { locked: false } },
    ...(width === undefined
      ? { width: ws.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH }
      : {}),
  };
}

/** Applies plans in order. Returns what the file cannot hold. */
export function applyPlansToWorkbook(wb: Book, plans: readonly SheetPlan[]): FileSkipped[] {
  const skipped = new Set<FileSkipped>();
  const restyle = styleSharer();
  const written = new Map<Sheet, { headerRows: number; charts: Area[]; print: PrintSetup }>();
  for (const plan of plans) {
    const old = plan.replace ? wb.getWorksheet(plan.sheet) : undefined;
    if (old) wb.removeWorksheet(old.id);
    const ws =
      plan.create || plan.replace ? wb.addWorksheet(plan.sheet) : wb.getWorksheet(plan.sheet);
    if (!ws) throw new Error(`No sheet named ${plan.sheet}`);
    // Rebuilt, it keeps its protection (a password never gets here: the file host refuses it).
    if (old) copyProtection(old, ws);
    for (const { area, format } of plan.numberFormats)
      cells(ws, area, (c) =>
        restyle(c, `numFmt ${format}`, (from) => ({ ...from, numFmt: format }))
      );
    for (const block of plan.blocks)
      block.values.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value !== null)
            ws.getCell(block.row + r + 1, block.col + c + 1).value = fileValue(value);
        })
      );
    for (const f of plan.fills) {
      const formula = (r: number) =>
        fileValue({ formula: fillFormula(f.template, r), shows: f.shows?.[r - f.row] });
      // A lean or held sheet makes each row's formula as it writes that row (RowValue's ExcelJS row
      // is from 1): 100,000 rows' formulas held at once were ~80 MB through the write.
      if (ws instanceof LeanSheet || isHeldView(ws)) {
        const made = new RowValue((row) => formula(row - 1));
        for (let r = f.row; r < f.row + f.rows; r++) ws.getCell(r + 1, f.col + 1).value = made;
      } else
        for (let r = f.row; r < f.row + f.rows; r++)
          ws.getCell(r + 1, f.col + 1).value = formula(r);
    }
    for (const { area, format } of plan.formats) {
      const change = JSON.stringify(format);
      cells(ws, area, (c) => restyle(c, change, (from) => formatted(from, format)));
    }
    // ExcelJS leaves out a width equal to its default (9) as if unset, and a viewer's default is
    // narrower (8.43): a hair more keeps the width written.
    for (const { col, chars } of plan.columnWidths)
      ws.getColumn(col + 1).width = chars === 9 ? 9.01 : chars;
    for (const v of plan.validations) {
      // One rule for the whole area: the file lists it once, and 100,000 cells share it.
      const rule: ExcelJS.DataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.list.join(",")}"`],
      };
      if (ws instanceof LeanSheet) ws.addValidation(v.area, rule);
      else validateArea(ws, v.area, rule);
    }
    // Conditional formats inside the areas Score owns are replaced, not added twice.
    const held = ws as unknown as Formattings;
    if (plan.clearConditionalFormats.length && held.conditionalFormattings) {
      const owned = new Set(plan.clearConditionalFormats.map(areaAddress));
      held.conditionalFormattings = held.conditionalFormattings.filter((f) => !owned.has(f.ref));
    }
    for (const cf of plan.conditionalFormats)
      ws.addConditionalFormatting({ ref: areaAddress(cf.area), rules: [conditionalRule(cf)] });
    if (plan.freezeRows) ws.views = [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }];
    for (const col of plan.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
    for (const { row, points } of plan.rowHeights ?? [])
      if (ws instanceof LeanSheet) ws.heights.set(row + 1, points);
      else ws.getRow(row + 1).height = points;
    if (plan.filter) ws.autoFilter = areaAddress({ ...plan.filter, rows: 1 });
    if (plan.lockFormulas) lockFormulaCells(ws, plan.lockFormulas, restyle);
    // A rebuilt sheet's charts are its plan's only.
    if (plan.charts.length || plan.replace || plan.create)
      keepCharts(wb, plan.sheet, plan.charts, Boolean(plan.replace || plan.create));
    const was = written.get(ws);
    written.set(ws, {
      headerRows: Math.max(was?.headerRows ?? 0, plan.freezeRows ?? 0),
      charts: [
        ...(plan.replace || plan.create ? [] : (was?.charts ?? [])),
        ...plan.charts.map((c) => c.at),
      ],
      print: { ...was?.print, ...plan.print },
    });
  }
  // After every plan, so the print area covers all rows that plans split into parts wrote.
  for (const [ws, { headerRows, charts, print }] of written)
    printSetup(ws, headerRows, charts, print);
  arrangeTabs(wb, plans);
  return [...skipped];
}

/**
 * Drops the cached result of every formula cell (the formulas stay, shared and array formulas as
 * they were): for when inputs changed.
 */
export function forgetCachedResults(
  wb: ExcelJS.Workbook,
  keep: (ws: ExcelJS.Worksheet, cell: { row: number; col: number }) => boolean = () => false
): void {
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        if (keep(ws, { row: r, col: c })) return;
        if ((cell.model as { result?: unknown }).result === undefined) return;
        cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: undefined };
      })
    );
}
