// The command line twin: `okr-sheets <command>` (or `npm run --silent okr -- <command>`).
// One implementation of every rule and formula (the domain), two front ends: the add-in and this.
import { Command, InvalidArgumentError, Option } from "commander";
// The linter's word classes, read from disk on first use (the pane loads them as a chunk).
import "../domain/text/wordClassesNode";
import type ExcelJS from "exceljs";
import { parsePeriod } from "../domain/period";
import { LANGS, type Lang, type Scope } from "../domain/types";
import { describeProblem } from "../domain/i18n";
import { parseIsoDate, todayIso } from "../domain/dates";
import { SCOPES as SCOPE_TERMS } from "../domain/vocabulary";
import { asJson, asText, checkInputs, inputsScope } from "./check";
import { checkinWorkbook, keyResultCount, readValues } from "./checkin";
import { leftOutLine } from "../domain/periods/scope";
import { closeWorkbook, readScores } from "./close";
import { nextNotesText, nextWorkbook } from "./next";
import { CARRY_MODES, type CarryMode } from "../domain/close/next";
import { fixInput, fixedText, reread } from "./check";
import {
  ENCODINGS,
  InputError,
  loadWorkbook,
  readInput,
  workbookSheets,
  type Encoding,
  type InputFile,
  type InputOptions,
} from "./input";
import { checkOutput, writeWorkbook } from "./output";
import { refusedSheets } from "../domain/plan/scoreWorkbook";
import { ATTENTION_ROWS } from "../domain/plan/attention";
import {
  notScoredLines,
  refusedText,
  scoreFiles,
  scoreFilesToWrite,
  scoreJson,
  scoreText,
} from "./score";
import { newWorkbook, templateKeys, templatesText } from "./templates";
import { splitText, splitWorkbook, type SplitBy } from "./split";
import { collectFiles, collectJson, collectStatus, collectText, expandInputs } from "./collect";
import { parseScale, parseWeights, reviewFiles, reviewJson, reviewText } from "./review";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only there). */
  tty: boolean;
}

const SCOPES: readonly Scope[] = SCOPE_TERMS.map((t) => t.value);

function period(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new InvalidArgumentError(describeProblem(parsed.problem, "en"));
  return parsed.value;
}

/** `--period 2026-Q1` or several, `--period 2026-Q1,2026-Q2` (review). */
function periods(text: string) {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean)
    .map(period);
}

function isoDate(text: string) {
  const parsed = parseIsoDate(text);
  if (!parsed.ok)
    throw new InvalidArgumentError(`"${text}" is not a date: write it as YYYY-MM-DD.`);
  return parsed.value;
}

/** A whole number of 1 or more (the Summary's attention rows). */
function rowCount(text: string) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(
      `"${text}" is not a number of rows: write a whole number, 1 or more.`
    );
  return n;
}

const langOption = () =>
  new Option("--lang <lang>", "language of the sheets and messages").choices(LANGS).default("en");

// Options several commands share, said once.
const scopeOption = () =>
  new Option("--scope <scope>", "scope of sheets that do not name one")
    .choices(SCOPES)
    .default("team");
const formatOption = (help = "output format") =>
  new Option("--format <format>", help).choices(["text", "json"]).default("text");
const asOfOption = () =>
  new Option("--as-of <date>", "the date progress is measured at (default: today)").argParser(
    isoDate
  );
const forceOption = () => new Option("--force", "replace an existing output file");

/**
 * What every command that scores its inputs into a new workbook takes (score, review). `score`
 * can print its JSON without writing a file, so its -o is optional.
 */
function scoringOptions(command: Command, { outOptional = false } = {}): Command {
  const out = new Option(
    "-o, --out <file>",
    outOptional ? "the .xlsx to write (optional with --format json)" : "the .xlsx to write"
  );
  return command
    .addOption(asOfOption())
    .addOption(scopeOption())
    .addOption(langOption())
    .addOption(outOptional ? out : out.makeOptionMandatory())
    .addOption(
      formatOption(
        outOptional
          ? "output format; json prints the scores and writes a file only with -o"
          : undefined
      )
    )
    .addOption(forceOption());
}

