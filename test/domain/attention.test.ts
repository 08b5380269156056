// "What needs attention", as a rule over a sheet, its scores and its check-ins: which key results,
// why (in three languages), who owns each, and in what order — the objective's weight times the
// shortfall — during the period and at its end.
import type { HistoryEntry } from "../../src/domain/reading/historySheet";
import { ATTENTION_ROWS, describeReasons, needsAttention } from "../../src/domain/score/attention";
import { parsePeriod } from "../../src/domain/reading/period";
import { scoreWorkbook } from "../../src/domain/scoring/model";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type CellValue, type Lang, type Period } from "../../src/domain/types";
import type { PlanValue } from "../../src/domain/plan/types";
import { headerRow } from "../../src/domain/reading/columns";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { metricKr, rowOf } from "../support/okrRows";
import { sectionRows } from "../support/summaryRows";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const AS_OF = "2026-02-15"; // 46 of 90 days: a committed key result is due at 51 %

/** Two objectives: the light one first (30 %), the heavy one second (70 %). */
const teamRows = [
  headerRow("en"),
  rowOf({
    id: "T-O1",
    level: "Objective",
    statement: "Light",
    owner: "Ana",
    commitment: "Committed",
    weight: "30%",
  }),
  metricKr("T-O1-KR1", "Behind", { current: 120 }), // 0 %, due 51 %: red, 51 points short
  metricKr("T-O1-KR2", "Fine", { current: 170, owner: "Bo" }),
  rowOf({
    id: "T-O2",
    level: "Objective",
    statement: "Heavy",
    owner: "Cy",
    commitment: "Committed",
    weight: "70%",
  }),
  metricKr("T-O2-KR1", "Stale", { current: 170 }),
  metricKr("T-O2-KR2", "Losing heart", { current: 170 }),
  metricKr("T-O2-KR3", "Never checked", { current: 152 }), // 40 %: yellow, 11 points short
];
const sheet = readSheet("Team", teamRows, { period: Q1 });

const entry = (krId: string, date: string, confidence: number, row: number): HistoryEntry => ({
  row,
  date,
  sheet: "Team",
  krId,
  value: 170,
  confidence,
  target: null,
  weight: null,
  fingerprint: null,
  revised: "",
});

const history = [
  entry("T-O1-KR1", "2026-02-10", 0.7, 1),
  entry("T-O1-KR2", "2026-02-10", 0.7, 2),
  entry("T-O2-KR1", "2026-01-31", 0.7, 3), // 15 days before the as-of date
  entry("T-O2-KR2", "2026-02-01", 0.8, 4),
  entry("T-O2-KR2", "2026-02-10", 0.5, 5),
  entry("T-O2-KR2", "2026-03-01", 0.2, 6), // after the as-of date: not yet
];

