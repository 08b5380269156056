import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { parsePeriod } from "../../src/domain/reading/period";
import { asShown, planGenerate, shareRowsOf } from "../../src/domain/newSheet/generate";
import { readSheet } from "../../src/domain/reading/sheet";
import { gridOfPlan } from "../support/planGrid";
import { TEMPLATES, TEMPLATE_KEYS } from "../../src/domain/newSheet/templates";
import { LANGS, type Period } from "../../src/domain/types";

const period = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

export { gridOfPlan };

describe("built-in templates", () => {
  test("seven templates, each with 2–4 objectives of 2–4 key results, weights summing to 100 %", () => {
    expect(TEMPLATE_KEYS).toEqual([
      "company",
      "sales",
      "finance",
      "hr",
      "marketing",
      "product",
      "customer-success",
    ]);
    for (const t of TEMPLATES) {
      expect(t.objectives.length).toBeGreaterThanOrEqual(2);
      expect(t.objectives.length).toBeLessThanOrEqual(4);
      expect(t.objectives.reduce((s, o) => s + o.weight, 0)).toBe(100);
      for (const o of t.objectives) {
        expect(o.keyResults.length).toBeGreaterThanOrEqual(2);
        expect(o.keyResults.length).toBeLessThanOrEqual(4);
        expect(o.keyResults.reduce((s, k) => s + k.weight, 0)).toBe(100);
      }
      if (t.key !== "company") expect(t.objectives.every((o) => o.alignsTo)).toBe(true);
      for (const lang of LANGS) expect(t.name[lang]).not.toBe("");
    }
  });

  test("between them: committed and aspirational, a decreasing metric, a milestone, keep KRs", () => {
    const krs = TEMPLATES.flatMap((t) => t.objectives.flatMap((o) => o.keyResults));
    expect(krs.some((k) => k.type === "metric" && (k.start ?? 0) > k.target)).toBe(true);
    for (const type of ["milestone", "binary", "keepAbove", "keepBelow"])
      expect(krs.some((k) => k.type === type)).toBe(true);
    for (const t of TEMPLATES) {
      const kinds = new Set(t.objectives.map((o) => o.commitment));
      expect(kinds.size).toBe(2);
    }
  });

  test.each(LANGS)(
    "every template in %s passes the linter with no error and no warning",
    (lang) => {
      const { plans, sheets: names } = planGenerate({
        templates: TEMPLATE_KEYS,
        lang,
        period,
        asOf: "2026-02-15",
        existingSheets: [],
      });
      // each new OKR sheet's own plan (the Actions sheet and the action counts come after them)
      const sheets = plans
        .filter((p) => p.create && names.includes(p.sheet))
        .map((p) => {
          // As a host hands the sheet back: its percent-formatted cells as "102%" (shares).
          const grid = gridOfPlan(p);
          return readSheet(p.sheet, asShown(grid, shareRowsOf(readSheet(p.sheet, grid))));
        });
      expect(sheets.every((s) => s.match)).toBe(true);
      const findings = lintWorkbook(sheets).filter((f) => f.severity !== "info");
      expect(
        findings.map((f) => `${f.sheet} ${f.cell} ${f.ruleId}: ${renderFinding(f, "en").message}`)
      ).toEqual([]);
      expect(sheets.reduce((n, s) => n + s.objectives.length, 0)).toBe(
        TEMPLATES.reduce((n, t) => n + t.objectives.length, 0)
      );
    }
  );

  // `okr new`, New sheet in the pane and in the browser preview all plan here with today's date.
  test.each([
    ["2026-12-06", "2026-03-31"], // a past period's sheet: its last day, not months overdue
    ["2025-11-20", "2026-01-01"], // a coming period's: its first day
    ["2026-02-15", "2026-02-15"], // today inside the period: today
  ])("a sheet made on %s for 2026-Q1 is as of %s", (today, asOf) => {
    const { plans, sheets } = planGenerate({
      templates: ["sales"],
      lang: "en",
      period,
      asOf: today,
      existingSheets: [],
    });
    const plan = plans.find((p) => p.sheet === sheets[0])!;
    expect(readSheet(plan.sheet, gridOfPlan(plan)).header.asOf).toBe(asOf);
  });
});