/**
 * What a long run is doing, on stderr and only on a terminal (stdout stays clean for JSON). An
 * empty message ends the line.
 */
function progress(io: Io, message: string): void {
  if (!io.tty) return;
  io.err(message ? `\r\u001b[K${message}…` : "\r\u001b[K");
}

/** Reads input files in order, showing progress on a terminal when there are several. */
async function readAll(
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

/** What every command that changes a copy of one workbook takes after its own options. */
function copyOptions(command: Command): Command {
  return command
    .addOption(langOption())
    .requiredOption("-o, --out <file>", "the .xlsx to write")
    .addOption(forceOption());
}

/**
 * A command that changes a copy of one workbook (checkin, close, next): the input must be an .xlsx,
 * the output may not be it (nor, without --force, any file); `edit` changes the loaded workbook and
 * says what it did, and the copy is written only when it returns.
 */
async function editCopy(
  io: Io,
  o: { input: string; out: string; others: readonly string[]; force?: boolean; what: string },
  edit: (workbook: ExcelJS.Workbook) => string
): Promise<void> {
  if (!/\.xlsx$/i.test(o.input))
    throw new InputError(
      `${o.input}: ${o.what} needs an .xlsx workbook. Turn a CSV into one with okr score first.`
    );
  checkOutput(o.out, [o.input, ...o.others], Boolean(o.force));
  const workbook = await loadWorkbook(o.input);
  progress(io, `${o.what}: ${o.input}`);
  const said = edit(workbook);
  progress(io, `writing ${o.out}`);
  await writeWorkbook(workbook, o.out);
  progress(io, "");
  // What it did, the file written, then any lines of detail (okr next's notes).
  const [first, ...details] = said.split("\n");
  io.out(`${[`${first} Wrote ${o.out}`, ...details].join("\n")}\n`);
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
      "the period to check (default: the latest one not closed); also the period of CSV input and sheets whose header names none",
      period
    )
    .addOption(scopeOption())
    .addOption(new Option("--lang <lang>", "language of the messages").choices(LANGS).default("en"))
    .addOption(formatOption())
    .addOption(
      new Option("--encoding <encoding>", "encoding of CSV input (default: detected)").choices(
        ENCODINGS
      )
    )
    .option("--fix", "write a copy with every mechanical fix applied (needs -o)")
    .option("-o, --out <file>", "the fixed .xlsx to write (with --fix; never over the input)")
    .addOption(forceOption())
    .action(
      async (
        inputs: string[],
        opts: {
          period?: ReturnType<typeof period>;
          scope: Scope;
          lang: Lang;
          format: string;
          encoding?: Encoding;
          fix?: boolean;
          out?: string;
          force?: boolean;
        }
      ) => {
        if (Boolean(opts.fix) !== Boolean(opts.out))
          throw new InputError(
            "--fix and -o go together: okr check --fix INPUT.xlsx -o FIXED.xlsx (the input is never changed)."
          );
        if (opts.fix && inputs.length !== 1)
          throw new InputError("--fix takes one input workbook at a time.");
        if (opts.out) checkOutput(opts.out, inputs, Boolean(opts.force));
        const readOptions = { period: opts.period ?? null, scope: opts.scope };
        let files = await readAll(inputs, io, {
          ...readOptions,
          encoding: opts.encoding,
          sheetsOnly: !opts.fix,
        });
        const scope = inputsScope(files, opts.period ?? null);
        let output = checkInputs(files, scope);
        if (opts.fix && opts.out) {
          const edits = fixInput(files[0], output);
          const clipped = await writeWorkbook(
            files[0].workbook as NonNullable<InputFile["workbook"]>,
            opts.out
          );
          for (const cell of clipped)
            io.err(
              `${opts.out}: ${cell} was longer than Excel's 32,767 characters and was cut to fit.\n`
            );
          files = [reread(files[0], opts.out, readOptions)];
          output = checkInputs(files, scope);
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
        status = output.exitCode;
      }
    );

  program
    .command("templates")
    .description("list the built-in department templates")
    .addOption(langOption())
    .action((opts: { lang: Lang }) => io.out(templatesText(opts.lang)));

  program
    .command("new")
    .description("write OKR sheets from templates to a new workbook, formulas included")
    .requiredOption("--template <keys>", "template keys separated by commas, or all")
    .addOption(langOption())
    .requiredOption("--period <period>", "the OKR period, e.g. 2026-Q1", period)
    .addOption(
      new Option("--scope <scope>", "scope (default: each template's own)").choices(SCOPES)
    )
    .requiredOption("-o, --out <file>", "the .xlsx to write")
    .addOption(forceOption())
    .action(
      async (opts: {
        template: string;
        lang: Lang;
        period: ReturnType<typeof period>;
        scope?: Scope;
        out: string;
        force?: boolean;
      }) => {
        const templates = templateKeys(opts.template);
        checkOutput(opts.out, [], Boolean(opts.force));
        const { workbook, sheets } = newWorkbook({ ...opts, templates, asOf: todayIso() });
        await writeWorkbook(workbook, opts.out);
        io.out(`Wrote ${opts.out}: ${sheets.join(", ")}\n`);
      }
    );

  program
    .command("split")
    .description(
      "one workbook per OKR sheet (or per owner) to send out, with a fingerprint of what was sent"
    )
    .argument("<input>", "the .xlsx workbook")
    .requiredOption("-o, --out <dir>", "the folder to write the workbooks into")
    .addOption(new Option("--by <by>", "one file per").choices(["sheet", "owner"]).default("sheet"))
    .addOption(langOption())
    .option("--force", "replace existing output files")
    .action(
      async (input: string, opts: { out: string; by: SplitBy; lang: Lang; force?: boolean }) => {
        if (!/\.xlsx$/i.test(input))
          throw new InputError(
            `${input}: split needs an .xlsx workbook. Turn a CSV into one with okr score first.`
          );
        const workbook = await loadWorkbook(input);
        const files = await splitWorkbook(workbook, input, opts.out, {
          ...opts,
          force: Boolean(opts.force),
        });
        io.out(splitText(files, opts.lang));
      }
    );

  program
    .command("collect")
    .description(
      "bring the sheets departments returned (files okr split wrote) back into the master, scored"
    )
    .argument("<master>", "the .xlsx workbook the files were split from")
    .argument(
      "<files...>",
      'the returned .xlsx files, folders holding them, or globs (quoted: "returned/*.xlsx")'
    )
    .requiredOption("-o, --out <file>", "the .xlsx to write")
    .addOption(asOfOption())
    .option(
      "--strict",
      "changes to what was sent (Target, Start, Weight) are errors: those files are not used"
    )
    .addOption(formatOption("report format"))
    .addOption(langOption())
    .addOption(forceOption())
    .action(
      async (
        master: string,
        args: string[],
        opts: {
          out: string;
          asOf?: string;
          strict?: boolean;
          format: string;
          lang: Lang;
          force?: boolean;
        }
      ) => {
        const files = expandInputs(args);
        checkOutput(opts.out, [master, ...files], Boolean(opts.force));
        const workbook = await loadWorkbook(master);
        const strict = Boolean(opts.strict);
        const result = await collectFiles(workbook, files, { strict });
        // The report comes before anything is written.
        io.out(
          opts.format === "json"
            ? `${JSON.stringify(collectJson(result, opts.lang, strict, opts.out), null, 2)}\n`
            : collectText(result, opts.lang, opts.out)
        );
        const today = todayIso();
        // The merged master, read once into the domain's rows, then scored as okr score does.
        const all = workbookSheets(workbook, { scope: "team" });
        const scored = scoreFiles([{ file: master, sheets: [], rows: [], workbook, all }], {
          lang: opts.lang,
          relabel: false,
          scope: "team",
          period: null,
          asOf: opts.asOf ?? today,
          today,
        });
        const refused = refusedText(scored.plan.refused, [], opts.lang);
        if (refused) throw new InputError(refused);
        await writeWorkbook(scored.workbook, opts.out);
        status = collectStatus(result);
      }
    );

  const score = program
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
    );
  scoringOptions(score, { outOptional: true }).action(
    async (
      inputs: string[],
      opts: {
        period?: ReturnType<typeof period>;
        asOf?: string;
        scope: Scope;
        lang: Lang;
        out?: string;
        format: string;
        force?: boolean;
        attention?: number;
      },
      command: Command
    ) => {
      if (!opts.out && opts.format !== "json")
        throw new InputError(
          "okr score needs -o OUT.xlsx, the workbook to write (or --format json to print the scores without writing a file)."
        );
      if (opts.out) checkOutput(opts.out, inputs, Boolean(opts.force));
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
      const today = todayIso();
      const rows = files.reduce((n, f) => n + f.rows.reduce((m, r) => m + r.length, 0), 0);
      progress(io, `scoring ${files.length} file(s), ${rows} rows`);
      // What is printed is made before writing, so the scored model (every key result's reading
      // and status, ~60 MB at 100,000 rows) is let go while the file is written.
      const { workbook, report, unscored } = (() => {
        const { workbook, plan, skipped } = scoreFilesToWrite(files, {
          lang: opts.lang,
          relabel: command.getOptionValueSource("lang") === "cli",
          scope: opts.scope,
          period: opts.period ?? null,
          asOf: opts.asOf ?? today,
          today,
          attentionRows: opts.attention,
        });
        const refused = refusedText(plan.refused, files, opts.lang);
        if (refused) throw new InputError(refused);
        const leftOut = leftOutLine(plan.scope, opts.lang, "cli");
        return {
          workbook,
          report:
            opts.format === "json"
              ? `${JSON.stringify(scoreJson(plan), null, 2)}\n`
              : `${scoreText(plan, opts.out!, skipped)}${leftOut ? `${leftOut}\n` : ""}`,
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
      // Written (or printed) all the same, but a key result without a score is not a success.
      if (unscored.length) {
        io.err(`${unscored.join("\n")}\n`);
        status = 1;
      }
    }
  );

  copyOptions(
    program
      .command("checkin")
      .description("record a check-in: new current values, and one history row per key result")
      .argument("<input>", "the .xlsx workbook")
      .requiredOption("--date <date>", "the check-in date, YYYY-MM-DD", isoDate)
      .requiredOption(
        "--values <file>",
        "CSV of ID,Current[,Confidence,Comment]: what people said, one key result a line"
      )
      .option(
        "--period <period>",
        "the period checked in (default: the latest one not closed)",
        period
      )
      .option("--unlink", "replace a linked Current's formula with the value given")
  ).action(
    async (
      input: string,
      opts: {
        date: string;
        values: string;
        period?: ReturnType<typeof period>;
        unlink?: boolean;
        lang: Lang;
        out: string;
        force?: boolean;
      }
    ) => {
      await editCopy(
        io,
        { input, ...opts, others: [opts.values], what: "a check-in" },
        (workbook) => {
          const result = checkinWorkbook(workbook, {
            date: opts.date,
            values: readValues(opts.values),
            valuesFile: opts.values,
            lang: opts.lang,
            file: input,
            period: opts.period ?? null,
            unlink: Boolean(opts.unlink),
          });
          return `Checked in ${keyResultCount(result.recorded)} on ${opts.date} (${result.sheets.join(", ")}); history in "${result.historySheet}".`;
        }
      );
    }
  );

  copyOptions(
    program
      .command("close")
      .description(
        "close the period: final scores, the Review sheet, and the workbook scored as of D"
      )
      .argument("<input>", "the .xlsx workbook")
      .addOption(asOfOption().makeOptionMandatory())
      .option(
        "--scores <file>",
        "CSV of ID,Final score[,What worked,What did not,Why,Lesson,Carry over]"
      )
      .option(
        "--period <period>",
        "the period to close (default: the latest one not closed)",
        period
      )
  ).action(
    async (
      input: string,
      opts: {
        asOf: string;
        scores?: string;
        period?: ReturnType<typeof period>;
        lang: Lang;
        out: string;
        force?: boolean;
      }
    ) => {
      await editCopy(
        io,
        { input, ...opts, others: opts.scores ? [opts.scores] : [], what: "closing" },
        (workbook) => {
          const result = closeWorkbook(workbook, {
            asOf: opts.asOf,
            scores: opts.scores ? readScores(opts.scores) : [],
            scoresFile: opts.scores ?? "",
            lang: opts.lang,
            period: opts.period ?? null,
          });
          const which = result.period ? ` ${result.period.label}` : "";
          return `Closed${which} as of ${opts.asOf}: ${result.scored} final scores, ${result.objectives} objectives on "${result.reviewSheet}".`;
        }
      );
    }
  );

  copyOptions(
    program
      .command("next")
      .description("start the next period: new sheets with the objectives that carry over")
      .argument("<input>", "the .xlsx workbook (closed with okr close)")
      .requiredOption("--period <period>", "the new period, e.g. 2026-Q2", period)
      .addOption(
        new Option(
          "--carry <which>",
          "objectives to carry: marked in the Review, with unfinished key results, or none"
        )
          .choices(CARRY_MODES)
          .default("marked")
      )
  ).action(
    async (
      input: string,
      opts: {
        period: ReturnType<typeof period>;
        carry: CarryMode;
        lang: Lang;
        out: string;
        force?: boolean;
      }
    ) => {
      await editCopy(io, { input, ...opts, others: [], what: "the next period" }, (workbook) => {
        const result = nextWorkbook(workbook, { ...opts, file: input });
        const none = result.skipped.length
          ? `; nothing carried over from ${result.skipped.join(", ")}, so no new sheet for it`
          : "";
        const notes = nextNotesText(result.notes);
        return `Started ${opts.period.label}: ${result.sheets.join(", ") || "no new sheet"} (objectives carried over: ${result.carried}, closed: ${result.closed}${none}).${notes}`;
      });
    }
  );

  const review = program
    .command("review")
    .description("OKR + 360° review: the scored inputs, a Ratings sheet and the 360 Review sheet")
    .argument("<input...>", ".xlsx workbooks and .csv sheets, scored together")
    .requiredOption("--ratings <file>", "CSV of Person,Rater,Role,Score[,Comment,Date]")
    .option("--weights <weights>", "okr=40,manager=25,peer=15,designated=10,self=10", parseWeights)
    .option("--scale <scale>", "the rating scale, e.g. 1-5 (default), 0-100 or 0-1", parseScale)
    .option(
      "--period <periods>",
      "the period whose objectives make the OKR score (default: the latest one not closed); several, comma-separated, are averaged per person",
      periods
    )
    .option("--hide-ratings", "hide the Ratings sheet (very hidden)");
  scoringOptions(review).action(
    async (
      inputs: string[],
      opts: {
        ratings: string;
        weights?: ReturnType<typeof parseWeights>;
        scale?: ReturnType<typeof parseScale>;
        period?: ReturnType<typeof periods>;
        asOf?: string;
        scope: Scope;
        hideRatings?: boolean;
        lang: Lang;
        out: string;
        format: string;
        force?: boolean;
      },
      command: Command
    ) => {
      checkOutput(opts.out, [...inputs, opts.ratings], Boolean(opts.force));
      const files = await readAll(inputs, io, { period: null, scope: opts.scope });
      const today = todayIso();
      const result = reviewFiles(files, {
        ...opts,
        relabel: command.getOptionValueSource("lang") === "cli",
        asOf: opts.asOf ?? today,
        today,
        ratingsFile: opts.ratings,
        hideRatings: Boolean(opts.hideRatings),
        periods: opts.period ?? [],
      });
      if (!result.ok) throw new InputError(result.problems.join("\n"));
      await writeWorkbook(result.workbook, opts.out);
      io.out(
        opts.format === "json"
          ? `${JSON.stringify(reviewJson(result.plan), null, 2)}\n`
          : reviewText(result.plan, opts.out, result.skipped)
      );
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
