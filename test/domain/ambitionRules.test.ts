// Ambition (seed 004): a Target within a small step of Start, a Target already met as the period
// starts, a Target eased mid-period. Each fires on the nearest wrong sheet and not on the nearest
// right one, in all three languages.
import { lintWorkbook, renderFinding } from "../../src/domain/rules/lint";
import { DEFAULT_SETTINGS, THRESHOLD_FIELDS, withThreshold } from "../../src/domain/rules/settings";
import type { HistoryEntry } from "../../src/domain/reading/historySheet";
import { LANGS } from "../../src/domain/types";
import { ids, kr, lint, okr, sheet } from "./rulesSheet";

const find = (rule: string, ...args: Parameters<typeof lint>) =>
  lint(...args).filter((f) => f.ruleId === rule);

describe("KR-TARGET-TRIVIAL", () => {
  const sales = (target: number, commitment = "Aspirational") =>
    okr({ commitment }, [
      kr({
        statement: "Grow quarterly sales",
        unit: "USD",
        start: 1_000_000,
        target,
        current: 1_000_000,
      }),
    ]);

  it("warns of a 1% step under an aspirational objective, and says it in three languages", () => {
    const [f] = find("KR-TARGET-TRIVIAL", sales(1_010_000));
    expect(f).toMatchObject({ severity: "warning", okrId: "T-O1-KR1", cell: "J3" });
    expect(renderFinding(f, "en").message).toContain(
      "moves only 1% from its Start (1,000,000 → 1,010,000)"
    );
    for (const lang of LANGS) expect(renderFinding(f, lang).message).toContain("1%");
  });

  it("is a note under a committed objective", () => {
    expect(find("KR-TARGET-TRIVIAL", sales(1_010_000, "Committed"))[0].severity).toBe("info");
  });

  it("takes the step from the Start either way; 2% and more, a Start of 0 and other types pass", () => {
    expect(ids(lint(sales(990_000)), "KR-TARGET-TRIVIAL")).toEqual(["T-O1-KR1"]);
    expect(ids(lint(sales(1_020_000)), "KR-TARGET-TRIVIAL")).toEqual([]);
    expect(ids(lint(sales(1_019_999)), "KR-TARGET-TRIVIAL")).toEqual(["T-O1-KR1"]);
    expect(
      ids(lint(okr({}, [kr({ start: 0, target: 1, current: 0 })])), "KR-TARGET-TRIVIAL")
    ).toEqual([]);
    const keep = kr({
      krType: "Keep above",
      statement: "Keep NPS above 50",
      start: 50,
      target: 50.5,
    });
    expect(ids(lint(okr({}, [keep])), "KR-TARGET-TRIVIAL")).toEqual([]);
  });

  it("reads its threshold from the settings", () => {
    const field = THRESHOLD_FIELDS.find((t) => t.group === "trivialStep")!;
    expect(field.def.label).toBeDefined();
    const looser = withThreshold(DEFAULT_SETTINGS, field, 0.005);
    expect(
      lintWorkbook([sheet(sales(1_010_000))], looser).filter(
        (f) => f.ruleId === "KR-TARGET-TRIVIAL"
      )
    ).toEqual([]);
  });
});

describe("KR-ALREADY-MET", () => {
  const met = (current: number | string, start = 40, target = 50) =>
    okr({}, [kr({ statement: "Grow active partners", unit: "partners", start, target, current })]);

  it("warns where Current is at or past Target in the period's first days", () => {
    const [f] = find("KR-ALREADY-MET", met(52), { asOf: "2026-01-06" });
    expect(f).toMatchObject({ severity: "warning", okrId: "T-O1-KR1", cell: "K4" });
    expect(renderFinding(f, "en").message).toContain("(52 against 50, from 40)");
    for (const lang of LANGS) expect(renderFinding(f, lang).message).toContain("52");
    expect(ids(find("KR-ALREADY-MET", met(50), { asOf: "2026-01-14" }), "KR-ALREADY-MET")).toEqual([
      "T-O1-KR1",
    ]);
  });

  it("follows the key result's direction: a falling one met is at or below its Target", () => {
    expect(find("KR-ALREADY-MET", met(9, 20, 10), { asOf: "2026-01-02" })).toHaveLength(1);
    expect(find("KR-ALREADY-MET", met(11, 20, 10), { asOf: "2026-01-02" })).toEqual([]);
  });

  it("is silent short of the Target, after the first 14 days, and without an As-of", () => {
    expect(find("KR-ALREADY-MET", met(49), { asOf: "2026-01-06" })).toEqual([]);
    expect(find("KR-ALREADY-MET", met(52), { asOf: "2026-01-15" })).toEqual([]);
    expect(find("KR-ALREADY-MET", met(52))).toEqual([]);
  });
});

describe("KR-TARGET-LOWERED", () => {
  const entry = (date: string, target: number | string, krId = "T-O1-KR1"): HistoryEntry => ({
    row: 1,
    date,
    sheet: "Team",
    krId,
    value: null,
    confidence: null,
    target,
    weight: null,
    fingerprint: null,
    revised: "",
  });
  const run = (rows: Parameters<typeof sheet>[0], history: HistoryEntry[]) =>
    lintWorkbook([sheet(rows)], DEFAULT_SETTINGS, undefined, { history }).filter(
      (f) => f.ruleId === "KR-TARGET-LOWERED"
    );
  const metric = (target: number, start = 100) =>
    okr({}, [kr({ statement: "Grow signed stores", unit: "stores", start, target, current: 120 })]);

  it("warns where a rising Target is now below the first one recorded this period", () => {
    const [f] = run(metric(150), [entry("2026-01-10", 200), entry("2026-02-10", 180)]);
    expect(f).toMatchObject({ severity: "warning", cell: "J3", okrId: "T-O1-KR1" });
    expect(renderFinding(f, "en").message).toContain("200 at the check-in of 2026-01-10, 150 now");
    for (const lang of LANGS) expect(renderFinding(f, lang).message).toContain("150");
  });

  it("warns where a falling Target is now higher; a Keep below line raised too", () => {
    expect(run(metric(80, 100), [entry("2026-01-10", 60)])).toHaveLength(1);
    const keep = okr({}, [
      kr({
        krType: "Keep below",
        statement: "Keep churn below 2%",
        unit: "%",
        start: "1.5%",
        target: "3%",
        current: "1%",
      }),
    ]);
    expect(run(keep, [entry("2026-01-10", "2%")])).toHaveLength(1);
  });

  it("is silent where the Target was raised, kept, recorded before the period, or never recorded", () => {
    expect(run(metric(250), [entry("2026-01-10", 200)])).toEqual([]);
    expect(run(metric(200), [entry("2026-01-10", 200)])).toEqual([]);
    expect(run(metric(150), [entry("2025-12-20", 200)])).toEqual([]);
    expect(run(metric(150), [entry("2026-01-10", 200, "T-O1-KR9")])).toEqual([]);
    expect(run(metric(150), [])).toEqual([]);
  });
});
