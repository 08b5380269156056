// The quick-fix registry: each fix writes only the cells of the finding it fixes, and declines
// where the repair is a person's decision.
import { fixAll, fixEdits, fixFor, fixOffered, isFixable } from "../../src/domain/rules/fixes";
import { lintWorkbook } from "../../src/domain/rules/lint";
import type { Finding } from "../../src/domain/types";
import { kr, okr, sheet, type Row } from "./rulesSheet";

function fixesOf(rows: Row[], rule: string) {
  const s = sheet(rows);
  const findings = lintWorkbook([s]).filter((f) => f.ruleId === rule);
  return { findings, edits: fixAll(findings, [s]), sheets: [s] };
}

describe("quick fixes", () => {
  it("strip a list marker, keeping what follows as typed", () => {
    const { edits } = fixesOf(
      okr({ statement: "(3)\u00a0Win the mid-market" }),
      "TEXT-LIST-MARKER"
    );
    expect(edits).toEqual([
      { sheet: "Team", row: 2, column: "statement", cell: "D2", value: "Win the mid-market" },
    ]);
  });

  it("fill missing KR weights with an equal share of what the given ones leave", () => {
    const rows = okr({}, [kr({ weight: "50%" }), kr(), kr(), kr({ weight: "20%" })]);
    const { edits } = fixesOf(rows, "KR-BAD-WEIGHT");
    expect(edits.map((e) => [e.cell, e.value, e.numberFormat])).toEqual([
      ["L4", 0.15, "0%"],
      ["L5", 0.15, "0%"],
    ]);
    const thirds = fixesOf(okr({}, [kr({ weight: "0%" }), kr(), kr(), kr()]), "KR-BAD-WEIGHT");
    expect(thirds.edits.map((e) => [e.value, e.numberFormat])).toEqual([
      [0.3333, "0.00%"],
      [0.3333, "0.00%"],
      [0.3333, "0.00%"],
    ]);
  });

  it("decline weights when the given ones already pass 100 %, and a negative weight", () => {
    expect(
      fixesOf(okr({}, [kr({ weight: "80%" }), kr({ weight: "40%" }), kr()]), "KR-BAD-WEIGHT").edits
    ).toEqual([]);
    const negative = fixesOf(
      okr({}, [kr({ weight: "-10%" }), kr({ weight: "110%" })]),
      "KR-BAD-WEIGHT"
    );
    expect(negative.findings).toHaveLength(1);
    expect(negative.findings.map((f) => fixOffered(f))).toEqual([false]);
    expect(negative.edits).toEqual([]);
  });

  it("set a missing commitment to the sheet's majority as the sheet spells it; a tie is left alone", () => {
    const rows = (...commitments: string[]) =>
      commitments.flatMap((commitment, i) => okr({ commitment }, undefined, i + 1));
    const majority = fixesOf(rows("挑战型", "Committed", "挑戰型", ""), "O-NO-COMMITMENT");
    expect(majority.edits.map((e) => [e.cell, e.value])).toEqual([["F14", "挑战型"]]);
    expect(fixesOf(rows("Committed", "Aspirational", ""), "O-NO-COMMITMENT").edits).toEqual([]);
    expect(fixesOf(rows("", ""), "O-NO-COMMITMENT").edits).toEqual([]);
  });

  it("are offered only for rules that have one, each labelled in three languages", () => {
    const findings = lintWorkbook([sheet(okr({ statement: "Customers happier" }))]);
    const verb = findings.find((f) => f.ruleId === "O-STARTS-WITH-VERB") as Finding;
    expect(fixOffered(verb)).toBe(false);
    expect(isFixable(verb, [sheet(okr())])).toBe(false);
    expect(fixEdits({ ...verb, sheet: "Elsewhere" }, [sheet(okr())])).toEqual([]);
    for (const rule of ["TEXT-LIST-MARKER", "KR-BAD-WEIGHT", "O-NO-COMMITMENT"])
      expect(Object.values(fixFor(rule)?.label ?? {})).toHaveLength(3);
  });
});
