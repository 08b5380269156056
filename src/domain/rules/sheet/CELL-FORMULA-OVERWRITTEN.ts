// CELL-FORMULA-OVERWRITTEN: Formula typed over. A number or text typed into one of the product's
// formula columns (Progress, Gap to target, Expected, Status, Alignment gap) on an objective or key
// result row, where the column holds the product's formulas on other rows: the objective's formula
// averages the typed number in, and no later value moves it. Known only where the host read the
// sheet's formulas (reading/sheet.ts formulaRows): an .xlsx or Excel, not a CSV.
import { rule } from "../rule";
import { isBlankCell } from "../../reading/sheet";
import { rowName } from "../helpers";
import type { ColumnKey } from "../../reading/columns";
import type { SheetHit } from "../rule";

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
    en: "{column} of {id} holds a typed value ({value}) where the product's formula belongs: it no longer follows the key results, and the objective and sheet scores read it as it is.",
    "zh-CN":
      "{id} 的“{column}”单元格填入了固定值（{value}），此处本应是产品公式：它不再随关键结果变化，目标和表格得分会直接采用这个值。",
    "zh-TW":
      "{id} 的「{column}」儲存格填入了固定值（{value}），此處本應是產品公式：它不再隨關鍵結果變化，目標和表格得分會直接採用這個值。",
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
  example: "`0.95` typed over a key result's Progress formula on a scored sheet",
  check: (sheet) => {
    const formulaRows = sheet.formulaRows;
    if (!formulaRows) return null;
    const items = [...sheet.orphans, ...sheet.objectives.flatMap((o) => [o, ...o.keyResults])];
    const hits: SheetHit[] = [];
    for (const [column, rows] of Object.entries(formulaRows) as [
      ColumnKey,
      ReadonlySet<number>,
    ][]) {
      // A column that holds no formula at all is not the product's yet (a sheet never scored).
      if (rows.size === 0) continue;
      for (const item of items) {
        const value = item.cells[column];
        if (rows.has(item.row) || isBlankCell(value)) continue;
        hits.push({
          column,
          row: item.row,
          okrId: item.id,
          params: { id: rowName(item), column, value: String(value) },
        });
      }
    }
    return hits.sort((a, b) => a.row - b.row);
  },
});
