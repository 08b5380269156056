// The command line's inflater for the package checks (xlsxPackage.ts): Node's zlib, as a stream.
import { createInflateRaw } from "node:zlib";
import type { Inflate } from "./xlsxPackage";

export const inflateNode: Inflate = (packed, see) =>
  new Promise<void>((resolve, reject) => {
    const inflate = createInflateRaw();
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
