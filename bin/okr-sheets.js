#!/usr/bin/env node
// The command line twin's entry: runs the TypeScript sources through ts-node (transpile only).
require("ts-node").register({
  transpileOnly: true,
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
});
const { run } = require("../src/cli/main.ts");

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: Boolean(process.stderr.isTTY),
}).then((status) => {
  process.exitCode = status;
});
