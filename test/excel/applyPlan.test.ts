import { emptyPlan } from "../../src/domain/plan/types";
import { address, gridsOf, officeValue, planWrites } from "../../src/excel/applyPlan";
import {
  packWrites,
  REQUEST_BUDGET_BYTES,
  requestCost,
  type Write,
} from "../../src/excel/batching";

const excel = { run: async () => undefined as never, isSetSupported: () => true };

function writesOf(plans: ReturnType<typeof emptyPlan>[]): Write[] {
  const left = { skipped: new Set<never>(), untabled: [] };
  return plans.flatMap((plan) => planWrites(plan, excel, undefined, left));
}

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

  it("packs writes into requests under the budget, in order, one round trip each", () => {
    const big = (name: string) => {
      const plan = emptyPlan(name, true);
      plan.blocks.push({ row: 0, col: 0, values: [["x".repeat(REQUEST_BUDGET_BYTES / 3)]] });
      return plan;
    };
    const small = writesOf([emptyPlan("A", true), emptyPlan("B", true)]);
    expect(packWrites(small)).toHaveLength(1);
    const requests = packWrites(writesOf([big("1"), big("2"), big("3"), big("4")]));
    expect(requests).toHaveLength(2);
    for (const request of requests) expect(requestCost(request)).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(requests.flat().map((w) => w.kind)).toEqual(
      writesOf([big("1"), big("2"), big("3"), big("4")]).map((w) => w.kind)
    );
  });

  it("counts Chinese text at three bytes a character, as the request carries it in UTF-8", () => {
    const chinese = (name: string) => {
      const plan = emptyPlan(name, true);
      // a third of the budget in characters, the whole budget in bytes
      plan.blocks.push({ row: 0, col: 0, values: [["目".repeat(REQUEST_BUDGET_BYTES / 6)]] });
      return plan;
    };
    expect(packWrites(writesOf([chinese("1"), chinese("2")]))).toHaveLength(2);
  });

  it("cuts a grid too large for one request into bands of rows", () => {
    const plan = emptyPlan("Big", false);
    plan.blocks.push({
      row: 0,
      col: 0,
      values: Array.from({ length: 20_000 }, (_, r) => [`row ${r} ${"x".repeat(200)}`]),
    });
    const writes = writesOf([plan]);
    expect(writes.length).toBeGreaterThan(4);
    for (const write of writes) expect(write.cost).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES / 3);
  });
});

describe("cells as few rectangles, null where a cell is left alone", () => {
  const cells = (list: [number, number, unknown][]) => {
    const map = new Map<number, Map<number, unknown>>();
    for (const [r, c, v] of list) {
      if (!map.has(c)) map.set(c, new Map());
      map.get(c)?.set(r, v);
    }
    return map;
  };

  it("joins neighbouring columns over the same rows, and bridges short gaps with null", () => {
    const grids = gridsOf(
      cells([
        [0, 0, "a"],
        [0, 1, "b"],
        [3, 0, "c"],
        [3, 1, "d"],
      ])
    );
    expect(grids).toEqual([
      {
        area: { row: 0, col: 0, rows: 4, cols: 2 },
        grid: [
          ["a", "b"],
          [null, null],
          [null, null],
          ["c", "d"],
        ],
      },
    ]);
  });

  it("starts a new rectangle where the gap would cost more than a range", () => {
    const grids = gridsOf(
      cells([
        [0, 0, 1],
        [1000, 0, 2],
      ])
    );
    expect(grids.map((g) => g.area)).toEqual([
      { row: 0, col: 0, rows: 1, cols: 1 },
      { row: 1000, col: 0, rows: 1, cols: 1 },
    ]);
  });
});
