// `okr split INPUT.xlsx -o OUTDIR [--by sheet|owner]`: one workbook per OKR sheet (or per person's
// Individual sheet) to send out, with a hidden record of what was sent.
import { Option, type Command } from "@commander-js/extra-typings";
import { InputError, located } from "../readProblems";
import { forceOption, langOption } from "../options";
import type { Session } from "../session";

export default function split(program: Command, { io }: Session): void {
  program
    .command("split")
    .description(
      "one workbook per OKR sheet (or per owner) to send out, with a fingerprint of what was sent"
    )
    .argument("<input>", "the .xlsx workbook")
    .requiredOption("-o, --out <dir>", "the folder to write the workbooks into")
    .addOption(
      new Option("--by <by>", "one file per").choices(["sheet", "owner"] as const).default("sheet")
    )
    .addOption(langOption())
    .addOption(forceOption("replace existing output files"))
    .action(async (input, opts) => {
      if (!/\.xlsx$/i.test(input))
        throw new InputError(located(input, "needsXlsx", { what: "split" }));
      const { loadWorkbook } = await import("../input");
      const { splitText, splitWorkbook } = await import("../split");
      const workbook = await loadWorkbook(input);
      const files = await splitWorkbook(workbook, input, opts.out, {
        ...opts,
        force: Boolean(opts.force),
      });
      io.out(splitText(files, opts.lang));
    });
}
