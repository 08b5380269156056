// The command line twin: `okr-sheets <command>` (or `npm run --silent okr -- <command>`).
// Commands land with the feature they run; today that is `check`.
import { Command, InvalidArgumentError, Option } from "commander";
import { parsePeriod } from "../domain/period";
import { LANGS, type Lang, type Scope } from "../domain/types";
import { describeProblem } from "../domain/i18n";
import { asJson, asText, checkInputs } from "./check";
import { InputError, readInput, type InputFile } from "./input";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  tty: boolean;
}

const SCOPES: readonly Scope[] = ["company", "department", "team", "individual"];

function period(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new InvalidArgumentError(describeProblem(parsed.problem, "en"));
  return parsed.value;
}

/** Runs the command line; resolves to the exit status (0 fine, 1 errors found, 2 unusable input). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let status = 0;
  const program = new Command("okr-sheets")
    .description("OKR Sheets on .xlsx and .csv files: the add-in's rules, without Excel.")
    .option("--debug", "show the stack trace of an unexpected failure")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("check")
    .description("check OKR sheets against the writing rules")
    .argument("<input...>", ".xlsx workbooks and .csv sheets, checked together")
    .option(
      "--period <period>",
      "period for CSV input and sheets whose header names none (e.g. 2026-Q1)",
      period
    )
    .addOption(
      new Option("--scope <scope>", "scope of sheets that do not name one")
        .choices(SCOPES)
        .default("team")
    )
    .addOption(new Option("--lang <lang>", "language of the messages").choices(LANGS).default("en"))
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json"]).default("text")
    )
    .action(
      async (
        inputs: string[],
        opts: { period?: ReturnType<typeof period>; scope: Scope; lang: Lang; format: string }
      ) => {
        const files: InputFile[] = [];
        for (const [i, file] of inputs.entries()) {
          if (io.tty && inputs.length > 1) io.err(`\rreading ${i + 1}/${inputs.length}: ${file}`);
          files.push(await readInput(file, { period: opts.period ?? null, scope: opts.scope }));
        }
        if (io.tty && inputs.length > 1) io.err("\n");
        const output = checkInputs(files);
        io.out(
          opts.format === "json"
            ? `${JSON.stringify(asJson(output, opts.lang), null, 2)}\n`
            : asText(output, opts.lang)
        );
        status = output.exitCode;
      }
    );

  try {
    await program.parseAsync(["node", "okr-sheets", ...argv]);
    return status;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`okr-sheets: ${error.message}\n`);
      return 2;
    }
    const code = (error as { code?: string }).code;
    if (code === "commander.helpDisplayed" || code === "commander.version") return 0;
    if (typeof code === "string" && code.startsWith("commander.")) return 2; // commander has said what is wrong
    io.err(
      `okr-sheets: unexpected failure: ${(error as Error).message}${program.opts().debug ? `\n${(error as Error).stack}` : " (run again with --debug for details)"}\n`
    );
    return 2;
  }
}
