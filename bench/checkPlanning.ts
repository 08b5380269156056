// What `okr check` pays on a scored workbook to plan the product's cells as Score would
// (CELL-FORMULA-OVERWRITTEN compares the sheet's formulas with that plan): `okr check` of the scored
// .xlsx as its own process, and in-process CPU of the check on the same rows read once, with the
// formulas it read (planned and compared) and without them (the plain check a CSV gets).
import { checkInputs } from "../src/cli/check";
import { readInput, type InputFile } from "../src/cli/input";
import { parsePeriod } from "../src/domain/reading/period";
import { cpuMs } from "./cpuTime";
import { timeOkr, type ProcessFigure } from "./processes";

export interface CheckPlanningFigure {
  krs: number;
  /** `okr check` of the scored workbook, start to exit (median). */
  process: ProcessFigure;
  /** CPU ms of the check with the formulas read: Score's cells planned and compared. */
  plannedMs: number;
  /** CPU ms of the same check without the formulas: nothing planned. */
  plainMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The same input with no formulas read: the check then plans nothing (operations/check.ts). */
const withoutFormulas = (input: InputFile): InputFile => ({
  ...input,
  sheets: input.sheets.map((s) => ({ ...s, formulaRows: undefined })),
});

/** Measures `okr check` on `scored`, a workbook `okr score` wrote from `krs` key results. */
export async function measureCheckPlanning(
  scored: string,
  krs: number,
  runs: number
): Promise<CheckPlanningFigure> {
  const process = timeOkr(["check", scored, "--period", "2026-Q1", "--format", "json"], runs);
  const q1 = parsePeriod("2026-Q1");
  // Read as `okr check` reads it: streamed, OKR sheets only, formulas kept where Score wrote them.
  const input = await readInput(scored, { period: q1.ok ? q1.value : null, sheetsOnly: true });
  const plain = withoutFormulas(input);
  const time = (file: InputFile) =>
    Math.round(median(Array.from({ length: runs }, () => cpuMs(() => checkInputs([file])))));
  time(input); // warm-up: the first check compiles the rules
  return { krs, process, plannedMs: time(input), plainMs: time(plain) };
}

export function checkPlanningRow(f: CheckPlanningFigure): [string, string, string, string] {
  const k = f.krs >= 1000 ? `${f.krs / 1000}k` : String(f.krs);
  return [
    `okr check ${k} KR rows, scored .xlsx (process)`,
    `${f.process.seconds.toFixed(2)} s, ${f.process.maxRssMb} MB; planning ${f.plannedMs - f.plainMs} of ${f.plannedMs} CPU ms`,
    "—",
    "",
  ];
}
