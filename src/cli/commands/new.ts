// `okr new --template K[,K…]|all --lang L --period P [--scope S] -o OUT.xlsx`: the templates as the
// add-in generates them, formulas included.
import { Option, type Command } from "@commander-js/extra-typings";
import { todayIso } from "../../domain/reading/dates";
import { forceOption, langOption, outOption, period, SCOPES } from "../options";
import type { Session } from "../session";
import { templateKeys } from "../templateList";

export default function newSheets(program: Command, { io }: Session): void {
  program
    .command("new")
    .description("write OKR sheets from templates to a new workbook, formulas included")
    .requiredOption("--template <keys>", "template keys separated by commas, or all")
    .addOption(langOption())
    .requiredOption("--period <period>", "the OKR period, e.g. 2026-Q1", period)
    .addOption(
      new Option("--scope <scope>", "scope (default: each template's own)").choices(SCOPES)
    )
    .addOption(outOption().makeOptionMandatory())
    .addOption(forceOption())
    .action(async (opts) => {
      const templates = templateKeys(opts.template);
      const { checkOutput, writeWorkbook } = await import("../output");
      const { newWorkbook } = await import("../templates");
      checkOutput(opts.out, [], Boolean(opts.force));
      const { workbook, sheets } = await newWorkbook({ ...opts, templates, asOf: todayIso() });
      await writeWorkbook(workbook, opts.out);
      io.out(`Wrote ${opts.out}: ${sheets.join(", ")}\n`);
    });
}
