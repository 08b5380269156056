// An objective without a Commitment is graded as committed (the stricter bar): the period Review's
// grade says so beside its statement, in the three languages; one with a Commitment says nothing.
import { reviewPlan, type ReviewLine } from "../../src/domain/close/periodReview";
import type { Commitment, Lang } from "../../src/domain/types";

const line = (id: string, commitment: Commitment | null): ReviewLine => ({
  sheet: "Team",
  id,
  statement: "Grow repeat purchases",
  owner: "Ann",
  commitment,
  progressRef: "$O$7",
});

describe("committed (assumed) on the period Review", () => {
  it.each([
    ["en", "Grow repeat purchases — committed (assumed)"],
    ["zh-CN", "Grow repeat purchases — 承诺型（默认）"],
    ["zh-TW", "Grow repeat purchases — 承諾型（預設）"],
  ] as const)("%s", (lang: Lang, said) => {
    const plan = reviewPlan({
      name: "Review",
      replace: false,
      periodLabel: "2026-Q1",
      lang,
      lines: [line("T-O1", null), line("T-O2", "committed"), line("T-O3", "aspirational")],
      texts: new Map(),
    });
    const rows = plan.blocks.find((b) => b.values.length === 3)?.values ?? [];
    expect(rows.map((r) => r[2])).toEqual([said, "Grow repeat purchases", "Grow repeat purchases"]);
  });
});
