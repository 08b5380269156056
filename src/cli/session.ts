// What a command runs with: where it writes (stdout, stderr, whether stderr is a terminal), how it
// says what it is doing, how it sets the exit status, and the steps several commands share.
import type ExcelJS from "exceljs";
import type { ExitCode } from "./exitCodes";
import { InputError, loadWorkbook, readInput, type InputFile, type InputOptions } from "./input";
import { checkOutput, writeWorkbook } from "./output";
import { located } from "./readProblems";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  tty: boolean;
}

export interface Session {
  io: Io;
  /** The exit status the run ends with (exitCodes.ts). */
  exit(status: ExitCode): void;
}

/**
 * What a long run is doing, on stderr and only on a terminal (stdout stays clean for JSON). An
 * empty message ends the line.
 */
export function progress(io: Io, message: string): void {
  if (!io.tty) return;
  io.err(message ? `\r\u001b[K${message}…` : "\r\u001b[K");
}

/** Reads input files in order, showing progress on a terminal when there are several. */
export async function readAll(
  inputs: readonly string[],
  io: Io,
  options: InputOptions
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const [i, file] of inputs.entries()) {
    if (io.tty && inputs.length > 1) io.err(`\rreading ${i + 1}/${inputs.length}: ${file}`);
    files.push(await readInput(file, options));
  }
  if (io.tty && inputs.length > 1) io.err("\n");
  return files;
}

/**
 * A command that changes a copy of one workbook (checkin, close, next): the input must be an .xlsx,
 * the output may not be it (nor, without --force, any file); `edit` changes the loaded workbook and
 * says what it did, and the copy is written only when it returns.
 */
export async function editCopy(
  io: Io,
  o: { input: string; out: string; others: readonly string[]; force?: boolean; what: string },
  edit: (workbook: ExcelJS.Workbook) => Promise<string>
): Promise<void> {
  if (!/\.xlsx$/i.test(o.input))
    throw new InputError(located(o.input, "needsXlsx", { what: o.what }));
  checkOutput(o.out, [o.input, ...o.others], Boolean(o.force));
  const workbook = await loadWorkbook(o.input);
  progress(io, `${o.what}: ${o.input}`);
  const said = await edit(workbook);
  progress(io, `writing ${o.out}`);
  await writeWorkbook(workbook, o.out);
  progress(io, "");
  // What it did, the file written, then any lines of detail (okr next's notes).
  const [first, ...details] = said.split("\n");
  io.out(`${[`${first} Wrote ${o.out}`, ...details].join("\n")}\n`);
}
