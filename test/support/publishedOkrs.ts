// Published OKR statements nobody here wrote (test/fixtures/published/README.md lists the sources),
// each labelled with the wording findings a careful OKR coach would raise, and how well the linter
// agrees: precision and recall per wording rule. Used by the regression test and by
// `npm run bench -- --accuracy` (which can measure another checkout's linter too).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/domain/types";
import { typedHeader } from "./okrRows";

export const WORDING_RULES = [
  "O-STARTS-WITH-VERB",
  "KR-ACTIVITY",
  "KR-NO-NUMBER",
  "KR-PLACEHOLDER",
] as const;
export type WordingRule = (typeof WORDING_RULES)[number];

export interface LabelledStatement {
  /** Where it was published (a key of the README's source list), or the seed file it comes from. */
  source: string;
  lang: "en" | "zh-CN" | "zh-TW";
  level: "O" | "KR";
  statement: string;
  /** KR type ("Metric" unless given). */
  type: string;
  /** The rules a coach would raise on it. */
  expected: string[];
}

/**
 * Reads a labelled TSV: source (or seed), lang, level (O or KR), type (optional), statement and
 * expect ("-" for nothing; for an objective of the published set, "verb" or "noun").
 */
export function loadLabelled(file: string): LabelledStatement[] {
  const [head, ...lines] = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const names = head.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    const cell = (name: string) => cells[names.indexOf(name)] ?? "";
    const [source, lang, level, statement, expect] = [
      cell("source") || cell("seed"),
      cell("lang"),
      cell("level"),
      cell("statement"),
      cell("expect"),
    ];
    const expected =
      expect === "-" || expect === "verb"
        ? []
        : expect === "noun"
          ? ["O-STARTS-WITH-VERB"]
          : expect.split(";");
    const type = cell("type") || "Metric";
    return { source, lang, level, statement, type, expected } as LabelledStatement;
  });
}

export const PUBLISHED = join(__dirname, "..", "fixtures", "published", "okrs.tsv");
/**
 * Published statements gathered and labelled after the rules were written, to see them on text
 * they were not tuned on (reported, not held to a floor).
 */
export const HELD_OUT = join(__dirname, "..", "fixtures", "published", "heldout.tsv");
/** The seeds' own examples, and our own rows written to the seeds' patterns. */
export const SEEDS = join(__dirname, "..", "fixtures", "seeds", "examples.tsv");

/** The sheet rows that put each statement where a person would: objectives, and Metric KRs. */
export function rowsFor(items: readonly LabelledStatement[]): string[][] {
  const header = typedHeader();
  const rows: string[][] = [header];
  let objective = 0;
  items.forEach((item, i) => {
    if (item.level === "O" || objective === 0) {
      objective++;
      const statement = item.level === "O" ? item.statement : "Grow revenue";
      rows.push([`P${i}`, "Objective", "", statement, "Dana", "Committed"]);
    }
    if (item.level === "KR")
      rows.push([
        `P${i}`,
        "Key result",
        "",
        item.statement,
        "Dana",
        "",
        item.type,
        "%",
        "10",
        "20",
        "12",
        "",
        "70%",
        "2026-03-31",
      ]);
  });
  return rows;
}

export interface RuleScore {
  rule: WordingRule;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Statements the rule got wrong, for the report. */
  wrong: string[];
}

/** Precision and recall of each wording rule, given the findings on `rowsFor(items)`. */
export function scoreFindings(
  items: readonly LabelledStatement[],
  findings: readonly Finding[]
): RuleScore[] {
  const found = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.okrId) continue;
    if (!found.has(f.okrId)) found.set(f.okrId, new Set());
    found.get(f.okrId)!.add(f.ruleId);
  }
  return WORDING_RULES.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    items.forEach((item, i) => {
      const applies = rule === "O-STARTS-WITH-VERB" ? item.level === "O" : item.level === "KR";
      if (!applies) return;
      const want = item.expected.includes(rule);
      const got = found.get(`P${i}`)?.has(rule) ?? false;
      if (want && got) tp++;
      if (!want && got) (fp++, wrong.push(`false: ${item.statement}`));
      if (want && !got) (fn++, wrong.push(`missed: ${item.statement}`));
    });
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    return {
      rule,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      wrong,
    };
  });
}
