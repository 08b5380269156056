// "What needs attention" on the Summary: the key results a leader should look at first, each with
// its owner and why, ranked by how much they cost the sheet score — their objective's weight times
// their shortfall (how far below where they should be by now). Worked out by Score from the
// reference model and the check-in history (a list that changes length cannot be a fixed-length
// formula), so it is right after every Score and dated by the Summary's as-of date. At the end of
// the period it lists only the key results graded Missed or Acceptable, in grade words: check-ins
// are over, and an achieved key result needs nobody's attention. A key result not started yet
// (periods/notStarted.ts) needs nobody's attention either: its first check-in is not due.
import type { HistoryEntry } from "../reading/historySheet";
import { dayNumber } from "../reading/dates";
import { DEFAULT_CADENCE_DAYS, staleDays } from "../reading/cadence";
import { countOf, format } from "../reading/i18n";
import { idKey } from "../reading/ids";
import { gradedAs } from "../scoring/krTypes";
import { parseShare } from "../reading/sheet";
import { COMMITTED_ASSUMED, gradingOf } from "../scoring/grading";
import { rowsBySheet, type RowScore, type WorkbookScore } from "../scoring/model";
import type { OkrSheet } from "../reading/sheet";
import type { Commitment, IsoDate, KeyResult, Lang, Localized, Objective, Status } from "../types";
import { COMMITMENTS, termLabel } from "../reading/vocabulary";

export type AttentionReason =
  /** Below where it should be by now (yellow or red during the period). */
  | { kind: "behind"; status: Status; progress: number; due: number }
  /** Graded at the period's end below its bar (Acceptable or Missed). */
  | {
      kind: "graded";
      status: Status;
      progress: number;
      bar: number;
      commitment: Commitment;
      /** No Commitment was given: graded as committed, and the reason says so. */
      assumed?: true;
    }
  | { kind: "stale"; days: number }
  | { kind: "never" }
  | { kind: "confidence"; from: number; to: number };

export interface AttentionItem {
  sheet: string;
  kr: KeyResult;
  /** The objective it belongs to (null for a key result above the first objective). */
  objective: Objective | null;
  /** Who to call: the key result's owner, else its objective's. */
  owner: string;
  reasons: AttentionReason[];
  /** Its objective's share of the sheet score times its shortfall: the order of the list. */
  priority: number;
}

/** At most this many key results are listed unless a workbook says otherwise (ScoreOptions). */
export const ATTENTION_ROWS = 10;

/** The reasons a key result is listed, in the reader's language. */
const REASON_TEXT = {
  behind: {
    en: "{progress} where {due} was due by now",
    "zh-CN": "进度 {progress}，此时应达 {due}",
    "zh-TW": "進度 {progress}，此時應達 {due}",
  },
  graded: {
    en: "{progress} at the period's end ({commitment}: {bar} is achieved)",
    "zh-CN": "期末进度 {progress}（{commitment}：达到 {bar} 即为达成）",
    "zh-TW": "期末進度 {progress}（{commitment}：達到 {bar} 即為達成）",
  },
  stale: {
    en: { one: "No check-in for {n} day", other: "No check-in for {n} days" },
    "zh-CN": "{n} 天未更新进度",
    "zh-TW": "{n} 天未更新進度",
  },
  never: { en: "No check-in yet", "zh-CN": "尚无进度更新", "zh-TW": "尚無進度更新" },
  confidence: {
    en: "Confidence fell from {from} to {to}",
    "zh-CN": "信心指数从 {from} 降至 {to}",
    "zh-TW": "信心指數從 {from} 降至 {to}",
  },
} as const;

const REASON_SEPARATOR: Localized = { en: "; ", "zh-CN": "；", "zh-TW": "；" };

export function describeReasons(reasons: readonly AttentionReason[], lang: Lang): string {
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  return reasons
    .map((r) => {
      switch (r.kind) {
        case "stale":
          return countOf(r.days, REASON_TEXT.stale, lang);
        case "confidence":
          return format(REASON_TEXT.confidence[lang], {
            from: percent.format(r.from),
            to: percent.format(r.to),
          });
        // The status (a forecast, or a grade at the end) is the Summary's Status column's word.
        case "behind":
          return format(REASON_TEXT.behind[lang], {
            progress: percent.format(r.progress),
            due: percent.format(r.due),
          });
        case "graded": {
          const commitment = r.assumed
            ? COMMITTED_ASSUMED[lang]
            : termLabel(COMMITMENTS, r.commitment, lang);
          return format(REASON_TEXT.graded[lang], {
            progress: percent.format(r.progress),
            bar: percent.format(r.bar),
            commitment: lang === "en" ? commitment.toLowerCase() : commitment,
          });
        }
        default:
          return REASON_TEXT[r.kind][lang];
      }
    })
    .join(REASON_SEPARATOR[lang]);
}

/**
 * A key result's check-ins in its period up to the as-of date, oldest first (one per date: the last
 * row). Every row is one a person made: a check-in records only the key results it was told about.
 */
