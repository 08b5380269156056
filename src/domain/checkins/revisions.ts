// Revisions are visible (seeds 003/004: OKRs may be adjusted during the period, and that must stay
// visible). Each check-in records a key result's Target, Weight and a short fingerprint of its
// statement; when one changed since the key result's previous check-in, the history row says what,
// old → new, and the Summary lists the key results revised in the period. Nothing is blocked.
import { columnHeader } from "../reading/columns";
import { parseNumber } from "../reading/numbers";
import { parseShare, type OkrSheet } from "../reading/sheet";
import type { CellValue, IsoDate, Lang, Localized } from "../types";

/**
 * A short fingerprint of a statement: 8 hex digits of FNV-1a (32-bit) over its text's code units with width,
 * case and runs of spaces evened out, so retyping the same words keeps it and a new wording does not.
 */
export function statementFingerprint(statement: string): string {
  const text = statement.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  if (!text) return "";
  let hash = 0x811c9dc5;
  // Over UTF-16 code units (the same in every host: no TextEncoder, which some panes' hosts lack).
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** What a check-in records of a key result's definition. */
export interface Definition {
  target: CellValue;
  weight: CellValue;
  fingerprint: CellValue;
}

const blank = (v: CellValue) => v === null || v === undefined || v === "";

/** A recorded value as a person reads it: shares as percentages where the column holds shares. */
function shown(v: number, share: boolean): string {
  return share ? `${Number((v * 100).toFixed(4))}%` : String(Number(v.toPrecision(12)));
}

const parseNumberOrNull = (v: CellValue): number | null => {
  const parsed = parseNumber(v);
  return parsed.ok ? parsed.value : null;
};

/**
 * What changed between two check-ins of a key result, e.g. "Target 2000000 → 2500000; Weight 40% →
 * 50%", in a language; "" when nothing did, or when the earlier check-in did not record it.
 */
export function revisionText(
  before: Definition,
  now: Definition,
  lang: Lang,
  targetIsShare: boolean
): string {
  const parts: string[] = [];
  // Cells may come back as numbers or as the text they show ("40%"): compared as numbers then.
  const number = (v: CellValue, share: boolean) => (share ? parseShare(v) : parseNumberOrNull(v));
  const changed = (a: CellValue, b: CellValue, share: boolean) => {
    if (blank(a)) return false;
    const [x, y] = [number(a, share), number(b, share)];
    return x !== null && y !== null ? Math.abs(x - y) > 1e-9 : String(a) !== String(b ?? "");
  };
  const say = (v: CellValue, share: boolean) => {
    const n = number(v, share);
    return n === null ? String(v ?? "") : shown(n, share);
  };
  if (changed(before.target, now.target, targetIsShare))
    parts.push(
      `${columnHeader("target", lang)} ${say(before.target, targetIsShare)} → ${say(now.target, targetIsShare)}`
    );
  if (changed(before.weight, now.weight, true))
    parts.push(
      `${columnHeader("weight", lang)} ${say(before.weight, true)} → ${say(now.weight, true)}`
    );
  if (!blank(before.fingerprint) && String(before.fingerprint) !== String(now.fingerprint ?? ""))
    parts.push(`${columnHeader("statement", lang)} ${before.fingerprint} → ${now.fingerprint}`);
  return parts.join(SEPARATOR[lang]);
}

const SEPARATOR: Localized = { en: "; ", "zh-CN": "；", "zh-TW": "；" };

/** The Summary's "revised this period" section: its heading and columns. */
export const REVISED_TEXT = {
  heading: { en: "Revised this period", "zh-CN": "本周期修订", "zh-TW": "本週期修訂" },
  krId: { en: "Key result", "zh-CN": "关键结果", "zh-TW": "關鍵結果" },
  date: { en: "Check-in", "zh-CN": "进度更新", "zh-TW": "進度更新" },
  changes: { en: "What changed", "zh-CN": "修订内容", "zh-TW": "修訂內容" },
} satisfies Record<string, Localized>;

/** A history row that records a revision. */
export interface Revision {
  sheet: string;
  krId: string;
  date: IsoDate;
  changes: string;
}

/**
 * The revisions recorded in the history for these sheets within each sheet's period (any date for
 * a sheet without one), oldest first.
 */
export function revisedThisPeriod(
  sheets: readonly OkrSheet[],
  entries: readonly { sheet: string; krId: string; date: IsoDate; revised?: string }[]
): Revision[] {
  const periods = new Map(sheets.map((s) => [s.name, s.header.period]));
  return entries
    .filter((e) => {
      if (!e.revised || !periods.has(e.sheet)) return false;
      const p = periods.get(e.sheet);
      return !p || (e.date >= p.start && e.date <= p.end);
    })
    .map((e) => ({ sheet: e.sheet, krId: e.krId, date: e.date, changes: e.revised as string }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
