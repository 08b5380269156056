// The command line's inflater for the package checks (xlsxPackage.ts): Node's zlib, as a stream.
import { createInflateRaw } from "node:zlib";
import type { Inflate } from "./xlsxPackage";

/**
 * Pieces of 1 MB: each piece is a round trip to the thread pool, and at zlib's 16 KB an 89 MB sheet
 * took thousands of them (a third of the check spent waiting). The check refuses a part within one
 * piece of its limit.
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
