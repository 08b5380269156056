// `okr checkin --owner NAME`: "My key results" from a workbook file (domain/chase/mine.ts), and the
// check that a values file given with --owner speaks only of that person's key results.
import { writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import {
  myKeyResults,
  myKeyResultsText,
  ownerKey,
  ownerOfKr,
  ownersOf,
  valuesTemplate,
} from "../domain/chase/mine";
import type { CheckinEntry } from "../domain/checkins/plan";
import { todayIso } from "../domain/reading/dates";
import { readHistory } from "../domain/reading/historySheet";
import { idKey } from "../domain/reading/ids";
import { isHistorySheet } from "../domain/reading/ownSheets";
import type { IsoDate, Lang, Period } from "../domain/types";
import { inputsScope } from "./check";
import { InputError, readInput, workbookSheets } from "./input";
import { problem } from "./readProblems";
import { checkOutput } from "./output";

function unknownOwner(owner: string, known: readonly string[]): InputError {
  return new InputError(problem("unknownOwner", { owner, known: known.join(", ") || "—" }));
}

/** The owner's list, and the values template written when asked. */
export async function myKeyResultsReport(
  file: string,
  o: {
    owner: string;
    asOf?: IsoDate;
    period?: Period;
    lang: Lang;
    valuesTemplate?: string;
    force?: boolean;
  }
): Promise<string> {
  if (o.valuesTemplate) checkOutput(o.valuesTemplate, [file], Boolean(o.force), ["csv"]);
  const input = await readInput(file, { links: false });
  const scope = inputsScope([input], o.period ?? null);
  const sheets = input.sheets.filter((s) => scope.shown.has(s.name));
  const history = (input.all ?? []).find((r) => isHistorySheet(r.rows));
  const asOf = o.asOf ?? todayIso();
  const krs = myKeyResults({
    sheets,
    owner: o.owner,
    history: history ? readHistory(history.rows) : [],
    asOf,
    cadence: input.cadence ?? 7,
    period: scope.period,
  });
  if (krs.length === 0) throw unknownOwner(o.owner, ownersOf(sheets));
  if (o.valuesTemplate) writeFileSync(o.valuesTemplate, valuesTemplate(krs), "utf8");
  // Named as the workbook writes the name, whatever case it was asked in.
  const owner = ownersOf(sheets).find((n) => ownerKey(n) === ownerKey(o.owner)) ?? o.owner;
  return myKeyResultsText(krs, { owner, asOf, lang: o.lang });
}

/** Refuses, by line, values for key results the owner does not own. */
export function checkOwnerLines(
  workbook: ExcelJS.Workbook,
  values: readonly { line: number; entry: CheckinEntry }[],
  o: { owner: string; valuesFile: string }
): void {
  const mine = new Set<string>();
  const sheets = workbookSheets(workbook, {}).map((r) => r.sheet);
  for (const s of sheets)
    for (const obj of s.objectives)
      for (const kr of obj.keyResults)
        if (ownerKey(ownerOfKr(kr, obj.owner)) === ownerKey(o.owner)) mine.add(idKey(kr.id));
  if (mine.size === 0) throw unknownOwner(o.owner, ownersOf(sheets.filter((s) => s.match)));
  const others = values.filter((v) => !mine.has(idKey(v.entry.id)));
  if (others.length)
    throw new InputError(
      others
        .map(
          (v) =>
            `${o.valuesFile}, line ${v.line}: ${v.entry.id} is not a key result of ${o.owner}; leave it out, or check in without --owner.`
        )
        .join("\n")
    );
}
