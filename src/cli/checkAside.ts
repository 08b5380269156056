// `okr collect`'s big returned files, checked (xlsxPackage.ts) on a thread of their own while the
// main thread checks and loads the master. A check reads every byte of every part, and a 100,000-row
// returned file's took ~2 s that the master's load could not use; on a machine with a second core
// it now runs beside that load. The main thread reads each file's bytes (kept for the file's first
// load: what was checked is what is loaded) and gives the thread a copy, one file at a time.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckAnswer, CheckAsked } from "./checkWorker";
import { InputError } from "./readProblems";
import type { PackageNotes } from "./xlsxPackage";
import { notXlsx, readBytes } from "./input";

/** A file checked aside: its bytes to load and the check's notes; null when not checked (the load checks it). */
export type Checked = Promise<{ bytes: Buffer; notes: PackageNotes } | null>;

/** The checks started, each taken once by the file's load. */
export interface Aside {
  /** The check of `file`, or undefined (checked in place); let go here, so its bytes are the load's alone. */
  take(file: string): Checked | undefined;
  /** Ends the thread: a check not answered yet gives null (checked in place). */
  stop(): void;
}

/** A smaller file's check takes less than starting a thread (~50 ms): it is checked in its turn. */
export const ASIDE_BYTES = 1024 ** 2;
/**
 * The size of the files checked aside, at most: their bytes are read ahead of their turn and held
 * until it (and one file's copy on the thread); the others are read in their turn.
 */
export const ASIDE_TOTAL = 64 * 1024 ** 2;

/** The thread's script, beside this one as compiled (lib/cli). Run from the sources (ts-jest), none: every file is checked in place. */
const WORKER = join(__dirname, "checkWorker.js");

const NONE: Aside = { take: () => undefined, stop: () => undefined };

/**
 * Starts the checks of the big ones among `files` on a thread. A refusal rejects the file's check,
 * as the check in place throws; a file not checked aside (small, missing, past ASIDE_TOTAL, no
 * thread, the thread ended or failed otherwise) is checked in place in its turn, as before.
 */
export function checkAside(files: readonly string[], worker = WORKER): Aside {
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
  if (!big.length || !existsSync(worker)) return NONE;
  let thread: Worker;
  try {
    thread = new Worker(worker);
  } catch {
    return NONE;
  }
  const checks = new Map<string, Checked>();
  type Turn = {
    file: string;
    answered: (checked: Awaited<Checked>) => void;
    refused: (error: Error) => void;
    bytes?: Buffer;
  };
  const queue: Turn[] = big.map((file) => {
    let turn!: Turn;
    const check: Checked = new Promise((answered, refused) => {
      turn = { file, answered, refused };
    });
    // Its refusal is said in the file's turn: not an unhandled rejection before it.
    check.catch(() => undefined);
    checks.set(file, check);
    return turn;
  });
  let current: Turn | undefined;
  const stop = () => {
    for (const turn of [current, ...queue.splice(0)]) turn?.answered(null);
    current = undefined;
    void thread.terminate();
  };
  // The next file to the thread: read and looked at here first, refused as in place (readBytes, notXlsx).
  const next = () => {
    for (current = queue.shift(); current; current = queue.shift()) {
      try {
        const bytes = readBytes(current.file);
        const wrong = notXlsx(bytes, current.file);
        if (wrong) throw wrong;
        current.bytes = bytes;
      } catch (error) {
        current.refused(error as Error);
        continue;
      }
      thread.postMessage({ file: current.file, bytes: current.bytes } satisfies CheckAsked);
      return;
    }
    // Nothing left to check (or nothing could be sent): the thread must not keep the command alive.
    void thread.terminate();
  };
  thread.on("message", (answer: CheckAnswer) => {
    const turn = current!;
    current = undefined;
    if ("notes" in answer) turn.answered({ bytes: turn.bytes!, notes: answer.notes });
    else if ("refused" in answer)
      turn.refused(new InputError(answer.refused.texts ?? answer.refused.message));
    // Anything else the thread met is the check in place's to meet, and to say as it says it.
    else turn.answered(null);
    next();
  });
  thread.on("error", stop);
  thread.on("exit", stop);
  next();
  return {
    take(file) {
      const check = checks.get(file);
      checks.delete(file);
      return check;
    },
    stop,
  };
}
