// The Summary's dashboard parts, checked the same way in both hosts against the reference model
// (the JSON of okr score --format json, or the model Score returns in Excel) and against what a
// reader expects of one scenario: company and sales sheets for 2026-Q1, Sales checked in twice
// (SALES-O1-KR1's confidence 90 % then 60 %), the company never, SALES-O3 aligned to nothing, so
// CO-O3 is not picked up, scored as of 2026-02-10. The Summary's board and its details sheet.
import { COLUMNS } from "../../src/domain/reading/columns";
import { ATTENTION_ROWS, SUMMARY_TEXT } from "../../src/domain/score/summary";
import { STATUSES } from "../../src/domain/reading/vocabulary";
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

/** Each status's word during the period, per language. */
const STATUS_WORDS = Object.fromEntries(STATUSES.map((t) => [t.value, t.label])) as Record<
  Status,
  Record<Lang, string>
>;

/** The words of each reason, per language. */
const SAYS: Record<Lang, { never: string; fell: string; due: string }> = {
  en: { never: "No check-in yet", fell: "Confidence fell from 90% to 60%", due: "was due by now" },
  "zh-CN": { never: "尚无进度更新", fell: "信心指数从 90% 降至 60%", due: "此时应达" },
  "zh-TW": { never: "尚無進度更新", fell: "信心指數從 90% 降至 60%", due: "此時應達" },
};

/** The Summary's key figures: labels in A, figures in B, from its third row. */
const FIGURES = ["asOf", "periodEnd", "overallScore", "green", "yellow", "red", "notScored"];

/**
 * The headline: the as-of date, overall score, shares per status and not scored, as the model says;
 * the check's date in the details sheet's Findings block.
 */
function expectHeadline(
  summary: Rows,
  details: Rows,
  ref: Reference,
  lang: Lang,
  { asOf: asOfSerial, checkedOn }: { asOf: number; checkedOn: number }
) {
  const figure = (key: string) => summary[2 + FIGURES.indexOf(key)][1];
  expect(summary[2][0]).toBe(SUMMARY_TEXT.asOf[lang]);
  expect(figure("asOf")).toBe(asOfSerial);
  const scores = ref.sheets.map((s) => s.score).filter((s): s is number => s !== null);
  expect(figure("overallScore")).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
  const krs = ref.rows.filter((r) => isKr(r.level));
  const share = (s: Status) => krs.filter((r) => r.status === s).length / krs.length;
  for (const s of ["green", "yellow", "red"] as const) {
    // Each share beside its status word (forecasts: the period has not ended).
    expect(summary[2 + FIGURES.indexOf(s)][0]).toBe(STATUS_WORDS[s][lang]);
    expect(figure(s)).toBeCloseTo(share(s), 9);
  }
  expect(figure("notScored")).toBe(krs.filter((r) => r.problem).length);
  const when = details.findIndex((r) => r[0] === SUMMARY_TEXT.lastCheck[lang]);
  expect(details[when].slice(0, 2)).toEqual([SUMMARY_TEXT.lastCheck[lang], checkedOn]);
  expect(details.flat().filter((c) => c === SUMMARY_TEXT.lastCheck[lang])).toHaveLength(1);
}

/**
 * "What needs attention": at most ATTENTION_ROWS key results among those behind (red or yellow),
 * never checked in (every one but SALES-O1-KR1: the check-ins named that one only, and a check-in
 * records what people said) or losing confidence (SALES-O1-KR1), each with its owner and why, those
 * behind first; the rest counted in one line.
 */
function expectAttention(summary: Rows, ref: Reference, lang: Lang) {
  const listed = sectionRows(summary, SUMMARY_TEXT.attention[lang]);
  const header = summary[summary.findIndex((r) => r[0] === SUMMARY_TEXT.attention[lang]) + 1];
  const at = (key: keyof typeof SUMMARY_TEXT) => header.indexOf(SUMMARY_TEXT[key][lang]);
  const krs = ref.rows.filter((r) => isKr(r.level));
  const checkedIn = (id: string) => id === "SALES-O1-KR1";
  const behind = (id: string) => {
    const s = krs.find((r) => r.id === id)?.status;
    return s === "red" || s === "yellow";
  };
  // Every key result has a reason: never checked in, or (SALES-O1-KR1) losing confidence.
  const candidates = krs;
  const shown = listed.filter((r) => /-KR\d+$/.test(String(r[0])));
  expect(shown).toHaveLength(Math.min(ATTENTION_ROWS, candidates.length));
  if (candidates.length > ATTENTION_ROWS)
    expect(String(listed[listed.length - 1][0])).toContain(
      String(candidates.length - ATTENTION_ROWS)
    );
  const says = SAYS[lang];
  const ids = shown.map((r) => String(r[0]));
  for (const row of shown) {
    const id = String(row[0]);
    const text = String(row[at("why")]);
    expect(candidates.map((r) => r.id)).toContain(id);
    expect(String(row[at("owner")])).not.toBe("");
    // Its status in words (forecasts: the period has not ended), in the OKR sheets' colours.
    const status = krs.find((r) => r.id === id)?.status as Status;
    expect(row[at("status")]).toBe(STATUS_WORDS[status][lang]);
    expect(text.includes(says.due)).toBe(behind(id));
    expect(text.includes(says.never)).toBe(!checkedIn(id));
    expect(text.includes(says.fell)).toBe(checkedIn(id));
  }
  // Those behind come first (ranked by weight × shortfall), then the others.
  const firstNot = ids.findIndex((id) => !behind(id));
  if (firstNot >= 0) expect(ids.slice(firstNot).every((id) => !behind(id))).toBe(true);
}

/** The Alignment block names CO-O3 (nobody aligned to it) "not picked up", and no other. */
function expectNotPickedUp(details: Rows, lang: Lang) {
  const block = sectionRows(details, SUMMARY_TEXT.alignment[lang]);
  const header = details[details.findIndex((r) => r[0] === SUMMARY_TEXT.alignment[lang]) + 1];
  const gap = header.indexOf(SUMMARY_TEXT.gap[lang]);
  const lonely = block.filter((r) => r[gap] === SUMMARY_TEXT.notPickedUp[lang]).map((r) => r[0]);
  expect(lonely).toEqual(["CO-O3"]);
  // Aligned parents still list their children.
  expect(block.map((r) => r[0])).toEqual(expect.arrayContaining(["SALES-O1", "SALES-O2"]));
}

/** Everything above, for one host's Summary and details: their cells and the reference model. */
export function expectDashboard(
  summary: Rows,
  details: Rows,
  ref: Reference,
  lang: Lang,
  dates: { asOf: number; checkedOn: number }
) {
  expectHeadline(summary, details, ref, lang, dates);
  expectAttention(summary, ref, lang);
  expectNotPickedUp(details, lang);
}

/** The scenario's dates and check-ins, and the OKR sheets' ID and Parent columns (0-based). */
export const SCENARIO = {
  asOf: AS_OF,
  checkins: CHECKINS,
  idCol: COLUMNS.findIndex((c) => c.key === "id"),
  parentCol: COLUMNS.findIndex((c) => c.key === "parent"),
};
