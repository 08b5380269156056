// What Collect finds in the returned files, before anything is written, and how it reads in each
// language. One finding per fact; a person reads the text, a program the JSON of the same list.
import { format } from "../reading/i18n";
import { renderFinding } from "../rules/lint";
import type { Finding, Lang, Localized } from "../types";
import type { Fingerprint, SentKr } from "./fingerprint";
import type { OkrSheet } from "../reading/sheet";
import { valueInUnit } from "../plan/unitFormats";
import { writesShares } from "../scoring/values";

export type FindingKind =
  | "unreadable"
  | "not-ours"
  | "other-period"
  | "unknown-sheet"
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
    f.kind !== "id-collision" &&
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
    en: 'ID {id} in sheet "{sheet}" is also used in {detail}',
    "zh-CN": "工作表“{sheet}”中的编号 {id} 也出现在 {detail}",
    "zh-TW": "工作表「{sheet}」中的編號 {id} 也出現在 {detail}",
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
        ? String(v)
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
  return `${f.file}: ${format(TEXT[f.kind][lang], fill)}`;
}

/** Start, Target and Weight of each sent KR the department edited (a KR no longer there is not a change of these). */
export function changesToSent(
  file: string,
  sent: Fingerprint,
  returned: OkrSheet
): CollectFinding[] {
  const now = new Map(returned.objectives.flatMap((o) => o.keyResults).map((k) => [k.id, k]));
  const fields = ["start", "target", "weight"] as const;
  return sent.krs.flatMap((kr) => {
    const back = now.get(kr.id);
    if (!back) return [];
    return fields
      .filter((field) => kr[field] !== back[field])
      .map((field) => ({
        kind: "changed" as const,
        file,
        sheet: sent.sheet,
        id: kr.id,
        field,
        old: kr[field],
        new: back[field],
        unit: back.unit,
        shares: writesShares(back),
      }));
  });
}
