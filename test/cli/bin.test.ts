// The installed command line runs compiled JavaScript: no TypeScript compiler is loaded at run time.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_UNUSABLE } from "../../src/cli/exitCodes";

const ROOT = join(__dirname, "..", "..");

describe("bin/okr-sheets.js", () => {
  it("runs `okr templates` without loading ts-node or typescript", () => {
    // A preload that makes any attempt to load the TypeScript tool chain fail loudly.
    const guard = join(mkdtempSync(join(tmpdir(), "okr-bin-")), "guard.js");
    writeFileSync(
      guard,
      `const Module = require("module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(ts-node|typescript)(\\/|$)/.test(request)) throw new Error("loaded " + request);
  return load.call(this, request, ...rest);
};`
    );
    const r = spawnSync(
      process.execPath,
      ["--require", guard, join(ROOT, "bin", "okr-sheets.js"), "templates"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("sales");
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
});
