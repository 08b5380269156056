#!/usr/bin/env node
// The command line twin's entry. It runs the JavaScript that `npm run build:cli` compiles from
// src/ into lib/ (run by `npm ci` through `prepare`, and by `npm run build`): no TypeScript
// compiler at run time, which used to cost seconds and ~160 MB before every command.
// V8 lets the heap grow to four times what was live at its last full collection before it collects
// again: `okr score` on 100,000 rows has ~500 MB live and its garbage took it to 1.1 GB. A batch
// command can afford collecting sooner: at half again what was live (docs/PERFORMANCE.md: `okr
// review` of 10,000 people 0.80 GB instead of 0.97 GB at "twice", okr score of 100,000 rows 0.73
// instead of 0.86 GB, for about 7 % more time at 10,000 rows; the output is the same).
require("node:v8").setFlagsFromString("--heap-growing-percent=50");

// okr collect of a 100,000-row sheet makes millions of short-lived objects (cell models, row text):
// in V8's default young generation (16 MB semi-spaces) too many live through two collections and are
// copied into the old one. At 32 MB five runs took a median 25.1 s (28.6 s CPU) instead of 27.5 s
// (32.6 s CPU), at 0.81-0.85 GB instead of 0.76-0.80 GB (docs/PERFORMANCE.md). V8 sizes the young
// generation as it starts (setFlagsFromString is too late for it), so the command runs in a
// node started with it; its exit code, or the signal that ended it, is this process's (a node that
// cannot be started again runs it here, as before).
const YOUNG = "--max-semi-space-size=32";
if (process.argv.slice(2).includes("collect") && !process.execArgv.includes(YOUNG)) {
  const run = require("node:child_process").spawnSync(
    process.execPath,
    [...process.execArgv, YOUNG, __filename, ...process.argv.slice(2)],
    { stdio: "inherit" }
  );
  if (!run.error) {
    if (run.signal) process.kill(process.pid, run.signal);
    process.exit(run.status);
  }
}

let main;
try {
  main = require("../lib/cli/main.js");
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    /lib[\\/]cli[\\/]main\.js/.test(error.message)
  ) {
    process.stderr.write(
      "okr: the compiled command line (lib/cli/main.js) is missing. Run `npm run build:cli` (or `npm ci`) first.\n"
    );
    // EXIT_UNUSABLE of src/cli/exitCodes.ts (nothing done, nothing written), written out because
    // lib/, where that constant is compiled to, is what is missing here.
    process.exit(2);
  }
  throw error;
}

main
  .run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    tty: Boolean(process.stderr.isTTY),
  })
  .then((status) => {
    process.exitCode = status;
  });
