// `okr checkin INPUT.xlsx --date D --values VALUES.csv -o OUT.xlsx [--period P] [--unlink]`: new
// Current/Confidence from `ID,Current[,Confidence,Comment]`, one history row per key result a line
// says something about.
import type { Command } from "@commander-js/extra-typings";
import { checkinWorkbook, keyResultCount, readValues } from "../checkin";
import { forceOption, isoDate, langOption, outOption, period } from "../options";
import { editCopy, type Session } from "../session";

export default function checkin(program: Command, { io }: Session): void {
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
    .addOption(langOption())
    .addOption(outOption().makeOptionMandatory())
    .addOption(forceOption())
    .action(async (input, opts) => {
      const others = [opts.values];
      await editCopy(io, { input, ...opts, others, what: "a check-in" }, async (workbook) => {
        const result = await checkinWorkbook(workbook, {
          date: opts.date,
          values: readValues(opts.values),
          valuesFile: opts.values,
          lang: opts.lang,
          file: input,
          period: opts.period ?? null,
          unlink: Boolean(opts.unlink),
        });
        return `Checked in ${keyResultCount(result.recorded)} on ${opts.date} (${result.sheets.join(", ")}); history in "${result.historySheet}".`;
      });
    });
}
