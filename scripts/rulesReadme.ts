// The rules tables of README.md (the writing rules, by topic) and docs/REVIEW.md (the 360° review's)
// are generated from the rule registry, as ESLint builds its rules' docs: each table sits between
// <!-- rules:TOPIC --> and <!-- /rules:TOPIC --> and is rewritten whole.
//
//   npm run readme:rules          rewrites the tables (and README's rule count)
//
// test/domain/rulesReadme.test.ts fails when a committed table is not what this would write.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../src/domain/rules/registry";
import { TOPICS, type Topic } from "../src/domain/rules/rule";

const ROOT = join(__dirname, "..");

/** Where each topic's table is. */
export const TABLE_FILES: Record<Topic, string> = {
  objective: "README.md",
  keyResult: "README.md",
  cell: "README.md",
  sheet: "README.md",
  action: "README.md",
  review: "docs/REVIEW.md",
};

/** One topic's table, one line per rule in the registry's order. */
export function rulesTable(topic: Topic): string {
  const lines = RULES.filter((r) => r.topic === topic).map((r) => {
    const severity = r.alsoSeverity ? `${r.severity} / ${r.alsoSeverity}` : r.severity;
    const fix = "fix" in r && r.fix ? ` — **Fix**: ${r.fix.readme}` : "";
    return `| \`${r.id}\` | ${severity} | ${r.example}${fix} |`;
  });
  return ["| rule | severity | example that breaks it |", "| --- | --- | --- |", ...lines].join(
    "\n"
  );
}

/** The writing rules (every topic but the review's): README's "against N rules". */
export const WRITING_RULES = RULES.filter((r) => r.topic !== "review").length;

/** A document with every table it holds (and README's rule count) as the registry says. */
export function withTables(file: string, text: string): string {
  let out = text;
  for (const topic of TOPICS.filter((t) => TABLE_FILES[t] === file)) {
    const open = `<!-- rules:${topic} -->`;
    const close = `<!-- /rules:${topic} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`${file}: no ${open} … ${close} around a table`);
    out = `${out.slice(0, start + open.length)}\n${rulesTable(topic)}\n${out.slice(end)}`;
  }
  return file === "README.md"
    ? out.replace(/against \d+ rules/, `against ${WRITING_RULES} rules`)
    : out;
}

/** The files with tables, as they are and as the registry would write them. */
export function tableFiles(): { file: string; now: string; generated: string }[] {
  return [...new Set(Object.values(TABLE_FILES))].map((file) => {
    const now = readFileSync(join(ROOT, file), "utf8");
    return { file, now, generated: withTables(file, now) };
  });
}

if (require.main === module) {
  for (const { file, now, generated } of tableFiles()) {
    if (now === generated) continue;
    writeFileSync(join(ROOT, file), generated);
    console.log(`rewrote the rules tables of ${file}`);
  }
}
