// How often the wording rules agree with a coach on statements nobody here wrote: precision and
// recall per rule on the published OKR set (test/fixtures/published) and on the seeds' own examples
// (test/fixtures/seeds). `root` (default: this checkout) is the tree whose src/domain is measured,
// e.g. an export of main (`git archive main src | tar -x -C /tmp/base`), to compare before and after.
//
//   npx ts-node --transpile-only bench/lintAccuracy.ts [root] [--wrong]
import { join, resolve } from "node:path";
import {
  PUBLISHED,
  SEEDS,
  loadLabelled,
  rowsFor,
  scoreFindings,
} from "../test/support/publishedOkrs";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--")) ?? join(__dirname, ".."));
const { lintWorkbook } = require(join(root, "src/domain/lint"));
const { readSheet } = require(join(root, "src/domain/sheet"));
const { parsePeriod } = require(join(root, "src/domain/period"));
try {
  require(join(root, "src/domain/text/wordClassesNode")); // the word classes, read on first use
} catch {
  // a tree from before the dictionaries: it needs none
}

function main() {
  const period = parsePeriod("2026-Q1").value;
  for (const [name, file] of [
    ["published", PUBLISHED],
    ["seeds", SEEDS],
  ]) {
    const items = loadLabelled(file);
    const sheet = readSheet("Published", rowsFor(items), { period, scope: "team" });
    const scores = scoreFindings(items, lintWorkbook([sheet]));
    console.log(`${name} (${items.length} statements) — ${root}`);
    for (const s of scores) {
      const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
      console.log(
        `  ${s.rule.padEnd(20)} precision ${pct(s.precision).padStart(4)}  recall ${pct(s.recall).padStart(4)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`
      );
      if (args.includes("--wrong")) for (const w of s.wrong) console.log(`      ${w}`);
    }
  }
}
main();
