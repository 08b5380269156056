// Writing one of the Summary's sheets top to bottom: lines of cells, headings, column headers aligned
// like the cells under them, number formats and status colours, and at the end column widths that
// fit what each column shows within the bounds its sheet's design gives it.
import { columnLetters } from "../../reading/cellRefs";
import type { Chase } from "../../chase/owing";
import type { HistoryEntry } from "../../reading/historySheet";
import type { PeriodScope } from "../../reading/periodScope";
import {
  rowsBySheet,
  type PeriodSheet,
  type RowScore,
  type WorkbookScore,
} from "../../scoring/model";
import type { Finding, IsoDate, Lang, Status } from "../../types";
import { COLOURS } from "../../plan/layout";
import {
  progressBar,
  statusColours,
  statusWordsIn,
  type LaidOutSheet,
} from "../../plan/sheetLayout";
import { numberShown } from "../../plan/shown";
import {
  area,
  emptyPlan,
  LINE_POINTS,
  type CellFormat,
  type PlanValue,
  type SheetPlan,
  type Shown,
} from "../../plan/types";
import { fitColumns, wrappedLines } from "../../plan/widths";
import { SUMMARY_TEXT, type SummaryText } from "./text";
import { widestRow } from "../../reading/largest";

export interface SummaryOptions {
  /** The check-in history, when the workbook has one: its sheet name and entries. */
  history?: { name: string; entries: readonly HistoryEntry[] } | null;
  /** The Summary's name, and its details sheet's. */
  sheetName: string;
  detailsName: string;
  /** Each exists already (rebuilt in place) rather than being added. */
  replace?: boolean;
  replaceDetails?: boolean;
  lang: Lang;
  asOf: IsoDate;
  checkedOn: IsoDate;
  findings: readonly Finding[];
  /** At most this many key results under "What needs attention" (attention.ts's ATTENTION_ROWS). */
  attentionRows?: number;
  /** The reference model of the sheets (scored at `asOf` when not given): with it, every formula
   * carries what it shows. */
  model?: WorkbookScore;
  /** The period shown and what was left out (periods/scope.ts); all sheets without one. */
  scope?: PeriodScope;
  /** Every period's sheets with their scores, for "Quarter by quarter" (quarterByQuarter.ts). */
  across?: readonly PeriodSheet[];
  /** Days between check-ins, for staleness (periods/cadence.ts). */
  cadence?: number;
  /** Who owes an update at `asOf` (chase/owing.ts), for the details sheet's section. */
  owing?: Chase;
}

/**
 * How a column's cells sit, and so its header: numbers right (a header over numbers is
 * right-aligned too, so it stands over them), words and text left, a sign in the middle.
 */
export type CellKind = "number" | "text" | "mark";

export const ALIGN_OF: Record<CellKind, CellFormat["align"]> = {
  number: "right",
  text: "left",
  mark: "center",
};

/** A column of a section: its header and how its cells sit. */
export interface SectionColumn {
  label: PlanValue;
  kind: CellKind;
}

const STATUSES: readonly Status[] = ["green", "yellow", "red"];

