// The installed command line runs compiled JavaScript: no TypeScript compiler is loaded at run time.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";

const ROOT = join(__dirname, "..", "..");

/** Runs bin/okr-sheets.js with a preload that makes loading any package `refused` names fail loudly. */
function runRefusing(refused: RegExp, args: string[]) {
  const guard = join(mkdtempSync(join(tmpdir(), "okr-bin-")), "guard.js");
  writeFileSync(
    guard,
    `const Module = require("module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (${refused}.test(request)) throw new Error("loaded " + request);
  return load.call(this, request, ...rest);
};`
  );
  return spawnSync(
    process.execPath,
    ["--require", guard, join(ROOT, "bin", "okr-sheets.js"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
}

describe("bin/okr-sheets.js", () => {
  it("runs `okr templates` without loading ts-node or typescript", () => {
    const r = runRefusing(/^(ts-node|typescript)(\/|$)/, ["templates"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("sales");
  });

  // Each command loads what it works with when it runs: ExcelJS alone took a third of a second
  // before `okr templates` printed a line (the bench's budget for it is half a second).
  it.each([
    "templates",
    "--help",
    "score --help",
    "new --template nope --period 2026-Q1 -o never.xlsx",
  ])("runs `okr %s` without loading the workbook, zip or CSV libraries", (line) => {
    const r = runRefusing(/^(exceljs|jszip|archiver|csv-parse|tinyglobby)(\/|$)/, line.split(" "));
    expect(r.stderr).not.toContain("loaded ");
    expect(r.stdout + r.stderr).not.toBe("");
  });

  it("says an unknown template before loading anything to write with", () => {
    const r = runRefusing(/^(exceljs|jszip|archiver)(\/|$)/, [
      "new",
      "--template",
      "nope",
      "--period",
      "2026-Q1",
      "-o",
      join(mkdtempSync(join(tmpdir(), "okr-bin-")), "never.xlsx"),
    ]);
    expect(r.stderr).toContain("nope");
    expect(r.stderr).not.toContain("loaded ");
    expect(r.status).toBe(2);
  });

  it("says how to build when lib/ is missing, and exits as for unusable input (nothing done)", () => {
    // The entry alone, with no lib/ beside it: a checkout before `npm run build:cli`.
    const bin = join(mkdtempSync(join(tmpdir(), "okr-bin-")), "bin");
    mkdirSync(bin);
    copyFileSync(join(ROOT, "bin", "okr-sheets.js"), join(bin, "okr-sheets.js"));
    const r = spawnSync(process.execPath, [join(bin, "okr-sheets.js"), "templates"], {
      encoding: "utf8",
    });
    expect(r.stderr).toContain("Run `npm run build:cli`");
    expect(r.status).toBe(EXIT_UNUSABLE);
  });

  it("runs `okr collect` in a node started with a 32 MB young generation, its exit code passed on", () => {
    const dir = mkdtempSync(join(tmpdir(), "okr-bin-"));
    // Each node that starts writes down the flags it was started with.
    const [probe, seen] = [join(dir, "probe.js"), join(dir, "seen.txt")];
    writeFileSync(
      probe,
      `require("fs").appendFileSync(${JSON.stringify(seen)}, JSON.stringify(process.execArgv) + "\\n");`
    );
    const r = spawnSync(
      process.execPath,
      [
        "--require",
        probe,
        join(ROOT, "bin", "okr-sheets.js"),
        "collect",
        join(dir, "none.xlsx"),
        join(dir, "back.xlsx"),
        "-o",
        join(dir, "out.xlsx"),
      ],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(r.stderr).toContain("none.xlsx");
    expect(r.status).toBe(EXIT_UNUSABLE);
    const started = readFileSync(seen, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string[]);
    expect(started).toHaveLength(2);
    expect(started[0]).not.toContain("--max-semi-space-size=32");
    expect(started[1]).toContain("--max-semi-space-size=32");
  });
});
