// In-sheet marking: finding cells get a fill in their severity's colour, and the next check puts
// back the fill each cell had. Only fills change, never a value. The list of marked cells and their
// original fills is kept in the workbook's settings, so the marks can be removed whoever opens the
// workbook next.
import type { Finding, Severity } from "../domain/types";
import { utf8Length } from "../domain/reading/utf8";
import {
  jsonBytes,
  rangeCost,
  REQUEST_BUDGET_BYTES,
  REQUEST_COST as C,
  sendWrites,
  type Write,
} from "./batching";
import type { ExcelApi } from "./host";

export const MARKS_KEY = "okrSheets.marks";

/** Light fills that keep dark text readable: red for errors, amber for warnings, blue for notes. */
export const MARK_FILLS: Record<Severity, string> = {
  error: "#FDE7E9",
  warning: "#FFF4CE",
  info: "#DEECF9",
};

/** Excel reports a cell without fill as white; putting "no fill" back is the faithful restore. */
const NO_FILL = "#FFFFFF";

export interface Mark {
  sheet: string;
  cell: string;
  /** The fill the cell had before it was marked. */
  fill: string;
}

/** Queues a read of the saved marks; read `.value` after the sync. */
export function queueMarksRead(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(MARKS_KEY);
  item.load("value");
  return item;
}

export function marksFrom(item: Excel.Setting | null): Mark[] {
  const value = item && !item.isNullObject ? item.value : null;
  return Array.isArray(value)
    ? value.filter(
        (m): m is Mark =>
          typeof m?.sheet === "string" && typeof m?.cell === "string" && typeof m?.fill === "string"
      )
    : [];
}

/** A cell's fill set (or cleared: null), as a write of its own. */
function fillWrite(sheet: string, cell: string, color: string | null): Write {
  return {
    kind: "mark",
    sheet,
    cost: rangeCost(cell) + 2 * C.part + (color === null ? C.method : C.set + jsonBytes(color)),
    queue: (at) => {
      const fill = at.sheet(sheet).getRange(cell).untrack().format.fill;
      if (color === null) fill.clear();
      else fill.color = color;
    },
  };
}

/** Saving the list of marked cells with the workbook. */
function marksSettingWrite(marks: readonly Mark[]): Write {
  return {
    kind: "setting",
    sheet: null,
    cost: C.part + C.object + jsonBytes([MARKS_KEY, marks]),
    queue: (at) => void at.context.workbook.settings.add(MARKS_KEY, marks),
  };
}

/**
 * Writes putting back the fills of earlier marks (on sheets that still exist) and forgetting them.
 * Check and Score send them with their own writes, so removing marks costs no extra round trip.
 */
export function unmarkWrites(marks: readonly Mark[], sheetNames: readonly string[]): Write[] {
  if (marks.length === 0) return [];
  const present = new Set(sheetNames);
  return [
    ...marks
      .filter((m) => present.has(m.sheet))
      .map((m) => fillWrite(m.sheet, m.cell, m.fill.toUpperCase() === NO_FILL ? null : m.fill)),
    marksSettingWrite([]),
  ];
}

/**
 * Sends the unmarking writes with whatever `more` queues (a read riding along) in their last
 * request; with nothing to unmark, syncs only when `more` queued something. A failure `refused`
 * takes for its own (a response too large for the read riding along, which it reads again) ends
 * nothing: Excel refuses a response after the request's actions ran.
 */
export async function unmarkWith(
  context: Excel.RequestContext,
  marks: readonly Mark[],
  sheetNames: readonly string[],
  more: () => boolean = () => false,
  refused: (error: unknown) => boolean = () => false
): Promise<void> {
  const writes = unmarkWrites(marks, sheetNames);
  try {
    if (writes.length > 0) await sendWrites(context, writes, { last: () => void more() });
    else if (more()) await context.sync();
  } catch (error) {
    if (!refused(error)) throw error;
  }
}

/** The most severe finding per cell: that is the colour the cell gets. */
function worstByCell(
  findings: readonly Finding[]
): { sheet: string; cell: string; severity: Severity }[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const cells = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const known = cells.get(key);
    if (!known || rank[f.severity] < rank[known.severity])
      cells.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return [...cells.values()];
}