function checkinsOf(
  entries: HistoryBySheet,
  sheet: OkrSheet,
  krId: string,
  asOf: IsoDate
): HistoryEntry[] {
  const byDate = new Map<IsoDate, HistoryEntry>();
  const from = sheet.header.period?.start ?? "";
  for (const e of entries.get(sheet.name)?.get(idKey(krId)) ?? [])
    if (e.date <= asOf && e.date >= from) {
      const seen = byDate.get(e.date);
      if (!seen || e.row > seen.row) byDate.set(e.date, e);
    }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A history's rows by sheet, then by key result (idKey), each in the history's order. */
type HistoryBySheet = Map<string, Map<string, HistoryEntry[]>>;

/**
 * The history grouped once: every key result looked for its own rows in the whole history, 100,000
 * key results times as many check-ins.
 */
function historyBySheet(entries: readonly HistoryEntry[]): HistoryBySheet {
  const bySheet: HistoryBySheet = new Map();
  for (const e of entries) {
    let byKr = bySheet.get(e.sheet);
    if (!byKr) bySheet.set(e.sheet, (byKr = new Map()));
    const key = idKey(e.krId);
    const list = byKr.get(key);
    if (list) list.push(e);
    else byKr.set(key, [e]);
  }
  return bySheet;
}

/** How far a scored key result is below where it should be by now (0 when it is there). */
function shortfallOf(row: RowScore | undefined, commitment: Commitment | null): number {
  if (row?.progress === null || row?.progress === undefined) return 0;
  return Math.max(0, gradingOf(commitment).bar * (row.expected ?? 1) - row.progress);
}

/** Why a key result needs attention (none: it does not). */
function reasonsFor(
  row: RowScore | undefined,
  commitment: Commitment | null,
  checkins: readonly HistoryEntry[] | null,
  asOf: IsoDate,
  cadence: number
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  // Not started yet: its first check-in is not due, nothing to chase.
  if (row?.notStarted) return reasons;
  const ended = row?.expected === 1;
  if (row && row.progress !== null && (row.status === "red" || row.status === "yellow")) {
    const { bar } = gradingOf(commitment);
    reasons.push(
      ended
        ? {
            kind: "graded",
            status: row.status,
            progress: row.progress,
            bar,
            commitment: commitment ?? "committed",
            ...(commitment === null ? { assumed: true as const } : {}),
          }
        : {
            kind: "behind",
            status: row.status,
            progress: row.progress,
            due: bar * (row.expected ?? 1),
          }
    );
  }
  // After the period's end only the grade counts; without a history there is nothing to say about
  // check-ins.
  if (ended || !checkins) return reasons;
  const last = checkins[checkins.length - 1];
  // Stale as the OKR sheets' check-in colour says: more than one cadence since the last check-in.
  const stale = last ? staleDays(last.date, asOf, cadence) : null;
  if (!last) reasons.push({ kind: "never" });
  else if (stale !== null)
    reasons.push({ kind: "stale", days: dayNumber(asOf) - dayNumber(last.date) });
  const previous = checkins[checkins.length - 2];
  const [to, from] = [last, previous].map((e) => (e ? parseShare(e.confidence) : null));
  if (from !== null && to !== null && to < from) reasons.push({ kind: "confidence", from, to });
  return reasons;
}

/** Each share of a whole: the weights given over their sum, equal shares when none is given. */
function shares(weights: readonly (number | null)[]): number[] {
  const given = weights.filter((w): w is number => w !== null && w > 0);
  const sum = given.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 1 / Math.max(1, weights.length));
  return weights.map((w) => (w !== null && w > 0 ? w / sum : 0));
}

/**
 * The key results that are behind (or graded below their bar at the period's end), stale or losing
 * confidence, ranked by their objective's share of the sheet score × their shortfall, then by their
 * own weight in the objective, then in sheet and row order.
 */
export function needsAttention(
  sheets: readonly OkrSheet[],
  model: WorkbookScore,
  history: readonly HistoryEntry[] | null,
  asOf: IsoDate,
  cadence: number = DEFAULT_CADENCE_DAYS
): AttentionItem[] {
  const scored = rowsBySheet(model.rows);
  const items: { item: AttentionItem; own: number }[] = [];
  const grouped = history && historyBySheet(history);
  for (const sheet of sheets) {
    const objectiveShares = shares(sheet.objectives.map((o) => o.weight));
    const groups: [Objective | null, KeyResult[], number][] = [
      [null, sheet.orphans, 0],
      ...sheet.objectives.map((o, i): [Objective, KeyResult[], number] => [
        o,
        o.keyResults,
        objectiveShares[i],
      ]),
    ];
    for (const [objective, krs, weight] of groups) {
      const own = shares(krs.map((k) => k.weight));
      krs.forEach((kr, k) => {
        const row = scored.get(sheet.name)?.get(kr.row);
        const commitment = gradedAs(kr, objective?.commitment ?? null);
        const checkins = grouped && checkinsOf(grouped, sheet, kr.id, asOf);
        const reasons = reasonsFor(row, commitment, checkins, asOf, cadence);
        if (reasons.length === 0) return;
        items.push({
          item: {
            sheet: sheet.name,
            kr,
            objective,
            owner: kr.owner || objective?.owner || "",
            reasons,
            priority: weight * shortfallOf(row, commitment),
          },
          own: own[k],
        });
      });
    }
  }
  // Array.prototype.sort is stable: equal priorities keep sheet and row order.
  return items
    .sort((a, b) => b.item.priority - a.item.priority || b.own - a.own)
    .map(({ item }) => item);
}
