// Runs the command line in-process, collecting what it prints.
import { run } from "../../src/cli/main";

export async function okr(...argv: string[]) {
  let out = "";
  let err = "";
  const status = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), tty: false });
  return { status, out, err };
}
