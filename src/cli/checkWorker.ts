// The thread checkAside.ts runs the package checks on, one file at a time: each message is a file's
// bytes, each answer the check's notes, or what the check refused (an InputError's texts), or that
// it failed otherwise (the file is then checked in place, which says what is wrong as it always has).
import { parentPort } from "node:worker_threads";
import { inflateNode } from "./inflateNode";
import { InputError } from "./readProblems";
import { checkXlsxPackage } from "./xlsxPackage";

/** What the thread is asked: check `bytes`, read from `file`. */
export interface CheckAsked {
  file: string;
  bytes: Uint8Array;
}

/** What it answers. */
export type CheckAnswer =
  | { notes: Awaited<ReturnType<typeof checkXlsxPackage>> }
  | { refused: { message: string; texts?: InputError["texts"] } }
  | { failed: true };

parentPort?.on("message", async ({ file, bytes }: CheckAsked) => {
  let answer: CheckAnswer;
  try {
    answer = { notes: await checkXlsxPackage(bytes, file, inflateNode) };
  } catch (error) {
    answer =
      error instanceof InputError
        ? { refused: { message: error.message, texts: error.texts } }
        : { failed: true };
  }
  parentPort!.postMessage(answer);
});
