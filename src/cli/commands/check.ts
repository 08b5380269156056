// `okr check INPUT… [--period P] [--as-of D] [--scope S] [--lang L] [--format text|json]
// [--encoding E] [--fix -o OUT.xlsx [--force]]`: findings; exit 0 no errors, 1 errors, 2 unusable input.
import { Option, type Command } from "@commander-js/extra-typings";
import { leftOutLine } from "../../domain/reading/periodScope";
import type { InputFile } from "../input";
import { InputError, problem } from "../readProblems";
import { todayIso } from "../../domain/reading/dates";
import {
  asOfOption,
  ENCODINGS,
  forceOption,
  formatOption,
  langOption,
  period,
  scopeOption,
} from "../options";
import type { Session } from "../session";

export default function check(program: Command, { io, exit }: Session): void {
  program
    .command("check")
    .description("check OKR sheets against the writing rules")
    .argument("<input...>", ".xlsx workbooks and .csv sheets, checked together")
    .option(
      "--period <period>",
      "the period to check (default: the latest one not closed); also the period of CSV input and sheets whose header names none",
      period
    )
    .addOption(
      asOfOption(
        "the date the sheets are checked at, as okr score grades them (default: each sheet's As-of, else today)"
      )
    )
    .addOption(scopeOption())
    .addOption(langOption("language of the messages"))
    .addOption(formatOption())
    .addOption(
      new Option("--encoding <encoding>", "encoding of CSV input (default: detected)").choices(
        ENCODINGS
      )
    )
    .option("--fix", "write a copy with every mechanical fix applied (needs -o)")
    .option("-o, --out <file>", "the fixed .xlsx to write (with --fix; never over the input)")
    .addOption(forceOption())
    .action(async (inputs, opts) => {
      const { asJson, asText, checkInputs, fixInput, fixedText, inputsScope, reread } =
        await import("../check");
      const { checkOutput, writeWorkbook } = await import("../output");
      const { readAll } = await import("../session");
      if (Boolean(opts.fix) !== Boolean(opts.out)) throw new InputError(problem("fixAndOut"));
      if (opts.fix && inputs.length !== 1) throw new InputError(problem("fixOneInput"));
      if (opts.out) checkOutput(opts.out, inputs, Boolean(opts.force));
      const readOptions = { period: opts.period ?? null, scope: opts.scope };
      let files = await readAll(inputs, io, {
        ...readOptions,
        encoding: opts.encoding,
        sheetsOnly: !opts.fix,
      });
      const scope = inputsScope(files, opts.period ?? null);
      // Period-end rules (O-TOO-EASY) see the date okr score would grade at.
      const time = { asOf: opts.asOf ?? null, today: todayIso() };
      let output = checkInputs(files, scope, time);
      if (opts.fix && opts.out) {
        // The findings of the period checked are the ones fixed.
        const edits = await fixInput(
          files[0],
          readOptions,
          output.findings.map((f) => f.finding)
        );
        const clipped = await writeWorkbook(
          files[0].workbook as NonNullable<InputFile["workbook"]>,
          opts.out
        );
        for (const cell of clipped)
          io.err(
            `${opts.out}: ${cell} was longer than Excel's 32,767 characters and was cut to fit.\n`
          );
        files = [reread(files[0], opts.out, readOptions)];
        output = checkInputs(files, scope, time);
        (opts.format === "json" ? io.err : io.out)(fixedText(edits, opts.out, opts.lang));
      }
      io.out(
        opts.format === "json"
          ? `${JSON.stringify(asJson(output, opts.lang), null, 2)}\n`
          : asText(output, opts.lang)
      );
      // What the check left out, in one line (beside JSON on stderr, so stdout stays JSON).
      const leftOut = leftOutLine(scope, opts.lang, "cli");
      if (leftOut) (opts.format === "json" ? io.err : io.out)(`${leftOut}\n`);
      exit(output.exitCode);
    });
}
