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
