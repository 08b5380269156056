// The product's own cells of an OKR sheet as Score would write them (score/ownCells.ts plans them):
// what Check compares a scored sheet's formulas with (CELL-FORMULA-OVERWRITTEN).
import type { CellValue } from "../types";
import type { PlanValue } from "./types";

/** The header block's cells that hold the product's formulas: the score, the counts, their labels. */
export type OwnBlockCell =
  "sheetScore" | "green" | "yellow" | "red" | "greenLabel" | "yellowLabel" | "redLabel";

export interface OwnCells {
  /** What Score writes into a cell (0-based row and column); undefined where it writes nothing. */
  at(row: number, col: number): PlanValue | undefined;
  /** The header block's formula cells (0-based), as Score writes them. */
  block: { key: OwnBlockCell; row: number; col: number; formula: string; value: CellValue }[];
}
