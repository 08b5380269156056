// "What needs attention" on the Summary: the key results a leader should look at first, each with
// why, sorted by their objective's weight. Worked out by Score from the reference model and the
// check-in history (a list that changes length cannot be a fixed-length formula), so it is right
// after every Score and dated by the Summary's as-of date.
import type { HistoryEntry } from "../reading/historySheet";
import { dayNumber } from "../reading/dates";
import { DEFAULT_CADENCE_DAYS, staleDays } from "../reading/cadence";
import { countOf, format } from "../reading/i18n";
import { idKey } from "../reading/ids";
import { parseShare } from "../reading/sheet";
import type { RowScore, WorkbookScore } from "../scoring/model";
import type { OkrSheet } from "../reading/sheet";
import type { IsoDate, KeyResult, Lang, Localized, Objective } from "../types";

export type AttentionReason =
  | { kind: "red" }
  | { kind: "stale"; days: number }
  | { kind: "never" }
  | { kind: "confidence"; from: number; to: number };

export interface AttentionItem {
  sheet: string;
  kr: KeyResult;
  /** The objective it belongs to (null for a key result above the first objective). */
  objective: Objective | null;
  reasons: AttentionReason[];
}

/** The reasons a key result is listed, in the reader's language. */
const REASON_TEXT = {
  red: {
    en: "Red: behind its expected pace",
    "zh-CN": "红灯：落后于预期进度",
    "zh-TW": "紅燈：落後於預期進度",
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
      if (r.kind === "stale") return countOf(r.days, REASON_TEXT.stale, lang);
      if (r.kind === "confidence")
        return format(REASON_TEXT.confidence[lang], {
          from: percent.format(r.from),
          to: percent.format(r.to),
        });
      return REASON_TEXT[r.kind][lang];
    })
    .join(REASON_SEPARATOR[lang]);
}

/**
 * A key result's check-ins in its period up to the as-of date, oldest first (one per date: the last
 * row). Every row is one a person made: a check-in records only the key results it was told about.
 */
function checkinsOf(
  entries: readonly HistoryEntry[],
  sheet: OkrSheet,
  krId: string,
  asOf: IsoDate
): HistoryEntry[] {
  const byDate = new Map<IsoDate, HistoryEntry>();
  const from = sheet.header.period?.start ?? "";
  for (const e of entries)
    if (
      e.sheet === sheet.name &&
      idKey(e.krId) === idKey(krId) &&
      e.date <= asOf &&
      e.date >= from
    ) {
      const seen = byDate.get(e.date);
      if (!seen || e.row > seen.row) byDate.set(e.date, e);
    }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Why a key result needs attention (none: it does not). */
function reasonsFor(
  row: RowScore | undefined,
  checkins: readonly HistoryEntry[] | null,
  asOf: IsoDate,
  cadence: number
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  // Not started yet: its first check-in is not due, nothing to chase.
  if (row?.notStarted) return reasons;
  if (row?.status === "red") reasons.push({ kind: "red" });
  // Without a history there is nothing to say about check-ins.
  if (!checkins) return reasons;
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

/**
 * The key results that are red, stale or losing confidence, the heaviest objective's first (no
 * weight counts as lightest), then in sheet and row order.
 */
export function needsAttention(
  sheets: readonly OkrSheet[],
  model: WorkbookScore,
  history: readonly HistoryEntry[] | null,
  asOf: IsoDate,
  cadence: number = DEFAULT_CADENCE_DAYS
): AttentionItem[] {
  const scored = new Map(model.rows.map((r) => [`${r.sheet}\u0000${r.row}`, r]));
  const items: AttentionItem[] = [];
  for (const sheet of sheets) {
    const groups: [Objective | null, KeyResult[]][] = [
      [null, sheet.orphans],
      ...sheet.objectives.map((o): [Objective, KeyResult[]] => [o, o.keyResults]),
    ];
    for (const [objective, krs] of groups)
      for (const kr of krs) {
        const checkins = history && checkinsOf(history, sheet, kr.id, asOf);
        const reasons = reasonsFor(
          scored.get(`${sheet.name}\u0000${kr.row}`),
          checkins,
          asOf,
          cadence
        );
        if (reasons.length) items.push({ sheet: sheet.name, kr, objective, reasons });
      }
  }
  const weight = (i: AttentionItem) => i.objective?.weight ?? -1;
  // Array.prototype.sort is stable: equal weights keep sheet and row order.
  return items.sort((a, b) => weight(b) - weight(a));
}
