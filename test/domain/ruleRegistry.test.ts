// The rule registry (src/domain/rules/registry.ts): one file per rule under rules/<topic>/, named
// for its ID, every one listed once, sorted by topic and ID; and the rules tables of README.md and
// docs/REVIEW.md are what the registry generates (npm run readme:rules).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/domain/rules/registry";
import { TOPICS } from "../../src/domain/rules/rule";
import { LANGS } from "../../src/domain/types";
import { rulesTable, tableFiles } from "../../scripts/rulesReadme";

const RULES_DIR = join(__dirname, "..", "..", "src", "domain", "rules");

describe("the rule registry", () => {
  it("lists every rule file once, each file named for its rule's ID in its topic's folder", () => {
    const files = TOPICS.flatMap((topic) =>
      readdirSync(join(RULES_DIR, topic)).map((name) => `${topic}/${name}`)
    );
    expect(RULES.map((r) => `${r.topic}/${r.id}.ts`).sort()).toEqual([...files].sort());
  });

  it("is sorted by topic, then by ID", () => {
    const key = (r: (typeof RULES)[number]) => [TOPICS.indexOf(r.topic), r.id] as const;
    const sorted = [...RULES].sort((a, b) => {
      const [ta, ia] = key(a);
      const [tb, ib] = key(b);
      return ta - tb || (ia < ib ? -1 : ia > ib ? 1 : 0);
    });
    expect(RULES.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("gives every rule its texts in every language, an example, and a fix its label and README line", () => {
    for (const r of RULES) {
      for (const lang of LANGS)
        for (const text of [r.name, r.message, r.hint]) expect(text[lang].trim()).not.toBe("");
      expect(r.example.trim()).not.toBe("");
      const fix = "fix" in r ? r.fix : undefined;
      if (fix) {
        expect(fix.readme.trim()).not.toBe("");
        for (const lang of LANGS) expect(fix.label[lang].trim()).not.toBe("");
      }
    }
  });
});

describe("the rules tables", () => {
  it("are what the registry generates: run `npm run readme:rules` after changing a rule", () => {
    for (const { file, now, generated } of tableFiles())
      expect({ file, text: now }).toEqual({ file, text: generated });
  });

  it("have a line per rule of the topic, with its severity and its fix", () => {
    const table = rulesTable("keyResult").split("\n");
    expect(table).toHaveLength(2 + RULES.filter((r) => r.topic === "keyResult").length);
    expect(table).toContainEqual(
      expect.stringMatching(/^\| `KR-CONFIDENCE-RANGE` \| warning \/ info \|/)
    );
    expect(table).toContainEqual(
      expect.stringMatching(/^\| `KR-BAD-WEIGHT` \| error \| .* — \*\*Fix\*\*: /)
    );
  });
});
