import { emptyPlan } from "../../src/domain/plan/types";
import { REQUEST_LIMIT_BYTES, address, batchesOf, officeValue } from "../../src/excel/applyPlan";

describe("applying plans through Office.js", () => {
  it("keeps text text, formulas formulas, and null as 'leave the cell alone'", () => {
    expect(officeValue("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(officeValue("2026-03")).toBe("'2026-03");
    expect(officeValue({ formula: "=1+1" })).toBe("=1+1");
    // What a formula shows is for files; Excel computes it.
    expect(officeValue({ formula: "=1+1", shows: 2 })).toBe("=1+1");
    expect(officeValue(0.4)).toBe(0.4);
    expect(officeValue("")).toBe("");
    expect(officeValue(null)).toBeNull();
    expect(address({ row: 5, col: 26, rows: 3, cols: 2 })).toBe("AA6:AB8");
  });

  it("groups plans into requests under Excel on the web's limit, one round trip each", () => {
    const big = (name: string) => {
      const plan = emptyPlan(name, true);
      plan.blocks.push({ row: 0, col: 0, values: [["x".repeat(REQUEST_LIMIT_BYTES / 3)]] });
      return plan;
    };
    const small = [emptyPlan("A", true), emptyPlan("B", true)];
    expect(batchesOf(small)).toEqual([small]);
    const batches = batchesOf([big("1"), big("2"), big("3"), big("4")]);
    expect(batches.map((b) => b.map((p) => p.sheet))).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    for (const batch of batches)
      expect(JSON.stringify(batch).length).toBeLessThan(REQUEST_LIMIT_BYTES);
  });

  it("counts Chinese text at three bytes a character, as the request carries it in UTF-8", () => {
    const chinese = (name: string) => {
      const plan = emptyPlan(name, true);
      // a third of the limit in characters, the whole limit in bytes
      plan.blocks.push({ row: 0, col: 0, values: [["目".repeat(REQUEST_LIMIT_BYTES / 3)]] });
      return plan;
    };
    expect(batchesOf([chinese("1"), chinese("2")]).map((b) => b.length)).toEqual([1, 1]);
  });
});
