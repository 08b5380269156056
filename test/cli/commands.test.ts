// The command line's commands: one file each in src/cli/commands/, every one registered in
// commands/index.ts under its file's name, and main.ts only the loop that runs them.
import { Command } from "@commander-js/extra-typings";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/commands";

const CLI = join(__dirname, "..", "..", "src", "cli");
const quiet = { io: { out: () => undefined, err: () => undefined, tty: false }, exit: () => 0 };

describe("the command registry", () => {
  it("registers one command per file of src/cli/commands/, named as its file", () => {
    const program = new Command();
    for (const command of COMMANDS) command(program, quiet);
    const files = readdirSync(join(CLI, "commands"))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""));
    expect(program.commands.map((c) => c.name()).sort()).toEqual(files.sort());
  });

  it("leaves main.ts a short loop over it", () => {
    const main = readFileSync(join(CLI, "main.ts"), "utf8");
    expect(main.split("\n").length).toBeLessThan(150);
    expect(main).not.toMatch(/\.command\(/);
  });
});
