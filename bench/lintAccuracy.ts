// How often the wording rules agree with a coach on statements nobody here wrote: precision and
// recall per rule on the published OKR set (test/fixtures/published) and on the seeds' own examples
// (test/fixtures/seeds). `root` (default: this checkout) is the tree whose src/domain is measured,
// e.g. an export of main (`git archive main src | tar -x -C /tmp/base`), to compare before and after.
//
//   npx ts-node --transpile-only bench/lintAccuracy.ts [root] [--wrong]
//   npm run bench -- --accuracy
import { join, resolve } from "node:path";
import {
  HELD_OUT,
  PUBLISHED,
  SEEDS,
  loadLabelled,
  rowsFor,
  scoreFindings,
  type RuleScore,
} from "../test/support/publishedOkrs";

/** Each wording rule's precision and recall on the published set and the seeds' examples. */
export function accuracy(root = join(__dirname, "..")): Record<string, RuleScore[]> {
  try {
    require(join(root, "src/domain/text/wordClassesNode")); // the word classes, read on first use
  } catch {
    // a tree from before the dictionaries: it needs none
  }
  // where the tree keeps each module: on the domain's floors, or (a tree from before them) flat
  const from = (floor: string, flat: string) => {
    try {
      return require(join(root, floor));
    } catch {
      return require(join(root, flat));
    }
  };
  const { lintWorkbook } = from("src/domain/rules/lint", "src/domain/lint");
  const { readSheet } = from("src/domain/reading/sheet", "src/domain/sheet");
  const { parsePeriod } = from("src/domain/reading/period", "src/domain/period");
  const period = parsePeriod("2026-Q1").value;
  const out: Record<string, RuleScore[]> = {};
  for (const [name, file] of [
    ["published", PUBLISHED],
    ["held-out", HELD_OUT],
    ["seeds", SEEDS],
  ]) {
    const items = loadLabelled(file);
    const sheet = readSheet("Labelled", rowsFor(items), { period, scope: "team" });
    out[name] = scoreFindings(items, lintWorkbook([sheet]));
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

/** The lines of the benchmark's table: precision / recall per rule and set. */
export function accuracyRows(scores = accuracy()): [string, string, string, string][] {
  return Object.entries(scores).flatMap(([set, rules]) =>
    rules.map((s): [string, string, string, string] => [
      `${s.rule} on ${set} (precision / recall)`,
      `${pct(s.precision)} / ${pct(s.recall)} (fp ${s.falsePositives}, fn ${s.falseNegatives})`,
      "≥ 95 %",
      s.precision >= 0.95 && s.recall >= 0.95 ? "pass" : "FAIL",
    ])
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const root = resolve(args.find((a) => !a.startsWith("--")) ?? join(__dirname, ".."));
  for (const [set, rules] of Object.entries(accuracy(root))) {
    console.log(`${set} — ${root}`);
    for (const s of rules) {
      console.log(
        `  ${s.rule.padEnd(20)} precision ${pct(s.precision).padStart(5)}  recall ${pct(s.recall).padStart(5)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`
      );
      if (args.includes("--wrong")) for (const w of s.wrong) console.log(`      ${w}`);
    }
  }
}
