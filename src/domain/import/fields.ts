// What a column of someone else's OKR file means: the headers the importer recognises (Viva Goals
// exports, spreadsheet OKR templates, our own sheets) in en / zh-CN / zh-TW, and the fields they
// fill. One place for every spelling; layouts.ts decides from them how the rows are laid out.
import { COLUMNS } from "../reading/columns";
import { normaliseHeader } from "../reading/header";
import type { ColumnKey } from "../types";

/** Product input columns the importer fills, plus what a source may say that only guides it. */
export type ImportField =
  | Extract<
      ColumnKey,
      | "id"
      | "level"
      | "parent"
      | "statement"
      | "owner"
      | "commitment"
      | "krType"
      | "unit"
      | "start"
      | "target"
      | "current"
      | "weight"
      | "confidence"
      | "due"
      | "notes"
    >
  /** A progress the source computed (read only when it is all a key result has). */
  | "progress"
  /** The source's own status word (kept in Notes: ours is a formula). */
  | "status"
  /** Grouped layout: the objective's text on a key result's row (or on its own row). */
  | "objective"
  /** Grouped layout: the key result's text. */
  | "keyResult"
  /** A time period ("2026-Q1", "Q1 2026"): the sheet's period when every row agrees. */
  | "period";

/** Fields written to the product's columns, in the contract's order. */
export const PRODUCT_FIELDS = [
  "id",
  "level",
  "parent",
  "statement",
  "owner",
  "commitment",
  "krType",
  "unit",
  "start",
  "target",
  "current",
  "weight",
  "confidence",
  "due",
  "notes",
] as const satisfies readonly ImportField[];

export const IMPORT_FIELDS: readonly ImportField[] = [
  ...PRODUCT_FIELDS,
  "progress",
  "status",
  "objective",
  "keyResult",
  "period",
];

/**
 * Spellings other tools use, beyond our own column headers. Viva Goals (Explorer export): Title,
 * Object type, Owner, Parent, Start value, Target value, Current value, Progress, Status, Start date,
 * End date, Time period, Description (test/fixtures/import/README.md lists what we read of it).
 * Earlier fields win when a header could mean two: "Description" beside a "Title" is Notes.
 */
const SPELLINGS: Record<ImportField, readonly string[]> = {
  id: ["Key", "Ref", "序号", "序號"],
  level: ["Object type", "Type", "Item type", "Goal type", "对象类型", "對象類型", "类型", "類型"],
  parent: ["Parent title", "Parent name", "Parent objective", "Aligns to", "父级", "父級"],
  statement: ["Title", "Name", "Goal", "OKR", "标题", "標題", "名称", "名稱"],
  owner: [
    "Owner name",
    "Owners",
    "Assignee",
    "Responsible",
    "所有者",
    "擁有者",
    "责任人",
    "責任人",
  ],
  commitment: ["Committed or aspirational", "承诺或挑战", "承諾或挑戰"],
  krType: ["Metric type", "Measure type", "度量类型", "度量類型"],
  unit: ["Units", "Metric unit", "Measure unit"],
  start: ["Starting value", "Initial value", "Start val", "初始值"],
  target: ["Goal value", "Target val", "Desired value"],
  current: ["Actual", "Actual value", "Latest value", "實際值", "实际值"],
  weight: ["Weightage", "Weight %", "比重"],
  confidence: ["Confidence level", "信心", "信心值"],
  due: ["End date", "Target date", "结束日期", "結束日期"],
  notes: ["Description", "Details", "Note", "说明", "說明", "备注", "備註"],
  progress: [
    "Progress",
    "Progress %",
    "% complete",
    "Percent complete",
    "Completion",
    "进度",
    "進度",
    "完成度",
  ],
  status: ["Status", "Health", "State", "状态", "狀態"],
  objective: ["Objective", "Objectives", "Objective title", "目标", "目標", "目标名称", "目標名稱"],
  keyResult: ["Key result", "Key results", "KR", "KRs", "关键结果", "關鍵結果"],
  period: ["Time period", "Period", "Cycle", "Quarter", "周期", "週期", "季度"],
};

/** Our own headers and their aliases count too: an exported OKR sheet imports as itself. */
function ownSpellings(field: ImportField): string[] {
  const def = COLUMNS.find((c) => c.key === field && c.kind === "input");
  if (!def) return [];
  // "Description" is our Statement's alias, but beside a Title it is a note: SPELLINGS decide it.
  return [...Object.values(def.header), ...(def.aliases ?? [])].filter(
    (s) => !Object.entries(SPELLINGS).some(([f, list]) => f !== field && list.includes(s))
  );
}

/** Normalised spelling → the fields it may mean, most likely first. */
const BY_SPELLING = (() => {
  const map = new Map<string, ImportField[]>();
  const add = (spelling: string, field: ImportField) => {
    const key = normaliseHeader(spelling);
    const list = map.get(key) ?? [];
    if (!list.includes(field)) list.push(field);
    map.set(key, list);
  };
  for (const field of IMPORT_FIELDS) {
    for (const s of ownSpellings(field)) add(s, field);
    for (const s of SPELLINGS[field]) add(s, field);
  }
  // A lone "Description" is the statement in hand-made sheets; beside a Title it is Notes.
  add("Description", "statement");
  return map;
})();

/** The fields a header may mean, most likely first (empty when it means nothing we know). */
export function fieldsOfHeader(header: string): readonly ImportField[] {
  return BY_SPELLING.get(normaliseHeader(header)) ?? [];
}

/** A field's name as a mapping file may give it: the field key, or any spelling of it. */
export function fieldByName(name: string): ImportField | null {
  const key = normaliseHeader(name);
  const direct = IMPORT_FIELDS.find((f) => normaliseHeader(f) === key);
  return direct ?? fieldsOfHeader(name)[0] ?? null;
}

/**
 * A numbered key-result column of a one-row-per-objective sheet: "KR1", "Key result 2 target",
 * "关键结果3当前值" → the number and the field (the statement when nothing follows the number).
 */
export function wideColumn(header: string): { n: number; field: ImportField } | null {
  const m = /^(?:keyresult|kr|关键结果|關鍵結果)#?(\d{1,2})(.*)$/.exec(normaliseHeader(header));
  if (!m) return null;
  const n = Number(m[1]);
  if (!m[2]) return { n, field: "statement" };
  const field = fieldsOfHeader(m[2]).find((f) => f !== "objective" && f !== "keyResult");
  return field ? { n, field } : null;
}
