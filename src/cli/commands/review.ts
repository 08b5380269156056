// `okr review INPUT… --ratings RATINGS.csv -o OUT.xlsx [--weights …] [--scale 1-5] [--format json]`:
// the OKR + 360° review (docs/REVIEW.md).
import type { Command } from "@commander-js/extra-typings";
import { todayIso } from "../../domain/reading/dates";
import { InputError } from "../readProblems";
import {
  asOfOption,
  forceOption,
  formatOption,
  langOption,
  outOption,
  parseScale,
  parseWeights,
  periods,
  scopeOption,
} from "../options";
import type { Session } from "../session";

export default function review(program: Command, { io }: Session): void {
  const command = program
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
    .option("--hide-ratings", "hide the Ratings sheet (very hidden)")
    .addOption(asOfOption())
    .addOption(scopeOption())
    .addOption(langOption())
    .addOption(outOption().makeOptionMandatory())
    .addOption(formatOption())
    .addOption(forceOption());
  command.action(async (inputs, opts) => {
    const { checkOutput, writeWorkbook } = await import("../output");
    const { reviewFiles, reviewJson, reviewText } = await import("../review");
    const { readAll } = await import("../session");
    checkOutput(opts.out, [...inputs, opts.ratings], Boolean(opts.force));
    const files = await readAll(inputs, io, { period: null, scope: opts.scope });
    const today = todayIso();
    const result = await reviewFiles(files, {
      ...opts,
      relabel: command.getOptionValueSource("lang") === "cli",
      asOf: opts.asOf ?? today,
      today,
      ratingsFile: opts.ratings,
      hideRatings: Boolean(opts.hideRatings),
      periods: opts.period ?? [],
    });
    if (!result.ok) throw new InputError(result.problems.join("\n"));
    // The review sheet alone is tens of MB of XML at 10,000 people: one sheet held at a time.
    await writeWorkbook(result.workbook, opts.out, { bySheet: true });
    io.out(
      opts.format === "json"
        ? `${JSON.stringify(reviewJson(result.plan), null, 2)}\n`
        : reviewText(result.plan, opts.out, result.skipped)
    );
  });
}
