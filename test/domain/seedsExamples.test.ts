// The seeds' own examples (test/fixtures/seeds/examples.tsv), each with its source file in
// ../shared/seeds: every good example passes the wording rules, every bad one is flagged with the
// rule the seed names. Rows marked "(pattern)" are our own, written to a pattern a seed gives
// (seed 000's objective formula, seed 002's activity verbs, seed 003's "通过XXX措施，实现XXX").
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lintWorkbook } from "../../src/domain/rules/lint";
import { readSheet } from "../../src/domain/reading/sheet";
import { Q1 } from "./rulesSheet";
import { SEEDS, loadLabelled, rowsFor } from "../support/publishedOkrs";

/** The wording rules a seed judges a statement by. */
const WORDING = [
  "O-QUALITATIVE",
  "O-STARTS-WITH-VERB",
  "O-VAGUE-VERB",
  "O-TOO-LONG",
  "KR-NO-NUMBER",
  "KR-PLACEHOLDER",
  "KR-ACTIVITY",
  "KR-TOO-LONG",
];
const SEED_DIR = join(__dirname, "..", "..", "..", "shared", "seeds");

const items = loadLabelled(SEEDS);
const findings = lintWorkbook([readSheet("Seeds", rowsFor(items), { period: Q1, scope: "team" })]);
const wording = (i: number) =>
  findings
    .filter((f) => f.okrId === `P${i}` && WORDING.includes(f.ruleId))
    .map((f) => f.ruleId)
    .sort();

describe("the seeds' examples are judged as the seeds judge them", () => {
  it("cover every seed, good and bad examples, in each language", () => {
    const seeds = new Set(items.map((x) => x.source.replace(/ \(pattern\)$/, "")));
    expect(seeds.size).toBe(5);
    expect(items.filter((x) => x.expected.length === 0).length).toBeGreaterThan(80);
    expect(items.filter((x) => x.expected.length > 0).length).toBeGreaterThan(50);
    for (const lang of ["en", "zh-CN", "zh-TW"])
      expect(items.some((x) => x.lang === lang)).toBe(true);
  });

  it("quote each seed's examples from that seed (our own rows are marked as patterns)", () => {
    if (!existsSync(SEED_DIR)) return; // a clone without shared/ beside it
    for (const item of items) {
      if (item.source.endsWith("(pattern)")) continue;
      // Compared without spaces and after NFKC, so punctuation typed full-width in the row
      // (：，（）) matches the seed's half-width forms.
      const flat = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
      const seed = flat(readFileSync(join(SEED_DIR, item.source), "utf8"));
      expect({
        source: item.source,
        statement: item.statement,
        quoted: seed.includes(flat(item.statement)),
      }).toEqual({
        source: item.source,
        statement: item.statement,
        quoted: true,
      });
    }
  });

  it.each(
    items.map((item, i) => [item.source, item.level, item.statement, item.expected, i] as const)
  )("%s %s “%s” → %j", (_source, _level, _statement, expected, i) => {
    expect(wording(i)).toEqual([...expected].sort());
  });
});
