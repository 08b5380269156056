// src/domain's floors (scripts/domainFloors.cjs): reading → primitives → features, every import
// running down. The lint rule reports an import running up; these tests prove it does, and that
// the domain as it stands has none.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

/** The file an import names: "x" is x.ts, x.tsx or x/index.ts. */
function fileOf(to: string): string | null {
  for (const path of [`${to}.ts`, `${to}.tsx`, join(to, "index.ts"), to])
    if (existsSync(path) && statSync(path).isFile()) return path;
  return null;
}

/** The circles of imports between files (each as the files in it, from its first), if any. */
function circles(imports: readonly [string, string][]): string[][] {
  const edges = new Map<string, string[]>();
  for (const [from, to] of imports) {
    const file = fileOf(to);
    if (file) edges.set(from, [...(edges.get(from) ?? []), file]);
  }
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found.map((c) => c.map((f) => f.slice(DOMAIN.length + 1)));
}

describe("src/domain's files", () => {
  it("import one another in no circle (what two files both need sits a floor below them)", () => {
    expect(circles(domainImports())).toEqual([]);
  });

  it("are seen in a circle where there is one", () => {
    const a = at("score/a");
    const b = at("score/b");
    const files = [at("score/quarterByQuarter.ts"), at("score/summary/writer.ts")];
    expect(
      circles([
        [files[0], files[1].replace(/\.ts$/, "")],
        [files[1], files[0].replace(/\.ts$/, "")],
        [a, b],
      ])
    ).toEqual([["score/quarterByQuarter.ts", "score/summary/writer.ts"]]);
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
