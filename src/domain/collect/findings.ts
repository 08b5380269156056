// What Collect finds in the returned files, before anything is written, and how it reads in each
// language. One finding per fact; a person reads the text, a program the JSON of the same list.
import { format } from "../reading/i18n";
import { renderFinding } from "../rules/lint";
import type { Finding, KeyResult, Lang, Localized } from "../types";
import type { Fingerprint, SentKr } from "./fingerprint";
import type { OkrSheet } from "../reading/sheet";
import { valueInUnit } from "../plan/unitFormats";
import { writesShares } from "../scoring/values";

export type FindingKind =
  | "unreadable"
  | "not-ours"
  | "other-period"
  | "unknown-sheet"
  | "not-this-master"
  | "refused"
  | "returned-twice"
  | "id-collision"
  | "missing-parent"
  | "changed"
  | "history-replaced"
  | "actions-not-collected";

export interface CollectFinding {
  kind: FindingKind;
  file: string;
  /** The returned sheet, when the finding is about one. */
  sheet?: string;
  /** The KR or objective ID, when the finding is about one. */
  id?: string;
  /** For "changed": which sent field, and its old and new values. */
  field?: keyof Omit<SentKr, "id">;
  old?: number | null;
  new?: number | null;
  /** For "changed": the key result's unit and whether its values are shares, to say them as its cells do. */
  unit?: string;
  shares?: boolean;
  /** Free detail: the reason a file cannot be read, the other file, the period, a count. */
  detail?: string;
  /** For "refused": Check's finding on the returned sheet's header (none: nothing under it). */
  lint?: Finding;
}

/** Whether a finding stops the file being used (an error) rather than only being reported. */
export function isError(f: CollectFinding, strict: boolean): boolean {
  if (f.kind === "changed") return strict;
  return (
    f.kind !== "history-replaced" &&
    f.kind !== "missing-parent" &&
    f.kind !== "actions-not-collected"
  );
}

