import fc from "fast-check";
import { describeProblem } from "../../src/domain/reading/i18n";
import { parsePeriod, periodContains, quarterOf } from "../../src/domain/reading/period";

const period = (text: string, fiscalYearStartMonth?: number) => {
  const r = parsePeriod(text, { fiscalYearStartMonth });
  if (!r.ok) throw new Error(`expected a period from ${text}`);
  return r.value;
};

describe("period parser", () => {
  it.each([
    ["2026-Q1", "2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-Q4", "2026-Q4", "2026-10-01", "2026-12-31"],
    ["2026 q2", "2026-Q2", "2026-04-01", "2026-06-30"],
    ["Q3 2026", "2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026-H2", "2026-H2", "2026-07-01", "2026-12-31"],
    ["H1 2026", "2026-H1", "2026-01-01", "2026-06-30"],
    ["FY2026", "FY2026", "2026-01-01", "2026-12-31"],
    ["FY26", "FY2026", "2026-01-01", "2026-12-31"],
    ["2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["2024-02", "2024-02", "2024-02-01", "2024-02-29"],
    ["2026", "2026", "2026-01-01", "2026-12-31"],
    ["2026年第一季度", "2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026年第3季度", "2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026年第四季", "2026-Q4", "2026-10-01", "2026-12-31"],
    ["２０２６年第二季度", "2026-Q2", "2026-04-01", "2026-06-30"],
    ["2026年上半年", "2026-H1", "2026-01-01", "2026-06-30"],
    ["2026年下半年", "2026-H2", "2026-07-01", "2026-12-31"],
    ["2026年3月", "2026-03", "2026-03-01", "2026-03-31"],
    ["2026年", "2026", "2026-01-01", "2026-12-31"],
    ["2026财年", "FY2026", "2026-01-01", "2026-12-31"],
  ])("reads %p as %s (%s – %s)", (text, label, start, end) => {
    expect(period(text)).toMatchObject({ label, start, end });
  });

  it("names a fiscal year for the calendar year it ends in", () => {
    expect(period("FY2026", 4)).toMatchObject({
      label: "FY2026",
      start: "2025-04-01",
      end: "2026-03-31",
      kind: "fiscalYear",
    });
    expect(period("FY2026", 10)).toMatchObject({
      start: "2025-10-01",
      end: "2026-09-30",
    });
  });

  it.each([
    "",
    "Q5 2026",
    "2026-Q0",
    "2026-13",
    "next quarter",
    "2026年第五季度",
    "26",
    "FY",
    "2026-H3",
  ])("refuses %p with a message that says what to type", (text) => {
    const r = parsePeriod(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(describeProblem(r.problem, "en")).toMatch(/2026-Q1|empty/);
  });

  it("refuses a fiscal year start month that is not a month", () => {
    expect(parsePeriod("FY2026", { fiscalYearStartMonth: 13 }).ok).toBe(false);
  });

  it("never throws on anything", () => {
    fc.assert(fc.property(fc.anything(), (x) => expect(typeof parsePeriod(x).ok).toBe("boolean")));
  });

  it("knows the quarter of a date and whether a date lies in a period", () => {
    expect(quarterOf("2026-11-22").label).toBe("2026-Q4");
    expect(quarterOf("2026-01-01").label).toBe("2026-Q1");
    const q1 = period("2026-Q1");
    expect(periodContains(q1, "2026-01-01")).toBe(true);
    expect(periodContains(q1, "2026-03-31")).toBe(true);
    expect(periodContains(q1, "2026-04-01")).toBe(false);
  });

  it("gives every quarter of every year contiguous, non-overlapping dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 9998 }), (year) => {
        const q = [1, 2, 3, 4].map((n) => period(`${year}-Q${n}`));
        expect(q[0].start).toBe(`${year}-01-01`);
        expect(q[3].end).toBe(`${year}-12-31`);
        for (let i = 1; i < 4; i++) expect(q[i].start > q[i - 1].end).toBe(true);
      })
    );
  });
});
