// okr split: one workbook per OKR sheet (or per owner's Individual sheet) to send out, as Split's
// operation plans them (src/operations/split.ts, the pane's too), each built with ExcelJS from the
// master (splitFile.ts): the parent objectives it aligns to (a read-only reference sheet, so
// alignment still works locally), its check-in history rows, its actions, and a very hidden
// fingerprint of what was sent with the round it belongs to.
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { UNCOMPUTED } from "../domain/collect/words";
import { todayIso } from "../domain/reading/dates";
import { format } from "../domain/reading/i18n";
import type { Lang } from "../domain/types";
import { split, type SplitBy } from "../operations/split";
import { fileHost } from "./fileHost";
import { InputError } from "./input";
import { located } from "./readProblems";
import { checkOutput, writeWorkbook } from "./output";
import { buildSplitFile, savedValues, type SplitFileCounts } from "./splitFile";

export type { SplitBy } from "../operations/split";

export interface SplitOptions {
  by: SplitBy;
  lang: Lang;
  force: boolean;
}

export interface SplitFile extends SplitFileCounts {
  file: string;
  sheet: string;
  krs: number;
}

/** Writes one workbook per sheet into outDir; returns what was written. */
export async function splitWorkbook(
  workbook: ExcelJS.Workbook,
  input: string,
  outDir: string,
  options: SplitOptions
): Promise<SplitFile[]> {
  const plan = await split(fileHost(workbook, { file: input }), {
    by: options.by,
    today: todayIso(),
  });
  if (plan.problem)
    throw new InputError(
      plan.problem.kind === "no-individual-sheet"
        ? located(input, "noIndividualSheet")
        : located(input, "noSheetToSplit")
    );
  // Every output is checked before the first is written: a failing split leaves no half a folder.
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new InputError(located(outDir, "outIsFile"));
  for (const f of plan.files) checkOutput(join(outDir, f.file), [input], options.force);
  const made = !existsSync(outDir);
  mkdirSync(outDir, { recursive: true });
  const written: SplitFile[] = [];
  const saved = savedValues(workbook);
  try {
    for (const f of plan.files) {
      const built = await buildSplitFile(workbook, plan, f, {
        lang: options.lang,
        saved,
        fresh: () => new ExcelJS.Workbook(),
      });
      const file = join(outDir, f.file);
      await writeWorkbook(built.workbook, file);
      written.push({ file, sheet: f.sheet, krs: f.krs, ...built.counts });
    }
  } catch (error) {
    for (const f of written) rmSync(f.file, { force: true });
    if (made) rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  return written;
}

/** What split wrote, one line per file, and where values the master did not carry were left empty. */
export function splitText(files: readonly SplitFile[], lang: Lang): string {
  return files
    .map(
      (f) =>
        `${f.file}: sheet "${f.sheet}", ${f.krs} key results, ${f.parents} parent objective(s), ${f.history} check-in row(s), ${f.actions} action(s)\n` +
        (f.uncomputed
          ? `${f.file}: ${format(UNCOMPUTED[lang], { n: String(f.uncomputed) })}\n`
          : "")
    )
    .join("");
}