describe("what needs attention", () => {
  const model = scoreWorkbook([sheet], AS_OF);

  it("ranks by the objective's weight × the shortfall: a light objective far behind comes first", () => {
    const items = needsAttention([sheet], model, history, AS_OF);
    expect(items.map((i) => i.kr.id)).toEqual([
      "T-O1-KR1", // 30 % × 0.51 = 0.153
      "T-O2-KR3", // 70 % × 0.11 = 0.078
      "T-O2-KR1", // not behind: stale
      "T-O2-KR2", // not behind: confidence fell
    ]);
    const [first, second] = items;
    expect(first.priority).toBeCloseTo(0.3 * (46 / 90), 9);
    expect(second.priority).toBeCloseTo(0.7 * (46 / 90 - 0.4), 9);
    expect(first.reasons).toEqual([{ kind: "behind", status: "red", progress: 0, due: 46 / 90 }]);
    expect(second.reasons).toEqual([
      { kind: "behind", status: "yellow", progress: 0.4, due: 46 / 90 },
      { kind: "never" },
    ]);
    expect(items[2].reasons).toEqual([{ kind: "stale", days: 15 }]);
    expect(items[3].reasons).toEqual([{ kind: "confidence", from: 0.8, to: 0.5 }]);
  });

  it("names who to call: the key result's owner, else its objective's", () => {
    const fine = readSheet(
      "Team",
      [
        headerRow("en"),
        rowOf({ id: "T-O1", level: "Objective", statement: "O", owner: "Ana", weight: "100%" }),
        metricKr("T-O1-KR1", "Own owner", { current: 120, owner: "Bo" }),
        metricKr("T-O1-KR2", "Inherits", { current: 120 }),
      ],
      { period: Q1 }
    );
    const items = needsAttention([fine], scoreWorkbook([fine], AS_OF), null, AS_OF);
    expect(items.map((i) => [i.kr.id, i.owner])).toEqual([
      ["T-O1-KR1", "Bo"],
      ["T-O1-KR2", "Ana"],
    ]);
  });

  it("says nothing of check-ins when the workbook keeps no history", () => {
    const items = needsAttention([sheet], model, null, AS_OF);
    expect(items.map((i) => i.kr.id)).toEqual(["T-O1-KR1", "T-O2-KR3"]);
  });

  it("is stale after more than one cadence: 7 days back is fresh, 8 is not (weekly by default)", () => {
    const at = (date: string, cadence?: number) =>
      needsAttention([sheet], model, [entry("T-O2-KR1", date, 0.7, 1)], AS_OF, cadence).find(
        (i) => i.kr.id === "T-O2-KR1"
      )?.reasons;
    expect(at("2026-02-08")).toBeUndefined();
    expect(at("2026-02-07")).toEqual([{ kind: "stale", days: 8 }]);
    // A workbook that checks in every two weeks: 13 days back is fresh, 15 is not.
    expect(at("2026-02-02", 14)).toBeUndefined();
    expect(at("2026-01-31", 14)).toEqual([{ kind: "stale", days: 15 }]);
  });

  it("counts only the key result's check-ins of its period, and nothing before its first is due", () => {
    // A check-in dated before the period began is another period's: this one has none yet.
    const before = [entry("T-O2-KR1", "2025-12-20", 0.7, 1)];
    expect(
      needsAttention([sheet], model, before, AS_OF).find((i) => i.kr.id === "T-O2-KR1")?.reasons
    ).toEqual([{ kind: "never" }]);
    // On the period's third day nothing is due: not started, so not listed.
    const early = scoreWorkbook([sheet], "2026-01-03", { cadence: 7, history: null });
    expect(early.rows.filter((r) => r.level === "keyResult").every((r) => r.notStarted)).toBe(true);
    expect(needsAttention([sheet], early, [], "2026-01-03")).toEqual([]);
  });

  it("at the period's end lists only Missed and Acceptable, in grade words, never Achieved", () => {
    const end = "2026-03-31";
    const ended = readSheet(
      "Team",
      [
        headerRow("en"),
        rowOf({ id: "T-O1", level: "Objective", statement: "O", commitment: "Committed" }),
        metricKr("T-O1-KR1", "Done", { current: 200 }), // 100 %: achieved
        metricKr("T-O1-KR2", "Close", { current: 188 }), // 85 %: acceptable
        metricKr("T-O1-KR3", "Far", { current: 140 }), // 25 %: missed
        rowOf({ id: "T-O2", level: "Objective", statement: "A", commitment: "Aspirational" }),
        metricKr("T-O2-KR1", "Good enough", { current: 172 }), // 65 % ≥ 60 %: achieved
        metricKr("T-O2-KR2", "Short", { current: 152 }), // 40 %: acceptable
      ],
      { period: Q1 }
    );
    const scored = scoreWorkbook([ended], end);
    // Stale check-ins no longer count: the period is over.
    const items = needsAttention([ended], scored, [], end);
    expect(items.map((i) => i.kr.id)).toEqual(["T-O1-KR3", "T-O2-KR2", "T-O1-KR2"]);
    const statuses = items.map((i) => scored.rows.find((r) => r.id === i.kr.id)?.status);
    expect(statuses).not.toContain("green");
    // The grade itself is the Status column's word (Missed, Acceptable, Acceptable).
    expect(items.map((i) => describeReasons(i.reasons, "en"))).toEqual([
      "25% at the period's end (committed: 100% is achieved)",
      "40% at the period's end (aspirational: 60% is achieved)",
      "85% at the period's end (committed: 100% is achieved)",
    ]);
    expect(describeReasons(items[0].reasons, "zh-CN")).toBe(
      "期末进度 25%（承诺型：达到 100% 即为达成）"
    );
    expect(describeReasons(items[0].reasons, "zh-TW")).toBe(
      "期末進度 25%（承諾型：達到 100% 即為達成）"
    );
  });

  it("says why in three languages", () => {
    const reasons = [
      { kind: "behind", status: "red", progress: 0, due: 0.51 },
      { kind: "stale", days: 1 },
      { kind: "confidence", from: 0.8, to: 0.5 },
    ] as const;
    const said: Record<Lang, string> = {
      en: "0% where 51% was due by now; No check-in for 1 day; Confidence fell from 80% to 50%",
      "zh-CN": "进度 0%，此时应达 51%；1 天未更新进度；信心指数从 80% 降至 50%",
      "zh-TW": "進度 0%，此時應達 51%；1 天未更新進度；信心指數從 80% 降至 50%",
    };
    for (const lang of LANGS) expect(describeReasons(reasons, lang)).toBe(said[lang]);
    expect(describeReasons([{ kind: "stale", days: 15 }], "en")).toBe("No check-in for 15 days");
  });

  it("counts on the Summary as not started only key results whose first check-in is not due", () => {
    // The board's figure and the details' Sheets column, as the model says (what each formula shows).
    const notStarted = (asOf: string) => {
      const scored = planScore([{ sheet, rows: teamRows }], { asOf, checkedOn: asOf, lang: "en" });
      const cells = (name: string) =>
        scored.plans.find((p) => p.sheet === name)!.blocks[0].values as PlanValue[][];
      const shows = (v: PlanValue) => (typeof v === "object" && v !== null ? v.shows : v);
      const figure = cells(scored.summarySheet).find((r) => r[0] === SUMMARY_TEXT.notStarted.en)!;
      const details = cells(scored.detailsSheet);
      const header = details.find((r) => r[0] === SUMMARY_TEXT.sheet.en)!;
      const team = details.find((r) => r[0] === "Team")!;
      const counted = shows(team[header.indexOf(SUMMARY_TEXT.notStarted.en)]);
      expect(shows(figure[1])).toBe(counted);
      return counted;
    };
    // The period's third day: no check-in is due yet, so none of the five has started.
    expect(notStarted("2026-01-03")).toBe(5);
    // Mid-period a key result never checked in is not "not started": it needs a check-in.
    expect(notStarted(AS_OF)).toBe(0);
  });
});

