// `okr checkin INPUT.xlsx --date D --values VALUES.csv -o OUT.xlsx [--period P] [--unlink]`: new
// Current/Confidence from `ID,Current[,Confidence,Comment]`, one history row per key result a line
// says something about. With `--owner NAME` alone: "My key results", what that person must update
// (and `--values-template FILE` to fill in); with --values too, only their key results are taken.
import type { Command } from "@commander-js/extra-typings";
import { InputError, problem } from "../readProblems";
import { asOfOption, forceOption, isoDate, langOption, outOption, period } from "../options";
import type { Session } from "../session";

export default function checkin(program: Command, { io }: Session): void {
  program
    .command("checkin")
    .description("record a check-in: new current values, and one history row per key result")
    .argument("<input>", "the .xlsx workbook")
    .option("--date <date>", "the check-in date, YYYY-MM-DD", isoDate)
    .option(
      "--values <file>",
      "CSV of ID,Current[,Confidence,Comment]: what people said, one key result a line"
    )
    .option(
      "--period <period>",
      "the period checked in (default: the latest one not closed)",
      period
    )
    .option(
      "--owner <name>",
      "one person's key results: alone, list what they must update; with --values, take only theirs"
    )
    .option(
      "--values-template <file>",
      "with --owner: write a values file of their key results due"
    )
    .addOption(asOfOption("with --owner alone: the date the list is for (default: today)"))
    .option("--unlink", "replace a linked Current's formula with the value given")
    .addOption(langOption())
    .addOption(outOption())
    .addOption(forceOption())
    .action(async (input, opts) => {
      const { checkinWorkbook, keyResultCount, readValues } = await import("../checkin");
      const { checkOwnerLines, myKeyResultsReport } = await import("../myKeyResults");
      const { editCopy } = await import("../session");
      if (opts.owner && !opts.values) {
        io.out(await myKeyResultsReport(input, { ...opts, owner: opts.owner }));
        return;
      }
      if (!opts.date || !opts.values || !opts.out) throw new InputError(problem("checkinNeeds"));
      const { date, values: valuesFile, out } = opts;
      const others = [valuesFile];
      await editCopy(io, { input, ...opts, out, others, what: "a check-in" }, async (workbook) => {
        const values = readValues(valuesFile);
        if (opts.owner)
          checkOwnerLines(workbook, values, { ...opts, owner: opts.owner, valuesFile });
        const result = await checkinWorkbook(workbook, {
          date,
          values,
          valuesFile,
          lang: opts.lang,
          file: input,
          period: opts.period ?? null,
          unlink: Boolean(opts.unlink),
        });
        return `Checked in ${keyResultCount(result.recorded)} on ${date} (${result.sheets.join(", ")}); history in "${result.historySheet}".`;
      });
    });
}
