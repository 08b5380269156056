// `okr next INPUT.xlsx --period P -o OUT.xlsx [--carry marked|unfinished|none]`: the add-in's "Start
// next period" (src/operations/next.ts) on a file — one new sheet per OKR sheet for P, beside the old
// ones, which stay as they are.
import type ExcelJS from "exceljs";
import type { CarryMode } from "../domain/close/next";
import { nextProblemText } from "../domain/close/messages";
import type { Lang, Period } from "../domain/types";
import { startNext } from "../operations/next";
import { fileHost } from "./fileHost";
import { InputError } from "./input";

/** Adds the next period's sheets to the workbook (in memory). */
export async function nextWorkbook(
  workbook: ExcelJS.Workbook,
  o: { period: Period; carry: CarryMode; lang: Lang; file: string }
): Promise<{ sheets: string[]; skipped: string[]; carried: number; closed: number }> {
  const started = await startNext(fileHost(workbook), o);
  if (started.problems.length)
    throw new InputError(
      started.problems
        .map((p) => {
          const where = p.kind === "not-after" ? "--period" : o.file;
          return `${where}: ${nextProblemText(p, o.period.label, o.lang)}`;
        })
        .join("\n")
    );
  const { sheets, skippedSheets: skipped, carried, closed } = started;
  return { sheets, skipped, carried, closed };
}
