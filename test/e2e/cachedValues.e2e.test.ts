// Files that show numbers in viewers that do not recalculate: every formula cell the command line
// writes stores what it shows (the reference model's value), and LibreOffice, made to recalculate
// every formula, computes the same. No soffice, no test: it fails loudly (CI installs LibreOffice).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { okr } from "../support/cli";
import {
  disagreements,
  formulaCells,
  recalculatedCells,
  uncachedFormulas,
} from "../support/cachedValues";
import { randomWorkbook } from "../support/randomWorkbook";
import { readmeExample } from "../support/readmeExample";
import { writeSheetsXlsx } from "../support/xlsxFile";

async function ok(...argv: string[]): Promise<string> {
  const r = await okr(...argv);
  if (r.status !== 0) throw new Error(`okr ${argv.join(" ")} failed (${r.status}): ${r.err}`);
  return r.out;
}

describe("cached values of the command line's files", () => {
  const dir = mkdtempSync(join(tmpdir(), "okr-cached-"));
  const at = (f: string) => join(dir, f);

  it("the README's worked example: every formula's cached value is LibreOffice's", async () => {
    const files = await readmeExample();
    // A check-in changes values: results cached before it are gone, not stale; its own are there.
    const checkedIn = await formulaCells(files.checkedIn);
    const kept = new Map([...checkedIn].filter(([, c]) => c.result !== null));
    // Beside the history's, only the header blocks' status labels (they read the dates alone).
    const history = [...kept.keys()].filter((k) => k.startsWith("Check-ins!"));
    expect(kept.size - history.length).toBe(6);
    // One history row, for the one key result the check-in gave a value (issue 27).
    expect(new Set(history.map((k) => k.replace(/^Check-ins!\$?[A-Z]+\$?/, "")))).toEqual(
      new Set(["2"])
    );
    expect(disagreements(kept, await recalculatedCells(files.checkedIn))).toEqual([]);
    for (const file of [files.made, files.scored]) {
      const ours = await formulaCells(file);
      expect(ours.size).toBeGreaterThan(100);
      expect({ file, uncached: await uncachedFormulas(file) }).toEqual({ file, uncached: [] });
      expect({ file, bad: disagreements(ours, await recalculatedCells(file)) }).toEqual({
        file,
        bad: [],
      });
    }
  });

  it("every template in zh-TW, scored at the period's end (grades, not forecasts)", async () => {
    await ok(..."new --template all --lang zh-TW --period 2026-Q1 -o".split(" "), at("all.xlsx"));
    await ok(
      "score",
      at("all.xlsx"),
      "--as-of",
      "2026-03-31",
      "--lang",
      "zh-TW",
      "-o",
      at("all-scored.xlsx")
    );
    const ours = await formulaCells(at("all-scored.xlsx"));
    expect(await uncachedFormulas(at("all-scored.xlsx"))).toEqual([]);
    expect(disagreements(ours, await recalculatedCells(at("all-scored.xlsx")))).toEqual([]);
  });

  it("random workbooks (every KR type, blanks, text in numbers, weights, alignment)", async () => {
    for (const [n, sample] of fc.sample(randomWorkbook, { numRuns: 6, seed: 1616 }).entries()) {
      const input = at(`random-${n}.xlsx`);
      await writeSheetsXlsx(input, sample.sheets);
      const scored = at(`random-${n}-scored.xlsx`);
      // Key results that cannot be scored exit 1: the file is written all the same.
      const period = ["--period", "2026-Q1", "--as-of", sample.asOf];
      const r = await okr("score", input, ...period, "-o", scored);
      expect([n, r.status <= 1]).toEqual([n, true]);
      expect({ n, uncached: await uncachedFormulas(scored) }).toEqual({ n, uncached: [] });
      const ours = await formulaCells(scored);
      expect({ n, bad: disagreements(ours, await recalculatedCells(scored)) }).toEqual({
        n,
        bad: [],
      });
    }
  });

  it("the 360° review: its formulas' cached values are LibreOffice's", async () => {
    await ok(
      ..."new --template company,sales --lang en --period 2026-Q1 -o".split(" "),
      at("r.xlsx")
    );
    await ok("score", at("r.xlsx"), "--as-of", "2026-02-15", "-o", at("r-scored.xlsx"));
    writeFileSync(
      at("ratings.csv"),
      "Person,Rater,Role,Score\nCEO,Board,manager,4\nCEO,Head of Sales,peer,3\n" +
        "Head of Sales,CEO,manager,5\nHead of Sales,Head of Sales,self,4\nHead of Sales,CFO,peer,2\n"
    );
    const out = at("review.xlsx");
    await ok("review", at("r-scored.xlsx"), "--ratings", at("ratings.csv"), "-o", out);
    const review = new Map([...(await formulaCells(out))].filter(([k]) => k.startsWith("360")));
    expect(review.size).toBeGreaterThan(20);
    expect(await uncachedFormulas(out)).toEqual([]);
    expect(disagreements(review, await recalculatedCells(out))).toEqual([]);
  });
});