/** One sheet of the Summary being written: its rows top to bottom, its plan, the reader's words. */
export class SheetWriter {
  readonly rows: PlanValue[][] = [];
  readonly plan: SheetPlan;
  readonly words;
  /** Rows whose text may wrap at its words (column headers). */
  readonly headerRows = new Set<number>();
  /** Rows left out of the widths (titles and notes that run over the empty cells beside them). */
  readonly freeRows = new Set<number>();
  /** Cells left out of the widths ("row,col"). */
  readonly freeCells = new Set<string>();
  private readonly modelRows: Map<string, Map<number, RowScore>>;
  constructor(
    readonly o: SummaryOptions,
    name: string,
    replace: boolean
  ) {
    this.modelRows = rowsBySheet(o.model?.rows ?? []);
    this.plan = emptyPlan(name, true);
    this.plan.replace = replace;
    this.words = statusWordsIn(o.lang);
  }
  t = (key: SummaryText) => SUMMARY_TEXT[key][this.o.lang];
  /** A formula with what it shows, when the model knows it. */
  f = (formula: string, shows: Shown | undefined): PlanValue =>
    shows === undefined ? { formula } : { formula, shows };
  /** The model's row of a sheet's row (1-based), if the Summary has the model. */
  scored = (sheet: string, row: number): RowScore | undefined =>
    this.modelRows.get(sheet)?.get(row);
  progressShown = (sheet: string, row: number): Shown | undefined => {
    const m = this.scored(sheet, row);
    return m && numberShown(m.progress);
  };
  /** A status count of a sheet's: only when the sheet's words are the Summary's (counted by word). */
  counted = (laid: LaidOutSheet, n: number | undefined): number | undefined =>
    laid.lang === this.o.lang ? n : undefined;
  /** The 0-based row the next line goes to. */
  at = () => this.rows.length;
  line = (values: PlanValue[]) => this.rows.push(values);
  format(row: number, col: number, format: CellFormat, rows = 1, cols = 1) {
    this.plan.formats.push({ area: area(row, col, rows, cols), format });
  }
  /** The sheet's title: large, and free to run over the cells beside it. */
  title(text: string) {
    this.freeRows.add(this.at());
    this.format(this.at(), 0, { bold: true, fontSize: 16 });
    this.line([text]);
  }
  heading(text: string) {
    this.freeRows.add(this.at());
    this.format(this.at(), 0, { bold: true, fontSize: 13 });
    this.line([text]);
  }
  /** A line of text that may run over the empty cells beside it. */
  note(text: string) {
    this.freeRows.add(this.at());
    this.line([text]);
  }
  /** A row of column headers (they may wrap), each aligned like the cells under it. */
  header(columns: readonly SectionColumn[]) {
    const row = this.at();
    this.headerRows.add(row);
    this.format(row, 0, { bold: true, fill: COLOURS.inputHeaderFill }, 1, columns.length);
    columns.forEach((c, i) => this.format(row, i, { align: ALIGN_OF[c.kind] }));
    this.line(columns.map((c) => c.label));
  }
  /** Cells of rows `from`..`to` - 1 aligned like their column's header, from their top line. */
  align(from: number, to: number, columns: readonly SectionColumn[]) {
    if (to <= from) return;
    columns.forEach((c, i) =>
      this.format(from, i, { align: ALIGN_OF[c.kind], valign: "top" }, to - from)
    );
  }
  /** A number format over rows `from`..`to` - 1 of a column: one request, not one per cell. */
  columnFormat(from: number, to: number, col: number, format: string) {
    if (to > from) this.plan.numberFormats.push({ area: area(from, col, to - from), format });
  }
  /**
   * Rows `from`..`to` - 1: status cells in the OKR sheets' colours, progress cells as data bars and,
   * when `colourProgress`, in their row's status colour too.
   */
  statusAndProgress(
    from: number,
    to: number,
    status: number,
    progress: number,
    colourProgress = false
  ) {
    if (to <= from) return;
    const anchor = `$${columnLetters(status)}${from + 1}`;
    const rows = to - from;
    this.plan.conditionalFormats.push(
      ...statusColours(area(from, status, rows), anchor, this.words),
      ...(colourProgress ? statusColours(area(from, progress, rows), anchor, this.words) : []),
      progressBar(area(from, progress, rows))
    );
  }
  /** A column header: a Summary text, or a status word as the period stands (see board.ts). */
  label(key: SummaryText | Status, statusLabel?: (s: Status) => PlanValue): PlanValue {
    if ((STATUSES as readonly string[]).includes(key))
      return statusLabel ? statusLabel(key as Status) : this.words.during[key as Status];
    return this.t(key as SummaryText);
  }
  /**
   * The plan: every line as one block, and widths that fit each column within its bounds (by
   * column index), long text wrapping where it is wider.
   */
  finish(bounds: { min: readonly number[]; max: readonly number[] }): SheetPlan {
    const width = Math.max(bounds.min.length, widestRow(this.rows));
    this.plan.blocks.push({
      row: 0,
      col: 0,
      values: this.rows.map((r) => [...r, ...new Array<PlanValue>(width - r.length).fill(null)]),
    });
    const fit = fitColumns(this.rows, this.plan.numberFormats, {
      wrapRows: this.headerRows,
      skipRows: this.freeRows,
      skipCells: this.freeCells,
      ...bounds,
    });
    this.plan.columnWidths.push(...fit.widths);
    this.plan.formats.push(...fit.wrap);
    this.plan.rowHeights = wrappedRowHeights(this.rows, fit);
    return this.plan;
  }
}

/**
 * Rows with a wrapping cell as tall as their most wrapped cell (hosts do not all fit a row's height
 * to wrapped text when a file opens: LibreOffice drew such text over the rows above).
 */
function wrappedRowHeights(
  rows: readonly (readonly PlanValue[])[],
  fit: ReturnType<typeof fitColumns>
): { row: number; points: number }[] {
  const lines = new Map<number, number>();
  for (const { area: a } of fit.wrap) {
    const value = rows[a.row]?.[a.col];
    const text = typeof value === "object" && value !== null ? value.shows : value;
    if (typeof text !== "string") continue;
    const chars = fit.widths[a.col]?.chars ?? 8;
    lines.set(a.row, Math.max(lines.get(a.row) ?? 1, wrappedLines(text, chars)));
  }
  return [...lines]
    .filter(([, n]) => n > 1)
    .sort(([a], [b]) => a - b)
    .map(([row, n]) => ({ row, points: n * LINE_POINTS }));
}

/** The bounds of a sheet's columns, from a table of [min, max] per column. */
export function boundsOf(columns: readonly (readonly [number, number])[]) {
  return { min: columns.map(([min]) => min), max: columns.map(([, max]) => max) };
}
