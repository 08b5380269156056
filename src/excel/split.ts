// Split in Excel (issue 33): the pane plans the round as `okr split` does (src/operations/split.ts)
// and reads, in the same Excel.run, the cells the files are made of — each sheet they copy from,
// its values, formulas and number formats — for the pane to build the files with ExcelJS
// (src/taskpane/splitInPane.ts). Office.js cannot write files to disk: the pane offers each one as
// a download. Once made, the round is recorded in the master (recordSent) for Collect and Chase.
// Round trips: 2 to plan and read (the read of every sheet, then the cells of the sheets copied;
// one more per 4 MB past the first read's, readWorkbook.ts), 2 to record.
import type { SentRound } from "../domain/chase/sentRecord";
import { recordSent, split, type SplitBy, type Splitted } from "../operations/split";
import type { ExcelApi } from "./host";
import { officeHost } from "./officeHost";

/** A sheet's used cells from A1, as Excel has them. */
export interface SheetCells {
  name: string;
  /** Values as Excel computed them (numbers, text, booleans; dates as serial days). */
  values: unknown[][];
  /** A formula ("=…", en-US) where the cell holds one, else its value. */
  formulas: unknown[][];
  numberFormats: string[][];
}

/** The sheets a round's files copy from: the sent ones, their parents', history and actions. */
function sheetsCopied(plan: Splitted): string[] {
  if (plan.problem) return [];
  const names = plan.files.flatMap((f) => [f.sheet, ...f.parents.map((p) => p.sheet)]);
  for (const own of [plan.history, plan.actions]) if (own) names.push(own);
  return [...new Set(names)];
}

/** Plans the round and reads the cells its files are made of; nothing of the workbook changes. */
export async function planSplitInExcel(
  excel: ExcelApi,
  o: { by: SplitBy; today: string }
): Promise<{ plan: Splitted; cells: SheetCells[] }> {
  return excel.run(async (context) => {
    const plan = await split(officeHost(context, excel), o);
    const ranges = sheetsCopied(plan).map((name) => {
      // From A1, so row and column numbers stay the sheet's own (an empty sheet's used range is A1).
      const sheet = context.workbook.worksheets.getItem(name);
      const whole = sheet.getRange("A1").getBoundingRect(sheet.getUsedRange());
      whole.load("values, formulas, numberFormat");
      return { name, whole };
    });
    if (ranges.length) await context.sync();
    const cells = ranges.map(({ name, whole }) => ({
      name,
      values: whole.values,
      formulas: whole.formulas,
      numberFormats: whole.numberFormat as string[][],
    }));
    return { plan, cells };
  });
}

/** Records the round in the master's very hidden record of what was sent. */
export async function recordSentInExcel(excel: ExcelApi, round: SentRound): Promise<void> {
  await excel.run(async (context) => {
    await recordSent(officeHost(context, excel), round);
  });
}
