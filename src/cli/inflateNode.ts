// The command line's inflater for the package checks (xlsxPackage.ts): Node's zlib, as a stream.
import { createInflateRaw } from "node:zlib";
import type { Inflate } from "./xlsxPackage";

/**
 * Pieces of 1 MB: each piece is a round trip to the thread pool, and at zlib's 16 KB an 89 MB sheet
 * took 5,400 of them (unpacking it ~270 ms, at 1 MB ~50 ms). The check refuses a part that passes
 * its limit inside the piece that passes it (test/cli/partLies.test.ts).
 */
const CHUNK = 1024 ** 2;
/**
 * The pieces of a smaller part are its own size, from zlib's 16 KB up: each unpacking allocates
 * one piece, and 20,000 tiny parts at 1 MB each made the check's garbage collection take seconds.
 */
const SMALLEST = 16 * 1024;

/** The size of the pieces a part that says it unpacks to `size` bytes is unpacked in. */
const pieceSize = (size: number) => Math.min(CHUNK, Math.max(SMALLEST, size));

export const inflateNode: Inflate = (packed, see, size) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: pieceSize(size) });
    inflate.on("data", (chunk: Buffer) => {
      try {
        see(chunk);
      } catch (error) {
        inflate.destroy();
        reject(error as Error);
      }
    });
    inflate.on("end", resolve);
    inflate.on("error", reject);
    inflate.end(packed);
  });
