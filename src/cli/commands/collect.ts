// `okr collect MASTER.xlsx FILES… -o OUT.xlsx [--strict] [--format json]`: brings the files okr
// split sent out back into the master and scores the result, reporting everything first; exit 0
// clean, 1 findings (master still written), 2 master unusable or output not writable.
import type { Command } from "@commander-js/extra-typings";
import { todayIso } from "../../domain/reading/dates";
import { asOfOption, forceOption, formatOption, langOption, outOption } from "../options";
import { InputError } from "../readProblems";
import type { Session } from "../session";

export default function collect(program: Command, { io, exit }: Session): void {
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
    .addOption(outOption().makeOptionMandatory())
    .addOption(asOfOption())
    .option(
      "--strict",
      "changes to what was sent (Target, Start, Weight) are errors: those files are not used"
    )
    .addOption(formatOption("report format"))
    .addOption(langOption())
    .addOption(forceOption())
    .action(async (master, args, opts) => {
      const { collectFiles, collectJson, collectStatus, collectText, expandInputs, HOLD_ROWS } =
        await import("../collect");
      const { loadWorkbook, loadWorkbookHolding } = await import("../input");
      const { checkOutput, writeWorkbook } = await import("../output");
      const { refusedText } = await import("../score");
      const { notReturnedText } = await import("../sentRecord");
      const files = expandInputs(args);
      checkOutput(opts.out, [master, ...files], Boolean(opts.force));
      // The big returned files are checked on another thread while the master loads here; the
      // thread is ended once they are read, or when the command fails before.
      const aside = (await import("../checkAside")).checkAside(files);
      // Its long sheets held (their rows read, no cells): replaced, or the master loaded again whole.
      const workbook = await loadWorkbookHolding(master, {
        holdRows: HOLD_ROWS,
        copy: false,
      }).catch((error: unknown) => {
        aside.stop();
        throw error;
      });
      const strict = Boolean(opts.strict);
      // Validated, merged, recorded (every file Split sent that has not come back, for okr chase)
      // and scored as the pane's Collect does, in memory: nothing is written before the report.
      const { SheetFullError } = await import("../../operations/collect");
      const reported = async () => {
        const result = await collectFiles(workbook, files, {
          strict,
          lang: opts.lang,
          today: todayIso(),
          asOf: opts.asOf,
          reload: () => loadWorkbook(master),
          file: master,
          aside,
        }).catch((error: unknown) => {
          // The master's check-ins or actions have no room left: said about the master, nothing written.
          if (error instanceof SheetFullError)
            throw new InputError(`${master}: ${error.text(opts.lang)}`);
          throw error;
        });
        const out = result.notReturned;
        io.out(
          opts.format === "json"
            ? `${JSON.stringify({ ...collectJson(result, opts.lang, strict, opts.out), notReturned: out }, null, 2)}\n`
            : collectText(result, opts.lang, opts.out) + notReturnedText(out, opts.lang)
        );
        const refused = refusedText(result.plan.refused, [], opts.lang);
        if (refused) throw new InputError(refused);
        return { collected: result.workbook, status: collectStatus(result) };
      };
      // Only the workbook and the exit code outlive the report: the score's plans, in the workbook
      // now, are let go before the write needs the room (~140 MB at 100,000 rows).
      const { collected, status } = await reported().finally(aside.stop);
      // Collected now, the heap's next growth is set from what the write needs (fullCollection.ts).
      const { collectFully } = await import("../fullCollection");
      collectFully();
      // A sheet at a time: a 100,000-row sheet's XML is never held whole (sheetBySheet.ts).
      await writeWorkbook(collected, opts.out, { bySheet: true });
      exit(status);
    });
}
