import { mkdtempSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { okr } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "import", name);
const tmp = () => mkdtempSync(join(tmpdir(), "okr-import-"));

describe("okr import", () => {
  it("brings in a Viva Goals export and a one-row-per-objective sheet; Check names only what they lacked; Score scores them", async () => {
    const out = join(tmp(), "imported.xlsx");
    const run = await okr(
      "import",
      fixture("viva-goals-export.csv"),
      fixture("okrs-by-objective.csv"),
      fixture("okr-template.csv"),
      "-o",
      out
    );
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    expect(run.out).toContain("line 6: dropped — “Project” is not an objective or key result");
    expect(run.out).toContain("line 9: kept as VIVA-O2-KR2; guessed: KR type Milestone");
    expect(run.out).toContain(`Wrote ${out}: viva-goals-export, okrs-by-objective, okr-template`);

    const check = await okr("check", out, "--format", "json");
    const findings = JSON.parse(check.out) as { ruleId: string; severity: string }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // The Viva export and the template name no commitment: Check says so, nothing else is wrong.
    expect(new Set(findings.filter((f) => f.severity === "warning").map((f) => f.ruleId))).toEqual(
      new Set(["O-NO-COMMITMENT", "KR-ACTIVITY"])
    );

    const score = await okr("score", out, "--format", "json", "--as-of", "2026-02-15");
    expect(score.status).toBe(0);
    const scored = JSON.parse(score.out) as {
      period: string;
      sheets: { name: string; score: number | null }[];
    };
    expect(scored.period).toBe("2026-Q1");
    expect(scored.sheets.map((s) => s.name)).toEqual([
      "viva-goals-export",
      "okrs-by-objective",
      "okr-template",
    ]);
    expect(scored.sheets.every((s) => typeof s.score === "number")).toBe(true);
  });

  it("--dry-run prints the report in the chosen language and writes nothing", async () => {
    const dir = tmp();
    const run = await okr(
      "import",
      fixture("okr-template.csv"),
      "--dry-run",
      "--lang",
      "zh-TW",
      "-o",
      join(dir, "x.xlsx")
    );
    expect(run.status).toBe(0);
    expect(run.out).toContain("第 2 列：保留為 OKR-O1、OKR-O1-KR1");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("asks for a mapping it can start from, and imports with one", async () => {
    const dir = tmp();
    const source = join(dir, "mine.csv");
    writeFileSync(
      source,
      "Goal name,Kind,Who,From,To,Now\nGrow revenue,Objective,Ann,,,\nLift MRR from 40 to 60,KR,Ann,40,60,45\n"
    );
    const refused = await okr("import", source, "--dry-run");
    expect(refused.status).toBe(2);
    expect(refused.err).toContain("Write a mapping file");
    expect(refused.err).toContain("Goal name,-");

    const map = join(dir, "map.json");
    writeFileSync(
      map,
      JSON.stringify({
        "Goal name": "Statement",
        Kind: "Level",
        Who: "Owner",
        From: "Start",
        To: "Target",
        Now: "Current",
      })
    );
    const run = await okr("import", source, "--map", map, "--dry-run");
    expect(run.status).toBe(0);
    expect(run.out).toContain("line 3: kept as MINE-O1-KR1");

    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "Goal name,Headline\n");
    const wrong = await okr("import", source, "--map", bad, "--dry-run");
    expect(wrong.status).toBe(2);
    expect(wrong.err).toContain('unknown product column(s) "Headline"');
  });

  it("needs -o unless it is a dry run", async () => {
    const run = await okr("import", fixture("okr-template.csv"));
    expect(run.status).toBe(2);
    expect(run.err).toContain("okr import needs -o OUT.xlsx");
  });
});
