// `okr templates [--lang L]`: the template keys, with their names and descriptions.
import type { Command } from "@commander-js/extra-typings";
import { langOption } from "../options";
import type { Session } from "../session";
import { templatesText } from "../templateList";

export default function templates(program: Command, { io }: Session): void {
  program
    .command("templates")
    .description("list the built-in department templates")
    .addOption(langOption())
    .action((opts) => io.out(templatesText(opts.lang)));
}
