// The checklists beside the code (a README per folder that holds a registry): each lists every
// entry of its registry, one "- `name` — what it is" line each, and nothing the registry lacks, so
// a new rule topic, command, operation or pane place is not finished until its folder says so.
import { Command } from "@commander-js/extra-typings";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../src/cli/commands";
import { RULES } from "../src/domain/rules/registry";
import { TOPICS } from "../src/domain/rules/rule";
import { CYCLE_ORDER, FEATURES } from "../src/taskpane/features";

const SRC = join(__dirname, "..", "src");

/** The names a folder's README lists: its "- `name` — …" lines. */
function listed(folder: string): string[] {
  const text = readFileSync(join(SRC, folder, "README.md"), "utf8");
  return [...text.matchAll(/^- `([^`]+)` — /gm)].map((m) => m[1]);
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe("each folder's README lists its registry", () => {
  it("src/domain/rules: every topic, each a folder holding its rules", () => {
    const folders = readdirSync(join(SRC, "domain", "rules")).filter((f) =>
      statSync(join(SRC, "domain", "rules", f)).isDirectory()
    );
    expect(sorted(RULES.map((r) => r.topic))).toEqual(sorted(TOPICS));
    expect(sorted(folders)).toEqual(sorted(TOPICS));
    // In the order the top README's rules tables follow.
    expect(listed("domain/rules")).toEqual(TOPICS.map((t) => `${t}/`));
  });

  it("src/cli/commands: every command, in the order --help lists them", () => {
    const program = new Command();
    const quiet = { io: { out: () => undefined, err: () => undefined, tty: false }, exit: () => 0 };
    for (const command of COMMANDS) command(program, quiet);
    expect(listed("cli/commands")).toEqual(program.commands.map((c) => c.name()));
  });

  it("src/operations: every file", () => {
    const files = readdirSync(join(SRC, "operations")).filter((f) => f.endsWith(".ts"));
    expect(sorted(listed("operations"))).toEqual(sorted(files));
  });

  it("src/taskpane: every place the pane ships, in the cycle's order", () => {
    const shipped = new Set(FEATURES.map((f) => f.key));
    expect(listed("taskpane")).toEqual(CYCLE_ORDER.filter((k) => shipped.has(k)));
  });
});
