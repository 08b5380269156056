// `okr close INPUT.xlsx --as-of D [--scores SCORES.csv] -o OUT.xlsx`: final scores and the period
// review from `ID,Final score[,What worked,What did not,Why,Lesson,Carry over]`, the Review sheet,
// and the workbook scored as of D.
import type { Command } from "@commander-js/extra-typings";
import { asOfOption, forceOption, langOption, outOption, period } from "../options";
import type { Session } from "../session";

export default function close(program: Command, { io }: Session): void {
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
    .option("--period <period>", "the period to close (default: the latest one not closed)", period)
    .addOption(langOption())
    .addOption(outOption().makeOptionMandatory())
    .addOption(forceOption())
    .action(async (input, opts) => {
      const { closeWorkbook, readScores } = await import("../close");
      const { editCopy } = await import("../session");
      const others = opts.scores ? [opts.scores] : [];
      await editCopy(io, { input, ...opts, others, what: "closing" }, async (workbook) => {
        const result = await closeWorkbook(workbook, {
          asOf: opts.asOf,
          scores: opts.scores ? readScores(opts.scores) : [],
          scoresFile: opts.scores ?? "",
          lang: opts.lang,
          period: opts.period ?? null,
          file: input,
        });
        const which = result.period ? ` ${result.period.label}` : "";
        return `Closed${which} as of ${opts.asOf}: ${result.scored} final scores, ${result.objectives} objectives on "${result.reviewSheet}".`;
      });
    });
}
