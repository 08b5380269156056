// `okr checkin INPUT.xlsx --date D [--values VALUES.csv] -o OUT.xlsx`: new Current/Confidence from
// `ID,Current[,Confidence,Comment]`, one history row per key result.
import type { Command } from "@commander-js/extra-typings";
import { checkinWorkbook, readValues } from "../checkin";
import { forceOption, isoDate, langOption, outOption } from "../options";
import { editCopy, type Session } from "../session";

export default function checkin(program: Command, { io }: Session): void {
  program
    .command("checkin")
    .description("record a check-in: new current values, and one history row per key result")
    .argument("<input>", "the .xlsx workbook")
    .requiredOption("--date <date>", "the check-in date, YYYY-MM-DD", isoDate)
    .option(
      "--values <file>",
      "CSV of ID,Current[,Confidence,Comment]; without it the sheets' values are recorded"
    )
    .addOption(langOption())
    .addOption(outOption().makeOptionMandatory())
    .addOption(forceOption())
    .action(async (input, opts) => {
      const others = opts.values ? [opts.values] : [];
      await editCopy(io, { input, ...opts, others, what: "a check-in" }, async (workbook) => {
        const result = await checkinWorkbook(workbook, {
          date: opts.date,
          values: opts.values ? readValues(opts.values) : null,
          valuesFile: opts.values ?? "",
          lang: opts.lang,
          file: input,
        });
        return `Checked in ${result.recorded} key results on ${opts.date} (${result.sheets.join(", ")}); history in "${result.historySheet}".`;
      });
    });
}
