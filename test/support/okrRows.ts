// OKR table rows by column name, in the contract's column order (headerRow gives the header).
import { COLUMNS, headerRow, type ColumnKey } from "../../src/domain/reading/columns";

export type Cells = Partial<Record<ColumnKey, string | number>>;

/**
 * The header of a sheet people typed by hand: the columns they type (no optional ones), in the
 * contract's order, without the product's formula columns.
 */
export function typedHeader(): string[] {
  return COLUMNS.filter((c) => c.kind === "input" && !c.optional).map((c) => c.header.en);
}

/** A table row with the given cells, the rest empty. */
export function rowOf(cells: Cells): (string | number)[] {
  return COLUMNS.map((c) => cells[c.key] ?? "");
}

/** A sound metric key result (120 → 200 deals, due in 2026-Q1); tests change what they test. */
export function metricKr(id: string, statement: string, more: Cells = {}): (string | number)[] {
  return rowOf({
    id,
    level: "Key result",
    statement,
    krType: "Metric",
    unit: "deals",
    start: 120,
    target: 200,
    current: 150,
    confidence: "70%",
    due: "2026-03-31",
    ...more,
  });
}

/** The A1 column letter of a contract column. */
export function columnOf(key: ColumnKey): string {
  return String.fromCharCode(65 + COLUMNS.findIndex((c) => c.key === key));
}

/** The smallest OKR table: an English header, one objective and its one metric key result. */
export const ONE_KR_TABLE: (string | number)[][] = [
  headerRow("en"),
  rowOf({ id: "P-O1", level: "Objective", statement: "Win the retail channel", owner: "Lin" }),
  rowOf({
    id: "P-O1-KR1",
    level: "Key result",
    statement: "Raise retail revenue to 2 million",
    krType: "Metric",
    start: 1,
    target: 2,
  }),
];
