// The command line twin: `okr-sheets <command>` (or `npm run --silent okr -- <command>`).
// One implementation of every rule and formula (the domain), two front ends: the add-in and this.
// Each command is a file in commands/ (registered in commands/index.ts); this runs one of them.
import { Command } from "@commander-js/extra-typings";
// The linter's word classes, read from disk on first use (the pane loads them as a chunk).
import "../domain/text/wordClassesNode";
import { COMMANDS } from "./commands";
import { EXIT_OK, EXIT_UNUSABLE, type ExitCode } from "./exitCodes";
import { InputError, warnInto } from "./readProblems";
import type { Io } from "./session";
import { LANGS, type Lang } from "../domain/types";

/**
 * The language a file's problem is said in: the one `--lang` names, else the system's (LANG,
 * LC_ALL: zh_CN → 简体, zh_TW / zh_HK → 繁體), else English.
 */
export function messageLang(argv: readonly string[], env = process.env): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const given = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  if (given && (LANGS as readonly string[]).includes(given)) return given as Lang;
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  if (/^zh[_-](TW|HK|MO)|^zh[_-]Hant/i.test(system)) return "zh-TW";
  if (/^zh/i.test(system)) return "zh-CN";
  return "en";
}

/** Runs the command line; resolves to the exit status (exitCodes.ts). */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let status: ExitCode = EXIT_OK;
  const program = new Command("okr-sheets")
    .description("OKR Sheets on .xlsx and .csv files: the add-in's rules, without Excel.")
    .option("--debug", "show the stack trace of an unexpected failure")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const session = { io, exit: (code: ExitCode) => (status = code) };
  for (const command of COMMANDS) command(program, session);

  // Warnings (what is read or written all the same, but not as it was) on stderr, in the reader's language.
  const stopWarning = warnInto((texts) => io.err(`okr-sheets: ${texts[messageLang(argv)]}\n`));
  try {
    await program.parseAsync(["node", "okr-sheets", ...argv]);
    return status;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`okr-sheets: ${error.textIn(messageLang(argv))}\n`);
      return EXIT_UNUSABLE;
    }
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return EXIT_OK;
    if (typeof code === "string" && code.startsWith("commander.")) return EXIT_UNUSABLE; // commander has said what is wrong
    const stack = program.opts().debug ? `\n${(error as Error).stack}` : "";
    const hint = stack ? "" : " (run again with --debug for details)";
    io.err(`okr-sheets: unexpected failure: ${(error as Error).message}${stack}${hint}\n`);
    return EXIT_UNUSABLE;
  } finally {
    stopWarning();
  }
}
