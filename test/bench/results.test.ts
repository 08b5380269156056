// A partial bench run puts its figures beside the ones it did not measure: `--wire --only=score`
// must not wipe the other operations' round trips, nor `--cli` the command line's other figures.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { mergeFigures } from "../../bench/mergeFigures";

describe("mergeFigures", () => {
  it("merges a partial run key by key at every depth", () => {
    const earlier = {
      syncs: { score: { "1000": 4, "10000": 5 }, checkin: { "1000": 3 } },
      cli: { score_100k: { seconds: 20 }, review_10k: { seconds: 9 } },
      lint_1k_ms: 12,
    };
    expect(
      mergeFigures(earlier, {
        syncs: { score: { "10000": 6 } },
        cli: { score_100k: { seconds: 18 } },
      })
    ).toEqual({
      syncs: { score: { "1000": 4, "10000": 6 }, checkin: { "1000": 3 } },
      cli: { score_100k: { seconds: 18 }, review_10k: { seconds: 9 } },
      lint_1k_ms: 12,
    });
    // The earlier figures are not changed in place.
    expect(earlier.syncs.score["10000"]).toBe(5);
  });

  it("replaces lists and numbers whole, and adds what was not there", () => {
    expect(mergeFigures({ sizes: [1, 2], n: 1 }, { sizes: [3], n: 2, m: { a: 1 } })).toEqual({
      sizes: [3],
      n: 2,
      m: { a: 1 },
    });
  });

  it("is in a module named apart from the JSON files the bench writes (Node loads a .json first)", () => {
    const bench = readdirSync(join(__dirname, "..", "..", "bench"));
    const modules = bench.filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    // results.json is written by every run; a module of its name is shadowed once it exists.
    expect(modules).not.toContain("results");
  });
});
