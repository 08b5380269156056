// In-sheet marking: finding cells get a fill in their severity's colour, and the next check puts
// back the fill each cell had. Only fills change, never a value. The list of marked cells and their
// original fills is kept in the workbook's settings, so the marks can be removed whoever opens the
// workbook next.
import type { Finding, Severity } from "../domain/types";
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

/**
 * Queues putting back the fills of earlier marks (on sheets that still exist) and forgetting them.
 * The check runs this in its second batch, so removing marks costs no extra round trip.
 */
export function queueUnmark(
  context: Excel.RequestContext,
  marks: readonly Mark[],
  sheetNames: readonly string[]
): void {
  if (marks.length === 0) return;
  const present = new Set(sheetNames);
  for (const m of marks) {
    if (!present.has(m.sheet)) continue;
    const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
    if (m.fill.toUpperCase() === NO_FILL) fill.clear();
    else fill.color = m.fill;
  }
  context.workbook.settings.add(MARKS_KEY, []);
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

/**
 * Marks the cells of findings (2 syncs: read the saved marks and the cells' current fills; then
 * restore earlier marks, colour the new cells and save the list). Returns how many cells were marked.
 */
export async function markFindings(excel: ExcelApi, findings: readonly Finding[]): Promise<number> {
  const cells = worstByCell(findings);
  return excel.run(async (context) => {
    const saved = queueMarksRead(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const fills = cells.map((c) => {
      const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill;
      fill.load("color");
      return fill;
    });
    await context.sync();

    const earlier = marksFrom(saved);
    const original = new Map(earlier.map((m) => [`${m.sheet}!${m.cell}`, m.fill]));
    queueUnmark(
      context,
      earlier,
      worksheets.items.map((s) => s.name)
    );
    const marks: Mark[] = cells.map((c, i) => ({
      sheet: c.sheet,
      cell: c.cell,
      // a cell marked before still shows our colour: its original fill is the one saved then
      fill: original.get(`${c.sheet}!${c.cell}`) ?? fills[i].color ?? NO_FILL,
    }));
    cells.forEach((c, i) => (fills[i].color = MARK_FILLS[c.severity]));
    context.workbook.settings.add(MARKS_KEY, marks);
    await context.sync();
    return marks.length;
  });
}
