// A check-in that adds more rows than the gap that ends the history (TABLE_GAP_ROWS) reaches a
// stray value below it: its rows go around it (domain/plan/appendedRows.ts, as Collect's merged
// rows do), the stray value kept, every key result given a row; rows skipped count toward Excel's
// last row.
import { planCheckin } from "../../src/domain/checkins/plan";
import { EXCEL_LAST_ROW } from "../../src/domain/plan/layout";
import { HISTORY_COL, historyHeader } from "../../src/domain/reading/historySheet";
import { readSheet } from "../../src/domain/reading/sheet";
import type { CellValue } from "../../src/domain/types";
import { krRowsSheet } from "../support/bigSheet";

const KRS = 1_500;
const table = krRowsSheet(KRS);
const okr = { sheet: readSheet("Team", table), rows: table };
const ids = table.filter((r) => r[1] === "Key result").map((r) => r[0]);

/** A history of three records, then `stray` at 0-based rows `at`. */
function history(at: number[], stray = "stray"): CellValue[][] {
  const rows: CellValue[][] = [historyHeader("en")];
  for (let i = 0; i < 3; i++) rows.push([46000 + i, "Team", ids[i], 120 + i]);
  for (const r of at) {
    while (rows.length <= r) rows.push([]);
    rows[r] = [stray];
  }
  return rows;
}

const checkin = (rows: CellValue[][]) =>
  planCheckin({
    sheet: okr,
    history: { name: "Check-ins", rows },
    existingSheets: ["Team", "Check-ins"],
    date: "2026-02-02",
    entries: ids.map((id, i) => ({ id, value: 130 + (i % 50) })),
    lang: "en",
  });

/** The history rows the plan writes a key result's id on, by 0-based row. */
function idRows(plan: ReturnType<typeof checkin>): Map<number, CellValue> {
  const written = new Map<number, CellValue>();
  const history = plan.plans.find((p) => p.sheet === "Check-ins")!;
  for (const block of history.blocks)
    block.values.forEach((line, r) => {
      const id = line[HISTORY_COL.krId - block.col];
      if (block.col <= HISTORY_COL.krId && id) written.set(block.row + r, id as CellValue);
    });
  return written;
}

describe("a check-in whose rows reach a stray value below the history", () => {
  it("goes around it: the stray row is not written, every key result gets its own row", () => {
    expect(ids).toHaveLength(KRS);
    const stray = 4 + 1_200; // 1,200 rows below the last record (0-based row 3)
    const plan = checkin(history([stray]));
    expect(plan.problems).toEqual([]);
    expect(plan.appendFrom).toBe(4);
    const written = idRows(plan);
    expect(written.has(stray)).toBe(false);
    expect(written.size).toBe(KRS);
    expect(new Set(written.values())).toEqual(new Set(ids));
    // right below the last record down to the stray row, then on from the row below it
    expect(Math.min(...written.keys())).toBe(4);
    expect(Math.max(...written.keys())).toBe(4 + KRS);
    // nothing at all (formulas, formats emptied rows) lands on the stray row
    const historyPlan = plan.plans.find((p) => p.sheet === "Check-ins")!;
    for (const f of historyPlan.fills) expect(stray >= f.row && stray < f.row + f.rows).toBe(false);
  });

  it("counts the rows it goes around toward Excel's last row, refusing what would pass it", () => {
    // Values every 1,000 rows down to a last record with exactly room for the 1,500 new rows below
    // it (no gap ends the history before it), and a stray value in that room, past the gap that
    // ends the history: one row short.
    const last = EXCEL_LAST_ROW - KRS - 1; // 0-based
    const chain: number[] = [];
    for (let r = last; r > 3; r -= 1_000) chain.push(r);
    const plan = checkin(history([...chain, last + 1 + 1_200]));
    expect(plan.plans).toEqual([]);
    expect(plan.problems).toEqual([
      { kind: "history-full", sheet: "Check-ins", row: last + 1, count: KRS },
    ]);
    // without the stray value the rows fit, down to Excel's last row
    const fits = checkin(history(chain));
    expect(fits.problems).toEqual([]);
    expect(Math.max(...idRows(fits).keys())).toBe(EXCEL_LAST_ROW - 1);
  });
});
