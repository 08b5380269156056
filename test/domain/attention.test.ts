// "What needs attention", as a rule over a sheet, its scores and its check-ins: which key results,
// why (in three languages), and in what order.
import type { HistoryEntry } from "../../src/domain/reading/historySheet";
import { describeReasons, needsAttention } from "../../src/domain/score/attention";
import { parsePeriod } from "../../src/domain/reading/period";
import { scoreWorkbook } from "../../src/domain/scoring/model";
import { readSheet } from "../../src/domain/reading/sheet";
import { LANGS, type CellValue, type Lang, type Period } from "../../src/domain/types";
import { headerRow } from "../../src/domain/reading/columns";
import { ATTENTION_MAX, SUMMARY_TEXT } from "../../src/domain/score/summary";
import { planScore } from "../../src/domain/score/scoreWorkbook";
import { metricKr, rowOf } from "../support/okrRows";
import { sectionRows } from "../support/summaryRows";

const Q1 = (parsePeriod("2026-Q1") as { ok: true; value: Period }).value;
const AS_OF = "2026-02-15";

/** Two objectives: the light one first (30 %), the heavy one second (70 %). */
const sheet = readSheet(
  "Team",
  [
    headerRow("en"),
    rowOf({
      id: "T-O1",
      level: "Objective",
      statement: "Light",
      commitment: "Committed",
      weight: "30%",
    }),
    metricKr("T-O1-KR1", "Behind", { current: 120 }), // 0 % at mid-period: red
    metricKr("T-O1-KR2", "Fine", { current: 170 }),
    rowOf({
      id: "T-O2",
      level: "Objective",
      statement: "Heavy",
      commitment: "Committed",
      weight: "70%",
    }),
    metricKr("T-O2-KR1", "Stale", { current: 170 }),
    metricKr("T-O2-KR2", "Losing heart", { current: 170 }),
    metricKr("T-O2-KR3", "Never checked", { current: 170 }),
  ],
  { period: Q1 }
);

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

  it("lists red, stale, never checked in and losing confidence, the heaviest objective first", () => {
    const items = needsAttention([sheet], model, history, AS_OF);
    expect(items.map((i) => [i.kr.id, i.reasons])).toEqual([
      ["T-O2-KR1", [{ kind: "stale", days: 15 }]],
      ["T-O2-KR2", [{ kind: "confidence", from: 0.8, to: 0.5 }]],
      ["T-O2-KR3", [{ kind: "never" }]],
      ["T-O1-KR1", [{ kind: "red" }]],
    ]);
  });

  it("says nothing of check-ins when the workbook keeps no history", () => {
    const items = needsAttention([sheet], model, null, AS_OF);
    expect(items.map((i) => i.kr.id)).toEqual(["T-O1-KR1"]);
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

  it("says why in three languages", () => {
    const reasons = [
      { kind: "red" },
      { kind: "stale", days: 1 },
      { kind: "confidence", from: 0.8, to: 0.5 },
    ] as const;
    const said: Record<Lang, string> = {
      en: "Red: behind its expected pace; No check-in for 1 day; Confidence fell from 80% to 50%",
      "zh-CN": "红灯：落后于预期进度；1 天未更新进度；信心指数从 80% 降至 50%",
      "zh-TW": "紅燈：落後於預期進度；1 天未更新進度；信心指數從 80% 降至 50%",
    };
    for (const lang of LANGS) expect(describeReasons(reasons, lang)).toBe(said[lang]);
    expect(describeReasons([{ kind: "stale", days: 15 }], "en")).toBe("No check-in for 15 days");
  });
});

describe("what needs attention on the Summary of a large sheet", () => {
  it.each(LANGS)("shows the first 50 and counts the rest in one line (%s)", (lang) => {
    // 60 key results that have not moved at mid-period: all red.
    const rows = [
      headerRow("en"),
      rowOf({ id: "B-O1", level: "Objective", statement: "Big", commitment: "Committed" }),
      ...Array.from({ length: 60 }, (_, i) =>
        metricKr(`B-O1-KR${i + 1}`, "Still", { current: 120 })
      ),
    ];
    const scored = planScore([{ sheet: readSheet("Big", rows, { period: Q1 }), rows }], {
      asOf: AS_OF,
      checkedOn: AS_OF,
      lang,
    });
    const red = scored.model.rows.filter((r) => r.level === "keyResult" && r.status === "red");
    expect(red).toHaveLength(60);
    const values = scored.plans[0].blocks[0].values;
    const listed = sectionRows(values as CellValue[][], SUMMARY_TEXT.attention[lang]);
    expect(listed).toHaveLength(ATTENTION_MAX + 1);
    expect(String(listed[ATTENTION_MAX][0])).toContain("10");
    expect(listed.slice(0, ATTENTION_MAX).every((r) => /^B-O1-KR\d+$/.test(String(r[0])))).toBe(
      true
    );
  });
});
