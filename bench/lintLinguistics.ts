// The linter's linguistic data in the pane: the lazy chunk the first check loads (gzip), from the
// production build in dist/ (bench/pane.ts builds it afresh).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = join(__dirname, "..", "dist");

/** Gzip bytes of the word-classes chunk (webpackChunkName "linguistics"), 0 when there is none. */
export function linguisticChunkBytes(): number {
  const files = readdirSync(DIST).filter((f) =>
    /^linguistics\.[^.]*\.?js$|^linguistics\.js$/.test(f)
  );
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
}

/** The benchmark's line for it. */
export function linguisticChunkRow(bytes: number): [string, string, string, string] {
  return [
    "pane lazy linguistic chunk, gzip (first Check)",
    `${(bytes / 1024).toFixed(1)} KB`,
    "lazy; first load ≤ 100 KB",
    bytes > 0 ? "" : "FAIL",
  ];
}
