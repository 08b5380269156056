// Rules over a whole sheet, and over the whole workbook: the ones that need more than one row to
// judge (counts, shares, siblings, duplicates). The runner (lint.ts) locates their hits.
import { tooEasyScore } from "../scoring/model";
import type { ColumnKey } from "../reading/columns";
import { duplicateIds } from "../reading/ids";
import { isBlankCell, type OkrSheet } from "../reading/sheet";
import type { KeyResult, RowCells } from "../types";
import {
  percentText,
  type Rule,
  type SheetHit,
  type WorkbookContext,
  type WorkbookHit,
} from "./checks";

function has(sheet: OkrSheet, column: ColumnKey): boolean {
  return sheet.match?.columns[column] !== undefined;
}

/** A row's ID as messages name it: its own, or its row number. */
export function rowName(item: { id: string; row: number }): string {
  return item.id || `#${item.row}`;
}

/** Every objective and key result of a sheet, orphans included. */
export function sheetItems(sheet: OkrSheet): { id: string; row: number }[] {
  return [...sheet.objectives.flatMap((o) => [o, ...o.keyResults]), ...sheet.orphans];
}

export const SHEET_RULES: readonly Rule<OkrSheet, SheetHit>[] = [
  {
    // At the period's end an aspirational objective at 0.95 or more may have aimed too low.
    id: "O-TOO-EASY",
    check: (sheet) =>
      sheet.objectives.flatMap((o) => {
        const score = tooEasyScore(sheet, o);
        return score === null
          ? []
          : [
              {
                column: "statement" as ColumnKey,
                row: o.row,
                okrId: o.id,
                params: { id: rowName(o), score: score.toFixed(2) },
              },
            ];
      }),
  },
  {
    id: "CELL-TOO-LONG",
    check: (sheet) => {
      // Plain loops: this reads every cell of every row, and almost never finds anything.
      const hits: SheetHit[] = [];
      // Every row holds the sheet's columns, in the order the header gave them.
      const keys = Object.keys(sheet.match?.columns ?? {}) as ColumnKey[];
      for (const item of tableRows(sheet))
        for (const key of keys) {
          const value = item.cells[key];
          if (typeof value !== "string" || value.length <= EXCEL_CELL_LIMIT) continue;
          hits.push({
            column: key as ColumnKey,
            row: item.row,
            okrId: item.id,
            params: {
              id: rowName(item),
              column: key,
              length: value.length,
              limit: EXCEL_CELL_LIMIT,
            },
          });
        }
      return hits;
    },
  },
  {
    // Objective weights: all or none, and together 100 % (the KRs' own sum is O-WEIGHTS-SUM's).
    id: "SHEET-WEIGHTS-SUM",
    check: (sheet, ctx) => {
      const weighted = sheet.objectives.filter((o) => !isBlankCell(o.cells.weight));
      if (weighted.length === 0 || !has(sheet, "weight")) return null;
      if (weighted.length < sheet.objectives.length) {
        return sheet.objectives
          .filter((o) => isBlankCell(o.cells.weight))
          .map((o) => ({
            column: "weight",
            row: o.row,
            okrId: o.id,
            params: { id: rowName(o), problem: "partial" },
          }));
      }
      const sum = weighted.reduce((total, o) => total + (o.weight ?? 0), 0);
      if (weighted.some((o) => o.weight === null)) return null; // KR-BAD-VALUE's
      return Math.abs(sum - 1) > ctx.settings.weightTolerance
        ? {
            column: "weight",
            row: sheet.headerRow,
            params: { sum: percentText(sum), problem: "sum" },
          }
        : null;
    },
  },
  {
    id: "SHEET-HEADER",
    check: (sheet) =>
      (sheet.match?.missing ?? []).map((column) => ({
        column: "id",
        row: sheet.headerRow,
        cell: `A${sheet.headerRow}`,
        params: { column },
      })),
  },
  {
    id: "SHEET-OBJECTIVE-COUNT",
    check: (sheet, ctx) => {
      const scope = sheet.header.scope ?? "team";
      const max = ctx.settings.maxObjectives[scope];
      const count = sheet.objectives.length;
      return count > max && has(sheet, "level")
        ? { column: "level", row: sheet.headerRow, params: { count, max, scope } }
        : null;
    },
  },
  {
    id: "SHEET-COMMITMENT-MIX",
    check: (sheet, ctx) => {
      const marked = sheet.objectives.filter((o) => o.commitment !== null);
      if (marked.length < 2 || !has(sheet, "commitment")) return null;
      const share = marked.filter((o) => o.commitment === "committed").length / marked.length;
      const { min, max } = ctx.settings.commitmentMix;
      return share < min || share > max
        ? { column: "commitment", row: sheet.headerRow, params: { share: percentText(share) } }
        : null;
    },
  },
  {
    id: "ROW-LEVEL",
    check: (sheet) =>
      sheet.unknownLevel.map((row) => ({
        column: "level",
        row: row.row,
        params: { row: row.row, value: String(row.cells.level ?? "") },
      })),
  },
  {
    id: "KR-ORPHAN",
    check: (sheet) =>
      sheet.orphans.map((kr) => ({
        column: "level",
        row: kr.row,
        okrId: kr.id,
        params: { id: rowName(kr) },
      })),
  },
  {
    // Weights are only wrong relative to the objective's other key results.
    id: "KR-BAD-WEIGHT",
    check: (sheet) => {
      if (!has(sheet, "weight")) return null;
      return sheet.objectives.flatMap((o) => {
        const anyWeight = o.keyResults.some((kr) => kr.weight !== null);
        const bad = (kr: KeyResult) =>
          kr.weight !== null && kr.weight < 0
            ? "negative"
            : kr.weight === null && anyWeight && isBlankCell(kr.cells.weight)
              ? "missing"
              : null;
        return o.keyResults.flatMap((kr) => {
          const problem = bad(kr);
          return problem
            ? [
                {
                  column: "weight" as const,
                  row: kr.row,
                  okrId: kr.id,
                  params: { id: rowName(kr), problem },
                },
              ]
            : [];
        });
      });
    },
  },
];

/** Excel's limit for the characters in one cell; longer text makes Excel repair the file. */
export const EXCEL_CELL_LIMIT = 32767;

/** Every table row of a sheet with its cells, rows Level could not place included. */
function tableRows(sheet: OkrSheet): { row: number; id: string; cells: RowCells }[] {
  return [
    ...sheet.objectives.flatMap((o) => [o, ...o.keyResults]),
    ...sheet.orphans,
    ...sheet.unknownLevel.map((r) => ({ ...r, id: "" })),
  ];
}

export const WORKBOOK_RULES: readonly Rule<readonly OkrSheet[], WorkbookHit, WorkbookContext>[] = [
  {
    id: "ID-DUPLICATE",
    check: (sheets) => {
      const rows = sheets.flatMap((sheet) =>
        sheetItems(sheet)
          .filter((item) => item.id)
          .map((item) => ({ sheet, row: item.row, id: item.id }))
      );
      return [...duplicateIds(rows.map((r) => r.id))].flatMap(([, where]) =>
        where.map((index) => {
          const { sheet, row, id } = rows[index];
          return {
            sheet,
            column: "id" as const,
            row,
            okrId: id,
            params: { id, count: where.length },
          };
        })
      );
    },
  },
];
