// `okr next INPUT.xlsx --period P -o OUT.xlsx [--carry marked|unfinished|none]`: the next period's
// sheets beside the old ones, with what carries over.
import { Option, type Command } from "@commander-js/extra-typings";
import { CARRY_MODES } from "../../domain/close/next";
import { forceOption, langOption, outOption, period } from "../options";
import type { Session } from "../session";

export default function next(program: Command, { io }: Session): void {
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
        .default("marked" as const)
    )
    .addOption(langOption())
    .addOption(outOption().makeOptionMandatory())
    .addOption(forceOption())
    .action(async (input, opts) => {
      const { nextNotesText, nextWorkbook } = await import("../next");
      const { editCopy } = await import("../session");
      await editCopy(
        io,
        { input, ...opts, others: [], what: "the next period" },
        async (workbook) => {
          const result = await nextWorkbook(workbook, { ...opts, file: input });
          const none = result.skipped.length
            ? `; nothing carried over from ${result.skipped.join(", ")}, so no new sheet for it`
            : "";
          const notes = nextNotesText(result.notes);
          return `Started ${opts.period.label}: ${result.sheets.join(", ") || "no new sheet"} (objectives carried over: ${result.carried}, closed: ${result.closed}${none}).${notes}`;
        }
      );
    });
}
