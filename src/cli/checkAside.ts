// `okr collect`'s big returned files, checked (xlsxPackage.ts) on a thread of their own while the
// main thread checks and loads the master. A check reads every byte of every part, and a 100,000-row
// returned file's took ~2 s that the master's load could not use; on a machine with a second core
// it now runs beside that load. The main thread reads each file's bytes (kept for the load: the
// file is not read twice, so what was checked is what is loaded) and the thread is given a copy.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckAnswer, CheckAsked } from "./checkWorker";
import { InputError } from "./readProblems";
import type { PackageNotes } from "./xlsxPackage";
import { notXlsx, readBytes } from "./input";

/** A file checked aside: its bytes to load and the check's notes; null when not checked (the load checks it). */
export type Checked = Promise<{ bytes: Buffer; notes: PackageNotes } | null>;

/** A smaller file's check takes less than starting a thread (~50 ms): it is checked in its turn. */
export const ASIDE_BYTES = 1024 ** 2;
/** The bytes read ahead and held until each file's turn, at most: the others are read in their turn. */
export const ASIDE_TOTAL = 64 * 1024 ** 2;

/** The thread's script, beside this one as compiled (lib/cli); run from the sources, none. */
const WORKER = join(__dirname, "checkWorker.js");

/**
 * Starts the checks of the big ones among `files` on a thread; each file's promise says what its
 * check said (a refusal rejects it, as the check in place throws). A file not in the map, or whose
 * promise gives null (no thread could be started, or it ended), is checked in place in its turn.
 */
export function checkAside(files: readonly string[], worker = WORKER): Map<string, Checked> {
  const checks = new Map<string, Checked>();
  let total = 0;
  const big = files.filter((file) => {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return false; // said in its turn, as always
    }
    if (size < ASIDE_BYTES || total + size > ASIDE_TOTAL) return false;
    total += size;
    return true;
  });
  if (!big.length || !existsSync(worker)) return checks;
  let thread: Worker;
  try {
    thread = new Worker(worker);
  } catch {
    return checks;
  }
  // The command's end does not wait for it: a master that cannot be read ends the command early.
  thread.unref();
  const waiting = new Map<number, (answer: CheckAnswer | null) => void>();
  const ended = () => {
    for (const done of waiting.values()) done(null);
    waiting.clear();
  };
  thread.on("message", (answer: CheckAnswer) => {
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
    if (!waiting.size) void thread.terminate();
  });
  thread.on("error", ended);
  thread.on("exit", ended);
  big.forEach((file, id) => {
    const check: Checked = (async () => {
      // Refused here as in place (readBytes, notXlsx), before the thread sees a byte.
      const bytes = readBytes(file);
      const wrong = notXlsx(bytes, file);
      if (wrong) throw wrong;
      const answer = await new Promise<CheckAnswer | null>((done) => {
        waiting.set(id, done);
        thread.postMessage({ id, file, bytes } satisfies CheckAsked);
      });
      if (!answer) return null;
      if ("refused" in answer) throw new InputError(answer.refused.texts ?? answer.refused.message);
      if ("failed" in answer) throw new Error(answer.failed);
      return { bytes, notes: answer.notes };
    })();
    // Its refusal is said in the file's turn: not an unhandled rejection before it.
    check.catch(() => undefined);
    checks.set(file, check);
  });
  return checks;
}
