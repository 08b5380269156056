// `okr chase WORKBOOK [--as-of D] [--format text|csv|json] [-o OUT]`: who owes an update — per
// owner, key results without a check-in within the cadence and overdue actions; objectives
// without an owner; files Split sent that have not come back. Optionally an .eml draft per owner
// and an .ics weekly reminder, made locally: nothing is sent.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "@commander-js/extra-typings";
import { chase } from "../../domain/chase/owing";
import {
  chaseCsv,
  chaseMail,
  chaseText,
  emlDraft,
  mailtoLink,
  weeklyReminder,
} from "../../domain/chase/report";
import { safeBaseName } from "../../domain/collect/fileNames";
import { readActions, isActionsSheet } from "../../domain/reading/actionsSheet";
import { todayIso } from "../../domain/reading/dates";
import { readHistory } from "../../domain/reading/historySheet";
import { isHistorySheet } from "../../domain/reading/ownSheets";
import { InputError, located } from "../readProblems";
import { asOfOption, forceOption, langOption, outOption, period } from "../options";
import type { Session } from "../session";

export default function chaseCommand(program: Command, { io }: Session): void {
  program
    .command("chase")
    .description(
      "who owes an update: key results without a recent check-in, overdue actions, objectives without an owner, files not returned"
    )
    .argument("<workbook>", "the .xlsx workbook")
    .addOption(asOfOption())
    .option("--period <period>", "the period to chase (default: the latest one not closed)", period)
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "csv", "json"] as const)
        .default("text" as const)
    )
    .addOption(outOption("write the report to this file instead of printing it"))
    .option("--drafts <dir>", "write an unsent .eml mail draft per owner into this folder")
    .option("--ics <file>", "write a recurring check-in reminder (.ics) for the period")
    .addOption(langOption())
    .addOption(forceOption("replace existing output files"))
    .action(async (workbook, opts) => {
      const { inputsScope } = await import("../check");
      const { readInput } = await import("../input");
      const { checkOutput } = await import("../output");
      const { readSentRecord } = await import("../sentRecord");
      if (!/\.xlsx$/i.test(workbook))
        throw new InputError(located(workbook, "needsXlsx", { what: "chase" }));
      const force = Boolean(opts.force);
      const reportExt =
        opts.format === "json" ? ["json"] : opts.format === "csv" ? ["csv"] : ["txt"];
      if (opts.out) checkOutput(opts.out, [workbook], force, reportExt);
      if (opts.ics) checkOutput(opts.ics, [workbook], force, ["ics"]);
      const input = await readInput(workbook, { links: false });
      const scope = inputsScope([input], opts.period ?? null);
      const all = input.all ?? [];
      const history = all.find((r) => isHistorySheet(r.rows));
      const actions = all.find((r) => isActionsSheet(r.rows));
      const asOf = opts.asOf ?? todayIso();
      const result = chase({
        sheets: input.sheets.filter((s) => scope.shown.has(s.name)),
        history: history ? readHistory(history.rows) : [],
        actions: actions ? readActions(actions.rows) : [],
        cadence: input.cadence ?? 7,
        asOf,
        period: scope.period,
        record: input.workbook ? readSentRecord(input.workbook) : null,
      });
      const mails = result.owners.map((o) => ({ owner: o, mail: chaseMail(result, o, opts.lang) }));
      const report =
        opts.format === "json"
          ? `${JSON.stringify(
              {
                ...result,
                owners: result.owners.map((o, i) => ({ ...o, mailto: mailtoLink(mails[i].mail) })),
              },
              null,
              2
            )}\n`
          : opts.format === "csv"
            ? chaseCsv(result)
            : chaseText(result, opts.lang);
      const wrote: string[] = [];
      if (opts.drafts) {
        mkdirSync(opts.drafts, { recursive: true });
        const used = new Set<string>();
        for (const { owner, mail } of mails) {
          let base = safeBaseName(owner.owner || "no-owner");
          for (let n = 2; used.has(base.toLowerCase()); n++)
            base = `${safeBaseName(owner.owner)} (${n})`;
          used.add(base.toLowerCase());
          const file = join(opts.drafts, `${base}.eml`);
          checkOutput(file, [workbook], force, ["eml"]);
          writeFileSync(file, emlDraft(mail), "utf8");
          wrote.push(file);
        }
      }
      if (opts.ics) {
        writeFileSync(
          opts.ics,
          weeklyReminder(result, {
            lang: opts.lang,
            periodEnd: scope.period?.end ?? null,
            uid: `okr-chase-${asOf}-${safeBaseName(scope.period?.label ?? "period")}@okr-sheets`,
            now: `${asOf.replace(/-/g, "")}T000000Z`,
          }),
          "utf8"
        );
        wrote.push(opts.ics);
      }
      if (opts.out) {
        writeFileSync(opts.out, report, "utf8");
        wrote.push(opts.out);
      } else io.out(report);
      // With the report printed, what was written is said on stderr so stdout stays the report.
      if (wrote.length) (opts.out ? io.out : io.err)(`Wrote ${wrote.join(", ")}\n`);
    });
}