const TEXT: Record<FindingKind, Localized> = {
  unreadable: {
    en: "cannot be read ({detail}); not used",
    "zh-CN": "无法读取（{detail}），未使用",
    "zh-TW": "無法讀取（{detail}），未使用",
  },
  "not-ours": {
    en: "was not sent out by okr split (no fingerprint); not used",
    "zh-CN": "不是由 okr split 分发的文件（没有指纹），未使用",
    "zh-TW": "不是由 okr split 分發的檔案（沒有指紋），未使用",
  },
  "other-period": {
    en: "is for period {detail}, not the master's; not used",
    "zh-CN": "属于周期 {detail}，与主工作簿不同，未使用",
    "zh-TW": "屬於週期 {detail}，與主活頁簿不同，未使用",
  },
  "unknown-sheet": {
    en: 'sheet "{sheet}" is not in the master (or not in the returned file); not used',
    "zh-CN": "工作表“{sheet}”不在主工作簿（或退回文件）中，未使用",
    "zh-TW": "工作表「{sheet}」不在主活頁簿（或退回檔案）中，未使用",
  },
  "not-this-master": {
    en: 'its record of what was sent does not match sheet "{sheet}" of this master ({detail}): it was split from another master, or its record was edited; not used. Collect it into the master it was split from, or split this master again',
    "zh-CN":
      "其分发记录与本主工作簿的工作表“{sheet}”不一致（{detail}）：它来自另一个主工作簿，或记录被修改过，未使用。请收回到它所来自的主工作簿，或重新拆分本主工作簿",
    "zh-TW":
      "其分發記錄與本主活頁簿的工作表「{sheet}」不一致（{detail}）：它來自另一個主活頁簿，或記錄被修改過，未使用。請收回到它所來自的主活頁簿，或重新拆分本主活頁簿",
  },
  refused: {
    en: 'sheet "{sheet}" cannot be scored: {detail}; not used',
    "zh-CN": "工作表“{sheet}”无法计分：{detail}；未使用",
    "zh-TW": "工作表「{sheet}」無法計分：{detail}；未使用",
  },
  "returned-twice": {
    en: 'sheet "{sheet}" was already returned in {detail}; this copy is not used',
    "zh-CN": "工作表“{sheet}”已在 {detail} 中退回，本份未使用",
    "zh-TW": "工作表「{sheet}」已在 {detail} 中退回，本份未使用",
  },
  "id-collision": {
    en: 'ID {id} in sheet "{sheet}" belongs to sheet "{detail}" of the master; nothing of this file is used (a department changes only its own rows: give the row a new ID, or return it from "{detail}")',
    "zh-CN":
      "工作表“{sheet}”中的编号 {id} 属于主工作簿的工作表“{detail}”；本文件全部未使用（部门只能修改自己的行：请给该行新编号，或从“{detail}”退回）",
    "zh-TW":
      "工作表「{sheet}」中的編號 {id} 屬於主活頁簿的工作表「{detail}」；本檔案全部未使用（部門只能修改自己的列：請給該列新編號，或從「{detail}」退回）",
  },
  "missing-parent": {
    en: 'objective {id} in sheet "{sheet}" aligns to {detail}, which no longer exists',
    "zh-CN": "工作表“{sheet}”中的目标 {id} 对齐到 {detail}，但它已不存在",
    "zh-TW": "工作表「{sheet}」中的目標 {id} 對齊到 {detail}，但它已不存在",
  },
  changed: {
    en: 'sheet "{sheet}", {id}: {field} changed {old} → {new}',
    "zh-CN": "工作表“{sheet}”，{id}：{field} 由 {old} 改为 {new}",
    "zh-TW": "工作表「{sheet}」，{id}：{field} 由 {old} 改為 {new}",
  },
  "history-replaced": {
    en: 'sheet "{sheet}": {detail} check-in row(s) with the same KR and date replaced by the returned ones',
    "zh-CN": "工作表“{sheet}”：{detail} 行相同关键结果和日期的进度记录以退回文件为准",
    "zh-TW": "工作表「{sheet}」：{detail} 列相同關鍵結果和日期的進度記錄以退回檔案為準",
  },
  "actions-not-collected": {
    en: 'sheet "{sheet}": the returned actions under KR ID {id} are not collected, that key result is not on this sheet (add them to the Actions sheet of the master or of its own sheet\'s file)',
    "zh-CN":
      "工作表“{sheet}”：关键结果编号 {id} 下退回的行动未收回，该关键结果不在本工作表（请在主工作簿或其所属工作表文件的行动计划中添加）",
    "zh-TW":
      "工作表「{sheet}」：關鍵結果編號 {id} 下退回的行動未收回，該關鍵結果不在本工作表（請在主活頁簿或其所屬工作表檔案的行動計畫中新增）",
  },
};

const FIELD: Record<NonNullable<CollectFinding["field"]>, Localized> = {
  start: { en: "Start", "zh-CN": "起始值", "zh-TW": "起始值" },
  target: { en: "Target", "zh-CN": "目标值", "zh-TW": "目標值" },
  weight: { en: "Weight", "zh-CN": "权重", "zh-TW": "權重" },
};

const EMPTY: Localized = { en: "(empty)", "zh-CN": "（空）", "zh-TW": "（空）" };

const NO_ROWS: Localized = {
  en: 'no objective or key-result rows under the header row (add rows whose Level is "Objective" or "Key result")',
  "zh-CN": "表头行下没有目标或关键结果行（请添加层级为“目标”或“关键结果”的行）",
  "zh-TW": "表頭列下沒有目標或關鍵結果列（請新增層級為「目標」或「關鍵結果」的列）",
};

/** Why a returned sheet was refused, located: the cell, Check's message and its fix. */
function refusedDetail(f: CollectFinding, lang: Lang): string {
  if (!f.lint) return NO_ROWS[lang];
  const { message, hint } = renderFinding(f.lint, lang);
  return `${f.lint.cell}: ${message} ${hint}`.trim();
}

