// `okr next INPUT.xlsx --period P -o OUT.xlsx [--carry marked|unfinished|none]`: the add-in's "Start
// next period" (src/operations/next.ts) on a file — one new sheet per OKR sheet for P, beside the old
// ones, which stay as they are.
import type ExcelJS from "exceljs";
import type { CarryMode, NextNote } from "../domain/close/next";
import { nextProblemText } from "../domain/close/messages";
import type { Lang, Period } from "../domain/types";
import { startNext } from "../operations/next";
import { fileHost } from "./fileHost";
import { InputError } from "./input";

/** Adds the next period's sheets to the workbook (in memory). */
export async function nextWorkbook(
  workbook: ExcelJS.Workbook,
  o: { period: Period; carry: CarryMode; lang: Lang; file: string }
): Promise<{
  sheets: string[];
  skipped: string[];
  carried: number;
  closed: number;
  notes: NextNote[];
}> {
  const started = await startNext(fileHost(workbook, { file: o.file }), o);
  if (started.problems.length)
    throw new InputError(
      started.problems
        .map((p) => {
          const where = p.kind === "not-after" ? "--period" : o.file;
          return `${where}: ${nextProblemText(p, o.period.label, o.lang)}`;
        })
        .join("\n")
    );
  const { sheets, skippedSheets: skipped, carried, closed, notes } = started;
  return { sheets, skipped, carried, closed, notes };
}

/** What to look at on the new sheets, one line each (after the summary line), or "". */
export function nextNotesText(notes: readonly NextNote[]): string {
  const lines = notes.map((n) => {
    switch (n.kind) {
      case "target-dropped":
        return `${n.id} (from ${n.from}): its target was reached or passed, so it has none yet; set a new Target on "${n.sheet}" (KR-CARRIED-TARGET).`;
      case "statement-updated":
        return `${n.id} (from ${n.from}): statement now "${n.statement}".`;
      case "statement-flagged":
        return `${n.id} (from ${n.from}): its statement still names the old start; rewrite it on "${n.sheet}" (KR-CARRIED-STATEMENT).`;
      case "parent-not-carried":
        return `${n.id}: its parent ${n.parent} was not carried over; choose its new parent on "${n.sheet}" (O-PARENT-OTHER-PERIOD).`;
    }
  });
  return lines.length ? `\n${lines.map((l) => `  ${l}`).join("\n")}` : "";
}
