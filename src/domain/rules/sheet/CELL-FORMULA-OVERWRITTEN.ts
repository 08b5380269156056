// CELL-FORMULA-OVERWRITTEN: Formula typed over. One of the product's own formula cells no longer
// holds the product's formula: in a formula column (Progress, Gap to target, Expected, Status,
// Alignment gap) of an objective or key-result row, or among the header block's computed cells (the
// sheet score, the status counts and their labels). It holds a typed value, another formula (compared
// with the one Score would write there, spelled the same way: plan/sameFormula.ts), or nothing where a
// formula belongs. Known only where the host read the sheet's formulas (reading/sheet.ts formulaAt):
// an .xlsx or Excel, not a CSV; a sheet whose formula columns hold no formula at all is not the
// product's yet (never scored) and is left alone. Without Score's plan to compare with (a workbook
// whose period cannot be told), only a typed value is reported.
import { rule, type SheetHit } from "../rule";
import { isBlankCell, type OkrSheet } from "../../reading/sheet";
import { rowName } from "../helpers";
import { a1 } from "../../reading/cellRefs";
import type { ColumnKey } from "../../reading/columns";
import { sameFormula } from "../../plan/sameFormula";
import type { OwnCells } from "../../plan/ownCells";

/** What the cell holds instead of the product's formula (lint.ts PARAM_WORDS says it). */
type Instead = "typedValue" | "emptied" | "otherFormula";

function hitOf(
  what: Instead,
  at: { row: number; column: ColumnKey; cell?: string },
  params: { id: string; column: string; value: string },
  okrId?: string
): SheetHit {
  return {
    column: at.column,
    row: at.row,
    ...(at.cell ? { cell: at.cell } : {}),
    ...(okrId ? { okrId } : {}),
    params: { ...params, what },
  };
}

/** What a cell holds against what belongs there: null when it is the product's. */
function instead(
  formula: string | null,
  value: unknown,
  planned: string | null | undefined
): Instead | null {
  if (formula === null) {
    if (!isBlankCell(value as never)) return "typedValue";
    return planned ? "emptied" : null;
  }
  return planned && !sameFormula(formula, planned) ? "otherFormula" : null;
}

/** The header block's computed cells that do not hold the product's formula. */
function blockHits(sheet: OkrSheet, own: OwnCells, formulaAt: NonNullable<OkrSheet["formulaAt"]>) {
  const hits: SheetHit[] = [];
  for (const cell of own.block) {
    const formula = formulaAt(cell.row + 1, cell.col);
    const found = instead(formula, cell.value, cell.formula);
    if (!found) continue;
    const key = `block${cell.key[0].toUpperCase()}${cell.key.slice(1)}`;
    hits.push(
      hitOf(
        found,
        { row: cell.row + 1, column: "progress", cell: a1(cell.col, cell.row) },
        { id: sheet.name, column: key, value: formula ?? String(cell.value ?? "") }
      )
    );
  }
  return hits;
}

export default rule({
  id: "CELL-FORMULA-OVERWRITTEN",
  topic: "sheet",
  on: "sheet",
  severity: "error",
  name: {
    en: "Formula typed over",
    "zh-CN": "公式被覆盖",
    "zh-TW": "公式被覆蓋",
  },
  message: {
    en: "{column} of {id} {what} where the product's formula belongs: it no longer follows the cells it is computed from, and what reads it (the objective, the sheet score, the Summary) takes it as it is.",
    "zh-CN":
      "{id} 的“{column}”单元格{what}，此处本应是产品公式：它不再随所依据的单元格变化，读取它的目标、表格得分和汇总会直接采用它。",
    "zh-TW":
      "{id} 的「{column}」儲存格{what}，此處本應是產品公式：它不再隨所依據的儲存格變化，讀取它的目標、表格得分和彙總會直接採用它。",
  },
  hint: {
    en: "Restore the formula (the quick fix, or Score writes every formula again); type values in Start, Target and Current instead, or a Final score.",
    "zh-CN":
      "请恢复公式（快速修复，或重新计分会重写所有公式）；数值请填在起始值、目标值和当前值，或最终得分中。",
    "zh-TW":
      "請恢復公式（快速修復，或重新計分會重寫所有公式）；數值請填在起始值、目標值和目前值，或最終得分中。",
  },
  fix: {
    readme: "the product's formula written back into the cell, as Score writes it",
    label: { en: "Restore the formula", "zh-CN": "恢复公式", "zh-TW": "恢復公式" },
    restores: true,
    edits: () => null,
  },
  example:
    "`0.95` typed over a key result's Progress formula on a scored sheet; another formula, or none, in a Status cell or the header block's Sheet score",
  check: (sheet, ctx) => {
    const { formulaRows, formulaAt } = sheet;
    if (!formulaRows || !formulaAt) return null;
    const own = ctx.ownCells?.(sheet.name);
    const items = [...sheet.orphans, ...sheet.objectives.flatMap((o) => [o, ...o.keyResults])];
    const hits: SheetHit[] = [];
    for (const [column, rows] of Object.entries(formulaRows) as [
      ColumnKey,
      ReadonlySet<number>,
    ][]) {
      // A column that holds no formula at all is not the product's yet (a sheet never scored).
      const col = sheet.match?.columns[column];
      if (rows.size === 0 || col === undefined) continue;
      for (const item of items) {
        const value = item.cells[column];
        const formula = rows.has(item.row) ? formulaAt(item.row, col) : null;
        const planned = own?.at(item.row - 1, col);
        const what = instead(
          formula,
          value,
          planned && typeof planned === "object" ? planned.formula : null
        );
        if (!what) continue;
        hits.push(
          hitOf(
            what,
            { row: item.row, column },
            {
              id: rowName(item),
              column,
              value: what === "otherFormula" ? (formula ?? "") : String(value ?? ""),
            },
            item.id
          )
        );
      }
    }
    // The header block's formulas, on a sheet whose table holds the product's.
    if (own && Object.values(formulaRows).some((r) => r.size > 0))
      hits.push(...blockHits(sheet, own, formulaAt));
    return hits.sort((a, b) => a.row - b.row);
  },
});