/** One finding as a line a person reads: the file, then what is wrong. */
export function findingText(f: CollectFinding, lang: Lang): string {
  // In the key result's unit, as its cells show it ("$2,000,000", "40%"); a weight is a share.
  const value = (v: number | null | undefined) =>
    v === null || v === undefined
      ? EMPTY[lang]
      : f.unit === undefined
        ? // No unit known (a record's value): grouped as the reader groups digits, never rounded,
          // since the point is to show two values that differ.
          new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(v)
        : valueInUnit(
            v,
            f.field === "weight" ? "" : f.unit,
            f.field === "weight" || Boolean(f.shares),
            lang
          );
  const fill: Record<string, string> = {
    sheet: f.sheet ?? "",
    id: f.id || EMPTY[lang],
    detail: f.kind === "refused" ? refusedDetail(f, lang) : (f.detail ?? ""),
    field: f.field ? FIELD[f.field][lang] : "",
    old: value(f.old),
    new: value(f.new),
  };
  if (f.kind === "not-this-master")
    fill.detail = format(MISMATCH[f.detail ?? "differs"][lang], fill);
  return `${f.file}: ${format(TEXT[f.kind][lang], fill)}`;
}

/**
 * How a fingerprint differs from what the master's sheet holds (the first difference), or null when
 * it is what this master sent. The fingerprint is verified against the master, never trusted: a
 * file from another master, or one whose record was edited to hide a changed Target, does not match.
 * `old` is the master's value, `new` the record's; `detail` says which way they differ.
 */
export function fingerprintMismatch(
  sent: Fingerprint,
  master: Fingerprint
): Pick<CollectFinding, "id" | "field" | "old" | "new" | "detail"> | null {
  const here = new Map(master.krs.map((k) => [k.id, k]));
  const there = new Set(sent.krs.map((k) => k.id));
  for (const kr of sent.krs) {
    const own = here.get(kr.id);
    if (!own) return { id: kr.id, detail: "not-here" };
    for (const field of ["start", "target", "weight"] as const)
      if (own[field] !== kr[field])
        return { id: kr.id, field, old: own[field], new: kr[field], detail: "differs" };
  }
  const missing = master.krs.find((k) => !there.has(k.id));
  return missing ? { id: missing.id, detail: "not-there" } : null;
}

const MISMATCH: Record<string, Localized> = {
  "not-here": { en: "{id} is not on it", "zh-CN": "其中没有 {id}", "zh-TW": "其中沒有 {id}" },
  "not-there": {
    en: "{id} was sent but is not in the record",
    "zh-CN": "{id} 已分发但不在记录中",
    "zh-TW": "{id} 已分發但不在記錄中",
  },
  differs: {
    en: "{id} {field}: {old} here, {new} in the file's record",
    "zh-CN": "{id} {field}：此处为 {old}，文件记录为 {new}",
    "zh-TW": "{id} {field}：此處為 {old}，檔案記錄為 {new}",
  },
};

/** Start, Target and Weight of each sent KR the department edited (a KR no longer there is not a change of these). */
export function changesToSent(
  file: string,
  sent: Fingerprint,
  returned: OkrSheet
): CollectFinding[] {
  const now = new Map<string, KeyResult>();
  for (const o of returned.objectives) for (const k of o.keyResults) now.set(k.id, k);
  // Plain loops: a returned sheet of 100,000 key results, nearly all unchanged, made two arrays per
  // key result here for nothing.
  const changes: CollectFinding[] = [];
  for (const kr of sent.krs) {
    const back = now.get(kr.id);
    if (!back) continue;
    for (const field of CHANGED_FIELDS)
      if (kr[field] !== back[field])
        changes.push({
          kind: "changed",
          file,
          sheet: sent.sheet,
          id: kr.id,
          field,
          old: kr[field],
          new: back[field],
          unit: back.unit,
          shares: writesShares(back),
        });
  }
  return changes;
}

const CHANGED_FIELDS = ["start", "target", "weight"] as const;