describe("what needs attention on the Summary of a large sheet", () => {
  // 60 key results that have not moved at mid-period: all red.
  const rows = [
    headerRow("en"),
    rowOf({
      id: "B-O1",
      level: "Objective",
      statement: "Big",
      owner: "Dee",
      commitment: "Committed",
    }),
    ...Array.from({ length: 60 }, (_, i) => metricKr(`B-O1-KR${i + 1}`, "Still", { current: 120 })),
  ];
  const summaryRows = (lang: Lang, attentionRows?: number) => {
    const scored = planScore([{ sheet: readSheet("Big", rows, { period: Q1 }), rows }], {
      asOf: AS_OF,
      checkedOn: AS_OF,
      lang,
      attentionRows,
    });
    const red = scored.model.rows.filter((r) => r.level === "keyResult" && r.status === "red");
    expect(red).toHaveLength(60);
    const board = scored.plans.find((p) => p.sheet === scored.summarySheet)!;
    return sectionRows(board.blocks[0].values as CellValue[][], SUMMARY_TEXT.attention[lang]);
  };

  it.each(LANGS)("shows the first 10 by default and counts the rest in one line (%s)", (lang) => {
    const listed = summaryRows(lang);
    expect(listed).toHaveLength(ATTENTION_ROWS + 1);
    expect(String(listed[ATTENTION_ROWS][0])).toContain("50");
    const shown = listed.slice(0, ATTENTION_ROWS);
    expect(shown.every((r) => /^B-O1-KR\d+$/.test(String(r[0])))).toBe(true);
    // Each with the one to call (the objective's owner, inherited).
    expect(shown.every((r) => r[1] === "Dee")).toBe(true);
  });

  it("shows as many as the setting says", () => {
    const listed = summaryRows("en", 3);
    expect(listed).toHaveLength(4);
    expect(String(listed[3][0])).toContain("57");
  });
});
