// src/domain's floors (scripts/domainFloors.cjs): reading → primitives → features, every import
// running down. The lint rule reports an import running up; these tests prove it does, and that
// the domain as it stands has none.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const floors = require("../../scripts/domainFloors.cjs") as {
  DOMAIN_FLOORS: { floor: string; parts: Record<string, string[]> }[];
  violation(domain: string, from: string, to: string): string | null;
};

const ROOT = resolve(__dirname, "..", "..");
const DOMAIN = join(ROOT, "src", "domain");
const at = (p: string) => join(DOMAIN, p);
const why = (from: string, to: string) => floors.violation(DOMAIN, at(from), at(to));

describe("the floors", () => {
  it("let a file import down and within its own part", () => {
    expect(why("score/summary.ts", "reading/sheet")).toBeNull();
    expect(why("score/summary.ts", "plan/layout")).toBeNull();
    expect(why("reading/sheet.ts", "types")).toBeNull();
    expect(why("reading/sheet.ts", "reading/actionsSheet")).toBeNull();
    expect(why("plan/sheetLayout.ts", "scoring/formulas")).toBeNull();
    expect(why("newSheet/generate.ts", "score/scoreSheet")).toBeNull();
  });

  it("refuse an import running up a floor, naming both floors", () => {
    expect(why("reading/sheet.ts", "score/summary")).toMatch(
      /reading.*may not import score.*features/
    );
    expect(why("scoring/model.ts", "rules/lint")).toMatch(/primitives.*features/);
    expect(why("types.ts", "reading/columns")).toMatch(/may not import reading/);
  });

  it("refuse, on one floor, a part the importer does not name", () => {
    expect(why("scoring/model.ts", "plan/types")).toMatch(/scoring may not import plan/);
    expect(why("score/scoreWorkbook.ts", "newSheet/generate")).toMatch(
      /score may not import newSheet/
    );
    expect(why("rules/lint.ts", "actions/counts")).toMatch(/rules may not import actions/);
  });

  it("refuse imports from outside the domain and a folder with no floor", () => {
    expect(why("reading/sheet.ts", "../excel/host")).toMatch(/nothing outside src\/domain/);
    expect(why("somewhere/new.ts", "reading/sheet")).toMatch(/somewhere has no floor/);
  });

  it("name every folder and file directly under src/domain, and nothing that is not there", () => {
    const declared = floors.DOMAIN_FLOORS.flatMap((f) => Object.keys(f.parts)).sort();
    const present = readdirSync(DOMAIN)
      .filter((name) => statSync(at(name)).isDirectory() || /\.tsx?$/.test(name))
      .sort();
    expect(present).toEqual(declared);
  });

  it("name, on each floor, only parts of that floor that come before", () => {
    for (const { parts } of floors.DOMAIN_FLOORS) {
      const names = Object.keys(parts);
      names.forEach((part, i) => {
        for (const used of parts[part]) expect(names.slice(0, i)).toContain(used);
      });
    }
  });
});

/** Every relative import of every file in src/domain: [file, resolved path]. */
function domainImports(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(path, "utf8");
        const specifiers =
          /^\s*(?:import|export)\s[^;=]*?\sfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;
        for (const m of text.matchAll(specifiers)) {
          const specifier = m[1] ?? m[2];
          out.push([path, specifier.startsWith(".") ? resolve(dir, specifier) : specifier]);
        }
      }
    }
  };
  walk(DOMAIN);
  return out;
}

describe("src/domain as it stands", () => {
  it("has no import running up a floor (and imports no package)", () => {
    const imports = domainImports();
    expect(imports.length).toBeGreaterThan(300);
    const wrong = imports
      .map(([file, to]) => [file, to, to.startsWith("/") ? floors.violation(DOMAIN, file, to) : to])
      .filter(([, , problem]) => problem !== null);
    expect(wrong).toEqual([]);
  });
});

describe("npm run lint", () => {
  it("fails a new import running up a floor, with the floors rule", () => {
    const probe = [
      'import { summaryPlan } from "../score/summary";',
      "export const probe = summaryPlan;",
      "",
    ].join("\n");
    let output = "";
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
          "--stdin",
          "--stdin-filename",
          at("reading/probe.ts"),
          "--format",
          "json",
        ],
        { cwd: ROOT, input: probe, encoding: "utf8" }
      );
    } catch (e) {
      const error = e as { status: number; stdout: string };
      status = error.status;
      output = error.stdout;
    }
    expect(status).toBe(1);
    const [result] = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
    expect(result.messages).toEqual([
      expect.objectContaining({
        ruleId: "okr/domain-floors",
        message: expect.stringMatching(/reading .* may not import score/),
      }),
    ]);
  }, 120_000);
});
