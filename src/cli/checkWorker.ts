// The thread checkAside.ts runs the package checks on: each message is a file's bytes, each answer
// the check's notes, or what the check refused (an InputError's texts), or another failure's text.
import { parentPort } from "node:worker_threads";
import { inflateNode } from "./inflateNode";
import { InputError } from "./readProblems";
import { checkXlsxPackage } from "./xlsxPackage";

/** What the thread is asked: check `bytes`, read from `file`. */
export interface CheckAsked {
  id: number;
  file: string;
  bytes: Uint8Array;
}

/** What it answers, for the ask of the same id. */
export type CheckAnswer = { id: number } & (
  | { notes: Awaited<ReturnType<typeof checkXlsxPackage>> }
  | { refused: { message: string; texts?: InputError["texts"] } }
  | { failed: string }
);

parentPort?.on("message", async ({ id, file, bytes }: CheckAsked) => {
  let answer: CheckAnswer;
  try {
    answer = { id, notes: await checkXlsxPackage(bytes, file, inflateNode) };
  } catch (error) {
    answer =
      error instanceof InputError
        ? { id, refused: { message: error.message, texts: error.texts } }
        : { id, failed: (error as Error)?.stack ?? String(error) };
  }
  parentPort!.postMessage(answer);
});
