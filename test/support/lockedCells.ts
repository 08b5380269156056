// Reads an .xlsx's sheet protection back with ExcelJS, cell by cell: for `okr score --protect`'s
// tests (test/cli/protect.test.ts) and LibreOffice's re-save of the file (test/e2e/protect.e2e.test.ts).
import ExcelJS from "exceljs";

export interface LockRead {
  protection: Record<string, unknown> | null;
  /** Cells whose lock is not what their content says: locked ⟺ a formula. */
  wrong: string[];
  /** How many formula cells (all locked when `wrong` is empty). */
  formulas: number;
  /** How many cells with a value that is no formula (all unlocked when `wrong` is empty). */
  inputs: number;
  /** Whether a cell the sheet has not made, in the first column, below the table, is unlocked. */
  belowUnlocked: boolean;
}

/** Excel's rule: a cell without its own protection is locked. */
const lockedOf = (style: Partial<ExcelJS.Style> | undefined) => style?.protection?.locked !== false;

export async function readLocks(file: string, sheet: string): Promise<LockRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const wrong: string[] = [];
  let formulas = 0;
  let inputs = 0;
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const formula = cell.type === ExcelJS.ValueType.Formula;
      if (formula) formulas++;
      else inputs++;
      if (lockedOf(cell.style) !== formula)
        wrong.push(`${cell.address} ${formula ? "open" : "locked"}`);
    })
  );
  const below = ws.getColumn(1).style;
  return {
    protection:
      (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection ??
      null,
    wrong,
    formulas,
    inputs,
    belowUnlocked: !lockedOf(below),
  };
}
