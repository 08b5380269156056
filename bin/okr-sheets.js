#!/usr/bin/env node
// The command line twin's entry. It runs the JavaScript that `npm run build:cli` compiles from
// src/ into lib/ (run by `npm ci` through `prepare`, and by `npm run build`): no TypeScript
// compiler at run time, which used to cost seconds and ~160 MB before every command.
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
    process.exit(1);
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
