// WebKit before Safari 16.4 (Excel on older Macs and iPads) refuses to parse a script holding a
// regex lookbehind, and the whole pane stops. test/e2e/build.e2e.test.ts reads the built bundles;
// this reads the sources the bundles are made of, so a lookbehind fails the unit tests already.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}

describe("the add-in's sources", () => {
  it("hold no regex lookbehind", () => {
    const files = sources(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => /\(\?<[=!]/.test(line) && !/^\s*(\/\/|\*)/.test(line))
        .map(({ at }) => at)
    );
    expect(found).toEqual([]);
  });
});
