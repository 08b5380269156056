import { lintActions, renderFinding } from "../../src/domain/rules/lint";
import { actionsHeader, readActions } from "../../src/domain/reading/actionsSheet";
import { planGenerate } from "../../src/domain/newSheet/generate";
import { parsePeriod } from "../../src/domain/reading/period";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type CellValue, type Lang, type Period } from "../../src/domain/types";
import { gridOfPlan } from "../support/planGrid";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;

/** A generated Sales sheet in a language, as read back. */
function salesSheet(lang: Lang, asOf = "2026-02-15") {
  const { plans, sheets } = planGenerate({
    templates: ["sales"],
    lang,
    period: Q1,
    asOf,
    existingSheets: [],
  });
  const plan = plans.find((p) => p.sheet === sheets[0])!;
  const sheet = readSheet(plan.sheet, gridOfPlan(plan));
  // As of `asOf`, as Score leaves it (a new sheet is as of a day of its own period).
  return { ...sheet, header: { ...sheet.header, asOf } };
}

const rows = (lang: Lang, body: CellValue[][]): CellValue[][] => [actionsHeader(lang), ...body];

describe("the action-plan findings", () => {
  it.each(LANGS)("finds each rule once, located, with a message and a hint in %s", (lang) => {
    const sheet = salesSheet(lang);
    const krs = sheet.objectives.flatMap((o) => o.keyResults);
    // Every KR but the first two has no action; KR2's only action does not measure it.
    const actions = readActions(
      rows(lang, [
        [krs[0].id, "Weekly bookings report", "Dana", "2026-03-01", "In progress", "", "", "Yes"],
        [krs[1].id, "Partner deck", "", "2026-02-01", "进行中", "", "", "否"],
        ["SALES-O9-KR9", "Lost action", "Kim", "", "", "", "", ""],
        ["", "No KR at all", "Kim", "", "", "", "", ""],
      ])
    );
    const findings = lintActions([sheet], { sheet: "Actions", actions, lang });
    const of = (id: string) => findings.filter((f) => f.ruleId === id);
    expect(of("KR-NO-ACTION").map((f) => f.okrId)).toEqual(krs.slice(2).map((k) => k.id));
    expect(of("KR-NO-ACTION")[0]).toMatchObject({
      sheet: sheet.name,
      row: krs[2].row,
      cell: `A${krs[2].row}`,
      severity: "info",
    });
    expect(of("KR-NO-MEASURE").map((f) => f.okrId)).toEqual([krs[1].id]);
    expect(of("ACTION-UNKNOWN-KR").map((f) => [f.row, f.cell, f.severity])).toEqual([
      [4, "A4", "error"],
      [5, "A5", "error"],
    ]);
    expect(of("ACTION-NO-OWNER").map((f) => [f.row, f.cell, f.severity])).toEqual([
      [3, "C3", "warning"],
    ]);
    // Due 2026-02-01, not done, as of 2026-02-15; KR1's action is due after the as-of date.
    expect(of("ACTION-OVERDUE").map((f) => [f.row, f.cell, f.severity])).toEqual([
      [3, "D3", "warning"],
    ]);
    for (const f of findings) {
      const text = renderFinding(f, lang);
      expect(text.message).not.toMatch(/[{}]/);
      expect(text.hint).not.toMatch(/[{}]/);
      expect(text.message.length).toBeGreaterThan(10);
    }
    const overdue = renderFinding(of("ACTION-OVERDUE")[0], lang).message;
    expect(overdue).toContain("2026-02-01");
    expect(overdue).toContain("2026-02-15");
    expect(overdue).toContain("Partner deck");
    if (lang !== "en") expect(overdue).toMatch(/逾期|仍未完成/);
  });

  it("says nothing once each key result has a measured, owned action that is on time", () => {
    const sheet = salesSheet("en");
    const krs = sheet.objectives.flatMap((o) => o.keyResults);
    const actions = readActions(
      rows(
        "en",
        krs.map((k) => [k.id, "Collect the value weekly", "Dana", "2026-03-01", "", "", "", "Yes"])
      )
    );
    expect(lintActions([sheet], { sheet: "Actions", actions, lang: "en" })).toEqual([]);
  });

  it("judges overdue as of the key result's own sheet, and stops asking for actions after the period", () => {
    const late = salesSheet("en", "2026-04-10");
    const actions = readActions(
      rows("en", [
        [
          late.objectives[0].keyResults[0].id,
          "Done late",
          "Dana",
          "2026-03-01",
          "Done",
          "",
          "",
          "Yes",
        ],
      ])
    );
    const findings = lintActions([late], { sheet: "Actions", actions, lang: "en" });
    expect(findings.filter((f) => f.ruleId === "KR-NO-ACTION")).toEqual([]);
    expect(findings.filter((f) => f.ruleId === "ACTION-OVERDUE")).toEqual([]);
  });
});
