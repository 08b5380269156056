// The optional lock on an OKR sheet's formula columns (issue #29 point 3): the cells Score writes a
// formula into — Progress, Gap, Expected, Status, Alignment gap, the header block's score and
// counts, the cells CELL-FORMULA-OVERWRITTEN compares — locked; every other cell unlocked; the sheet
// protected without a password, with what people do on an OKR sheet still allowed. One place for
// the options, which every host writes (Office.js `protection.protect`, ExcelJS `worksheet.protect`).
import { format, joinList } from "../reading/i18n";
import type { Lang, Localized } from "../types";
import type { Area, SheetPlan } from "./types";

/**
 * What people may still do on a locked sheet, in Excel's names (Excel.WorksheetProtectionOptions,
 * ExcelApi 1.2; the same flags as the file's <sheetProtection>). Typing into unlocked cells needs
 * no option.
 * - autoFilter: the sheet's filter buttons keep working (they exist before it is protected).
 * - formatCells / formatColumns / formatRows: colours, widths and heights stay people's own (and
 *   Check's marks are fills).
 * - insertRows: a new key result is a new row; its formula cells take the lock of the row above,
 *   and Score fills them.
 * - sort: allowed, yet Excel refuses to sort a range holding locked cells, so the OKR table itself
 *   does not sort (its rows belong to their objective; the filter buttons sort nothing away).
 * - deleteRows stays off: Excel refuses deleting a row holding locked cells anyway, and every row
 *   of the table holds some; insertColumns / deleteColumns stay off: they would move the columns
 *   the product reads by their header.
 * - editObjects / editScenarios stay off, as Excel's own Protect Sheet sets them: charts and
 *   pictures stay where they are. Named, so every host writes them (ExcelJS leaves them open when
 *   its protect is not told).
 */
export const FORMULA_LOCK_OPTIONS = {
  allowAutoFilter: true,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertColumns: false,
  allowInsertHyperlinks: true,
  allowInsertRows: true,
  allowPivotTables: false,
  allowSort: true,
} as const;

export type FormulaLockOptions = typeof FORMULA_LOCK_OPTIONS;

/**
 * Whether a sheet's protection, as read, is the formula lock's (every option of the lock as the
 * lock sets it): such a sheet was locked by the product, and Score locks it again over what it
 * writes — a sheet a person protected otherwise keeps their protection.
 */
export function isFormulaLock(options: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(FORMULA_LOCK_OPTIONS).every(([k, v]) => options[k] === v);
}

/**
 * No password, ever: a password set by the add-in is one nobody typed, and a forgotten sheet
 * password locks finance out of their own workbook (Excel cannot recover it). The lock guards
 * against typing over a formula by mistake; anyone can lift it (Review › Unprotect Sheet).
 */
export const FORMULA_LOCK_PASSWORD = "";

/**
 * The cells of a plan that hold a formula, as areas (a fill's run whole; a block's formula cells
 * in runs down each column).
 */
export function formulaAreas(plan: SheetPlan): Area[] {
  const areas: Area[] = plan.fills.map((f) => ({ row: f.row, col: f.col, rows: f.rows, cols: 1 }));
  const cells = new Map<number, number[]>();
  for (const b of plan.blocks)
    b.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || typeof v !== "object") return;
        const col = b.col + c;
        cells.set(col, [...(cells.get(col) ?? []), b.row + r]);
      })
    );
  for (const [col, rows] of cells) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++)
      if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
        areas.push({ row: start, col, rows: sorted[i - 1] - start + 1, cols: 1 });
        start = sorted[i];
      }
  }
  return areas.sort((a, b) => a.col - b.col || a.row - b.row);
}

/** The plan with its formula cells locked and the sheet protected (SheetPlan.lockFormulas). */
export function withFormulaLock(plan: SheetPlan): SheetPlan {
  return { ...plan, lockFormulas: formulaAreas(plan) };
}

const LOCKED: Localized = {
  en: '{sheets}: the sheet is protected with a password, so OKR Sheets cannot write its formula columns. Nothing was changed. Unprotect it (Review › Unprotect Sheet, with its password) and run again; to guard the formulas afterwards, use Score\'s "Lock the formula columns", which needs no password.',
  "zh-CN":
    "{sheets}：该工作表受密码保护，OKR Sheets 无法写入其公式列。未做任何更改。请先撤消保护（审阅 › 撤消工作表保护，输入密码）再运行；之后如需保护公式，请使用评分中的“锁定公式列”，它不设密码。",
  "zh-TW":
    "{sheets}：該工作表受密碼保護，OKR Sheets 無法寫入其公式欄。未做任何變更。請先取消保護（校閱 › 取消保護工作表，輸入密碼）再執行；之後如需保護公式，請使用評分中的「鎖定公式欄」，它不設密碼。",
};

/** Why an operation stopped at sheets protected with a password, and what to do, in a language. */
export function lockedSheetText(sheets: readonly string[], lang: Lang): string {
  return format(LOCKED[lang], {
    sheets: joinList(
      sheets.map((s) => `'${s}'`),
      lang
    ),
  });
}

// Said by every command that writes a workbook (score, review, checkin, collect, close, next,
// check --fix), of whichever sheet it refuses (an OKR sheet, Summary, 360 Review): no advice that
// fits only one of them.
const LOCKED_FILE: Localized = {
  en: "{where}  the sheet is protected with a password, so OKR Sheets cannot write to it. Nothing was written. In Excel, unprotect it (Review › Unprotect Sheet, with its password), save, and run the command again. To protect it afterwards, protect it without a password: OKR Sheets keeps such a protection and can still write to the sheet.",
  "zh-CN":
    "{where}  该工作表受密码保护，OKR Sheets 无法写入。未写入任何内容。请在 Excel 中撤消保护（审阅 › 撤消工作表保护，输入密码），保存后重新运行该命令。之后如需保护，请不设密码：OKR Sheets 会保留这种保护，并仍能写入该工作表。",
  "zh-TW":
    "{where}  該工作表受密碼保護，OKR Sheets 無法寫入。未寫入任何內容。請在 Excel 中取消保護（校閱 › 取消保護工作表，輸入密碼），儲存後重新執行該命令。之後如需保護，請不設密碼：OKR Sheets 會保留這種保護，並仍能寫入該工作表。",
};

/**
 * The same refusal for a file (the command line): `where` names the file and sheet, one line per
 * sheet.
 */
export function lockedFileSheetText(where: string, lang: Lang): string {
  return format(LOCKED_FILE[lang], { where });
}