/** About what reading one cell's fill adds to a request: its range, format, fill and query. */
const FILL_READ_COST = C.range + 2 * C.part + C.method;

/**
 * The fills cells have now, read in requests of at most 4 MB of what office.js sends (one round
 * trip while they fit; whatever is already queued goes with the first).
 */
async function readFills(
  context: Excel.RequestContext,
  cells: readonly { sheet: string; cell: string }[]
): Promise<(string | null)[]> {
  const colors: (string | null)[] = [];
  let from = 0;
  do {
    let cost = 0;
    let to = from;
    while (to < cells.length && (to === from || cost + FILL_READ_COST < REQUEST_BUDGET_BYTES))
      cost += FILL_READ_COST + utf8Length(cells[to++].cell);
    // each sheet reached once per request
    const sheets = new Map<string, Excel.Worksheet>();
    const worksheet = (name: string): Excel.Worksheet => {
      if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItem(name));
      return sheets.get(name) as Excel.Worksheet;
    };
    const fills = cells.slice(from, to).map((c) => {
      const fill = worksheet(c.sheet).getRange(c.cell).untrack().format.fill;
      fill.load("color");
      return fill;
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB
    await context.sync();
    colors.push(...fills.map((f) => f.color));
    from = to;
  } while (from < cells.length);
  return colors;
}

/**
 * The most the list of marks may take in the workbook's settings, as JSON. Excel's settings hold
 * about 1 MB in all (office-js issue 3957; Office.Settings documents 2 MB): while a Check runs the
 * list briefly holds the earlier marks too, so each list stays under 400 KB — about 6,000 cells.
 * Cells past it are not coloured (the most severe are coloured first); the findings list has them all.
 */
export const MARKS_BUDGET_BYTES = 400_000;

/** The marks that fit the budget, in order. */
function withinBudget<T extends Mark>(marks: readonly T[]): T[] {
  let bytes = 2;
  const kept: T[] = [];
  for (const m of marks) {
    bytes += utf8Length(JSON.stringify(m)) + 1;
    if (bytes > MARKS_BUDGET_BYTES) break;
    kept.push(m);
  }
  return kept;
}

/**
 * Marks the cells of findings: read the saved marks and the cells' current fills; then restore
 * earlier marks, colour the new cells and save the list. Two round trips, one more per 4 MB of
 * request office.js sends (10,000 marked cells take a few). Returns how many cells were marked.
 *
 * The list is saved before any fill changes, and holds the earlier marks as well as the new ones
 * until the last write: should a request fail part-way (the writes of a large Check take several),
 * every cell whose colour changed is in the saved list, so the next Check or Score puts its fill back.
 */
export async function markFindings(excel: ExcelApi, findings: readonly Finding[]): Promise<number> {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const worst = worstByCell(findings).sort((a, b) => rank[a.severity] - rank[b.severity]);
  return excel.run(async (context) => {
    const saved = queueMarksRead(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const fills = await readFills(context, worst);

    const earlier = marksFrom(saved);
    const original = new Map(earlier.map((m) => [`${m.sheet}!${m.cell}`, m.fill]));
    const marks = withinBudget(
      worst.map((c, i) => ({
        sheet: c.sheet,
        cell: c.cell,
        // a cell marked before still shows our colour: its original fill is the one saved then
        fill: original.get(`${c.sheet}!${c.cell}`) ?? fills[i] ?? NO_FILL,
        severity: c.severity,
      }))
    );
    const list = (of: readonly Mark[]): Mark[] =>
      of.map(({ sheet, cell, fill }) => ({ sheet, cell, fill }));
    const marked = new Set(marks.map((m) => `${m.sheet}!${m.cell}`));
    const meanwhile = [
      ...list(marks),
      ...earlier.filter((m) => !marked.has(`${m.sheet}!${m.cell}`)),
    ];
    await sendWrites(context, [
      marksSettingWrite(meanwhile),
      ...unmarkWrites(
        earlier,
        worksheets.items.map((s) => s.name)
      ).filter((w) => w.kind === "mark"),
      ...marks.map((c) => fillWrite(c.sheet, c.cell, MARK_FILLS[c.severity])),
      marksSettingWrite(list(marks)),
    ]);
    return marks.length;
  });
}
