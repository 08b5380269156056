// The Summary's dashboard parts, checked the same way in both hosts against the reference model
// (the JSON of okr score --format json, or the model Score returns in Excel) and against what a
// reader expects of one scenario: company and sales sheets for 2026-Q1, Sales checked in twice
// (SALES-O1-KR1's confidence 90 % then 60 %), the company never, SALES-O3 aligned to nothing, so
// CO-O3 is not picked up, scored as of 2026-02-10.
import { COLUMNS } from "../../src/domain/reading/columns";
import { SUMMARY_TEXT } from "../../src/domain/score/summary";
import type { CellValue, Lang, Status } from "../../src/domain/types";
import { sectionRows } from "./summaryRows";

const AS_OF = "2026-02-10";
const CHECKINS = [
  { date: "2026-01-20", value: 1_400_000, confidence: 0.9 },
  { date: "2026-02-03", value: 1_500_000, confidence: 0.6 },
] as const;

type Rows = readonly (readonly CellValue[])[];

export interface Reference {
  sheets: readonly { name: string; score: number | null }[];
  rows: readonly {
    sheet: string;
    id: string;
    level: string;
    status: Status | null;
    problem: string | null;
  }[];
}

const isKr = (level: string) => level !== "objective";

/** What the reader sees as each reason, per language. */
const SAYS: Record<Lang, { red: string; never: string; fell: string }> = {
  en: {
    red: "Red: behind its expected pace",
    never: "No check-in yet",
    fell: "Confidence fell from 90% to 60%",
  },
  "zh-CN": { red: "红灯：落后于预期进度", never: "尚无进度更新", fell: "信心指数从 90% 降至 60%" },
  "zh-TW": { red: "紅燈：落後於預期進度", never: "尚無進度更新", fell: "信心指數從 90% 降至 60%" },
};

/** The headline: the as-of date, overall score, shares per status and not scored, as the model says. */
function expectHeadline(
  summary: Rows,
  ref: Reference,
  lang: Lang,
  { asOf: asOfSerial, checkedOn }: { asOf: number; checkedOn: number }
) {
  expect(summary[1][0]).toBe(SUMMARY_TEXT.asOf[lang]);
  const [asOf, overall, green, yellow, red, notScored] = summary[2];
  expect(asOf).toBe(asOfSerial);
  const scores = ref.sheets.map((s) => s.score).filter((s): s is number => s !== null);
  expect(overall).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
  const krs = ref.rows.filter((r) => isKr(r.level));
  const share = (s: Status) => krs.filter((r) => r.status === s).length / krs.length;
  expect(green).toBeCloseTo(share("green"), 9);
  expect(yellow).toBeCloseTo(share("yellow"), 9);
  expect(red).toBeCloseTo(share("red"), 9);
  expect(notScored).toBe(krs.filter((r) => r.problem).length);
  // The check's date is no longer beside the title: it is in the Findings block.
  expect(summary.flat().filter((c) => c === SUMMARY_TEXT.lastCheck[lang])).toHaveLength(1);
  const findings = summary.findIndex((r) => r[0] === SUMMARY_TEXT.findings[lang]);
  expect(summary[findings + 1].slice(0, 2)).toEqual([SUMMARY_TEXT.lastCheck[lang], checkedOn]);
}

/**
 * "What needs attention": every key result but SALES-O1-KR1 (never checked in: the check-ins named
 * that one only, and a check-in records what people said), the red ones saying so too, and
 * SALES-O1-KR1 (confidence fell), each saying why, heaviest objective first; no other.
 */
function expectAttention(summary: Rows, ref: Reference, lang: Lang) {
  const listed = sectionRows(summary, SUMMARY_TEXT.attention[lang]);
  const header = summary[summary.findIndex((r) => r[0] === SUMMARY_TEXT.attention[lang]) + 1];
  const at = (key: keyof typeof SUMMARY_TEXT) => header.indexOf(SUMMARY_TEXT[key][lang]);
  const why = new Map(listed.map((r) => [String(r[0]), String(r[at("why")])]));
  const krs = ref.rows.filter((r) => isKr(r.level));
  const checkedIn = (id: string) => id === "SALES-O1-KR1";
  const expected = krs;
  expect([...why.keys()].sort()).toEqual(expected.map((r) => r.id).sort());
  const says = SAYS[lang];
  for (const r of expected) {
    const text = why.get(r.id) ?? "";
    expect(text.includes(says.red)).toBe(r.status === "red");
    expect(text.includes(says.never)).toBe(!checkedIn(r.id));
    expect(text.includes(says.fell)).toBe(checkedIn(r.id));
  }
  const weights = listed.map((r) => Number(r[at("weight")]));
  expect(weights).toEqual([...weights].sort((a, b) => b - a));
  expect(listed[0][0]).toMatch(/^SALES-O1-KR/); // weight 50 %, the heaviest
}

/** The Alignment block names CO-O3 (nobody aligned to it) "not picked up", and no other. */
function expectNotPickedUp(summary: Rows, lang: Lang) {
  const block = sectionRows(summary, SUMMARY_TEXT.alignment[lang]);
  const lonely = block.filter((r) => r[4] === SUMMARY_TEXT.notPickedUp[lang]).map((r) => r[0]);
  expect(lonely).toEqual(["CO-O3"]);
  // Aligned parents still list their children.
  expect(block.map((r) => r[4])).toEqual(expect.arrayContaining(["SALES-O1", "SALES-O2"]));
}

/** Everything above, for one host's Summary: its cells and the reference model of its scores. */
export function expectDashboard(
  summary: Rows,
  ref: Reference,
  lang: Lang,
  dates: { asOf: number; checkedOn: number }
) {
  expectHeadline(summary, ref, lang, dates);
  expectAttention(summary, ref, lang);
  expectNotPickedUp(summary, lang);
}

/** The scenario's dates and check-ins, and the OKR sheets' ID and Parent columns (0-based). */
export const SCENARIO = {
  asOf: AS_OF,
  checkins: CHECKINS,
  idCol: COLUMNS.findIndex((c) => c.key === "id"),
  parentCol: COLUMNS.findIndex((c) => c.key === "parent"),
};
