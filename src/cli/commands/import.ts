// `okr import FILE… [--map MAP] [--dry-run] -o OUT.xlsx`: OKRs from other tools' files (a Viva
// Goals export, a spreadsheet template, one row per objective) into a scored OKR workbook, with a
// report per source row of what was kept, dropped and guessed.
import type { Command } from "@commander-js/extra-typings";
import { todayIso } from "../../domain/reading/dates";
import { importReport } from "../../domain/import/report";
import { InputError, problem } from "../readProblems";
import { forceOption, langOption, outOption, period, scopeOption } from "../options";
import type { Session } from "../session";

export default function importCommand(program: Command, { io }: Session): void {
  program
    .command("import")
    .description(
      "bring OKRs in from other tools' files (Viva Goals exports, spreadsheet templates) as a scored workbook"
    )
    .argument("<file...>", ".csv files and .xlsx workbooks to import")
    .option(
      "--map <file>",
      "a mapping, .csv (source column,product column) or .json, for files whose headers are not recognised"
    )
    .option("--dry-run", "print what each row would become, and write nothing")
    .option(
      "--period <period>",
      "the period of the sheets (default: the source's time period, if it names one)",
      period
    )
    .addOption(scopeOption())
    .addOption(langOption())
    .addOption(outOption("the .xlsx to write"))
    .addOption(forceOption())
    .action(async (files, opts) => {
      const { importedInputs, importPeriod, importSources, loadMapping } =
        await import("../import");
      const { checkOutput, writeWorkbook } = await import("../output");
      const { refusedText, scoreFilesToWrite } = await import("../score");
      const { progress } = await import("../session");
      if (!opts.dryRun && !opts.out) throw new InputError(problem("importNeedsOut"));
      if (opts.out)
        checkOutput(opts.out, [...files, ...(opts.map ? [opts.map] : [])], Boolean(opts.force));
      const mapping = opts.map ? loadMapping(opts.map) : undefined;
      const { tables, unrecognised } = await importSources(files, { mapping, lang: opts.lang });
      const report = tables.map((t) => importReport(t, opts.lang)).join("");
      if (unrecognised.length) {
        io.out(report);
        throw new InputError(unrecognised.join("\n").trimEnd());
      }
      if (opts.dryRun) {
        io.out(report);
        return;
      }
      const sheetPeriod = importPeriod(tables, opts.period ?? null);
      const inputs = importedInputs(tables, { lang: opts.lang, period: sheetPeriod });
      const today = todayIso();
      const { workbook, plan } = await scoreFilesToWrite(inputs, {
        lang: opts.lang,
        relabel: false,
        scope: opts.scope,
        period: sheetPeriod,
        asOf: today,
        today,
      });
      const refused = refusedText(plan.refused, inputs, opts.lang);
      if (refused) throw new InputError(refused);
      progress(io, `writing ${opts.out}`);
      await writeWorkbook(workbook, opts.out!);
      progress(io, "");
      io.out(`${report}Wrote ${opts.out}: ${inputs.map((i) => i.sheets[0].name).join(", ")}\n`);
    });
}
