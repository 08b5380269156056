// The command line's inflater for the package checks (xlsxPackage.ts): Node's zlib, as a stream.
import { createInflateRaw } from "node:zlib";
import type { Inflate } from "./xlsxPackage";

/**
 * Pieces of 1 MB: each piece is a round trip to the thread pool, and at zlib's 16 KB an 89 MB sheet
 * took 5,400 of them (unpacking it ~270 ms, at 1 MB ~50 ms). The check refuses a part that passes
 * its limit inside the piece that passes it (test/cli/partLies.test.ts).
 */
const CHUNK = 1024 ** 2;

export const inflateNode: Inflate = (packed, see) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
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
