// `okr score INPUT… [--period P] [--as-of D] [--lang L] [--protect] [-o OUT.xlsx] [--format text|json]`: the
// inputs with formula columns, header block and Summary; JSON from the reference model. Exit 1 when
// a key result could not be scored (after writing), 2 without writing when a sheet is unusable.
import type { Command } from "@commander-js/extra-typings";
import { todayIso } from "../../domain/reading/dates";
import { refusedSheets } from "../../domain/score/scoreWorkbook";
import { ATTENTION_ROWS } from "../../domain/score/attention";
import { leftOutLine } from "../../domain/reading/periodScope";
import { InputError, problem } from "../readProblems";
import {
  asOfOption,
  forceOption,
  formatOption,
  langOption,
  outOption,
  period,
  rowCount,
  scopeOption,
} from "../options";
import { EXIT_FINDINGS } from "../exitCodes";
import type { Session } from "../session";

export default function score(program: Command, { io, exit }: Session): void {
  const command = program
    .command("score")
    .description(
      "write the inputs with live scoring formulas and a Summary sheet to a new workbook"
    )
    .argument("<input...>", ".xlsx workbooks and .csv sheets, scored together")
    .option(
      "--period <period>",
      "the period to score and show (default: the latest one not closed); also the period of CSV input and sheets whose header names none",
      period
    )
    .option(
      "--attention <rows>",
      `key results listed under the Summary's "What needs attention" (default ${ATTENTION_ROWS})`,
      rowCount
    )
    .option(
      "--protect",
      "lock the formula columns and protect each scored OKR sheet, without a password (inputs stay editable)"
    )
    .addOption(asOfOption())
    .addOption(scopeOption())
    .addOption(langOption())
    .addOption(outOption("the .xlsx to write (optional with --format json)"))
    .addOption(formatOption("output format; json prints the scores and writes a file only with -o"))
    .addOption(forceOption());
  command.action(async (inputs, opts) => {
    const { inputsScope } = await import("../check");
    const { checkOutput, writeWorkbook } = await import("../output");
    const {
      assumedLines,
      belowTableText,
      notScoredLines,
      refusedText,
      scoreFilesToWrite,
      scoreJson,
      scoreText,
    } = await import("../score");
    const { progress, readAll } = await import("../session");
    if (!opts.out && opts.format !== "json") throw new InputError(problem("scoreNeedsOut"));
    if (opts.out) checkOutput(opts.out, inputs, Boolean(opts.force));
    // Values only: Score in Excel reads no formulas either, so both Summaries count alike.
    const files = await readAll(inputs, io, {
      period: opts.period ?? null,
      scope: opts.scope,
      links: false,
    });
    const scope = inputsScope(files, opts.period ?? null);
    // Sheets Check rejects are refused as read (a CSV is laid out with every column later).
    const unusable = refusedText(
      refusedSheets(files.flatMap((f) => f.sheets).filter((s) => scope.shown.has(s.name))),
      files,
      opts.lang
    );
    if (unusable) throw new InputError(unusable);
    // Cells far below a table are left out of it and left as they are: a warning, found as read
    // (a CSV's first reading is let go once laid out).
    const below = belowTableText(files, scope.shown, opts.lang);
    const today = todayIso();
    const rows = files.reduce((n, f) => n + f.rows.reduce((m, r) => m + r.length, 0), 0);
    progress(io, `scoring ${files.length} file(s), ${rows} rows`);
    // What is printed is made before writing, so the scored model (every key result's reading
    // and status, ~60 MB at 100,000 rows) is let go while the file is written.
    const { workbook, report, unscored } = await (async () => {
      const { workbook, plan, skipped } = await scoreFilesToWrite(files, {
        lang: opts.lang,
        relabel: command.getOptionValueSource("lang") === "cli",
        scope: opts.scope,
        period: opts.period ?? null,
        asOf: opts.asOf ?? today,
        today,
        attentionRows: opts.attention,
        lockFormulas: Boolean(opts.protect),
        // Without -o (--format json) the scores are printed and no file is written.
        writes: Boolean(opts.out),
      });
      const refused = refusedText(plan.refused, files, opts.lang);
      if (refused) throw new InputError(refused);
      const leftOut = leftOutLine(plan.scope, opts.lang, "cli");
      // Objectives graded as committed only because their Commitment is empty say so.
      const assumed = assumedLines(plan, opts.out ?? inputs.join(" "), opts.lang);
      return {
        workbook,
        report:
          opts.format === "json"
            ? `${JSON.stringify(scoreJson(plan), null, 2)}\n`
            : `${scoreText(plan, opts.out!, skipped)}${leftOut ? `${leftOut}\n` : ""}` +
              assumed.map((line) => `${line}\n`).join(""),
        // Without -o the cells are located in the scored copy that would have been written.
        unscored: notScoredLines(plan, opts.out ?? inputs.join(" "), opts.lang),
      };
    })();
    if (opts.out) {
      progress(io, `writing ${opts.out}`);
      await writeWorkbook(workbook, opts.out);
      progress(io, "");
    }
    io.out(report);
    if (below) io.err(below);
    // Written (or printed) all the same, but a key result without a score is not a success.
    if (unscored.length) {
      io.err(`${unscored.join("\n")}\n`);
      exit(EXIT_FINDINGS);
    }
  });
}
