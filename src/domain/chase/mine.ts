// "My key results": one owner's key results in the period shown — their own, and those of their
// objectives that name no owner of their own (a key result inherits its objective's) — each with
// its last real check-in and whether it is due this week. Check-in in the pane and
// `okr checkin --owner` list them.
import { beforeFirstCheckin, staleDays } from "../reading/cadence";
import { idKey } from "../reading/ids";
import type { HistoryEntry } from "../reading/historySheet";
import type { OkrSheet } from "../reading/sheet";
import type { IsoDate, KeyResult, Lang, Localized, Period } from "../types";
import { format } from "../reading/i18n";

/** Owners compare as people read them: without case or surrounding spaces. */
export const ownerKey = (name: string) => name.normalize("NFKC").trim().toLowerCase();

/** A key result's owner: its own, else its objective's. */
export function ownerOfKr(kr: KeyResult, objectiveOwner: string): string {
  return kr.owner.trim() || objectiveOwner.trim();
}

/** Every owner named on the sheets (of objectives and of key results), in the order first met. */
export function ownersOf(sheets: readonly OkrSheet[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sheets)
    for (const o of s.objectives)
      for (const name of [o.owner, ...o.keyResults.map((k) => ownerOfKr(k, o.owner))]) {
        const key = ownerKey(name);
        if (key && !seen.has(key)) seen.set(key, name.trim());
      }
  return [...seen.values()];
}

export interface MyKr {
  sheet: string;
  id: string;
  statement: string;
  unit: string;
  current: number | null;
  target: number | null;
  last: IsoDate | null;
  /** Whether a check-in is due: none within the cadence (and the first one is due). */
  due: boolean;
}

/** The owner's key results, sheet by sheet, in sheet order. */
export function myKeyResults(o: {
  sheets: readonly OkrSheet[];
  owner: string;
  history: readonly HistoryEntry[];
  asOf: IsoDate;
  cadence: number;
  period: Period | null;
}): MyKr[] {
  const who = ownerKey(o.owner);
  const out: MyKr[] = [];
  for (const sheet of o.sheets) {
    const period = sheet.header.period ?? o.period;
    const early = beforeFirstCheckin(period, o.asOf, o.cadence);
    for (const obj of sheet.objectives)
      for (const kr of obj.keyResults) {
        if (ownerKey(ownerOfKr(kr, obj.owner)) !== who) continue;
        let last: IsoDate | null = null;
        for (const e of o.history)
          if (
            e.sheet === sheet.name &&
            idKey(e.krId) === idKey(kr.id) &&
            e.date <= o.asOf &&
            (!period || e.date >= period.start) &&
            (!last || e.date > last)
          )
            last = e.date;
        const due = last ? staleDays(last, o.asOf, o.cadence) !== null : !early;
        out.push({
          sheet: sheet.name,
          id: kr.id,
          statement: kr.statement,
          unit: kr.unit,
          current: kr.current,
          target: kr.target,
          last,
          due,
        });
      }
  }
  return out;
}

const T = {
  head: {
    en: "My key results — {owner}, as of {asOf}: {n} key result(s), {due} to update",
    "zh-CN": "我的关键结果——{owner}，截至 {asOf}：共 {n} 项，{due} 项待更新",
    "zh-TW": "我的關鍵結果——{owner}，截至 {asOf}：共 {n} 項，{due} 項待更新",
  },
  due: { en: "to update", "zh-CN": "待更新", "zh-TW": "待更新" },
  fresh: { en: "up to date", "zh-CN": "已更新", "zh-TW": "已更新" },
  last: { en: "last check-in {last}", "zh-CN": "上次更新 {last}", "zh-TW": "上次更新 {last}" },
  never: { en: "no check-in yet", "zh-CN": "尚无进度更新", "zh-TW": "尚無進度更新" },
  values: {
    en: "Current {current}, target {target}",
    "zh-CN": "当前值 {current}，目标值 {target}",
    "zh-TW": "目前值 {current}，目標值 {target}",
  },
} satisfies Record<string, Localized>;

/** The list's words (the pane's Check-in says the same beside each key result). */
export const MINE_TEXT = T;

const shown = (n: number | null, unit: string) =>
  n === null
    ? "—"
    : unit === "%"
      ? `${Number((n * 100).toPrecision(12))}%`
      : `${n}${unit && unit !== "%" ? ` ${unit}` : ""}`;

/** The list a person reads. */
export function myKeyResultsText(
  krs: readonly MyKr[],
  o: { owner: string; asOf: IsoDate; lang: Lang }
): string {
  const lines = [
    format(T.head[o.lang], {
      owner: o.owner,
      asOf: o.asOf,
      n: krs.length,
      due: krs.filter((k) => k.due).length,
    }),
  ];
  for (const k of krs)
    lines.push(
      `  ${k.due ? "•" : " "} ${k.id}  ${k.statement} — ${format(T.values[o.lang], {
        current: shown(k.current, k.unit),
        target: shown(k.target, k.unit),
      })}; ${k.last ? format(T.last[o.lang], { last: k.last }) : T.never[o.lang]} (${
        k.due ? T.due[o.lang] : T.fresh[o.lang]
      })`
    );
  return `${lines.join("\n")}\n`;
}

/** A values file to fill in (okr checkin --values): the key results due, one line each. */
export function valuesTemplate(krs: readonly MyKr[]): string {
  return `ID,Current,Confidence,Comment\n${krs
    .filter((k) => k.due)
    .map((k) => `${k.id},,,`)
    .join("\n")}\n`;
}
